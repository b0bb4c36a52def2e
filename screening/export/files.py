"""Writing an export: atomically, owner-only, never over a file without being told to.

The one write the program ever makes. A temp file in the target folder (created 0600
with O_EXCL and O_NOFOLLOW, so nobody else can read it even for a moment) is filled,
fsynced and renamed over the target, so a crash or a full disk never leaves half a note
behind, and a failed write leaves no temp file. The temp file's name is short and fixed
in length, so any legal target name (up to 255 bytes) can be written.

The target is looked at with lstat first: a symbolic link there (dangling, a loop, or to
a file) and a device or pipe are refused, never followed or replaced. "~name" for a user
that does not exist, a name too long, a folder that is missing or may not be read: every
failure becomes an `ExportError` with a message a social worker can act on (never a
traceback); the caller keeps the session so they can retry.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from pathlib import Path


# Machine-readable kinds of failure: the CLI prints the English message, the app shows its
# own words for the reason (screening/tui/strings.py), in the screener's language.
REASONS: tuple[str, ...] = (
    "missing-folder", "read-only", "disk-full", "is-directory", "name-too-long", "exists", "unknown-home", "symlink",
    "special-file", "bad-name", "other",
)


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
    if code == errno.ELOOP:
        return ExportError(f"A symbolic link on the way to {path} loops or points nowhere; it is never followed. Choose another place.", reason="symlink", path=path)
    if code == errno.ENAMETOOLONG:
        return ExportError(f"The file name {path.name!r} is too long. Choose a shorter one.", reason="name-too-long", path=path)
    return ExportError(f"Could not write {path}: {exc.strerror or exc}. Nothing was written.", reason="other", path=path)


def resolve_target(path: Path | str) -> Path:
    """The path as typed, with "~" and "~/" expanded; ExportError for a "~name" with no such user."""
    text = os.fspath(path)
    try:
        return Path(text).expanduser()
    except RuntimeError:  # "~referral-note.md", "~nouser/f.xlsx": Python cannot find that user's home
        first = Path(text).parts[0] if Path(text).parts else text
        raise ExportError(
            f"There is no home folder {first} on this computer. To save in your own home folder, begin the path "
            f"with ~/ (for example ~/referral-note.md).", reason="unknown-home", path=Path(first)) from None


def check_target(path: Path | str, *, overwrite: bool = False) -> Path:
    """Where `path` would be written, after every check that needs no write.

    Raises ExportExists (an ordinary file is there and `overwrite` is false) or ExportError
    (unknown home, missing or unreadable folder, a folder, a link or a device at the target,
    a name the system refuses). Never follows a symbolic link at the target.
    """
    target = resolve_target(path)
    try:
        os.fsencode(target)  # a lone surrogate cannot be a file name
        if not target.name:
            raise OSError(errno.EISDIR, "is a directory")
        try:
            info = os.lstat(target)
        except (FileNotFoundError, NotADirectoryError):
            info = None
        if info is None:
            folder = os.stat(target.parent)  # follows links: a linked folder is fine
            if not stat.S_ISDIR(folder.st_mode):
                raise OSError(errno.ENOENT, "no such folder")
            return target
    except ValueError:  # a NUL byte, or text the file system cannot encode
        raise ExportError("The file name holds characters this computer cannot use in a name. Choose another one.", reason="bad-name", path=target) from None
    except (FileNotFoundError, NotADirectoryError):
        raise _explain(OSError(errno.ENOENT, "no such folder"), target) from None
    except OSError as exc:
        raise _explain(exc, target) from None
    if stat.S_ISLNK(info.st_mode):
        raise ExportError(f"{target} is a symbolic link; it is never followed or replaced. Choose another file name.", reason="symlink", path=target)
    if stat.S_ISDIR(info.st_mode):
        raise _explain(OSError(errno.EISDIR, "is a directory"), target)
    if not stat.S_ISREG(info.st_mode):
        raise ExportError(f"{target} is not an ordinary file (a device or a pipe); it is not replaced. Choose another file name.", reason="special-file", path=target)
    if not overwrite:
        raise ExportExists(target)
    return target


def write_bytes_atomically(data: bytes, path: Path | str, *, overwrite: bool = False) -> Path:
    """Write `data` to `path` (0600), all or nothing. Raises ExportExists or ExportError."""
    path = check_target(path, overwrite=overwrite)
    # Short and fixed: a 255-byte target name must still leave room for the temp file's name.
    temp = path.parent / f".screening-{secrets.token_hex(4)}.tmp"
    fd = -1
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(temp, flags, 0o600)
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
        os.close(fd)
        fd = -1
        os.replace(temp, path)  # replaces a link itself, never what it points to
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
