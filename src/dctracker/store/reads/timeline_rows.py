"""The columns the timeline lays out, read straight from the milestones table.

The timeline of a province draws 100,000 milestones but needs only their
dates, status and progress: reading those columns into arrays (each distinct
date text parsed once) costs a fraction of building the records.
"""

from __future__ import annotations

from dctracker.domain.filters import RecordFilter
from dctracker.domain.timeline.columns import MilestoneColumns
from dctracker.store.reads.queries import milestone_sql
from dctracker.store.records.codec import stored_date
from dctracker.store.records.tables import Tables

_COLUMNS = ("id", "project_id", "baseline", "forecast", "actual", "status", "progress")


def milestone_columns(store: Tables, f: RecordFilter) -> MilestoneColumns:
    """The milestones of queries.milestones(store, f), in the same (id) order."""
    condition, params = milestone_sql(store, f)
    where = f" WHERE {condition}" if condition else ""
    rows = store.db.conn.execute(
        f"SELECT {', '.join(_COLUMNS)} FROM milestones{where} ORDER BY id", params
    ).fetchall()
    ids, project_ids, baseline, forecast, actual, status, progress = zip(*rows) if rows else [()] * 7
    return MilestoneColumns.from_values(
        ids, project_ids, (baseline, forecast, actual), status, progress, read_date=stored_date
    )
