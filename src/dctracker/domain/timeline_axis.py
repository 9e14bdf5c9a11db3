"""Date-axis ticks for the timeline: years, then halves, quarters or months
as the zoom leaves room for them ("2025년", "상반기", "3분기", "3월")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dctracker.domain.timeline import date_of, x_of

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Pixels a label needs before a finer level is shown (Korean labels are wider).
_MIN_PX = {12: 56, 6: 64, 3: 60, 1: 40}


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


def year_label(year: int, lang: str) -> str:
    return f"{year}년" if lang == "ko" else str(year)


def sub_label(month: int, step: int, lang: str) -> str:
    """Label of the interval starting at `month` for a level of `step` months."""
    if step == 6:
        first = month == 1
        return ("상반기" if first else "하반기") if lang == "ko" else ("H1" if first else "H2")
    if step == 3:
        quarter = (month - 1) // 3 + 1
        return f"{quarter}분기" if lang == "ko" else f"Q{quarter}"
    return f"{month}월" if lang == "ko" else _MONTHS_EN[month - 1]


def sub_step(x0: float, x1: float, width_px: float) -> int | None:
    """The finest level (6, 3 or 1 months) whose labels fit, or None."""
    px_per_day = width_px / max(x1 - x0, 1.0)
    for step in (1, 3, 6):
        if step * 30.4 * px_per_day >= _MIN_PX[step]:
            return step
    return None


def year_ticks(x0: float, x1: float, width_px: float, lang: str) -> list[Tick]:
    """Every year, or every 2nd/5th/10th when years are too narrow for a label."""
    px_per_year = width_px / max(x1 - x0, 1.0) * 365.25
    every = next((n for n in (1, 2, 5, 10, 20, 50) if n * px_per_year >= _MIN_PX[12]), 100)
    first, last = date_of(x0).year, date_of(x1).year + 1
    return [
        Tick(x_of(date(y, 1, 1)), year_label(y, lang))
        for y in range(first - first % every, last + 1, every)
        if 1900 <= y <= 2200
    ]


def axis_ticks(x0: float, x1: float, width_px: float, lang: str) -> list[Tick]:
    """Years when zoomed out; otherwise halves, quarters or months, the first
    of each year and the first in view carrying the year ("2025년 상반기", "3분기", ...)."""
    step = sub_step(x0, x1, width_px)
    if step is None:
        return year_ticks(x0, x1, width_px, lang)
    ticks: list[Tick] = []
    for year in range(max(date_of(x0).year, 1900), min(date_of(x1).year, 2200) + 1):
        for month in range(1, 13, step):
            label = sub_label(month, step, lang)
            x = x_of(date(year, month, 1))
            # The first of each year carries the year, and so does the first
            # tick in view: a window from September still says which year.
            if month == 1 or (x >= x0 and not any(t.x >= x0 for t in ticks[-1:])):
                label = f"{year_label(year, lang)} {label}"
            ticks.append(Tick(x, label))
    return ticks


def fit_to_data(
    view: tuple[float, float], data: tuple[float, float] | None, min_days: float = 60.0
) -> tuple[float, float] | None:
    """The time range to print from what the window shows: the part of the
    view that holds data, padded a little, so the page is not half empty;
    None (print all the data) when the view shows too little of it."""
    if data is None:
        return view
    start, end = max(view[0], data[0]), min(view[1], data[1])
    if end - start < min_days:
        return None
    pad = (end - start) * 0.02 + 10
    return max(view[0], start - pad), min(view[1], end + pad)
