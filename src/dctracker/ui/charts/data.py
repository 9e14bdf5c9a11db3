"""Reading what the timeline shows from the store, under the window's filter."""

from __future__ import annotations

from datetime import date

from dctracker.domain.filters import RecordFilter
from dctracker.domain.timeline import TimelineLayout, build_layout
from dctracker.store import Store, queries


def load_layout(
    store: Store,
    record_filter: RecordFilter,
    *,
    lang: str = "ko",
    collapsed: frozenset[str] = frozenset(),
    window: tuple[date, date] | None = None,
) -> TimelineLayout:
    """Projects and milestones under the filter; every MOU linked to a shown
    project (a search for a project name should still show its signing)."""
    return build_layout(
        queries.projects(store, record_filter),
        queries.milestones(store, record_filter),
        store.mous.all(),
        store.zones(),
        lang=lang,
        collapsed=collapsed,
        window=window,
    )
