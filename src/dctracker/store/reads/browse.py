"""Organization and indicator lists under a RecordFilter (the window's other tabs)."""

from __future__ import annotations

from dctracker.domain.filters import RecordFilter
from dctracker.domain.records import Indicator, Organization
from dctracker.store.facade import Store


def organizations(store: Store, f: RecordFilter) -> list[Organization]:
    """Organizations are not placed; a search narrows them, the region does not."""
    if not f.search.strip():
        return store.organizations.all()
    hits = store.search(f.search).organizations
    return [o for o in store.organizations.all() if o.id in hits]


def indicators(store: Store, f: RecordFilter) -> list[Indicator]:
    """Indicators of the projects in the filter; program-wide ones (no project)
    show only without a place filter. A search matches the indicator's own
    name or program, or its project."""
    projects = {p.id: p for p in store.projects.all()}
    hits = store.search(f.search).projects if f.search.strip() else None
    terms = [t.casefold() for t in f.search.split()]
    result = []
    for indicator in store.indicators.all():
        project = projects.get(indicator.project_id) if indicator.project_id else None
        if project is None:
            if f.region is not None or f.sigungu is not None:
                continue
        elif not f.matches_place(project.region, project.sigungu):
            continue
        text = f"{indicator.name} {indicator.program} {indicator.notes}".casefold()
        own = all(t in text for t in terms)
        if hits is not None and not own and indicator.project_id not in hits:
            continue
        result.append(indicator)
    return result
