"""The dashboard's figures as translated text: cards and tables.

The tab and the PDF report show the same sections, so both are built from
these plain values and cannot disagree.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Generic, TypeVar, overload

from PySide6.QtCore import QCoreApplication

from dctracker.domain.dashboard import days_overdue, due_date, quarter_start
from dctracker.domain.dates import PartialDate, Precision
from dctracker.domain.filters import RecordFilter
from dctracker.domain.ledger import LedgerTotal
from dctracker.domain.money import EOK, format_eok
from dctracker.domain.records import Milestone
from dctracker.domain.regions import sigungu_label
from dctracker.render.filter_text import narrowing_texts
from dctracker.render.i18n import QT_TRANSLATE_NOOP
from dctracker.services.reports import DashboardData

# lupdate finds translate("Context", "...") calls through this alias too.
translate = QCoreApplication.translate

NUMBER = "{:,}"
UNKNOWN = "—"  # a figure never entered: not zero


@dataclass(frozen=True)
class Number:
    """A figure: `text` as the tab and the PDF show it, `value` for a spreadsheet."""

    text: str
    value: int | float | None
    excel_format: str = "#,##0"


Cell = str | Number


def cell_text(cell: Cell) -> str:
    return cell.text if isinstance(cell, Number) else cell


def display_width(text: str) -> int:
    """Roughly how wide a text prints: a Hangul syllable takes about two digits."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


T = TypeVar("T")
U = TypeVar("U")


class Mapped(Sequence[U], Generic[T, U]):
    """`make(item)` for each of `items`, made when first read and then kept.

    A province may have 50,000 overdue milestones; the tab shows the first
    200, so only those become records and rows (the PDF reads them all).
    """

    def __init__(self, items: Sequence[T], make: Callable[[T], U]) -> None:
        self._items = items
        self._make = make
        self._made: dict[int, U] = {}

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, i: int) -> U: ...
    @overload
    def __getitem__(self, i: slice) -> list[U]: ...
    def __getitem__(self, i: int | slice) -> U | list[U]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        i = range(len(self))[i]  # negative indexes; IndexError past the end
        if i not in self._made:
            self._made[i] = self._make(self._items[i])
        return self._made[i]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(list(self))


@dataclass(frozen=True)
class Card:
    key: str  # stable name, e.g. "overdue" (the card widget's "card_key" property)
    title: str
    value: Number
    detail: str = ""
    alert: bool = False  # draw attention (something is late)


@dataclass(frozen=True)
class Table:
    title: str
    headers: list[str]
    rows: Sequence[Sequence[Cell]]
    ids: Sequence[int | None] = field(default_factory=list)  # record id per row
    numeric: frozenset[int] = frozenset()  # right-aligned columns
    empty_text: str = ""
    totals: int = 0  # the last `totals` rows are sums
    stretch: int | None = 1  # the column that takes the spare width (a long name)
    note: str = ""  # a line under the table explaining a sign in it


def filter_label(record_filter: RecordFilter, lang: str) -> str:
    """Where the figures are from, as a reader of the page says it."""
    if record_filter.region is None:
        place = translate("Dashboard", "Gwangju and Jeonnam, all")
    else:
        place = record_filter.region.label(lang)
    if record_filter.sigungu is not None:
        names = ", ".join(sigungu_label(s, lang) for s in sorted(record_filter.sigungu) if s)
        place = f"{place} ({names})"
    if record_filter.search.strip():
        search = translate("Dashboard", "search: {text}")
        place += " · " + search.format(text=record_filter.search.strip())
    return " · ".join([place, *narrowing_texts(record_filter, lang)])


def report_title() -> str:
    return translate("Report", "Data center and AI investment projects: status report")


def cover_line(data: DashboardData, lang: str) -> str:
    return translate("Report", "Region: {place} · As of: {day}").format(
        place=filter_label(data.record_filter, lang), day=PartialDate.from_date(data.as_of).to_text(lang)
    )


