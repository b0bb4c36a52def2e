"""`python -m screening` is the same as the `screening` command."""

from screening.cli.main import main

raise SystemExit(main())
