"""The records as last read, so a filter click re-filters in memory instead
of re-reading (and re-decoding) 100,000 milestones from the file.

It offers the part of the Store that store.queries and store.browse use
(`<kind>.all()` and `search`) and is dropped whenever the database changes.
"""

from __future__ import annotations

from typing import Any, cast

from dctracker.store import Store
from dctracker.store.search import SearchHits

KINDS = ("projects", "mous", "milestones", "organizations", "indicators")


class _CachedKind:
    def __init__(self, repository: Any) -> None:
        self._repository = repository
        self._records: list[Any] | None = None

    def all(self) -> list[Any]:
        if self._records is None:
            self._records = self._repository.all()
        return list(self._records)


class StoreSnapshot:
    def __init__(self, store: Store) -> None:
        self._store = store
        for kind in KINDS:
            setattr(self, kind, _CachedKind(getattr(store, kind)))

    def search(self, query: str) -> SearchHits:
        return self._store.search(query)

    def as_store(self) -> Store:
        """For the query functions, which read only what this class offers."""
        return cast(Store, self)
