"""The figures of the dashboard and the meeting report, as of a given day.

Every figure respects date precision the way `slippage.is_overdue` does: a
date known only to a month, quarter, half or year is a promise about its whole
interval, so it is measured by the interval's END. "2025년 상반기" is overdue
only from 2025-07-01, and it is "due within 30 days" from 2025-05-31 on
(its end, 2025-06-30, is then 30 days away). "2030년까지" ends 2030-12-31.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from dctracker.domain.dates import PartialDate
from dctracker.domain.records import Milestone, MilestoneStatus, Project, ProjectStatus
from dctracker.domain.slippage import Slippage, is_overdue, milestone_slippage

DUE_SOON_DAYS = (30, 90)
MOST_SLIPPED_COUNT = 5
CLOSED = (
    MilestoneStatus.DONE,
    MilestoneStatus.CANCELLED,
)  # no longer due (also in SQL: store/reads/queries.py OPEN_MILESTONE)


@dataclass(frozen=True)
class Slipped:
    milestone: Milestone
    slippage: Slippage


@dataclass(frozen=True)
class DashboardFigures:
    as_of: date
    projects_by_status: dict[ProjectStatus, int]  # every status, in the enum's order
    overdue: Sequence[Milestone]  # most overdue (earliest due) first
    due_30: Sequence[Milestone]  # soonest first
    due_90: Sequence[Milestone]  # includes due_30
    completed_this_quarter: Sequence[Milestone]
    most_slipped: list[Slipped]  # at most MOST_SLIPPED_COUNT, most days first

    @property
    def project_count(self) -> int:
        return sum(self.projects_by_status.values())


def due_date(milestone: Milestone) -> PartialDate | None:
    """The date a milestone is expected on: its forecast, else its first plan."""
    return milestone.forecast or milestone.baseline


def is_open(milestone: Milestone) -> bool:
    return milestone.actual is None and milestone.status not in CLOSED


def days_overdue(milestone: Milestone, as_of: date) -> int | None:
    """Whole days since the end of the due interval, for overdue milestones."""
    due = due_date(milestone)
    if due is None or not is_overdue(milestone, as_of):
        return None
    return (as_of - due.end()).days


def is_due_within(milestone: Milestone, as_of: date, days: int) -> bool:
    """Open, not yet overdue, and its due interval ends within `days` of `as_of`."""
    due = due_date(milestone)
    if due is None or not is_open(milestone):
        return False
    return as_of <= due.end() <= as_of + timedelta(days=days)


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def quarter_end(day: date) -> date:
    start = quarter_start(day)
    next_start = date(start.year + (start.month == 10), (start.month + 2) % 12 + 1, 1)
    return next_start - timedelta(days=1)


def completed_in_quarter(milestone: Milestone, as_of: date) -> bool:
    """Done with an actual date inside the quarter of `as_of`, not after `as_of`.

    An actual date known only to the half or the year cannot be placed in one
    quarter, so it is not counted (we do not guess which quarter it was).
    """
    actual = milestone.actual
    if actual is None or milestone.status is MilestoneStatus.CANCELLED:
        return False
    return quarter_start(as_of) <= actual.start() <= as_of and actual.end() <= quarter_end(as_of)


def most_slipped(milestones: Iterable[Milestone], count: int = MOST_SLIPPED_COUNT) -> list[Slipped]:
    """The milestones furthest behind their baseline (positive slippage only)."""
    slipped = []
    for m in milestones:
        s = milestone_slippage(m)
        if s is not None and s.late and m.status is not MilestoneStatus.CANCELLED:
            slipped.append(Slipped(m, s))
    slipped.sort(key=lambda item: (-item.slippage.days, item.milestone.id or 0))
    return slipped[:count]


def projects_by_status(projects: Iterable[Project]) -> dict[ProjectStatus, int]:
    counts = dict.fromkeys(ProjectStatus, 0)
    for project in projects:
        counts[project.status] += 1
    return counts


def _by_due(milestones: Iterable[Milestone]) -> list[Milestone]:
    """Earliest deadline first; plain dates as keys (comparing PartialDates is slow)."""

    def key(m: Milestone) -> tuple[date, date, int]:
        due = due_date(m)
        assert due is not None, "only milestones with a due date are listed"
        return (due.end(), due.start(), m.id or 0)

    return sorted(milestones, key=key)


def compute(projects: Iterable[Project], milestones: Iterable[Milestone], as_of: date) -> DashboardFigures:
    """All dashboard figures over the given (already filtered) records."""
    milestones = list(milestones)
    short, long = DUE_SOON_DAYS
    return DashboardFigures(
        as_of=as_of,
        projects_by_status=projects_by_status(projects),
        overdue=_by_due(m for m in milestones if is_overdue(m, as_of)),
        due_30=_by_due(m for m in milestones if is_due_within(m, as_of, short)),
        due_90=_by_due(m for m in milestones if is_due_within(m, as_of, long)),
        completed_this_quarter=sorted(
            (m for m in milestones if completed_in_quarter(m, as_of)),
            key=lambda m: (m.actual.end(), m.id or 0),  # type: ignore[union-attr]
        ),
        most_slipped=most_slipped(milestones),
    )
