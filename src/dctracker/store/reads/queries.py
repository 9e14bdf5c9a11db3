"""Lists of records narrowed by a RecordFilter, shared by the window and the CLI."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping
from datetime import date
from typing import Any

from dctracker.domain.dashboard import CLOSED
from dctracker.domain.dates import PartialDate
from dctracker.domain.filters import Period, RecordFilter, projects_kept_by_period
from dctracker.domain.ledger import Place, mou_places
from dctracker.domain.records import Milestone, Mou, Project
from dctracker.domain.regions import Region
from dctracker.domain.slippage import is_overdue
from dctracker.store.facade import Store
from dctracker.store.reads.search import SearchHits
from dctracker.store.records.codec import stored_date
from dctracker.store.records.rows import RecordRows


def search_hits(store: Store, f: RecordFilter) -> SearchHits | None:
    return store.search(f.search) if f.search.strip() else None


def projects(store: Store, f: RecordFilter) -> RecordRows[Project]:
    """Projects in the filter's place and statuses matching its search, in its
    period (see RecordFilter); built only when read."""
    condition, params = _project_sql(f)
    conditions = [condition] if condition else []
    hits = search_hits(store, f)
    if hits is not None:
        conditions.append(f"id IN {_JSON_VALUES}")
        params.append(json.dumps(sorted(hits.projects)))
    rows = store.projects.rows(" AND ".join(conditions), params)
    if f.period is None:
        return rows
    kept = project_ids_in_period(store, f.period)
    at_id = rows.columns.index("id")
    return rows.kept(lambda row: row[at_id] in kept)


def project_ids_in_period(store: Store, period: Period) -> set[int]:
    """domain.filters.projects_kept_by_period from the columns: the planned
    spans and the milestones' interval columns (no records built)."""
    kept = _projects_with_milestones_in(store, period)
    spans = store.db.conn.execute("SELECT id, planned_start, planned_finish FROM projects")
    kept.update(pid for pid, start, finish in spans if period.touches(_date(start), _date(finish)))
    return kept


def mous(store: Store, f: RecordFilter) -> list[Mou]:
    """MOUs in the filter's place, search, statuses and period (RecordFilter.keeps_mou)."""
    listed = _mous_in(store.mous.all(), project_places(store), f, search_hits(store, f))
    if f.statuses is None and f.period is None:
        return listed
    in_statuses: set[int] = set()
    if f.statuses is not None:
        condition, params = _project_sql(RecordFilter(statuses=f.statuses))
        in_statuses = {
            row[0] for row in store.db.conn.execute(f"SELECT id FROM projects WHERE {condition}", params)
        }
    in_period = set() if f.period is None else project_ids_in_period(store, f.period)
    return [m for m in listed if f.keeps_mou(m, in_statuses, in_period)]


_LABEL_COLUMNS = {"projects": "name", "mous": "title", "organizations": "name"}


def labels(store: Store, table: str) -> dict[int, str]:
    """Every record's name (an MOU's title) by id, in id order, from the
    column: the forms' lookups and the lists need no records built."""
    return dict(store.db.conn.execute(f"SELECT id, {_LABEL_COLUMNS[table]} FROM {table} ORDER BY id"))


def project_names(store: Store) -> dict[int, str]:
    return labels(store, "projects")


def project_places(store: Store) -> dict[int, tuple[Region, str]]:
    """Every project's place straight from the columns: no project records built."""
    return {
        project_id: (Region(region), sigungu)
        for project_id, region, sigungu in store.db.conn.execute("SELECT id, region, sigungu FROM projects")
    }


def _mous_in(
    mous: Iterable[Mou], places: Mapping[int, Place], f: RecordFilter, hits: SearchHits | None
) -> list[Mou]:
    return [m for m in mous if _mou_in_place(m, places, f) and (hits is None or m.id in hits.mous)]


def _mou_in_place(mou: Mou, places: Mapping[int, Place], f: RecordFilter) -> bool:
    spots = mou_places(mou, places)
    if not spots:
        return f.region is None and f.sigungu is None
    return any(f.matches_place(region, sigungu) for region, sigungu in spots)


def milestones(
    store: Store, f: RecordFilter, *, overdue_as_of: date | None = None, only: Collection[int] | None = None
) -> RecordRows[Milestone]:
    """Milestones of the projects in the filter; a search matches the milestone
    itself or its project (searching "광양" lists the 광양 project's milestones).

    There may be 100,000: the filter runs in SQL and records are built only
    when read (RecordRows). `overdue_as_of`: only those slippage.is_overdue then.
    `only`: just those of these ids (which of some changed milestones a
    filtered table still lists).
    """
    condition, params = milestone_sql(store, f)
    if only is not None:
        condition = f"({condition}) AND id IN {_JSON_VALUES}" if condition else f"id IN {_JSON_VALUES}"
        params.append(json.dumps(sorted(only)))
    if overdue_as_of is not None:
        overdue = f"{OPEN_MILESTONE} AND {DUE_END} < ?"
        condition = f"({condition}) AND {overdue}" if condition else overdue
        params.append(overdue_as_of.isoformat())
    return store.milestones.rows(condition, params)


