"""The open database: a sqlite3 connection, with sqlite-utils behind it on demand.

Importing sqlite-utils costs about 0.6 s (it pulls in numpy, click and its
plugin loader), more than starting Qt. Opening a database and showing the
first table only needs the plain connection, so `Database` holds that and
builds the sqlite-utils `Database` over the same connection the first time
anything else is asked of it (`db.execute`, `db.atomic()`, `db["table"]`...).
Annotate with this class; it answers every sqlite-utils method. The store's
own reads and transactions use `db.conn`, so neither start-up nor the first
save waits for sqlite-utils.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from dctracker.store.file import sql_functions

if TYPE_CHECKING:
    import sqlite_utils

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
        self._utils: sqlite_utils.Database | None = None
        # Values derived from the data that are dear to recompute, kept for
        # this connection; each user checks they are still current.
        self.caches: dict[str, Any] = {}

    def confirm_whole(self) -> None:
        """Wait for the whole-file check begun when the file was opened, if
        any; DamagedDatabaseError if it found damage (every time it is asked)."""
        if self._check is not None:
            self._check.wait()

    def utils(self) -> sqlite_utils.Database:
        """The sqlite-utils Database over this connection, built on first use."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn)
        return self._utils

    def __getattr__(self, name: str) -> Any:
        # Only called for names this class lacks: everything sqlite-utils offers.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.utils(), name)

    def __getitem__(self, table: str) -> Any:
        return self.utils()[table]

    def close(self) -> None:
        self.conn.close()
        if self._presence is not None:
            self._presence.close()
