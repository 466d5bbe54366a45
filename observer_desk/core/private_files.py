"""Files that hold personal data are created readable by their owner only (POSIX mode 600; on
Windows the user's own folders keep them private), and appear whole or not at all."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path

from .language import _

OWNER_ONLY = 0o600


class PrivateFileError(OSError):
    """The file could not be written where the user asked; nothing was left there."""


def write_private(path: Path | str, write: Callable[[Path], None], *, private: bool = True) -> Path:
    """Call `write` on a temporary file beside `path`, then move it into place.

    With private=True the file is made owner-only before a byte is written (no moment in which
    another user could open it); otherwise it is created like any new file (umask applies)."""
    path = Path(path)
    if path.is_dir():
        raise PrivateFileError(_("{path} is a folder; name the file to write").format(path=path))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise PrivateFileError(_("cannot write {path}: the folder {folder} does not exist").format(
            path=path, folder=folder))
    temporary = folder / f".{path.name}.{secrets.token_hex(4)}.part"
    try:
        os.close(os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY,
                         OWNER_ONLY if private else 0o666))
    except OSError as exc:
        raise PrivateFileError(_("cannot write {path}: {reason}").format(
            path=path, reason=exc.strerror)) from exc
    try:
        write(temporary)
        if private and os.name == "posix":
            os.chmod(temporary, OWNER_ONLY)  # in case the writer replaced the file it was given
        os.replace(temporary, path)
    except OSError as exc:
        raise PrivateFileError(_("cannot write {path}: {reason}").format(
            path=path, reason=exc.strerror or exc)) from exc
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return path
