"""Creating and updating many records of one kind in one transaction.

Imports and generated test databases write thousands of records; going
through `Repository.create` one at a time costs a transaction, a re-read and
a history batch per record. These functions write exactly the same rows (same
columns, versions, timestamps, search index via the triggers, history rows)
with one statement per table and one history batch for the whole lot.

A caller that writes several lots as one change (an import creates projects,
organizations and milestones) opens the transaction itself and passes the
same `batch` (history.next_batch) to each call, so undo and the history see
one change.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Sequence
from itertools import chain
from typing import Any, TypeVar

from dctracker.domain.records import Record
from dctracker.store.errors import ConflictError, NotFoundError
from dctracker.store.file.database import transaction
from dctracker.store.records import history
from dctracker.store.records.codec import columns, row_values, to_row

# The batch form of Repository's writes: it shares the repository's internals.
from dctracker.store.records.repository import META_FIELDS, Repository, _integrity

R = TypeVar("R", bound=Record)
log = logging.getLogger(__name__)
_ROWS_PER_INSERT = 1000
_HISTORY_INSERT = (
    "INSERT INTO history (batch, table_name, record_id, field, old, new, at, who, comment)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def create_many(
    repo: Repository[R],
    records: Sequence[R],
    *,
    who: str | None = None,
    comment: str = "",
    at: str | None = None,
    batch: int | None = None,
) -> list[R]:
    """Insert `records` all-or-nothing; returns them as stored (ids, versions, stamps).

    Every record is validated before anything is written, so one bad record
    rejects the whole lot with its problems.
    """
    for record in records:
        repo._check(record)
    stamp = at or history.now()
    stored = [_copy(r, version=1, created_at=stamp, updated_at=stamp) for r in records]
    names = columns(repo.cls)
    to_values = row_values(repo.cls)
    rows = [to_values(r) for r in stored]
    id_at = names.index("id")
    with transaction(repo.db), _integrity(repo.table):
        first_free = _next_id(repo)
        for record, row in zip(stored, rows):
            if record.id is None:
                record.id = row[id_at] = first_free
                first_free += 1
        extra, derive = repo.derived_reader(names)
        _insert(repo, [*names, *extra], [row + derive(row) for row in rows] if extra else rows)
        for record in stored:
            repo._save_relations(record.stored_id, record)
        _log_creations(repo, stored, rows, who=who, at=stamp, comment=comment, batch=batch)
    log.debug("created %d %s", len(stored), repo.table)  # callers log what the lot was
    return stored


def update_many(
    repo: Repository[R],
    records: Sequence[R],
    *,
    who: str | None = None,
    comment: str = "",
    at: str | None = None,
    batch: int | None = None,
) -> list[R]:
    """Save `records`, each read at its `version`; all-or-nothing.

    A stale version raises ConflictError for the first such record and writes
    nothing. Records that did not change keep their version and leave no history.
    """
    if not records:  # an import's lots are often all creations
        return []
    for record in records:
        if record.id is None:
            raise ValueError("update_many() needs records that have been stored")
        repo._check(record)
    stamp = at or history.now()
    with transaction(repo.db), _integrity(repo.table):
        current = {r.stored_id: r for r in _where_ids(repo, [r.stored_id for r in records])}
        changes = []
        for record in records:
            changed = _changes(repo, current, record)
            if changed:
                changes.append((record, changed))
        _write_updates(repo, changes, stamp)
        _log_batch(
            repo,
            [(r.stored_id, changed) for r, changed in changes],
            who=who,
            at=stamp,
            comment=comment,
            batch=batch,
        )
        updated = {r.stored_id: r for r in _where_ids(repo, [r.stored_id for r, _ in changes])}
    return [updated.get(r.stored_id, current[r.stored_id]) for r in records]


def _changes(repo: Repository[R], current: dict[int, R], record: R) -> dict[str, Any]:
    stored = current.get(record.stored_id)
    if stored is None:
        raise NotFoundError(repo.table, record.stored_id)
    if stored.version != record.version:
        raise ConflictError(repo.table, record, stored)
    return repo.diff(stored, record)


def _write_updates(repo: Repository[R], changes: list[tuple[R, dict[str, Any]]], stamp: str) -> None:
    # Group by the set of changed columns so each group is one executemany().
    groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    relation_records = []
    for record, changed in changes:
        row = to_row(record)
        written = {k: row[k] for k in changed if k in row}
        written.update(repo.derived_columns(written))
        params = (*written.values(), record.version + 1, stamp, record.id)
        groups.setdefault(tuple(written), []).append(params)
        relation_records.append(record)
    for names, group in groups.items():
        assignments = "".join(f"{name} = ?, " for name in names)
        repo.db.conn.executemany(
            f"UPDATE {repo.table} SET {assignments}version = ?, updated_at = ? WHERE id = ?",
            group,
        )
    for record in relation_records:
        repo._save_relations(record.stored_id, record)


def _copy(record: R, **changes: Any) -> R:
    """dataclasses.replace without running __init__ again: the fields of a
    record that passed _check are already what its class holds, and an import
    copies 100,000 of them. Shallow, as replace is."""
    copied = object.__new__(type(record))
    copied.__dict__.update(record.__dict__, **changes)
    return copied


def _log_creations(
    repo: Repository[R],
    stored: list[R],
    rows: list[list[Any]],
    *,
    who: str | None,
    at: str,
    comment: str,
    batch: int | None,
) -> None:
    """One '*' history row per created record, holding repo._snapshot_json(record)
    built from the row already made for the insert (to_row is most of the cost
    of a creation), as one executemany."""
    if not stored:
        return
    batch = batch or history.next_batch(repo.db)
    who = who or history.current_user()
    names = columns(repo.cls)
    kept = [(name, index) for index, name in enumerate(names) if name not in META_FIELDS]
    relations = repo._relation_snapshot
    encode = history.snapshot_text
    entries = []
    for record, row in zip(stored, rows, strict=True):
        snapshot = {name: row[index] for name, index in kept}
        snapshot.update(relations(record))
        snapshot["id"] = record.id
        entries.append(
            (batch, repo.table, record.id, history.WHOLE_RECORD, None, encode(snapshot), at, who, comment)
        )
    repo.db.conn.executemany(_HISTORY_INSERT, entries)


def _where_ids(repo: Repository[R], ids: Sequence[int]) -> list[R]:
    return repo.where("id IN (SELECT value FROM json_each(?))", (json.dumps(list(ids)),))


def _next_id(repo: Repository[Any]) -> int:
    """The id AUTOINCREMENT would give next: past every id the table ever
    used, deleted records' included (their history keeps them)."""
    return int(
        repo.db.conn.execute(
            f"SELECT max(coalesce(max(id), 0), coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?), 0))"
            f" + 1 FROM {repo.table}",
            (repo.table,),
        ).fetchone()[0]
    )


