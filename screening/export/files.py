"""Writing an export: atomically, owner-only, never over a file without being told to.

The one write the program ever makes. A temp file in the target folder (created 0600
with O_EXCL, so nobody else can read it even for a moment) is filled, fsynced and
renamed over the target, so a crash or a full disk never leaves half a note behind,
and a failed write leaves no temp file. Every failure becomes an `ExportError` with
a message a social worker can act on; the caller keeps the session so they can retry.
"""

from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path


# Machine-readable kinds of failure: the CLI prints the English message, the app shows its
# own words for the reason (screening/tui/strings.py), in the screener's language.
REASONS: tuple[str, ...] = ("missing-folder", "read-only", "disk-full", "is-directory", "name-too-long", "exists", "other")


class ExportExists(FileExistsError):
    """The target exists and overwriting was not confirmed."""

    reason = "exists"

    def __init__(self, path: Path):
        self.path = Path(path)
        super().__init__(f"{self.path} already exists; choose another name or confirm overwriting it")


class ExportError(OSError):
    """A write that failed, with a message for the user and a reason code for the UI."""

    def __init__(self, message: str, *, reason: str = "other", path: Path | None = None):
        self.message, self.reason, self.path = message, reason, path
        super().__init__(message)

    def __str__(self) -> str:
        return self.message


def _explain(exc: OSError, path: Path) -> ExportError:
    folder = path.parent
    code = exc.errno
    if code == errno.ENOENT:
        return ExportError(f"The folder {folder} does not exist. Choose an existing folder.", reason="missing-folder", path=path)
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportError(f"Cannot write in {folder}: the folder is read-only or you may not write there. Choose another folder (for example your home folder or a USB stick).", reason="read-only", path=path)
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return ExportError(f"The disk holding {folder} is full. Free some space or choose another place; nothing was written.", reason="disk-full", path=path)
    if code == errno.EISDIR:
        return ExportError(f"{path} is a folder. Add a file name, for example {path / 'note.md'}.", reason="is-directory", path=path)
    if code == errno.ENAMETOOLONG:
        return ExportError(f"The file name {path.name!r} is too long. Choose a shorter one.", reason="name-too-long", path=path)
    return ExportError(f"Could not write {path}: {exc.strerror or exc}. Nothing was written.", reason="other", path=path)


def write_bytes_atomically(data: bytes, path: Path | str, *, overwrite: bool = False) -> Path:
    """Write `data` to `path` (0600), all or nothing. Raises ExportExists or ExportError."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise _explain(OSError(errno.EISDIR, "is a directory"), path)
    if not path.parent.is_dir():
        raise _explain(OSError(errno.ENOENT, "no such folder"), path)
    if path.exists() and not overwrite:
        raise ExportExists(path)
    temp = path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp"
    fd = -1
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
        os.close(fd)
        fd = -1
        os.replace(temp, path)
    except OSError as exc:
        if fd >= 0:
            os.close(fd)
        _remove_quietly(temp)
        raise _explain(exc, path) from None
    except BaseException:
        if fd >= 0:
            os.close(fd)
        _remove_quietly(temp)
        raise
    _sync_folder(path.parent)
    return path


def _remove_quietly(temp: Path) -> None:
    try:
        temp.unlink()
    except FileNotFoundError:
        pass
    except OSError:
        pass  # a read-only folder never let us create it in the first place


def _sync_folder(folder: Path) -> None:
    """Make the rename durable where the platform allows it (not on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
