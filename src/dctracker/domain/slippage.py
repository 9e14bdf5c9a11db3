"""How far a milestone has moved from its first plan, respecting date precision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dctracker.domain.dates import PartialDate, Precision
from dctracker.domain.records import Milestone, MilestoneStatus


@dataclass(frozen=True)
class Slippage:
    days: int
    exact: bool  # False when either date is coarser than a day

    @property
    def late(self) -> bool:
        return self.days > 0

    @property
    def early(self) -> bool:
        return self.days < 0


def slippage(baseline: PartialDate | None, current: PartialDate | None) -> Slippage | None:
    """Days from `baseline` to `current`; positive means later than planned.

    A date known to the half year is a promise about the whole half year, so a
    forecast inside the baseline's interval (or a baseline inside the
    forecast's) has not slipped. Otherwise the ends of the intervals are
    compared: "2025년 상반기" moved to "2025-08-10" is 41 days late.
    """
    if baseline is None or current is None:
        return None
    exact = baseline.precision == current.precision == Precision.DAY
    if _nested(baseline, current):
        return Slippage(0, exact)
    return Slippage((current.end() - baseline.end()).days, exact)


def _nested(a: PartialDate, b: PartialDate) -> bool:
    inside = a.start() <= b.start() and b.end() <= a.end()
    around = b.start() <= a.start() and a.end() <= b.end()
    return inside or around


def milestone_slippage(milestone: Milestone) -> Slippage | None:
    """Slippage of the actual date if done, else of the forecast."""
    return slippage(milestone.baseline, milestone.actual or milestone.forecast)


def is_overdue(milestone: Milestone, as_of: date) -> bool:
    """Not done although its whole forecast (or planned) interval is past."""
    if milestone.actual is not None or milestone.status in (
        MilestoneStatus.DONE,
        MilestoneStatus.CANCELLED,
    ):
        return False
    due = milestone.forecast or milestone.baseline
    return due is not None and due.end() < as_of
