"""What the user is looking at: a region-tree node plus a search text."""

from __future__ import annotations

from dataclasses import dataclass

from dctracker.domain.regions import Region


@dataclass(frozen=True)
class RecordFilter:
    """Narrows every list the same way, in the window and on the command line.

    `sigungu` is None for "all of the region"; a zone selects its members.
    The empty string within `sigungu` stands for records with no 시군구.
    """

    region: Region | None = None
    sigungu: frozenset[str] | None = None
    search: str = ""

    def matches_place(self, region: Region | None, sigungu: str) -> bool:
        if self.region is not None and region != self.region:
            return False
        return self.sigungu is None or sigungu in self.sigungu
