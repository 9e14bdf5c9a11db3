"""What the user is looking at: a region-tree node, a search text, project
statuses and a period."""

from __future__ import annotations

from collections.abc import Container, Iterable
from dataclasses import dataclass
from datetime import date

from dctracker.domain.dates import PartialDate
from dctracker.domain.records import Milestone, Mou, Project, ProjectStatus
from dctracker.domain.regions import Region


@dataclass(frozen=True)
class Period:
    """The days from `start` to `end`, both included (date.min/date.max leave
    an end open)."""

    start: date
    end: date

    @classmethod
    def between(cls, first: PartialDate | None, last: PartialDate | None) -> Period | None:
        """From the first day of `first` to the last day of `last` ("2025년
        상반기" to "2026-03": 2025-01-01 to 2026-03-31); a missing one leaves
        that end open; neither is all time (None). The caller refuses a
        period whose end comes before its start, naming its own boxes."""
        if first is None and last is None:
            return None
        return cls(first.start() if first else date.min, last.end() if last else date.max)

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

    MOUs (keeps_mou), besides the place and the search:
    - with `statuses`, one of their linked projects (Mou.project_ids) must be
      in one of them; an MOU linked to no project is left out;
    - with `period`, an MOU is kept when it was signed in the period or falls
      due in it (signed_on or deadline touches it: "MOUs of 2026" are those
      signed or due in 2026, not every MOU merely in force then), or when one
      of its linked projects is kept by the period. realized_as_of is when
      the realized figures were counted, not an event of the MOU: it does not
      count.
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

    def keeps_mou(self, mou: Mou, in_statuses: Container[int], in_period: Container[int]) -> bool:
        """The statuses and period rules for an MOU (place and search are
        matched apart). `in_statuses`: ids of the projects in `statuses`;
        `in_period`: ids of the projects kept by `period`."""
        linked = mou.project_ids
        if self.statuses is not None and not any(pid in in_statuses for pid in linked):
            return False
        period = self.period
        if period is None:
            return True
        return (
            period.touches(mou.signed_on)
            or period.touches(mou.deadline)
            or any(pid in in_period for pid in linked)
        )


def projects_kept_by_period(
    period: Period, projects: Iterable[Project], milestones: Iterable[Milestone]
) -> set[int]:
    """Ids of the projects whose planned span touches `period` or that have a
    milestone whose current date does (see RecordFilter)."""
    kept = {m.project_id for m in milestones if period.touches(m.current)}
    kept.update(
        p.id for p in projects if p.id is not None and period.touches(p.planned_start, p.planned_finish)
    )
    return kept
