"""The records under the window's filter, as the tables, the region tree,
the forms' pick lists and `dctracker list` show them."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import date
from typing import Any

from dctracker.domain.filters import RecordFilter
from dctracker.domain.records import Milestone
from dctracker.domain.regions import Region
from dctracker.io.listing import Listing, milestones_listing, mous_listing, projects_listing
from dctracker.store import Store
from dctracker.store.reads import browse, queries

# kind -> the records of that kind under a filter, in the order the tables show them.
_READERS: dict[str, Callable[[Store, RecordFilter], Sequence[Any]]] = {
    "projects": queries.projects,
    "mous": queries.mous,
    "milestones": queries.milestones,
    "organizations": browse.organizations,
    "indicators": browse.indicators,
}
KINDS = tuple(_READERS)


def records(store: Store, kind: str, record_filter: RecordFilter) -> Sequence[Any]:
    """The records of `kind` (one of KINDS) that `record_filter` shows."""
    return _READERS[kind](store, record_filter)


def milestones_among(store: Store, record_filter: RecordFilter, ids: Collection[int]) -> Sequence[Milestone]:
    """Those of the milestones `ids` that `record_filter` shows (a table
    re-reads only the milestones a change wrote)."""
    return queries.milestones(store, record_filter, only=ids)


def project_names(store: Store) -> dict[int, str]:
    """Every project's name by id (a milestone row names its project)."""
    return queries.project_names(store)


def project_places(store: Store) -> dict[int, tuple[Region, str]]:
    """Every project's region and 시군구 by id (the region tree's counts)."""
    return queries.project_places(store)


def labels(store: Store, table: str) -> dict[int, str]:
    """Every record's name or title by id, for a form's pick list."""
    return queries.labels(store, table)


def list_records(
    store: Store, kind: str, record_filter: RecordFilter, *, overdue_as_of: date | None = None
) -> Listing:
    """`dctracker list`: the filtered projects, MOUs or milestones (those late
    at `overdue_as_of` only, if given) as JSON and as a text table."""
    if kind == "projects":
        return projects_listing(queries.projects(store, record_filter))
    if kind == "mous":
        return mous_listing(queries.mous(store, record_filter))
    milestones = queries.milestones(store, record_filter, overdue_as_of=overdue_as_of)
    return milestones_listing(milestones, {p.stored_id: p for p in store.projects.all()})
