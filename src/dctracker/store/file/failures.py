"""SQLite's failures as the store's user-facing errors.

SQLite reports a locked file, a full disk or a damaged page with a result
code; the user needs a sentence saying what happened and what to do.
"""

from __future__ import annotations

import sqlite3

from dctracker.store.errors import (
    CannotOpenError,
    DamagedDatabaseError,
    DatabaseLockedError,
    DiskFullError,
    ReadOnlyDatabaseError,
    StorageIOError,
    StoreError,
)

# Primary result codes (https://sqlite.org/rescode.html); extended codes keep
# the primary one in their low byte.
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26
# extended codes: a hot journal a read-only connection may not replay; no
# shared memory for a WAL file (cannot be set up / a folder we may not write)
SQLITE_READONLY_ROLLBACK = SQLITE_READONLY | (3 << 8)
SQLITE_READONLY_CANTINIT = SQLITE_READONLY | (5 << 8)
SQLITE_READONLY_DIRECTORY = SQLITE_READONLY | (6 << 8)


def translate(exc: sqlite3.Error, path: str) -> StoreError | None:
    """The user-facing error for `exc`, or None when it is a bug to report as such."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseLockedError(path)
    if primary in (SQLITE_READONLY, SQLITE_PERM):
        return ReadOnlyDatabaseError(path)
    if primary == SQLITE_FULL:
        return DiskFullError(path)
    if primary == SQLITE_IOERR:
        return StorageIOError(path, str(exc))
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DamagedDatabaseError(path, f"손상됨: {exc}", f"damaged: {exc}")
    if primary == SQLITE_CANTOPEN:
        return CannotOpenError(path, str(exc))
    return None
