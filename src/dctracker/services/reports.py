"""What the dashboard and the meeting report show, gathered from the store.

No Qt here: the CLI report and the tab both call `load_dashboard`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property, partial

from dctracker.domain import clock
from dctracker.domain.dashboard import DashboardFigures, compute
from dctracker.domain.filters import RecordFilter
from dctracker.domain.ledger import (
    LedgerRow,
    LedgerTotal,
    ledger_row,
    totals_by_region,
    totals_by_zone,
)
from dctracker.domain.records import Milestone, Mou, Project
from dctracker.domain.regions import Region, Zone
from dctracker.store import Store
from dctracker.store.reads import dashboard_queries, queries
from dctracker.store.reads.as_of import first_entry_day, records_as_of


@dataclass(frozen=True)
class DashboardData:
    as_of: date
    historical: bool  # rebuilt from the history (as_of is before today)
    record_filter: RecordFilter
    figures: DashboardFigures
    projects: Sequence[Project]
    # Read by the report's timeline only: fetched then (100,000 rows are dear).
    load_milestones: Callable[[], Sequence[Milestone]]
    ledger: list[LedgerRow]
    region_totals: list[tuple[Region, LedgerTotal]]
    zone_totals: list[tuple[Zone, LedgerTotal]]
    project_names: dict[int, str]  # of every project, for the milestones' rows
    # The day the first record was entered, read for a past 기준일 only (from
    # today on there is nothing earlier to miss).
    first_entry: date | None = None

    @cached_property
    def milestones(self) -> Sequence[Milestone]:
        return self.load_milestones()

    @property
    def before_first_entry(self) -> bool:
        """The 기준일 is before anything was entered: empty, not all zero."""
        return self.first_entry is not None and self.as_of < self.first_entry

    def project_name(self, milestone: Milestone) -> str:
        return self.project_names.get(milestone.project_id, "")


def load_dashboard(
    store: Store, record_filter: RecordFilter, as_of: date, today: date | None = None
) -> DashboardData:
    """The dashboard under `record_filter` as it stood at the end of `as_of`.

    Before today the records come from the history (store/reads/as_of.py); from
    today on they are the current ones, and the dates are measured at `as_of`.
    """
    today = today or clock.today()
    if as_of < today:
        return _from_history(store, record_filter, as_of)
    projects = queries.projects(store, record_filter)
    # Counted in SQL, building only the milestones the lists show.
    figures = dashboard_queries.figures(store, record_filter, as_of, projects)
    return _dashboard(
        store,
        record_filter,
        as_of,
        figures,
        projects,
        partial(queries.milestones, store, record_filter),
        queries.mous(store, record_filter),
        queries.project_places(store),
        queries.project_names(store),
        historical=False,
    )


def _from_history(store: Store, record_filter: RecordFilter, as_of: date) -> DashboardData:
    """The records as they stood at the end of `as_of`, filtered and counted in memory."""
    past = records_as_of(store, as_of)
    hits = queries.search_hits(store, record_filter)
    projects = queries.filter_projects(past.projects, record_filter, hits, past.milestones)
    milestones = queries.filter_milestones(past.milestones, past.projects, record_filter, hits)
    return _dashboard(
        store,
        record_filter,
        as_of,
        compute(projects, milestones, as_of),
        projects,
        lambda: milestones,
        queries.filter_mous(past.mous, past.projects, record_filter, hits, past.milestones),
        {p.id: (p.region, p.sigungu) for p in past.projects if p.id is not None},
        {p.id: p.name for p in past.projects if p.id is not None},
        historical=True,
        first_entry=first_entry_day(store),
    )


def _dashboard(
    store: Store,
    record_filter: RecordFilter,
    as_of: date,
    figures: DashboardFigures,
    projects: Sequence[Project],
    load_milestones: Callable[[], Sequence[Milestone]],
    mous: list[Mou],
    places: dict[int, tuple[Region, str]],
    names: dict[int, str],
    *,
    historical: bool,
    first_entry: date | None = None,
) -> DashboardData:
    regions = [r for r in Region if record_filter.region in (None, r)]
    by_region = totals_by_region(mous, places)
    return DashboardData(
        as_of=as_of,
        historical=historical,
        record_filter=record_filter,
        figures=figures,
        projects=projects,
        load_milestones=load_milestones,
        ledger=[ledger_row(m, as_of) for m in _ledger_order(mous)],
        region_totals=[(r, by_region[r]) for r in regions],
        zone_totals=totals_by_zone(mous, places, [z for z in store.zones.all() if z.region in regions]),
        project_names=names,
        first_entry=first_entry,
    )


def _ledger_order(mous: list[Mou]) -> list[Mou]:
    """Largest pledge first: what a meeting asks about first."""
    return sorted(mous, key=lambda m: (-(m.pledged_investment or 0), m.title))
