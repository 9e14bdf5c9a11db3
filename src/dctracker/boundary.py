"""What a user can cause, and what is a bug: the one rule both error
boundaries follow (cli.main for the command line; the window's start-up and
excepthook, ui/recovery/crash.py).

Expected are the project's UserError family (bad input, a refused or damaged
file, a failed backup), an OSError on a path the user named, and SQLite's
errors about the file (damaged, locked, unreadable). They are said in one
line, or a message box in the window, and logged. Anything else is a bug:
its traceback goes to the log file, and the user learns where that is.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from dctracker.domain.errors import UserError
from dctracker.store.file.failures import translate

# The reasons an OSError carries, in both languages (strerror is English only).
_OS_REASONS = {
    errno.ENOENT: ("파일이나 폴더가 없습니다", "no such file or folder"),
    errno.EACCES: ("권한이 없습니다", "permission denied"),
    errno.EPERM: ("권한이 없습니다", "operation not permitted"),
    errno.EISDIR: ("파일이 아니라 폴더입니다", "it is a folder, not a file"),
    errno.ENOTDIR: ("경로의 일부가 폴더가 아닙니다", "a part of the path is not a folder"),
    errno.EEXIST: ("이미 있습니다", "it already exists"),
    errno.ENOSPC: ("디스크 공간이 부족합니다", "the disk is full"),
    errno.EROFS: ("읽기 전용 파일 시스템입니다", "the file system is read-only"),
    errno.ENAMETOOLONG: ("이름이 너무 깁니다", "the name is too long"),
}
# Misuse of the sqlite3 module (a closed connection, a wrong parameter) is ours.
_SQLITE_BUGS = (sqlite3.ProgrammingError, sqlite3.InterfaceError)


class OneLineError(UserError):
    """A message already written in both languages, said as it is."""

    def __init__(self, text: str) -> None:
        super().__init__(text, text)
        self.args = (text,)  # str() is the text once, not "text (text)"


def as_user_error(exc: BaseException, db_path: Path | None = None) -> UserError | None:
    """`exc` in words for the user, or None when it is a bug; `db_path` names
    the database a bare SQLite error is about."""
    if isinstance(exc, UserError):
        return exc
    if isinstance(exc, sqlite3.Error) and not isinstance(exc, _SQLITE_BUGS):
        return _database_error(exc, str(db_path) if db_path else "dctracker")
    if isinstance(exc, OSError):
        return _file_error(exc)
    return None


def one_line(error: UserError) -> str:
    """The message on one line (a terminal's error line, a status bar)."""
    return " ".join(str(error).split())


def _database_error(exc: sqlite3.Error, name: str) -> UserError:
    known = translate(exc, name)
    if known is not None:
        return known
    return UserError(
        f"{name}: 데이터베이스를 읽거나 쓰지 못했습니다 ({exc}). 'dctracker check'로 파일을 검사하세요.",
        f"{name}: the database could not be read or written ({exc}); check it with 'dctracker check'.",
    )


def _file_error(exc: OSError) -> UserError:
    if exc.errno is None:  # raised by our own code, with its message for the user
        return OneLineError(str(exc))
    where = " → ".join(str(name) for name in (exc.filename, exc.filename2) if name is not None)
    ko, en = _OS_REASONS.get(exc.errno, ("읽거나 쓸 수 없습니다", exc.strerror or "cannot read or write it"))
    prefix = f"{where}: " if where else ""
    return UserError(f"{prefix}{ko}", f"{prefix}{en}")