def as_of_note(data: DashboardData) -> str:
    """What the 기준일 means, said once under the cover line."""
    if data.historical:
        return translate(
            "Report",
            "Figures show what the database held at the end of the as-of day, "
            "rebuilt from the change history.",
        )
    return translate(
        "Report",
        "Figures show what the database held at the end of the as-of day; dates are counted to that day.",
    )


def no_records_text(data: DashboardData) -> str:
    """For a 기준일 before the first record was entered: say so ("" otherwise)."""
    if not data.before_first_entry or data.first_entry is None:
        return ""
    return translate("Report", "No records on this day: first entry {day}").format(
        day=data.first_entry.isoformat()
    )


def report_notes(data: DashboardData, generated: datetime) -> list[str]:
    notes = [
        translate("Report", "Generated {time} by dctracker.").format(
            time=generated.strftime("%Y-%m-%d %H:%M")
        )
    ]
    notes.append(
        translate(
            "Report",
            "Dates known only to a month, quarter, half or year count "
            "by the end of that period (a milestone due in 2025 H1 is "
            "overdue from 2025-07-01).",
        )
    )
    return notes


def _text(value: PartialDate | None, lang: str) -> str:
    return value.to_text(lang) if value else ""


def _percent(ratio: float | None) -> Number:
    return Number(UNKNOWN if ratio is None else f"{ratio * 100:.1f}%", ratio, "0.0%")


def _count(value: int | None, prefix: str = "") -> Number:
    return Number("" if value is None else prefix + NUMBER.format(value), value)


def _money(won: int | None, lang: str) -> Number:
    """Spreadsheets get the amount in the unit the text shows (억 원 or bn KRW);
    an amount never entered reads UNKNOWN."""
    text = format_eok(won, lang) or UNKNOWN
    if lang == "en":
        return Number(text, None if won is None else won / 10**9, '#,##0.0" bn KRW"')
    return Number(text, None if won is None else won / EOK, '#,##0"억 원"')


def _known_count(value: int | None) -> Number:
    """A figure of the MOU ledger: one never entered reads UNKNOWN, not blank or 0."""
    return Number(UNKNOWN, None) if value is None else _count(value)


def _headers(names: Sequence[str]) -> list[str]:
    """Translate header names declared with QT_TRANSLATE_NOOP("Dashboard", ...)."""
    return [translate("Dashboard", name) for name in names]


def cards(data: DashboardData, lang: str) -> list[Card]:
    f = data.figures
    by_status = " · ".join(f"{status.label(lang)} {n}" for status, n in f.projects_by_status.items() if n)
    quarter = PartialDate(f.as_of.year, Precision.QUARTER, quarter_start(f.as_of).month)
    until = translate("Dashboard", "until {day}")
    return [
        Card("projects", translate("Dashboard", "Projects"), _count(f.project_count), by_status),
        Card(
            "overdue",
            translate("Dashboard", "Overdue milestones"),
            _count(len(f.overdue)),
            translate("Dashboard", "forecast date passed, not done"),
            alert=bool(f.overdue),
        ),
        Card(
            "due30",
            translate("Dashboard", "Due in 30 days"),
            _count(len(f.due_30)),
            until.format(day=_day_text(f.as_of, 30, lang)),
        ),
        Card(
            "due90",
            translate("Dashboard", "Due in 90 days"),
            _count(len(f.due_90)),
            until.format(day=_day_text(f.as_of, 90, lang)),
        ),
        Card(
            "quarter",
            translate("Dashboard", "Completed this quarter"),
            _count(len(f.completed_this_quarter)),
            quarter.to_text(lang),
        ),
    ]


def _day_text(as_of: date, days: int, lang: str) -> str:
    return PartialDate.from_date(as_of + timedelta(days=days)).to_text(lang)


