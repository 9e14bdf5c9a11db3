"""Lists of records narrowed by a RecordFilter, shared by the window and the CLI."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from dctracker.domain.filters import RecordFilter
from dctracker.domain.ledger import mou_places
from dctracker.domain.records import Milestone, Mou, Project
from dctracker.domain.slippage import is_overdue
from dctracker.store.facade import Store
from dctracker.store.search import SearchHits


def search_hits(store: Store, f: RecordFilter) -> SearchHits | None:
    """The records matching the filter's search text; None when there is none."""
    return store.search(f.search) if f.search.strip() else None


def projects(store: Store, f: RecordFilter) -> list[Project]:
    return filter_projects(store.projects.all(), f, search_hits(store, f))


def mous(store: Store, f: RecordFilter) -> list[Mou]:
    return filter_mous(store.mous.all(), store.projects.all(), f, search_hits(store, f))


def milestones(
    store: Store, f: RecordFilter, *, overdue_as_of: date | None = None
) -> list[Milestone]:
    return filter_milestones(store.milestones.all(), store.projects.all(), f,
                             search_hits(store, f), overdue_as_of=overdue_as_of)


# The same selections over lists of records (e.g. as they stood on a past day).


def filter_projects(
    projects: Iterable[Project], f: RecordFilter, hits: SearchHits | None
) -> list[Project]:
    return [
        p for p in projects
        if f.matches_place(p.region, p.sigungu) and (hits is None or p.id in hits.projects)
    ]


def filter_mous(
    mous: Iterable[Mou], projects: Iterable[Project], f: RecordFilter, hits: SearchHits | None
) -> list[Mou]:
    places = {p.id: (p.region, p.sigungu) for p in projects}
    return [
        m for m in mous
        if _mou_in_place(m, places, f) and (hits is None or m.id in hits.mous)
    ]


def _mou_in_place(mou: Mou, places: dict, f: RecordFilter) -> bool:
    spots = mou_places(mou, places)
    if not spots:
        return f.region is None and f.sigungu is None
    return any(f.matches_place(region, sigungu) for region, sigungu in spots)


def filter_milestones(
    milestones: Iterable[Milestone], projects: Iterable[Project], f: RecordFilter,
    hits: SearchHits | None, *, overdue_as_of: date | None = None,
) -> list[Milestone]:
    """Milestones of the projects in the filter; a search matches the milestone
    itself or its project (searching "광양" lists the 광양 project's milestones)."""
    place_ok = {p.id for p in projects if f.matches_place(p.region, p.sigungu)}
    result = []
    for m in milestones:
        if m.project_id not in place_ok:
            continue
        if hits is not None and m.id not in hits.milestones and m.project_id not in hits.projects:
            continue
        if overdue_as_of is not None and not is_overdue(m, overdue_as_of):
            continue
        result.append(m)
    return result
