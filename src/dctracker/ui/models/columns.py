"""Small display helpers shared by the column lists of every record table."""

from __future__ import annotations

from typing import Any

from dctracker.domain.dates import PartialDate
from dctracker.domain.slippage import Slippage


def date_text(value: PartialDate | None, lang: str) -> str:
    return value.to_text(lang) if value is not None else ""


def date_key(value: PartialDate | None) -> Any:
    """Sort by the interval's end (what deadlines are measured by); blanks last."""
    if value is None:
        return None
    return f"{value.end().isoformat()}|{value.start().isoformat()}"


def count_text(value: int | float | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}".rstrip("0")  # 39.9, not 39.90
    return f"{int(value):,}"


def slippage_text(slip: Slippage | None, lang: str) -> str:
    """ "+41일" / "-10 d"; "≈" when a date coarser than a day was involved."""
    if slip is None:
        return ""
    approx = "" if slip.exact else "≈"
    unit = "일" if lang == "ko" else " d"
    return f"{approx}{slip.days:+,}{unit}" if slip.days else f"{approx}0{unit}"


def slippage_tone(slip: Slippage | None) -> str | None:
    if slip is None or slip.days == 0:
        return None
    return "late" if slip.late else "early"
