"""Clearing what the app put on a clipboard, on quick exit and quit.

The app copies only the redacted note (the note screen's Copy button), with Textual's OSC 52
sequence, which the terminal turns into a system clipboard entry. Inside tmux (with
`set-clipboard on`) the same sequence also becomes a tmux paste buffer, which outlives the
app and shows up in `tmux choose-buffer`. On quick exit and quit the app sends an empty OSC 52
(the terminal's clipboard is emptied) and deletes the tmux buffers that hold exactly what it
copied. `tmux set-buffer ""` is no help: tmux 3.3 accepts it and changes nothing. Buffers the
user filled themselves are left alone, and any failure (no tmux, a stopped server) is ignored:
a quick exit must never wait on, or fail because of, the clipboard.

No shell is involved; the tmux found on PATH is run with fixed arguments and a short timeout.
Kept free of Textual (the core never imports it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from typing import Iterable

TIMEOUT = 1.0  # seconds for each tmux call


def _tmux(program: str, *arguments: str) -> subprocess.CompletedProcess | None:
    try:
        return subprocess.run(
            [program, *arguments], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            timeout=TIMEOUT, check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None


def clear_tmux_buffers(copied: Iterable[str]) -> int:
    """Delete the tmux paste buffers whose content is one of the `copied` texts; return how many.

    Does nothing outside tmux (no $TMUX) or without a tmux program.
    """
    wanted = {text.encode("utf-8") for text in copied if text}
    if not wanted or not os.environ.get("TMUX"):
        return 0
    program = shutil.which("tmux")
    if program is None:
        return 0
    listed = _tmux(program, "list-buffers", "-F", "#{buffer_size} #{buffer_name}")
    if listed is None or listed.returncode != 0:
        return 0
    sizes = {len(text) for text in wanted}
    deleted = 0
    for line in listed.stdout.decode("utf-8", "replace").splitlines():
        size, _, name = line.partition(" ")
        if not name or not size.isdigit() or int(size) not in sizes:
            continue  # only a buffer of the very size of a copied text can hold it
        shown = _tmux(program, "show-buffer", "-b", name)
        if shown is None or shown.returncode != 0 or shown.stdout not in wanted:
            continue
        done = _tmux(program, "delete-buffer", "-b", name)
        if done is not None and done.returncode == 0:
            deleted += 1
    return deleted


def clear_tmux_buffers_soon(copied: Iterable[str]) -> threading.Thread | None:
    """`clear_tmux_buffers` in a daemon thread (None when there is nothing to do), so the
    caller never waits; join the thread before the process ends (quit) to finish the job."""
    texts = [text for text in copied if text]
    if not texts or not os.environ.get("TMUX"):
        return None
    thread = threading.Thread(target=clear_tmux_buffers, args=(texts,), name="clear-tmux-buffers", daemon=True)
    thread.start()
    return thread
