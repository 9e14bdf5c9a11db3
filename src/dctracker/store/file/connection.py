"""The open database: a sqlite3 connection with the store's SQL functions,
the whole-file check still running beside it, and its presence in the file."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from dctracker.store.file import sql_functions

if TYPE_CHECKING:
    from dctracker.store.file.file_check import BackgroundCheck
    from dctracker.store.file.presence import Presence


class Database:
    def __init__(
        self,
        conn: sqlite3.Connection,
        check: BackgroundCheck | None = None,
        presence: Presence | None = None,
    ) -> None:
        self.conn = conn
        self._presence = presence  # tells a restore elsewhere that the file is in use (presence.py)
        sql_functions.register(conn)
        self._check = check  # the whole-file check still running, if any (file_check.py)
        # Values derived from the data that are dear to recompute, kept for
        # this connection; each user checks they are still current.
        self.caches: dict[str, Any] = {}

    def confirm_whole(self) -> None:
        """Wait for the whole-file check begun when the file was opened, if
        any; DamagedDatabaseError if it found damage (every time it is asked)."""
        if self._check is not None:
            self._check.wait()

    def close(self) -> None:
        self.conn.close()
        if self._presence is not None:
            self._presence.close()
