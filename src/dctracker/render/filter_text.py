"""A filter's narrowing as text, for the scope line of a printed page or a
report heading, and the filter bar's own period boxes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from dctracker.domain.dates import PartialDate
from dctracker.domain.filters import RecordFilter
from dctracker.domain.records import ProjectStatus


def day_text(day: date | None, lang: str) -> str:
    """A period's end as typed: "2026년" for a year's first or last day; "" when open."""
    if day is None or day in (date.min, date.max):
        return ""
    whole_year = (day.month, day.day) in ((1, 1), (12, 31))
    value = PartialDate.parse(str(day.year)) if whole_year else PartialDate.from_date(day)
    return value.to_text(lang)


def narrowing_texts(record_filter: RecordFilter, lang: str) -> list[str]:
    """The statuses and period of a filter, for the scope line of a page or
    heading ("상태: 계획, 추진 중", "일정: 2026년 – 2028년"); none when unset."""
    parts = []
    if record_filter.statuses is not None:
        names = ", ".join(s.label(lang) for s in ProjectStatus if s in record_filter.statuses)
        parts.append(
            QCoreApplication.translate("FilterBar", "Status: {names}").format(
                names=names or QCoreApplication.translate("FilterBar", "none")
            )
        )
    period = record_filter.period
    if period is not None:
        start, end = (day_text(d, lang) or "…" for d in (period.start, period.end))
        parts.append(
            QCoreApplication.translate("FilterBar", "Dates: {start} – {end}").format(start=start, end=end)
        )
    return parts
