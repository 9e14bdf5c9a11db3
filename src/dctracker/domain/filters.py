"""What the user is looking at: a region-tree node, a search text, project
statuses and a period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dctracker.domain.dates import PartialDate
from dctracker.domain.records import ProjectStatus
from dctracker.domain.regions import Region


@dataclass(frozen=True)
class Period:
    """The days from `start` to `end`, both included (date.min/date.max leave
    an end open)."""

    start: date
    end: date

    def touches(self, first: PartialDate | None, last: PartialDate | None = None) -> bool:
        """Whether the days from the start of `first` to the end of `last` share
        at least one day with the period. A partial date covers its whole
        month/quarter/half/year, so "2027" touches a period ending 2027-01-01.
        One of the two missing counts as the other alone; neither: False."""
        first = first or last
        last = last or first
        if first is None or last is None:
            return False
        return first.start() <= self.end and last.end() >= self.start


@dataclass(frozen=True)
class RecordFilter:
    """Narrows every list the same way, in the window and on the command line.

    `sigungu` is None for "all of the region"; a zone selects its members.
    The empty string within `sigungu` stands for records with no 시군구.

    `statuses` (None = all) keeps projects in one of these statuses, and the
    milestones of those projects. `period` (None = all time) keeps:
    - milestones whose current date (actual, else forecast, else baseline)
      touches the period (see Period.touches); undated ones are left out;
    - projects whose planned span (planned_start to planned_finish) touches
      it, or that have a milestone kept by the period.
    MOUs follow only the place and the search.
    """

    region: Region | None = None
    sigungu: frozenset[str] | None = None
    search: str = ""
    statuses: frozenset[ProjectStatus] | None = None
    period: Period | None = None

    def matches_place(self, region: Region | None, sigungu: str) -> bool:
        if self.region is not None and region != self.region:
            return False
        return self.sigungu is None or sigungu in self.sigungu

    def matches_status(self, status: ProjectStatus) -> bool:
        return self.statuses is None or status in self.statuses
