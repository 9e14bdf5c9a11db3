"""The SQL of Repository.create_many and Repository.update_many.

Imports and generated test databases write thousands of records; going
through `Repository.create` one at a time costs a transaction, a re-read and
a history batch per record. The repository's bulk writes store exactly the
same rows (same columns, versions, timestamps, search index via the
triggers, history rows) with one statement per table and lot and one history
batch for the whole lot. This module holds their statements: it is given a
table and rows and knows nothing of the repository (which validates the
records, keeps their link tables and calls these inside its transaction).
"""

from __future__ import annotations

import sqlite3
from itertools import chain
from typing import Any, TypeVar

from dctracker.domain.records import Record
from dctracker.store.file.connection import Database
from dctracker.store.records import history

R = TypeVar("R", bound=Record)
_ROWS_PER_INSERT = 1000
_HISTORY_INSERT = (
    "INSERT INTO history (batch, table_name, record_id, field, old, new, at, who, comment)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def copied(record: R, **changes: Any) -> R:
    """dataclasses.replace without running __init__ again: the fields of a
    record that passed validation are already what its class holds, and an
    import copies 100,000 of them. Shallow, as replace is."""
    copy = object.__new__(type(record))
    copy.__dict__.update(record.__dict__, **changes)
    return copy


def next_id(db: Database, table: str) -> int:
    """The id AUTOINCREMENT would give next: past every id the table ever
    used, deleted records' included (their history keeps them)."""
    return int(
        db.conn.execute(
            f"SELECT max(coalesce(max(id), 0), coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?), 0))"
            f" + 1 FROM {table}",
            (table,),
        ).fetchone()[0]
    )


def insert(db: Database, table: str, names: list[str], rows: list[list[Any]]) -> None:
    """Many rows per INSERT statement, not one statement per row.

    Every statement that fires the search-index triggers opens a statement
    savepoint, and FTS5 writes out its pending index data at each savepoint:
    row by row, 100,000 milestones cost about 3x what 1,000-row statements do.
    """
    if not rows:
        return
    per_statement = max(1, min(_ROWS_PER_INSERT, _variable_limit(db) // len(names)))
    one = "(" + ", ".join("?" for _ in names) + ")"
    head = f"INSERT INTO {table} ({', '.join(names)}) VALUES "
    full = head + ", ".join([one] * per_statement)
    for start in range(0, len(rows), per_statement):
        part = rows[start : start + per_statement]
        sql = full if len(part) == per_statement else head + ", ".join([one] * len(part))
        db.conn.execute(sql, list(chain.from_iterable(part)))


def update(db: Database, table: str, rows: list[tuple[int, int, dict[str, Any]]], stamp: str) -> None:
    """Write (id, read version, changed columns) rows, bumping each version."""
    # Grouped by the set of changed columns so each group is one executemany().
    groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    for record_id, version, written in rows:
        groups.setdefault(tuple(written), []).append((*written.values(), version + 1, stamp, record_id))
    for names, group in groups.items():
        assignments = "".join(f"{name} = ?, " for name in names)
        db.conn.executemany(
            f"UPDATE {table} SET {assignments}version = ?, updated_at = ? WHERE id = ?", group
        )


def log_creations(
    db: Database,
    table: str,
    created: list[tuple[int, dict[str, Any]]],
    *,
    who: str | None,
    at: str,
    comment: str,
    batch: int | None,
) -> None:
    """One '*' history row per (id, snapshot) created, as one executemany."""
    if not created:
        return
    batch = batch or history.next_batch(db)
    who = who or history.current_user()
    encode = history.snapshot_text
    db.conn.executemany(
        _HISTORY_INSERT,
        [
            (batch, table, record_id, history.WHOLE_RECORD, None, encode(snapshot), at, who, comment)
            for record_id, snapshot in created
        ],
    )


def log_changes(
    db: Database,
    table: str,
    changes: list[tuple[int, dict[str, tuple[Any, Any]]]],
    *,
    who: str | None,
    at: str,
    comment: str,
    batch: int | None,
) -> None:
    """One history row per changed field of each (id, {field: (old, new)})."""
    if not changes:
        return
    batch = batch or history.next_batch(db)
    who = who or history.current_user()
    text = history.as_text
    db.conn.executemany(
        _HISTORY_INSERT,
        [
            (batch, table, record_id, field, text(old), text(new), at, who, comment)
            for record_id, changed in changes
            for field, (old, new) in changed.items()
        ],
    )


def _variable_limit(db: Database) -> int:
    # The SQLite a Python is built with decides how many ? a statement may hold
    # (999 before SQLite 3.32, 32,766 since).
    return db.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