def _milestone_table(
    data: DashboardData,
    title: str,
    milestones: Sequence[Milestone],
    last_header: str,
    last: Callable[[Milestone], Number],
    empty: str,
    lang: str,
) -> Table:
    """Overdue and due-soon lists share their columns but the fourth."""

    def row(m: Milestone) -> list[Cell]:
        return [data.project_name(m), m.title, _text(due_date(m), lang), last(m), m.owner]

    headers = _headers(
        [
            QT_TRANSLATE_NOOP("Dashboard", "Project"),
            QT_TRANSLATE_NOOP("Dashboard", "Milestone"),
            QT_TRANSLATE_NOOP("Dashboard", "Due"),
        ]
    )
    headers += [last_header, translate("Dashboard", "Owner")]
    return Table(title, headers, Mapped(milestones, row), Mapped(milestones, _id), frozenset({3}), empty)


def _id(milestone: Milestone) -> int | None:
    return milestone.id


def overdue_table(data: DashboardData, lang: str) -> Table:
    as_of = data.figures.as_of
    return _milestone_table(
        data,
        translate("Dashboard", "Overdue milestones"),
        data.figures.overdue,
        translate("Dashboard", "Days late"),
        lambda m: _count(days_overdue(m, as_of)),
        translate("Dashboard", "Nothing is overdue."),
        lang,
    )


def due_soon_table(data: DashboardData, lang: str) -> Table:
    as_of = data.figures.as_of

    def days_left(m: Milestone) -> Number:
        due = due_date(m)
        return _count((due.end() - as_of).days if due else None)

    return _milestone_table(
        data,
        translate("Dashboard", "Due in the next 90 days"),
        data.figures.due_90,
        translate("Dashboard", "Days left"),
        days_left,
        translate("Dashboard", "Nothing is due in the next 90 days."),
        lang,
    )


def slipped_table(data: DashboardData, lang: str) -> Table:
    slipped = data.figures.most_slipped
    rows: list[list[Cell]] = [
        [
            data.project_name(s.milestone),
            s.milestone.title,
            _text(s.milestone.baseline, lang),
            _text(s.milestone.actual or s.milestone.forecast, lang),
            _count(s.slippage.days, "" if s.slippage.exact else "≈"),
        ]
        for s in slipped
    ]
    headers = _headers(
        [
            QT_TRANSLATE_NOOP("Dashboard", "Project"),
            QT_TRANSLATE_NOOP("Dashboard", "Milestone"),
            QT_TRANSLATE_NOOP("Dashboard", "Baseline"),
            QT_TRANSLATE_NOOP("Dashboard", "Forecast / actual"),
            QT_TRANSLATE_NOOP("Dashboard", "Days behind"),
        ]
    )
    inexact = any(not s.slippage.exact for s in slipped)
    note = translate(
        "Dashboard",
        "≈: a date is known only to the month, quarter, half or year; counted from the end of that period.",
    )
    return Table(
        translate("Dashboard", "Most slipped milestones"),
        headers,
        rows,
        [s.milestone.id for s in slipped],
        frozenset({4}),
        translate("Dashboard", "No milestone is behind its baseline."),
        note=note if inexact else "",
    )


LEDGER_FIGURES = (
    QT_TRANSLATE_NOOP("Dashboard", "Pledged investment"),
    QT_TRANSLATE_NOOP("Dashboard", "Realized investment"),
    QT_TRANSLATE_NOOP("Dashboard", "Investment %"),
    QT_TRANSLATE_NOOP("Dashboard", "Pledged jobs"),
    QT_TRANSLATE_NOOP("Dashboard", "Realized jobs"),
    QT_TRANSLATE_NOOP("Dashboard", "Jobs %"),
)


def _figures(t: LedgerTotal, lang: str) -> list[Cell]:
    return [
        _money(t.pledged_investment, lang),
        _money(t.realized_investment if t.investment_known else None, lang),
        _percent(t.investment_ratio),
        _count(t.pledged_jobs),
        _known_count(t.realized_jobs if t.jobs_known else None),
        _percent(t.jobs_ratio),
    ]


