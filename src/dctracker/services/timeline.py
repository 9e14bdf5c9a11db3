"""Reading what the timeline shows from the store, under the window's filter."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from dctracker.domain.filters import RecordFilter
from dctracker.domain.records import Milestone
from dctracker.domain.timeline import TimelineLayout, layout_from_columns
from dctracker.store import Store
from dctracker.store.errors import NotFoundError
from dctracker.store.reads import queries
from dctracker.store.reads.timeline_rows import milestone_columns


def load_layout(
    store: Store,
    record_filter: RecordFilter,
    *,
    lang: str = "ko",
    collapsed: frozenset[str] = frozenset(),
    window: tuple[date, date] | None = None,
) -> TimelineLayout:
    """Projects and milestones under the filter; every MOU linked to a shown
    project (a search for a project name should still show its signing).
    Milestones are read as columns; a whole record is read when a tooltip
    asks for it."""
    return layout_from_columns(
        queries.projects(store, record_filter),
        milestone_columns(store, record_filter),
        _milestone_reader(store),
        store.mous.all(),
        store.zones.all(),
        lang=lang,
        collapsed=collapsed,
        window=window,
    )


def _milestone_reader(store: Store) -> Callable[[int], Milestone]:
    def read(milestone_id: int) -> Milestone:
        try:
            return store.milestones.get(milestone_id)
        except NotFoundError as gone:  # deleted elsewhere since the layout was read
            raise KeyError(milestone_id) from gone

    return read
