"""Who else has the database open, in any journal mode.

In WAL mode an open connection shows itself (the journal mode cannot be
changed under it), but in rollback-journal mode — the mode on a network
folder — an idle connection holds no lock at all, so a restore could replace
the file under another user. Every program that opens the file to write
therefore holds a shared lock on a small companion file (`<name>-users`)
until it closes it; a restore takes that lock exclusively, which fails while
anyone else holds it. The lock is flock(2), which network file systems pass
on to the server (NFS as a POSIX lock, SMB as a byte-range lock). Windows
needs none: it refuses to replace a file another program has open.

The last user to leave removes the companion file, so it lies beside the
database only while someone has it open. Whoever locks it then checks that
the name still leads to the file locked (not one removed meanwhile).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dctracker.store.errors import DatabaseLockedError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

SUFFIX = "-users"
log = logging.getLogger(__name__)


class Presence:
    """A held lock on the companion file; `close()` lets it go."""

    def __init__(self, db_path: Path, fd: int) -> None:
        self._path = users_file(db_path)
        self._fd: int | None = fd

    def close(self) -> None:
        if self._fd is not None:
            _leave(self._path, self._fd)
            self._fd = None


def users_file(db_path: Path) -> Path:
    return Path(f"{db_path}{SUFFIX}")


def announce(db_path: Path) -> Presence | None:
    """Hold the shared lock while `db_path` is open; None where no lock can be
    taken (Windows, a folder we may not write, a file system without locks),
    logged: the journal-mode check of a restore still applies there."""
    fd = _lock(db_path, shared=True)
    return None if fd is None else Presence(db_path, fd)


@contextmanager
def sole_user(db_path: Path) -> Iterator[None]:
    """The block runs while no other program has `db_path` open to write;
    DatabaseLockedError if one has."""
    fd = _lock(db_path, shared=False)
    try:
        yield
    finally:
        if fd is not None:
            _leave(users_file(db_path), fd)


def _lock(db_path: Path, *, shared: bool) -> int | None:
    """A descriptor of the companion file holding the lock, or None (logged)."""
    if fcntl is None:
        return None
    path = users_file(db_path)
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as exc:
            log.info("%s: cannot use %s (%s); other users are not announced", db_path, SUFFIX, exc)
            return None
        try:
            fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            os.close(fd)
            raise DatabaseLockedError(str(db_path)) from exc
        except OSError as exc:  # e.g. ENOLCK: a file system without locks
            os.close(fd)
            log.warning("%s: the file system refuses locks (%s); other users are not detected", db_path, exc)
            return None
        if _same_file(fd, path):
            return fd
        os.close(fd)  # the last user removed it between our open and lock: again


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), path.stat())
    except OSError:
        return False


def _leave(path: Path, fd: int) -> None:
    """Let go of the lock; the last one out removes the companion file."""
    assert fcntl is not None  # a descriptor exists only where locks do
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        pass  # others still have the file open: the last of them removes it
    else:
        path.unlink(missing_ok=True)
    finally:
        os.close(fd)  # closing the descriptor releases its flock
