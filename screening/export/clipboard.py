"""Copy text to the system clipboard with whatever tool the machine has, or report that none worked.

No tool is installed or downloaded: we try wl-copy (Wayland), xclip and xsel (X11),
pbcopy (macOS) and clip (Windows) if present. The TUI also sends Textual's OSC 52
sequence, which many terminals honour even over SSH.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

# (tool, arguments, when it makes sense, encoding)
_TOOLS: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    ("wl-copy", (), "WAYLAND_DISPLAY", "utf-8"),
    ("xclip", ("-selection", "clipboard"), "DISPLAY", "utf-8"),
    ("xsel", ("--clipboard", "--input"), "DISPLAY", "utf-8"),
    ("pbcopy", (), "darwin", "utf-8"),
    ("clip", (), "win32", "utf-16-le"),
)


def _applies(condition: str) -> bool:
    if condition in ("darwin", "win32"):
        return sys.platform == condition
    return bool(os.environ.get(condition))


def copy_to_clipboard(text: str) -> str | None:
    """Copy `text`; return the name of the tool that did it, or None if none could."""
    for tool, arguments, condition, encoding in _TOOLS:
        if not _applies(condition):
            continue
        program = shutil.which(tool)
        if program is None:
            continue
        try:
            # The tool may stay in the background to serve the selection: never wait on its output.
            done = subprocess.run(
                [program, *arguments], input=text.encode(encoding), stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL, timeout=5, check=False,
            )
        except (OSError, subprocess.SubprocessError):
            continue
        if done.returncode == 0:
            return tool
    return None