# Milestone dates as their intervals (spans.py). The due date is
# coalesce(forecast, baseline) (dashboard.due_date, slippage.is_overdue); an
# open milestone has no actual date and is neither done nor cancelled
# (dashboard.is_open). These are the index milestones_open_due (db/0002),
# which SQLite uses only when the statuses are spelled as literals.
DUE_END = "coalesce(forecast_end, baseline_end)"
DUE_START = "coalesce(forecast_start, baseline_start)"
OPEN_MILESTONE = f"actual IS NULL AND status NOT IN ({', '.join(repr(s.value) for s in CLOSED)})"


def milestone_sql(store: Store, f: RecordFilter) -> tuple[str, list[Any]]:
    """The filter of milestones() as a condition on the milestones table."""
    conditions, params = [], []
    place, place_params = _project_sql(f)
    if place:
        conditions.append(f"project_id IN (SELECT id FROM projects WHERE {place})")
        params += place_params
    hits = search_hits(store, f)
    if hits is not None:
        conditions.append(f"(id IN {_JSON_VALUES} OR project_id IN {_JSON_VALUES})")
        params += [json.dumps(sorted(hits.milestones)), json.dumps(sorted(hits.projects))]
    if f.period is not None:
        conditions.append(_TOUCHES)
        params += [f.period.end.isoformat(), f.period.start.isoformat()]
    return " AND ".join(conditions), params


_JSON_VALUES = "(SELECT value FROM json_each(?))"
# Period.touches(Milestone.current) on the stored intervals (spans.py): the
# current date is the first of actual, forecast, baseline that is set.
_CURRENT_START = "coalesce(actual_start, forecast_start, baseline_start)"
_CURRENT_END = "coalesce(actual_end, forecast_end, baseline_end)"
_TOUCHES = f"{_CURRENT_START} <= ? AND {_CURRENT_END} >= ?"  # period end, period start


def _date(value: str | None) -> PartialDate | None:
    return None if value is None else stored_date(value)


def _projects_with_milestones_in(store: Store, period: Period) -> set[int]:
    """Ids of projects with a milestone whose current date touches `period`,
    from the interval columns alone (no milestone records built)."""
    cursor = store.db.conn.execute(
        f"SELECT DISTINCT project_id FROM milestones WHERE {_TOUCHES}",
        (period.end.isoformat(), period.start.isoformat()),
    )
    return {row[0] for row in cursor}


def _project_sql(f: RecordFilter) -> tuple[str, list[str]]:
    """RecordFilter.matches_place and matches_status as a condition on the projects table."""
    conditions, params = [], []
    if f.statuses is not None:
        conditions.append(f"status IN {_JSON_VALUES}")
        params.append(json.dumps(sorted(s.value for s in f.statuses)))
    if f.region is not None:
        conditions.append("region = ?")
        params.append(f.region.value)
    if f.sigungu is not None:
        conditions.append(f"sigungu IN {_JSON_VALUES}")
        params.append(json.dumps(sorted(f.sigungu), ensure_ascii=False))
    return " AND ".join(conditions), params


# The same selections over lists of records (e.g. as they stood on a past day).


def filter_projects(
    projects: Iterable[Project],
    f: RecordFilter,
    hits: SearchHits | None,
    milestones: Iterable[Milestone] = (),
) -> list[Project]:
    """As projects(); `milestones` are those a period may keep a project for."""
    projects = list(projects)
    kept = None if f.period is None else projects_kept_by_period(f.period, projects, milestones)
    return [
        p
        for p in projects
        if f.matches_place(p.region, p.sigungu)
        and f.matches_status(p.status)
        and (hits is None or p.id in hits.projects)
        and (kept is None or p.id in kept)
    ]


def filter_mous(
    mous: Iterable[Mou],
    projects: Iterable[Project],
    f: RecordFilter,
    hits: SearchHits | None,
    milestones: Iterable[Milestone],
) -> list[Mou]:
    """As mous(); `projects` and `milestones` are all those the MOUs may link
    to (their places, statuses and dates decide)."""
    projects = list(projects)
    in_statuses = {p.stored_id for p in projects if f.statuses is not None and p.status in f.statuses}
    in_period = set() if f.period is None else projects_kept_by_period(f.period, projects, milestones)
    listed = _mous_in(mous, {p.stored_id: (p.region, p.sigungu) for p in projects}, f, hits)
    return [m for m in listed if f.keeps_mou(m, in_statuses, in_period)]


def filter_milestones(
    milestones: Iterable[Milestone],
    projects: Iterable[Project],
    f: RecordFilter,
    hits: SearchHits | None,
    *,
    overdue_as_of: date | None = None,
) -> list[Milestone]:
    """As milestones(): of the projects in the filter's place and statuses, in
    its period; a search matches the milestone itself or its project."""
    place_ok = {p.id for p in projects if f.matches_place(p.region, p.sigungu) and f.matches_status(p.status)}
    result = []
    for m in milestones:
        if m.project_id not in place_ok:
            continue
        if hits is not None and m.id not in hits.milestones and m.project_id not in hits.projects:
            continue
        if f.period is not None and not f.period.touches(m.current):
            continue
        if overdue_as_of is not None and not is_overdue(m, overdue_as_of):
            continue
        result.append(m)
    return result
