"""Whole databases between a SQLite file and a server: copies, offline backups, checksums.

A copy reads its source in one consistent snapshot (a REPEATABLE READ
transaction on the server, one read transaction on a file), writes the
destination in one transaction, reads the destination back before that
transaction ends and commits only when both hold the same records, history
and id counters: content checksums computed the same way on either side.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

from dctracker.store.errors import StoreError
from dctracker.store.file.database import open_database, transaction
from dctracker.store.server.access import init
from dctracker.store.server.address import ServerAddress
from dctracker.store.server.connection import Connection, connect, server_errors
from dctracker.store.server.migrations import migrate, schema_version

# Every table holding records or history, parents before children, with the
# columns that identify a row (the order rows are compared in).
TABLES: dict[str, tuple[str, ...]] = {
    "organizations": ("id",),
    "projects": ("id",),
    "mous": ("id",),
    "mou_parties": ("mou_id", "organization_id"),
    "mou_projects": ("mou_id", "project_id"),
    "milestones": ("id",),
    "indicators": ("id",),
    "zones": ("id",),
    "zone_members": ("sigungu",),
    "history": ("id",),
}
# Tables whose ids come from a counter that never gives one again.
COUNTED = tuple(name for name, key in TABLES.items() if key == ("id",))

Row = tuple[Any, ...]


@dataclass(frozen=True)
class Snapshot:
    """A whole database's content: each table's columns and rows, and the
    last id each counter gave (0: none yet)."""

    columns: Mapping[str, tuple[str, ...]]
    rows: Mapping[str, list[Row]]
    counters: Mapping[str, int]

    def checksums(self) -> dict[str, str]:
        """Per table (and the counters): a SHA-256 of the rows in key order,
        each value as JSON, so the same content gives the same sums on SQLite and PostgreSQL."""
        sums = {name: _digest(self._in_key_order(name)) for name in TABLES}
        sums["counters"] = _digest([[name, self.counters.get(name, 0)] for name in COUNTED])
        return sums

    def _in_key_order(self, name: str) -> list[Any]:
        """The column names, then the rows in key order: both by column name,
        so that the two engines' column order does not matter."""
        columns = self.columns[name]
        order = sorted(range(len(columns)), key=columns.__getitem__)
        keys = [columns.index(key) for key in TABLES[name]]
        rows = sorted(self.rows[name], key=lambda row: tuple(row[p] for p in keys))
        return [[columns[i] for i in order], *([row[i] for i in order] for row in rows)]


def _digest(rows: list[Any]) -> str:
    text = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


class CopyMismatchError(StoreError):
    def __init__(self, tables: list[str]) -> None:
        names = ", ".join(tables)
        super().__init__(
            f"복사본이 원본과 다릅니다 ({names}); 아무것도 쓰지 않았습니다.",
            f"the copy differs from the source ({names}); nothing was written.",
        )


class DestinationNotEmptyError(StoreError):
    def __init__(self, where: str) -> None:
        super().__init__(
            f"{where}: 복사할 곳에 이미 기록이 있습니다. 빈 데이터베이스를 주세요.",
            f"{where}: the destination holds records already; give an empty database.",
        )


Location = Path | ServerAddress


def read(location: Location) -> Snapshot:
    """The whole content of a database, in one consistent snapshot."""
    if isinstance(location, ServerAddress):
        with connect(location) as conn, server_errors(location):
            return _read_server(conn)
    if not location.exists():  # reading must not create it
        raise StoreError(f"데이터베이스가 없습니다: {location}", f"no such database: {location}")
    opened = open_database(location, read_only=True)
    try:
        return _read_file(opened.db.conn)
    finally:
        opened.db.close()


def copy(source: Location, destination: Location) -> Snapshot:
    """Copy `source` into `destination` (a file that does not exist yet, or
    an empty server database, set up here if it is not yet); the snapshot copied."""
    if source == destination:
        raise StoreError("원본과 복사할 곳이 같습니다.", "the source and the destination are the same.")
    if isinstance(destination, Path) and destination.exists():
        raise FileExistsError(f"이미 있는 파일입니다: {destination} (file already exists)")
    snapshot = read(source)
    if isinstance(destination, ServerAddress):
        _write_server(destination, snapshot)
    else:
        _write_file(destination, snapshot)
    return snapshot


