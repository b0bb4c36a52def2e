"""`screening aggregate` as users run it: exit codes, stderr problems, table, JSON and CSV shapes."""

from __future__ import annotations

import csv
import io
import json

import pytest

from handmade import SIX, write
from screening.coordinator.aggregate import GROUPINGS


@pytest.fixture
def six(tmp_path):
    return write(tmp_path / "notes", SIX)


def test_json_shape(cli, six):
    done = cli("aggregate", str(six), "--format", "json", "--min-cell", "0")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert set(report) == {"kind", "format_version", "by", "min_cell", "all", "groups"}
    assert (report["kind"], report["format_version"], report["by"], report["min_cell"]) == ("screening-aggregate", 2, "month", 0)
    assert set(report["all"]) == {"screenings", "breakdown", "sets", "indicators", "urgent_needs", "referral_targets"}
    assert [g["key"] for g in report["groups"]] == ["2026-10", "2026-11"]
    assert set(report["groups"][0]) == {"key", *report["all"]}
    assert set(report["all"]["sets"][0]) == {"set", "screened", "verdicts", "dimensions"}


def test_csv_long_format_matches_json(cli, six):
    as_json = json.loads(cli("aggregate", str(six), "--format", "json", "--by", "oblast").stdout)
    done = cli("aggregate", str(six), "--format", "csv", "--by", "oblast")
    assert done.returncode == 0
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert list(rows[0]) == ["by", "group", "statistic", "set", "key", "count"]
    assert {r["by"] for r in rows} == {"oblast"}
    lookup = {(r["group"], r["statistic"], r["set"], r["key"]): r["count"] for r in rows}
    assert lookup[("(all)", "screenings", "", "")] == str(as_json["all"]["screenings"]) == "6"
    assert lookup[("UA-12", "screenings", "", "")] == "<5"
    assert lookup[("(all)", "screened", "set-a", "")] == "5"
    assert lookup[("(all)", "verdict", "set-a", "strong-indication")] == "<5"
    assert lookup[("(all)", "dimension", "set-a", "a1")] == "<5"
    assert lookup[("(all)", "indicator", "", "ia1")] == "<5"
    assert lookup[("(all)", "urgent_need", "", "danger")] == "<5"
    assert lookup[("(all)", "referral_target", "", "emerg")] == "<5"
    assert {r["group"] for r in rows} == {"(all)", "UA-12", "UA-46", "abroad", "not-recorded"}


@pytest.mark.parametrize("by", GROUPINGS)
def test_every_grouping_in_every_format(cli, six, by):
    for fmt in ("table", "json", "csv"):
        done = cli("aggregate", str(six), "--by", by, "--format", fmt)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip()


def test_table_fits_80_columns_without_colour_and_draws_bars(cli, six):
    done = cli("aggregate", str(six), "--min-cell", "0", "--by", "indicator")
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "\x1b[" not in done.stdout
    assert lines[0] == "Screenings by indicator present (a screening can be in several groups)"
    ia1 = next(line for line in lines if line.startswith("ia1 "))
    ia2 = next(line for line in lines if line.startswith("ia2 "))
    bar = ia1.split()[-1][0]
    assert abs(ia1.count(bar) - 2 * ia2.count(bar)) <= 1  # 4 against 2, rounded
    assert "all screenings" in done.stdout


def test_table_explains_the_suppression_marks(cli, six):
    done = cli("aggregate", str(six))
    assert done.stdout.startswith("Counts under 5 are shown as <5 (zeros too, where the whole")
    assert "2026-10" in done.stdout and "<5" in done.stdout


def test_problems_go_to_stderr_as_file_and_reason_and_the_run_goes_on(cli, six):
    (six / "bad.json").write_text("{", encoding="utf-8")
    (six / "form.json").write_text('{"kind": "questionnaire"}', encoding="utf-8")
    done = cli("aggregate", str(six), "--format", "json")
    assert done.returncode == 0
    assert json.loads(done.stdout)["all"]["screenings"] == 6
    problems = [line for line in done.stderr.splitlines() if line.endswith(".json") is False and ".json: " in line]
    assert sorted(line.split(": ", 1)[0].rsplit("/", 1)[-1] for line in problems) == ["bad.json", "form.json"]
    assert "8 file(s) read, 6 note(s) counted, 2 skipped, 0 duplicate(s)" in done.stderr
    assert "Traceback" not in done.stderr


def test_no_valid_note_exits_1(cli, tmp_path):
    (tmp_path / "form.json").write_text('{"kind": "questionnaire"}', encoding="utf-8")
    done = cli("aggregate", str(tmp_path))
    assert done.returncode == 1
    assert "no valid referral note" in done.stderr
    assert done.stdout == ""


def test_missing_path_exits_2_and_empty_folder_exits_1(cli, tmp_path):
    assert cli("aggregate", str(tmp_path / "nowhere")).returncode == 2  # unusable input, as for every command
    assert cli("aggregate", str(tmp_path)).returncode == 1


@pytest.mark.parametrize("args", [["--min-cell", "-1"], ["--min-cell", "five"], ["--min-cell", "2"], ["--by", "name"], ["--format", "xml"], []])
def test_bad_options_exit_2(cli, six, args):
    done = cli("aggregate", *([str(six)] if args else []), *args)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr


def test_no_progress_bar_when_stderr_is_not_a_terminal(cli, six):
    assert "reading notes" not in cli("aggregate", str(six)).stderr


def test_aggregate_does_not_import_textual():
    import subprocess
    import sys
    from support import ROOT

    code = (
        "import sys, contextlib, io\n"
        "from screening.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
        "    main(['aggregate', 'forms/examples/example-referral-note.json'])\n"
        "print('textual' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.stdout.strip() == "False", done.stderr


def test_table_lists_the_top_20_indicators_and_says_how_many_more(tmp_path):
    from handmade import a, note
    from screening.coordinator.aggregate import aggregate
    from screening.coordinator.aggregate_report import report_table

    notes = [note(i, "2026-01", "UA-12", "25-59", [a("some-indication", [], [f"i{k:02d}" for k in range(25)])], [], []) for i in range(1, 6)]
    table = report_table(aggregate([write(tmp_path, notes)]).report())
    assert "i19 " in table and "i20 " not in table
    assert "... and 5 more (--format csv or json lists them all)" in table


def test_command_groupings_match_the_core():
    from screening.cli.commands.aggregate import GROUPINGS as OFFERED

    assert OFFERED == GROUPINGS


def test_progress_bar_draws_on_one_line_and_ends_it(capsys):
    from screening.cli.commands.aggregate import _Progress

    progress = _Progress()
    progress(10, 100)  # small inputs: no bar
    assert capsys.readouterr().err == ""
    progress(1000, 4000)
    progress(4000, 4000)
    progress.finish()
    err = capsys.readouterr().err
    assert err.startswith("\rreading notes [") and err.endswith("] 4,000/4,000\n")
    assert "#" * 40 in err
