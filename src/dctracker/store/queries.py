"""Lists of records narrowed by a RecordFilter, shared by the window and the CLI."""

from __future__ import annotations

from datetime import date

from dctracker.domain.filters import RecordFilter
from dctracker.domain.records import Milestone, Mou, Project
from dctracker.domain.slippage import is_overdue
from dctracker.store.facade import Store
from dctracker.store.search import SearchHits


def _hits(store: Store, f: RecordFilter) -> SearchHits | None:
    return store.search(f.search) if f.search.strip() else None


def projects(store: Store, f: RecordFilter) -> list[Project]:
    hits = _hits(store, f)
    return [
        p for p in store.projects.all()
        if f.matches_place(p.region, p.sigungu) and (hits is None or p.id in hits.projects)
    ]


def mous(store: Store, f: RecordFilter) -> list[Mou]:
    hits = _hits(store, f)
    places = {p.id: (p.region, p.sigungu) for p in store.projects.all()}
    return [
        m for m in store.mous.all()
        if _mou_in_place(m, places, f) and (hits is None or m.id in hits.mous)
    ]


def _mou_in_place(mou: Mou, places: dict, f: RecordFilter) -> bool:
    """A MOU is placed by its own 시군구, or else by its linked projects'."""
    if mou.region is not None:
        spots = [(mou.region, mou.sigungu)]
    else:
        spots = [places[i] for i in mou.project_ids if i in places]
    if not spots:
        return f.region is None and f.sigungu is None
    return any(f.matches_place(region, sigungu) for region, sigungu in spots)


def milestones(
    store: Store, f: RecordFilter, *, overdue_as_of: date | None = None
) -> list[Milestone]:
    """Milestones of the projects in the filter; a search matches the milestone
    itself or its project (searching "광양" lists the 광양 project's milestones)."""
    hits = _hits(store, f)
    place_ok = {p.id for p in store.projects.all() if f.matches_place(p.region, p.sigungu)}
    result = []
    for m in store.milestones.all():
        if m.project_id not in place_ok:
            continue
        if hits is not None and m.id not in hits.milestones and m.project_id not in hits.projects:
            continue
        if overdue_as_of is not None and not is_overdue(m, overdue_as_of):
            continue
        result.append(m)
    return result
