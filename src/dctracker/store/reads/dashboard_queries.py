"""The dashboard's figures over the current records, counted in SQL.

A province holds 100,000 milestones; building each as a record to count the
overdue ones took seconds on every start. Here SQL selects and orders the
rows over the stored columns, with each date's interval as the domain
reckons it stored beside the date (spans.py), and asks the domain for each
slippage; the lists keep only ids (RecordsByIds),
so only the rows a table shows become records. The in-memory `compute`
(domain/dashboard.py) remains the definition: tests hold the two equal, and
days before today (rebuilt from the history) still use it.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from dctracker.domain.dashboard import (
    DUE_SOON_DAYS,
    MOST_SLIPPED_COUNT,
    DashboardFigures,
    Slipped,
    quarter_end,
    quarter_start,
)
from dctracker.domain.filters import RecordFilter
from dctracker.domain.records import Milestone, MilestoneStatus, Project, ProjectStatus
from dctracker.domain.slippage import milestone_slippage, slippage
from dctracker.store.facade import Store
from dctracker.store.reads import queries
from dctracker.store.reads.queries import DUE_END, DUE_START, OPEN_MILESTONE
from dctracker.store.records.codec import stored_date
from dctracker.store.records.rows import RecordRows, RecordsByIds

_BY_DUE = f"{DUE_END}, {DUE_START}, id"  # dashboard._by_due
_IN_IDS = "id IN (SELECT value FROM json_each(?))"
# milestone_slippage compares coalesce(actual, forecast) with the baseline.
_CURRENT = "coalesce(actual, forecast)"
_CURRENT_END = "coalesce(actual_end, forecast_end)"


def figures(store: Store, f: RecordFilter, as_of: date, projects: RecordRows[Project]) -> DashboardFigures:
    """domain.dashboard.compute(projects, queries.milestones(store, f), as_of),
    building no record but those the lists show. `projects` = queries.projects(store, f)."""
    condition, params = queries.milestone_sql(store, f)
    select = _Select(store, condition, params)
    short, long = DUE_SOON_DAYS
    return DashboardFigures(
        as_of=as_of,
        projects_by_status=_by_status(projects),
        overdue=select.rows(f"{OPEN_MILESTONE} AND {DUE_END} < ?", [as_of.isoformat()], _BY_DUE),
        due_30=select.rows(*_due_within(as_of, short)),
        due_90=select.rows(*_due_within(as_of, long)),
        completed_this_quarter=select.rows(
            "actual IS NOT NULL AND status <> ? AND actual_start BETWEEN ? AND ? AND actual_end <= ?",
            [
                MilestoneStatus.CANCELLED.value,
                quarter_start(as_of).isoformat(),
                as_of.isoformat(),
                quarter_end(as_of).isoformat(),
            ],
            "actual_end, id",
        ),
        most_slipped=_most_slipped(store, condition, params),
    )


class _Select:
    """Milestones under the filter's condition and one more, in an order."""

    def __init__(self, store: Store, condition: str, params: list[Any]) -> None:
        self._store = store
        self._condition = f"({condition}) AND " if condition else ""
        self._params = params

    def rows(self, condition: str, params: list[Any], order_by: str) -> RecordsByIds[Milestone]:
        cursor = self._store.db.conn.execute(
            f"SELECT id FROM milestones WHERE {self._condition}{condition} ORDER BY {order_by}",
            [*self._params, *params],
        )
        return RecordsByIds([row[0] for row in cursor], self._fetch)

    def _fetch(self, ids: list[int]) -> RecordRows[Milestone]:
        return self._store.milestones.rows(_IN_IDS, [json.dumps(ids)])


def _due_within(as_of: date, days: int) -> tuple[str, list[Any], str]:
    """dashboard.is_due_within."""
    bounds = [as_of.isoformat(), (as_of + timedelta(days=days)).isoformat()]
    return f"{OPEN_MILESTONE} AND {DUE_END} BETWEEN ? AND ?", bounds, _BY_DUE


def _most_slipped(store: Store, condition: str, params: list[Any]) -> list[Slipped]:
    """dashboard.most_slipped. Slippage is 0 for nested intervals and otherwise
    the days between the intervals' ends, so a late milestone is among those
    whose current end is after the baseline's, late by exactly that gap: the
    SQL orders those by the gap (on the interval columns) and the domain
    decides, row by row, until it has found enough (62,000 slippages took 0.6 s)."""
    ids = _late_ids(store, condition, params, limit=8 * MOST_SLIPPED_COUNT)
    found = {m.id: m for m in store.milestones.rows(_IN_IDS, [json.dumps(ids)])}
    result = []
    for milestone_id in ids:
        m = found[milestone_id]
        slipped = milestone_slippage(m)
        assert slipped is not None and slipped.late, "chosen by the same rule"
        result.append(Slipped(m, slipped))
    return result


def _late_ids(store: Store, condition: str, params: list[Any], limit: int) -> list[int]:
    """The ids of the MOST_SLIPPED_COUNT latest milestones, looking at the
    `limit` widest gaps first: SQLite keeps only that many while it sorts
    (half the time of ordering all 70,000), and nested intervals are rare, so
    asking again with a larger limit seldom happens."""
    where = f"({condition}) AND " if condition else ""
    rows = store.db.conn.execute(
        f"SELECT id, baseline, {_CURRENT} FROM milestones WHERE {where}status <> ?"
        f" AND {_CURRENT_END} > baseline_end"
        f" ORDER BY julianday({_CURRENT_END}) - julianday(baseline_end) DESC, id LIMIT ?",
        [*params, MilestoneStatus.CANCELLED.value, limit],
    ).fetchall()
    ids = [
        milestone_id
        for milestone_id, baseline, current in rows
        if slippage(stored_date(baseline), stored_date(current)).late  # type: ignore[union-attr]
    ][:MOST_SLIPPED_COUNT]
    if len(ids) < MOST_SLIPPED_COUNT and len(rows) == limit:
        return _late_ids(store, condition, params, limit * 4)
    return ids


def _by_status(projects: RecordRows[Project]) -> dict[ProjectStatus, int]:
    """dashboard.projects_by_status, from the stored status column."""
    counts = dict.fromkeys(ProjectStatus, 0)
    for i in range(len(projects)):
        counts[ProjectStatus(projects.value(i, "status"))] += 1
    return counts
