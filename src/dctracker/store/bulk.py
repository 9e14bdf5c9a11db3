"""Inserting many new records at once (imports of large files, benchmarks).

`Repository.create` re-reads each record and writes its own history batch,
which is right for one edit and too slow for 100,000 rows. This does the
same writes in bulk: every record validated first, all inserted in one
transaction with one history batch holding each record's creation.
"""

from __future__ import annotations

from collections.abc import Sequence

from dctracker.domain.records import Record
from dctracker.domain.validation import errors
from dctracker.store import history
from dctracker.store.codec import to_row
from dctracker.store.database import transaction
from dctracker.store.errors import ValidationError
from dctracker.store.repository import Repository


def insert_many(repo: Repository, records: Sequence[Record], *, who: str | None = None,
                comment: str = "") -> list[int]:
    """Insert records without ids (tables without link tables only); returns their ids."""
    if type(repo) is not Repository:
        raise ValueError(f"{repo.table}: bulk insert does not write link tables")
    for record in records:
        if problems := errors(repo.validate(record)):
            raise ValidationError(problems)
    stamp, who = history.now(), who or history.current_user()
    with transaction(repo.db):
        first = repo.db.conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {repo.table}").fetchone()[0]
        rows = []
        for offset, record in enumerate(records):
            row = to_row(record)
            row.update(id=first + offset, version=1, created_at=stamp, updated_at=stamp)
            rows.append(row)
        if not rows:
            return []
        names = list(rows[0])
        repo.db.conn.executemany(
            f"INSERT INTO {repo.table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
            [tuple(row[n] for n in names) for row in rows],
        )
        batch = history.next_batch(repo.db)
        repo.db.conn.executemany(
            "INSERT INTO history (batch, table_name, record_id, field, old, new, at, who, comment)"
            " VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?)",
            [(batch, repo.table, row["id"], history.WHOLE_RECORD,
              history.snapshot_text({"id": row["id"], **repo.snapshot(record)}), stamp, who, comment)
             for row, record in zip(rows, records)],
        )
    return [row["id"] for row in rows]
