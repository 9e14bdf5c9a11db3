"""The server's schema: numbered migrations beside SQLite's, each in a transaction.

db/postgresql/NNNN_*.sql carry the same numbers as db/NNNN_*.sql and reach the
same schema; dctracker_schema records each one applied. A server whose
schema is newer than this program is refused, never written.
"""

from __future__ import annotations

import re
from pathlib import Path

from dctracker.domain.messages import Pair
from dctracker.paths import migrations_dir
from dctracker.store.errors import NewerSchemaError, NotADctrackerDatabaseError
from dctracker.store.server.address import ServerAddress
from dctracker.store.server.connection import Connection

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
# Any number: only one dctracker process migrates a database at a time.
_MIGRATION_LOCK = 0x44435452

_SCHEMA_TABLE = """
CREATE TABLE dctracker_schema (
    version integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
)"""


def migrations() -> list[tuple[int, Path]]:
    """The numbered PostgreSQL migrations, in the order they apply."""
    folder = migrations_dir() / "postgresql"
    found = [(int(m.group(1)), p) for p in folder.glob("*.sql") if (m := _NAME.match(p.name))]
    return sorted(found)


def latest_version() -> int:
    return migrations()[-1][0]


def schema_version(conn: Connection) -> int | None:
    """The version applied, or None for a database dctracker never set up."""
    exists = conn.execute("SELECT to_regclass('dctracker_schema') IS NOT NULL").fetchone()
    if not (exists and exists[0]):
        return None
    row = conn.execute("SELECT max(version) FROM dctracker_schema").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def pending_sql(conn: Connection | None) -> str:
    """The SQL migrate() would run (all of it for a database not yet set up)."""
    current = 0 if conn is None else (schema_version(conn) or 0)
    parts = [] if current else [_SCHEMA_TABLE + ";"]
    for number, path in migrations():
        if number > current:
            parts.append(f"-- {path.name}\n{path.read_text(encoding='utf-8')}")
            parts.append(f"INSERT INTO dctracker_schema (version) VALUES ({number});")
    return "\n".join(parts)


def migrate(conn: Connection, address: ServerAddress) -> int:
    """Bring the schema up to date in one transaction; the version reached.

    A database holding tables of its own but no dctracker_schema is not
    taken over; one with a newer schema is left as it is.
    """
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
        current = schema_version(conn)
        if current is None and _has_tables(conn):
            raise NotADctrackerDatabaseError(
                str(address), Pair("다른 표가 이미 있는 데이터베이스", "it holds other tables already")
            )
        if current is not None and current > latest_version():
            raise NewerSchemaError(str(address), current, latest_version())
        conn.execute(pending_sql(conn).encode())
    return latest_version()


def _has_tables(conn: Connection) -> bool:
    row = conn.execute("SELECT EXISTS (SELECT FROM pg_tables WHERE schemaname = current_schema())").fetchone()
    return bool(row and row[0])
