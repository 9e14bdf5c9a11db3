"""Records as they stood on a past day, rebuilt from the history table.

The current rows are the starting point; every change logged after the
as-of moment is undone, newest first: a field change puts back its old
value, a creation ('*' with old NULL) removes the record, a deletion ('*'
with new NULL) brings back the whole record from its JSON. The store itself
is never written.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from dctracker.domain.records import (
    Indicator,
    Milestone,
    Mou,
    MouParty,
    PartyRole,
    Project,
    Record,
)
from dctracker.store.facade import Store
from dctracker.store.records.codec import column_from_text, from_row
from dctracker.store.records.history import WHOLE_RECORD

log = logging.getLogger(__name__)
_TABLES: dict[str, type[Record]] = {
    "projects": Project,
    "mous": Mou,
    "milestones": Milestone,
    "indicators": Indicator,
}
Row = dict[str, Any]


@dataclass(frozen=True)
class RecordsAsOf:
    moment: datetime  # changes at or after this instant were undone
    projects: list[Project]
    mous: list[Mou]
    milestones: list[Milestone]
    indicators: list[Indicator]


def end_of_day(day: date) -> datetime:
    """The first instant after `day` in the local time zone: 'as of a day' means
    as the day ended, so that day's own edits count."""
    return datetime.combine(day + timedelta(days=1), time()).astimezone()


def records_as_of(store: Store, when: date | datetime) -> RecordsAsOf:
    """The projects, MOUs, milestones and indicators as they stood at `when`
    (a date: at the end of that day; a naive datetime: local time)."""
    moment = when if isinstance(when, datetime) else end_of_day(when)
    if moment.tzinfo is None:
        moment = moment.astimezone()
    rows = {table: _current_rows(store, table) for table in _TABLES}
    for table, record_id, field, old, new in _changes_since(store, moment):
        _undo(rows[table], _TABLES[table], record_id, field, old, new)
    records = {table: _records(store, table, rows[table]) for table in _TABLES}
    return RecordsAsOf(
        moment, records["projects"], records["mous"], records["milestones"], records["indicators"]
    )


def first_entry_day(store: Store) -> date | None:
    """The local day the first record was entered (None: no record ever was):
    before it, an as-of view has nothing to show, and says so."""
    marks = ", ".join("?" for _ in _TABLES)
    row = store.db.conn.execute(
        f"SELECT min(at) FROM history WHERE table_name IN ({marks})", tuple(_TABLES)
    ).fetchone()
    return datetime.fromisoformat(row[0]).astimezone().date() if row[0] else None


def _current_rows(store: Store, table: str) -> dict[int, Row]:
    """Current records in the form history snapshots use (columns + relation text)."""
    repository = getattr(store, table)
    return {
        record.id: {
            **repository.snapshot(record),
            "version": record.version,
            "created_at": record.created_at,
            "updated_at": record.updated_at,
        }
        for record in repository.all()
    }


def _changes_since(store: Store, moment: datetime) -> list[tuple[str, int, str, Any, Any]]:
    """History rows at or after `moment`, newest first."""
    # A cheap text pre-filter: any instant after `moment` is written with a
    # local date at most two days earlier (offsets span -12:00 to +14:00).
    floor = (moment - timedelta(days=2)).date().isoformat()
    marks = ", ".join("?" for _ in _TABLES)
    cursor = store.db.conn.execute(
        f"SELECT table_name, record_id, field, old, new, at FROM history"
        f" WHERE table_name IN ({marks}) AND at >= ? ORDER BY id DESC",
        (*_TABLES, floor),
    )
    return [row[:5] for row in cursor if datetime.fromisoformat(row[5]) >= moment]


def _undo(
    rows: dict[int, Row], cls: type[Record], record_id: int, field: str, old: str | None, new: str | None
) -> None:
    if field == WHOLE_RECORD:
        if old is None:  # created after the moment: it did not exist yet
            rows.pop(record_id, None)
        else:  # deleted after the moment: it still existed
            rows[record_id] = json.loads(old)
        return
    row = rows.get(record_id)
    if row is None:  # cannot happen with a consistent history; say so rather than crash
        log.warning("history changes %s %s, which is absent at that point", cls.__name__, record_id)
        return
    row[field] = column_from_text(cls, field, old)


def _records(store: Store, table: str, rows: dict[int, Row]) -> list[Any]:
    cls = _TABLES[table]
    names = dict(store.db.conn.execute("SELECT id, name FROM organizations")) if cls is Mou else {}
    result = []
    for record_id in sorted(rows):
        row = rows[record_id]
        record = from_row(cls, {**row, "id": record_id})
        if isinstance(record, Mou):
            record.parties = _parties(row.get("parties") or "", names)
            record.project_ids = [int(i) for i in (row.get("project_ids") or "").split(",") if i.strip()]
        result.append(record)
    return result


def _parties(text: str, names: dict[int, str]) -> list[MouParty]:
    """Read the history's "3:company, 5:investor" form back (with today's names)."""
    parties = []
    for item in filter(None, (part.strip() for part in text.split(","))):
        org_id, role = item.split(":")
        parties.append(
            MouParty(organization_id=int(org_id), role=PartyRole(role), name=names.get(int(org_id), ""))
        )
    return parties
