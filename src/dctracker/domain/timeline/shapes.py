"""The timeline's vocabulary: the day axis, lanes, and the shapes drawn on them.

x is days since 1970-01-01 (a float); a day d covers [x(d), x(d) + 1).
A date known only to the month, quarter, half or year is a *span* over its
whole interval — never a made-up day — and a slip is measured, like
`slippage()`, at the end of each interval.

Kept apart from the layout (layout.py, which needs numpy) so that the
window can name these without loading numpy before the chart is shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

from dctracker.domain.dates import PartialDate, Precision

EPOCH = date(1970, 1, 1)


def x_of(d: date) -> float:
    return float((d - EPOCH).days)


def date_of(x: float) -> date:
    return EPOCH + timedelta(days=int(x // 1))


@lru_cache(maxsize=4096)  # a timeline repeats the same few hundred dates
def interval(pd: PartialDate) -> tuple[float, float]:
    """The x extent a date covers: one day, or its whole month/quarter/half/year."""
    return x_of(pd.start()), x_of(pd.end()) + 1.0


@lru_cache(maxsize=4096)
def anchor(pd: PartialDate) -> float:
    """Where a slip line meets a date: the day itself, or the end of its interval."""
    return x_of(pd.start()) if pd.precision is Precision.DAY else interval(pd)[1]


class LaneKind(StrEnum):
    REGION = "region"
    ZONE = "zone"
    SIGUNGU = "sigungu"
    PROJECT = "project"


class Style(StrEnum):
    """How a mark looks; the renderers keep one batch (one item) per style."""

    ACTUAL = "actual"  # solid diamond: it happened
    FORECAST = "forecast"  # hollow diamond: the current forecast
    PLANNED = "planned"  # hollow grey diamond: only the first plan is known
    GHOST = "ghost"  # faint: where the first plan put a date that has moved
    MOU = "mou"  # MOU signing


@dataclass(frozen=True)
class Lane:
    row: int
    kind: LaneKind
    label: str
    depth: int
    key: str  # stable id for collapsing ("jeonnam", "jeonnam/동부권", ...)
    project_id: int | None = None
    collapsed: bool = False


@dataclass(frozen=True)
class Bar:
    project_id: int
    row: int
    x0: float
    x1: float
    progress: float  # 0..1, see project_progress()


@dataclass(frozen=True)
class Mark:
    """A milestone or MOU date: a point (day precision) or a span (x0 < x1)."""

    kind: str  # "milestones" | "mous"
    record_id: int
    row: int
    x0: float
    x1: float
    style: Style
    is_span: bool
    until: bool = False  # "2030년까지": an open bracket that ends at x1


@dataclass(frozen=True)
class Slip:
    milestone_id: int
    row: int
    x0: float  # baseline anchor
    x1: float  # current anchor
    days: int
