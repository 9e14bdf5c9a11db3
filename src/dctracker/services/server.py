"""The province server's use cases, for the CLI (and later the window):
set up a server database, add its users, copy whole databases and back one up.

store/server/ does the work on PostgreSQL; this is where each use case opens
and closes its connection, so no front end holds one.
"""

from __future__ import annotations

from pathlib import Path

from dctracker.store.server import access
from dctracker.store.server.access import Role, init_sql
from dctracker.store.server.address import ServerAddress
from dctracker.store.server.connection import connect, server_errors
from dctracker.store.server.transfer import Snapshot, copy

__all__ = ["Role", "Snapshot", "add_user", "back_up", "copy", "init_sql", "set_up"]


def set_up(address: ServerAddress) -> int:
    """Schema, roles and policies on an empty server database; the schema version."""
    with connect(address) as conn, server_errors(address):
        return access.init(conn, address)


def add_user(address: ServerAddress, name: str, role: Role, sigungu: str | None, password: str) -> None:
    with connect(address) as conn, server_errors(address):
        access.add_user(conn, name, role, sigungu, password)


def back_up(address: ServerAddress, out: Path) -> Snapshot:
    """An ordinary dctracker file at `out` (which must not exist) holding one
    consistent snapshot of the server database."""
    return copy(address, out)