def _insert(repo: Repository[Any], names: list[str], rows: list[list[Any]]) -> None:
    """Many rows per INSERT statement, not one statement per row.

    Every statement that fires the search-index triggers opens a statement
    savepoint, and FTS5 writes out its pending index data at each savepoint:
    row by row, 100,000 milestones cost about 3x what 1,000-row statements do.
    """
    if not rows:
        return
    per_statement = max(1, min(_ROWS_PER_INSERT, _variable_limit(repo) // len(names)))
    one = "(" + ", ".join("?" for _ in names) + ")"
    head = f"INSERT INTO {repo.table} ({', '.join(names)}) VALUES "
    full = head + ", ".join([one] * per_statement)
    for start in range(0, len(rows), per_statement):
        part = rows[start : start + per_statement]
        sql = full if len(part) == per_statement else head + ", ".join([one] * len(part))
        repo.db.conn.execute(sql, list(chain.from_iterable(part)))


def _variable_limit(repo: Repository[Any]) -> int:
    # The SQLite a Python is built with decides how many ? a statement may hold
    # (999 before SQLite 3.32, 32,766 since).
    return repo.db.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)


def _log_batch(
    repo: Repository[Any],
    changes: list[tuple[int, dict[str, tuple[Any, Any]]]],
    *,
    who: str | None,
    at: str,
    comment: str,
    batch: int | None = None,
) -> None:
    if not changes:
        return
    batch = batch or history.next_batch(repo.db)
    who = who or history.current_user()
    repo.db.conn.executemany(
        _HISTORY_INSERT,
        [
            (
                batch,
                repo.table,
                record_id,
                field,
                history.as_text(old),
                history.as_text(new),
                at,
                who,
                comment,
            )
            for record_id, changed in changes
            for field, (old, new) in changed.items()
        ],
    )
