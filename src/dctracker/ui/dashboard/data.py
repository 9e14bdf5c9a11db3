"""What the dashboard and the meeting report show, gathered from the store.

No Qt here: the CLI report and the tab both call `load_dashboard`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

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
from dctracker.store import Store, queries
from dctracker.store.as_of import records_as_of


@dataclass(frozen=True)
class DashboardData:
    as_of: date
    historical: bool  # rebuilt from the history (as_of is before today)
    record_filter: RecordFilter
    figures: DashboardFigures
    projects: list[Project]
    milestones: list[Milestone]
    ledger: list[LedgerRow]
    region_totals: list[tuple[Region, LedgerTotal]]
    zone_totals: list[tuple[Zone, LedgerTotal]]
    project_names: dict[int, str]  # of every project, for the milestones' rows

    def project_name(self, milestone: Milestone) -> str:
        return self.project_names.get(milestone.project_id, "")


def load_dashboard(
    store: Store, record_filter: RecordFilter, as_of: date, today: date | None = None
) -> DashboardData:
    """The dashboard under `record_filter` as it stood at the end of `as_of`.

    Before today the records come from the history (store/as_of.py); from
    today on they are the current ones, and the dates are measured at `as_of`.
    """
    today = today or date.today()
    historical = as_of < today
    if historical:
        past = records_as_of(store, as_of)
        all_projects, all_mous, all_milestones = past.projects, past.mous, past.milestones
    else:
        all_projects, all_mous = store.projects.all(), store.mous.all()
        all_milestones = store.milestones.all()
    hits = queries.search_hits(store, record_filter)
    projects = queries.filter_projects(all_projects, record_filter, hits, all_milestones)
    mous = queries.filter_mous(all_mous, all_projects, record_filter, hits)
    milestones = queries.filter_milestones(all_milestones, all_projects, record_filter, hits)
    places = {p.id: (p.region, p.sigungu) for p in all_projects if p.id is not None}
    regions = [r for r in Region if record_filter.region in (None, r)]
    by_region = totals_by_region(mous, places)
    return DashboardData(
        as_of=as_of,
        historical=historical,
        record_filter=record_filter,
        figures=compute(projects, milestones, as_of),
        projects=projects,
        milestones=milestones,
        ledger=[ledger_row(m, as_of) for m in _ledger_order(mous)],
        region_totals=[(r, by_region[r]) for r in regions],
        zone_totals=totals_by_zone(mous, places, [z for z in store.zones() if z.region in regions]),
        project_names={p.id: p.name for p in all_projects if p.id is not None},
    )


def _ledger_order(mous: list[Mou]) -> list[Mou]:
    """Largest pledge first: what a meeting asks about first."""
    return sorted(mous, key=lambda m: (-(m.pledged_investment or 0), m.title))
