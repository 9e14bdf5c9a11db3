"""Create, read, update and delete one kind of record, with history and versions."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, Generic, TypeVar

from dctracker.domain.records import Record
from dctracker.domain.validation import Problem, errors
from dctracker.store.errors import ConflictError, IntegrityError, NotFoundError, ValidationError
from dctracker.store.file.connection import Database
from dctracker.store.file.database import transaction
from dctracker.store.records import bulk, history
from dctracker.store.records.codec import (
    RELATION_FIELDS,
    columns,
    date_columns,
    row_reader,
    row_values,
    to_column,
    to_row,
)
from dctracker.store.records.rows import RecordRows

R = TypeVar("R", bound=Record)
# Given the stored columns a write holds: the computed columns that go with
# them and how to compute their values from a row of those columns (spans.py).
Derived = Callable[[tuple[str, ...]], tuple[list[str], Callable[[Sequence[Any]], list[Any]]]]
META_FIELDS = ("id", "version", "created_at", "updated_at")


class Repository(Generic[R]):
    """Stores records of one dataclass in one table.

    Every write is one transaction and leaves one history row per changed
    field. An update names the version it read; if the stored version moved on
    meanwhile, ConflictError carries both so the user can choose.
    """

    def __init__(
        self,
        db: Database,
        table: str,
        cls: type[R],
        validate: Callable[[R], list[Problem]],
        derived: Derived | None = None,
    ) -> None:
        self.db = db
        self.table = table
        self.cls = cls
        self.validate = validate
        # Columns computed from a row's fields and written with them (spans.py).
        self._derived = derived
        self._columns = columns(cls)
        self._read = row_reader(cls, tuple(self._columns))

    # Reading

    def get(self, record_id: int) -> R:
        found = self.where("id = ?", (record_id,))
        if not found:
            raise NotFoundError(self.table, record_id)
        return found[0]

    def all(self) -> list[R]:
        return self.where()

    def some(self, ids: Iterable[int]) -> list[R]:
        """The records of these ids still stored, in id order (what a view
        re-reads after a change names them)."""
        return self.where("id IN (SELECT value FROM json_each(?))", (json.dumps(sorted(ids)),))

    def where(self, condition: str = "", params: Iterable[Any] = (), *, order_by: str = "id") -> list[R]:
        cursor = self.db.conn.execute(self._select(condition, order_by), tuple(params))
        records = [self._read(row) for row in cursor]
        self._load_relations(records)
        return records

    def rows(self, condition: str = "", params: Iterable[Any] = (), *, order_by: str = "id") -> RecordRows[R]:
        """Like where(), but each record is built only when it is read (see rows.py)."""
        cursor = self.db.conn.execute(self._select(condition, order_by), tuple(params))
        return RecordRows(
            self._columns,
            cursor.fetchall(),
            self._build,
            date_columns=date_columns(self.cls),
            stored_row=self._stored_row,
        )

    def _select(self, condition: str, order_by: str = "id") -> str:
        where = f" WHERE {condition}" if condition else ""
        return f"SELECT {', '.join(self._columns)} FROM {self.table}{where} ORDER BY {order_by}"

    def _stored_row(self, record: R) -> tuple[Any, ...]:
        """`record` as the row rows() reads (a saved record put into a list of rows)."""
        values = to_row(record)
        return tuple(values[name] for name in self._columns)

    def _build(self, row: tuple[Any, ...]) -> R:
        record = self._read(row)
        self._load_relations([record])
        return record

    def count(self) -> int:
        return int(self.db.conn.execute(f"SELECT count(*) FROM {self.table}").fetchone()[0])

    # Writing

    def create(self, record: R, *, who: str | None = None, comment: str = "") -> R:
        """Insert `record` (keeping its id if it has one, as undo of a delete does)."""
        self._check(record)
        stamp = history.now()
        row = {k: v for k, v in to_row(record).items() if k != "id" or v is not None}
        row.update(version=1, created_at=stamp, updated_at=stamp)
        row.update(self.derived_columns(row))
        with transaction(self.db), _integrity(self.table):
            names = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            cursor = self.db.conn.execute(
                f"INSERT INTO {self.table} ({names}) VALUES ({marks})", tuple(row.values())
            )
            record_id = int(cursor.lastrowid or row["id"])
            self._save_relations(record_id, record)
            created = self.get(record_id)
            self._log(
                record_id,
                {history.WHOLE_RECORD: (None, self._snapshot_json(created))},
                who=who,
                at=stamp,
                comment=comment,
            )
        return created

    def update(self, record: R, *, who: str | None = None, comment: str = "") -> R:
        """Save `record`, which was read at `record.version`; returns the stored result."""
        if record.id is None:
            raise ValueError("update() needs a record that has been stored")
        self._check(record)
        with transaction(self.db), _integrity(self.table):
            current = self.get(record.id)
            if current.version != record.version:
                raise ConflictError(self.table, record, current)
            changed = self.diff(current, record)
            if not changed:
                return current
            self._write_update(record, current.version, changed)
            self._log(record.id, changed, who=who, at=history.now(), comment=comment)
            return self.get(record.id)

    def delete(
        self,
        record_id: int,
        *,
        version: int | None = None,
        who: str | None = None,
        comment: str = "",
    ) -> R:
        """Delete a record; the history keeps all of it so it can be restored."""
        with transaction(self.db), _integrity(self.table):
            current = self.get(record_id)
            if version is not None and current.version != version:
                raise ConflictError(self.table, current, current)
            self.db.conn.execute(f"DELETE FROM {self.table} WHERE id = ?", (record_id,))
            self._log(
                record_id,
                {history.WHOLE_RECORD: (self._snapshot_json(current), None)},
                who=who,
                at=history.now(),
                comment=comment,
            )
        return current

    # Writing many at once (imports, generated databases; the SQL is in bulk.py)

    def create_many(
        self,
        records: Sequence[R],
        *,
        who: str | None = None,
        comment: str = "",
        at: str | None = None,
        batch: int | None = None,
    ) -> list[R]:
        """Insert `records` all-or-nothing; returns them as stored (ids, versions, stamps).

        Every record is validated before anything is written, so one bad record
        rejects the whole lot with its problems. A caller writing several lots
        as one change opens the transaction itself and passes the same `batch`
        (history.next_batch) to each call, so undo and the history see one change.
        """
        for record in records:
            self._check(record)
        stamp = at or history.now()
        stored = [bulk.copied(r, version=1, created_at=stamp, updated_at=stamp) for r in records]
        to_values = row_values(self.cls)
        rows = [to_values(r) for r in stored]
        id_at = self._columns.index("id")
        with transaction(self.db), _integrity(self.table):
            first_free = bulk.next_id(self.db, self.table)
            for record, row in zip(stored, rows):
                if record.id is None:
                    record.id = row[id_at] = first_free
                    first_free += 1
            extra, derive = self.derived_reader(self._columns)
            bulk.insert(
                self.db,
                self.table,
                [*self._columns, *extra],
                [row + derive(row) for row in rows] if extra else rows,
            )
            for record in stored:
                self._save_relations(record.stored_id, record)
            bulk.log_creations(
                self.db,
                self.table,
                self._creation_snapshots(stored, rows),
                who=who,
                at=stamp,
                comment=comment,
                batch=batch,
            )
        return stored

    def update_many(
        self,
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
            self._check(record)
        stamp = at or history.now()
        with transaction(self.db), _integrity(self.table):
            current = {r.stored_id: r for r in self._with_ids([r.stored_id for r in records])}
            changes = [(r, changed) for r in records if (changed := self._changed_since(current, r))]
            bulk.update(
                self.db,
                self.table,
                [(r.stored_id, r.version, self._written(r, c)) for r, c in changes],
                stamp,
            )
            for record, _ in changes:
                self._save_relations(record.stored_id, record)
            bulk.log_changes(
                self.db,
                self.table,
                [(r.stored_id, changed) for r, changed in changes],
                who=who,
                at=stamp,
                comment=comment,
                batch=batch,
            )
            updated = {r.stored_id: r for r in self._with_ids([r.stored_id for r, _ in changes])}
        return [updated.get(r.stored_id, current[r.stored_id]) for r in records]

    def _creation_snapshots(self, stored: list[R], rows: list[list[Any]]) -> list[tuple[int, dict[str, Any]]]:
        """_snapshot_json's content for each created record, built from the row
        already made for the insert (to_row is most of the cost of a creation)."""
        kept = [(name, index) for index, name in enumerate(self._columns) if name not in META_FIELDS]
        snapshots = []
        for record, row in zip(stored, rows, strict=True):
            snapshot = {name: row[index] for name, index in kept}
            snapshot.update(self._relation_snapshot(record))
            snapshot["id"] = record.id
            snapshots.append((record.stored_id, snapshot))
        return snapshots

    def _changed_since(self, current: dict[int, R], record: R) -> dict[str, tuple[Any, Any]]:
        stored = current.get(record.stored_id)
        if stored is None:
            raise NotFoundError(self.table, record.stored_id)
        if stored.version != record.version:
            raise ConflictError(self.table, record, stored)
        return self.diff(stored, record)

    def _written(self, record: R, changed: Mapping[str, Any]) -> dict[str, Any]:
        """The stored columns of `record` that `changed` names, with their computed ones."""
        row = to_row(record)
        written = {k: row[k] for k in changed if k in row}
        written.update(self.derived_columns(written))
        return written

    def _with_ids(self, ids: Sequence[int]) -> list[R]:
        return self.where("id IN (SELECT value FROM json_each(?))", (json.dumps(list(ids)),))

    def diff(self, old: R, new: R, names: Collection[str] | None = None) -> dict[str, tuple[Any, Any]]:
        """Stored forms of the fields that differ between two versions of a record.

        `names`: the only fields that may differ (an import row sets a few
        fields of a stored record; comparing just those is most of the cost
        of planning a re-import of 100,000 rows).
        """
        if names is None:
            before, after = self.snapshot(old), self.snapshot(new)
        else:
            before, after = self._stored(old, names), self._stored(new, names)
        return {k: (before[k], after[k]) for k in after if before[k] != after[k]}

    def snapshot(self, record: R) -> dict[str, Any]:
        """The stored form of every user-editable field, relations included."""
        row = to_row(record)
        for name in META_FIELDS:
            row.pop(name, None)
        row.update(self._relation_snapshot(record))
        return row

    def _stored(self, record: R, names: Collection[str]) -> dict[str, Any]:
        """snapshot(record) restricted to `names`, in the same order."""
        row = {k: to_column(getattr(record, k)) for k in self._columns if k in names and k not in META_FIELDS}
        if not RELATION_FIELDS.isdisjoint(names):
            row.update((k, v) for k, v in self._relation_snapshot(record).items() if k in names)
        return row

    def derived_columns(self, row: Mapping[str, Any]) -> dict[str, Any]:
        """The computed columns that go with the stored fields in `row`."""
        names, derive = self.derived_reader(tuple(row))
        return dict(zip(names, derive(list(row.values())))) if names else {}

    def derived_reader(self, names: Sequence[str]) -> tuple[list[str], Callable[[Sequence[Any]], list[Any]]]:
        """For rows given as lists in the order of `names` (bulk writes): the
        computed columns that go with them and a function giving their values."""
        if self._derived is None:
            return [], _no_values
        return self._derived(tuple(names))

    # Hooks for records with link tables (see MouRepository)

    def _load_relations(self, records: list[R]) -> None:
        """Fill in fields stored in link tables."""

    def _save_relations(self, record_id: int, record: R) -> None:
        """Write fields stored in link tables."""

    def _relation_snapshot(self, record: R) -> dict[str, str]:
        return {}

    # Internals

    def _check(self, record: R) -> None:
        problems = errors(self.validate(record))
        if problems:
            raise ValidationError(problems)

    def _write_update(self, record: R, read_version: int, changed: dict[str, Any]) -> None:
        row = {k: v for k, v in to_row(record).items() if k in changed}
        row.update(self.derived_columns(row), version=read_version + 1, updated_at=history.now())
        assignments = ", ".join(f"{name} = ?" for name in row)
        cursor = self.db.conn.execute(
            f"UPDATE {self.table} SET {assignments} WHERE id = ? AND version = ?",
            (*row.values(), record.id, read_version),
        )
        if cursor.rowcount != 1:  # cannot happen under BEGIN IMMEDIATE; guard anyway
            raise ConflictError(self.table, record, self.get(record.stored_id))
        self._save_relations(record.stored_id, record)

    def _snapshot_json(self, record: R) -> str:
        return history.snapshot_text({"id": record.id, **self.snapshot(record)})

    def _log(
        self,
        record_id: int,
        changes: dict[str, tuple[Any, Any]],
        *,
        who: str | None,
        at: str,
        comment: str,
    ) -> None:
        history.write(
            self.db,
            history.next_batch(self.db),
            self.table,
            record_id,
            changes,
            who=who or history.current_user(),
            at=at,
            comment=comment,
        )


@contextmanager
def _integrity(table: str) -> Iterator[None]:
    """Turn the database's refusals (foreign keys, unique names) into user messages."""
    try:
        yield
    except sqlite3.IntegrityError as exc:
        raise IntegrityError(
            f"{table}: 다른 기록과 맞지 않아 저장할 수 없습니다 ({exc}).",
            f"{table}: the change conflicts with other records ({exc}).",
        ) from exc


def _no_values(_row: Sequence[Any]) -> list[Any]:
    return []