def _compare(written: Snapshot, wanted: Snapshot) -> None:
    mine, theirs = written.checksums(), wanted.checksums()
    differing = [name for name in theirs if mine[name] != theirs[name]]
    if differing:
        raise CopyMismatchError(differing)


# The server side.


def _read_server(conn: Connection) -> Snapshot:
    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    conn.read_only = True
    with conn.transaction():
        return _server_snapshot(conn)


def _server_snapshot(conn: Connection) -> Snapshot:
    columns = {name: _server_columns(conn, name) for name in TABLES}
    rows = {
        name: conn.execute(f"SELECT {', '.join(cols)} FROM {name}").fetchall()
        for name, cols in columns.items()
    }
    counters = {}
    for name in COUNTED:
        found = conn.execute(
            "SELECT pg_sequence_last_value(pg_get_serial_sequence(%s, 'id'))", (name,)
        ).fetchone()
        counters[name] = int(found[0]) if found and found[0] is not None else 0
    return Snapshot(columns, rows, counters)


def _server_columns(conn: Connection, table: str) -> tuple[str, ...]:
    found = conn.execute(
        "SELECT column_name FROM information_schema.columns"
        " WHERE table_schema = current_schema() AND table_name = %s ORDER BY ordinal_position",
        (table,),
    ).fetchall()
    return tuple(name for (name,) in found)


def _write_server(address: ServerAddress, snapshot: Snapshot) -> None:
    # One transaction from setting up the schema to the check: a copy that
    # fails leaves the database as it found it.
    with connect(address) as conn, server_errors(address), conn.transaction():
        if schema_version(conn) is None:
            init(conn, address)
        else:
            migrate(conn, address)
        # History keeps who saved each change, not who copied it (access.sql).
        conn.execute("SET LOCAL dctracker.keep_who = 'on'")
        if any(_server_has_rows(conn, name) for name in TABLES):
            raise DestinationNotEmptyError(str(address))
        for name in TABLES:
            _copy_in(conn, name, snapshot.columns[name], snapshot.rows[name])
        for name, last in snapshot.counters.items():
            if last:
                conn.execute("SELECT setval(pg_get_serial_sequence(%s, 'id'), %s)", (name, last))
        _compare(_server_snapshot(conn), snapshot)


def _server_has_rows(conn: Connection, table: str) -> bool:
    found = conn.execute(f"SELECT EXISTS (SELECT FROM {table})").fetchone()
    return bool(found and found[0])


def _copy_in(conn: Connection, table: str, columns: tuple[str, ...], rows: list[Row]) -> None:
    with conn.cursor().copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


# The file side.


def _read_file(conn: sqlite3.Connection) -> Snapshot:
    conn.execute("BEGIN")  # one read transaction: one snapshot of every table
    try:
        return _file_snapshot(conn)
    finally:
        conn.execute("COMMIT")


def _file_snapshot(conn: sqlite3.Connection) -> Snapshot:
    columns = {
        name: tuple(str(info[1]) for info in conn.execute(f"PRAGMA table_info({name})")) for name in TABLES
    }
    rows = {
        name: conn.execute(f"SELECT {', '.join(cols)} FROM {name}").fetchall()
        for name, cols in columns.items()
    }
    counters = {name: 0 for name in COUNTED}
    counters.update(
        (str(name), int(seq)) for name, seq in conn.execute("SELECT name, seq FROM sqlite_sequence")
    )
    return Snapshot(columns, rows, counters)


def _write_file(path: Path, snapshot: Snapshot) -> None:
    """Into a file beside `path` first, renamed once whole and verified: no half copy under the name."""
    partial = path.with_name(f".{path.name}.copying")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    opened = open_database(partial)
    try:
        with transaction(opened.db) as db:
            conn = db.conn
            for name in TABLES:
                columns = snapshot.columns[name]
                conn.executemany(
                    f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                    snapshot.rows[name],
                )
            # Inserting ids made a counter for each table; the source's may lie past them.
            counters = [(name, last) for name, last in snapshot.counters.items() if last]
            conn.executemany("DELETE FROM sqlite_sequence WHERE name = ?", [(name,) for name, _ in counters])
            conn.executemany("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", counters)
            _compare(_file_snapshot(conn), snapshot)
    except BaseException:
        opened.db.close()
        partial.unlink(missing_ok=True)
        raise
    opened.db.close()
    os.replace(partial, path)