def ledger_table(data: DashboardData, lang: str) -> Table:
    rows: list[list[Cell]] = []
    ids: list[int | None] = []
    for row in data.ledger:
        m = row.mou
        region = m.region.short_label(lang) if m.region else ""
        place = " ".join(p for p in (region, sigungu_label(m.sigungu, lang)) if p)
        rows.append(
            [
                m.title,
                place,
                _text(m.signed_on, lang),
                m.status.label(lang),
                _money(m.pledged_investment, lang),
                _money(m.realized_investment, lang),
                _percent(row.investment_ratio),
                _known_count(m.pledged_jobs),
                _known_count(m.realized_jobs),
                _percent(row.jobs_ratio),
                _text(m.realized_as_of, lang),
                _count(row.days_since_signing),
            ]
        )
        ids.append(m.id)
    headers = _headers(
        [
            QT_TRANSLATE_NOOP("Dashboard", "MOU"),
            QT_TRANSLATE_NOOP("Dashboard", "Place"),
            QT_TRANSLATE_NOOP("Dashboard", "Signed"),
            QT_TRANSLATE_NOOP("Dashboard", "Status"),
            *LEDGER_FIGURES,
            QT_TRANSLATE_NOOP("Dashboard", "Realized as of"),
            QT_TRANSLATE_NOOP("Dashboard", "Days since signing"),
        ]
    )
    return Table(
        translate("Dashboard", "MOU ledger: pledged vs realized"),
        headers,
        rows,
        ids,
        frozenset({4, 5, 6, 7, 8, 9, 11}),
        translate("Dashboard", "No MOU in this selection."),
        stretch=0,
    )


def totals_table(data: DashboardData, lang: str) -> Table:
    rows: list[list[Cell]] = [
        [region.short_label(lang), *_figures(t, lang)] for region, t in data.region_totals
    ]
    zone = translate("Dashboard", "{zone} (zone)")
    rows += [[zone.format(zone=z.name), *_figures(t, lang)] for z, t in data.zone_totals]
    headers = _headers([QT_TRANSLATE_NOOP("Dashboard", "Region / zone"), *LEDGER_FIGURES])
    return Table(
        translate("Dashboard", "Totals per region and zone"),
        headers,
        rows,
        [None] * len(rows),
        frozenset(range(1, 7)),
        stretch=None,
    )


def timeline_table(data: DashboardData, lang: str) -> Table:
    """Each project's milestones in date order, dates at their precision."""
    rows: list[list[str]] = []
    ids: list[int | None] = []
    order = {p.id: i for i, p in enumerate(sorted(data.projects, key=lambda p: p.name))}
    far = PartialDate(2200, Precision.YEAR)  # undated milestones go last within a project
    for m in sorted(data.milestones, key=lambda m: (order.get(m.project_id, len(order)), m.current or far)):
        rows.append(
            [
                data.project_name(m),
                m.title,
                m.kind.label(lang),
                _text(m.baseline, lang),
                _text(m.forecast, lang),
                _text(m.actual, lang),
                m.status.label(lang),
            ]
        )
        ids.append(m.id)
    headers = _headers(
        [
            QT_TRANSLATE_NOOP("Dashboard", "Project"),
            QT_TRANSLATE_NOOP("Dashboard", "Milestone"),
            QT_TRANSLATE_NOOP("Dashboard", "Kind"),
            QT_TRANSLATE_NOOP("Dashboard", "Baseline"),
            QT_TRANSLATE_NOOP("Dashboard", "Forecast"),
            QT_TRANSLATE_NOOP("Dashboard", "Actual"),
            QT_TRANSLATE_NOOP("Dashboard", "Status"),
        ]
    )
    return Table(
        translate("Dashboard", "Timeline"),
        headers,
        _blank_repeats(rows),
        ids,
        frozenset(),
        translate("Dashboard", "No milestone in this selection."),
    )


def _blank_repeats(rows: list[list[str]]) -> list[list[Cell]]:
    """Show a project's name on its first row only, as a printed schedule does."""
    result: list[list[Cell]] = []
    for i, row in enumerate(rows):
        same = i > 0 and rows[i - 1][0] == row[0]
        result.append(["" if same else row[0], *row[1:]])
    return result
