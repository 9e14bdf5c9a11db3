"""What a write changed, for views to update only that (issue 14 §2).

A `Changes` names records as (kind, id), kind being the table: "projects",
"mous", "milestones", "organizations", "indicators". Values combine with `|`
(an undo macro, several writes between two repaints); a view re-reads the
named records and treats those no longer stored as deleted, so the order in
which combined writes happened never matters.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

Key = tuple[str, int]  # (kind, id)


@dataclass(frozen=True)
class Changes:
    created: frozenset[Key] = frozenset()
    updated: frozenset[Key] = frozenset()
    deleted: frozenset[Key] = frozenset()
    history: frozenset[Key] = frozenset()  # records whose history got rows
    zones: bool = False  # the 권역 arrangement
    # Written elsewhere (another window on the file, an import, a restore):
    # anything may have changed, so every view reloads.
    everything: bool = False

    EVERYTHING: ClassVar[Changes]
    NONE: ClassVar[Changes]

    @classmethod
    def of_created(cls, kind: str, ids: Iterable[int]) -> Changes:
        keys = frozenset((kind, i) for i in ids)
        return cls(created=keys, history=keys)

    @classmethod
    def of_updated(cls, kind: str, ids: Iterable[int]) -> Changes:
        keys = frozenset((kind, i) for i in ids)
        return cls(updated=keys, history=keys)

    @classmethod
    def of_deleted(cls, kind: str, ids: Iterable[int]) -> Changes:
        keys = frozenset((kind, i) for i in ids)
        return cls(deleted=keys, history=keys)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            created=self.created | other.created,
            updated=self.updated | other.updated,
            deleted=self.deleted | other.deleted,
            history=self.history | other.history,
            zones=self.zones or other.zones,
            everything=self.everything or other.everything,
        )

    def __bool__(self) -> bool:
        return not self.is_empty()

    def is_empty(self) -> bool:
        return not (self.created or self.updated or self.deleted or self.zones or self.everything)

    def touches(self, kind: str) -> bool:
        """Whether records of `kind` may have changed."""
        return self.everything or any(k == kind for k, _ in self.created | self.updated | self.deleted)

    def written(self, kind: str) -> frozenset[int]:
        """Ids of `kind` created or updated (to re-read; gone ones count as deleted)."""
        return frozenset(i for k, i in self.created | self.updated if k == kind)

    def removed(self, kind: str) -> frozenset[int]:
        return frozenset(i for k, i in self.deleted if k == kind)

    def named(self, kind: str, record_id: int) -> bool:
        """Whether the record (kind, id) may have changed."""
        key = (kind, record_id)
        return self.everything or key in self.created or key in self.updated or key in self.deleted


Changes.EVERYTHING = Changes(everything=True)
Changes.NONE = Changes()
