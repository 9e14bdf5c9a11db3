"""The meeting report as a 한/글 document: the dashboard's sections, worded
and ordered as the PDF's, handed to io/hwpx_report as plain texts.

Qt only translates the texts and turns the timeline picture into PNG bytes;
the document itself is written by io/hwpx_report.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QImage

from dctracker.domain import clock
from dctracker.io.hwpx_report import Grid, Point, Report, Section, report_bytes
from dctracker.render.report import sections
from dctracker.render.report.output import write_whole
from dctracker.render.report.sections import Card, Table, cell_text, display_width
from dctracker.services.reports import DashboardData

# lupdate finds translate("Context", "...") calls through this alias too.
translate = QCoreApplication.translate

log = logging.getLogger(__name__)
NAME_CAP = 28  # display width beyond which a name wraps in its cell


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stubs want bytes, Qt takes str
        raise OSError("could not encode the timeline picture as PNG")
    return bytes(data.data())


def byline(data: DashboardData, lang: str, department: str) -> str:
    """The line under the title: where, 기준일, and who wrote it (left blank
    to be filled in 한/글 when no department is given)."""
    prepared = translate("Report", "Prepared by: {department}").format(department=department or "      ")
    return f"{sections.cover_line(data, lang)} │ {prepared}"


def _point(card: Card) -> Point:
    return Point(f"{card.title}: {card.value.text}", [card.detail] if card.detail else [])


def _widths(table: Table) -> list[int]:
    """Each column as wide as its widest text, names capped so they wrap."""
    widths = []
    for c, header in enumerate(table.headers):
        widest = max([display_width(cell_text(row[c])) for row in table.rows] or [0])
        width = max(widest, min(display_width(header), 10), 4)
        widths.append(min(width, NAME_CAP) if c == table.stretch else width)
    return widths


def _section(table: Table, *, new_page: bool = False, pictures: list[bytes] | None = None) -> Section:
    grid = Grid(
        table.headers,
        [[cell_text(cell) for cell in row] for row in table.rows],
        table.numeric,
        table.totals,
        _widths(table),
    )
    return Section(
        table.title,
        pictures=pictures or [],
        grid=grid,
        empty_text=table.empty_text,
        note=table.note,
        new_page=new_page,
    )


def build_report(
    data: DashboardData,
    lang: str,
    timeline: Sequence[QImage] = (),
    department: str = "",
    generated: datetime | None = None,
) -> Report:
    """The report's texts, in the PDF's order: summary, lists, ledger, timeline."""
    return Report(
        title=sections.report_title(),
        byline=byline(data, lang, department),
        sections=_sections(data, lang, timeline),
        notes=[sections.as_of_note(data), *sections.report_notes(data, generated or clock.now())],
    )


def _sections(data: DashboardData, lang: str, timeline: Sequence[QImage]) -> list[Section]:
    summary = translate("Report", "Summary")
    empty = sections.no_records_text(data)
    if empty:
        return [Section(summary, points=[Point(empty)])]
    return [
        Section(summary, points=[_point(card) for card in sections.cards(data, lang)]),
        _section(sections.overdue_table(data, lang)),
        _section(sections.due_soon_table(data, lang)),
        _section(sections.slipped_table(data, lang)),
        _section(sections.ledger_table(data, lang), new_page=True),
        _section(sections.totals_table(data, lang)),
        _section(
            sections.timeline_table(data, lang),
            new_page=True,
            pictures=[png_bytes(page) for page in timeline],
        ),
    ]


def _write(path: Path, content: bytes) -> None:
    path.write_bytes(content)


def write_report_hwpx(
    path: Path, data: DashboardData, lang: str, timeline: Sequence[QImage] = (), department: str = ""
) -> None:
    """Write the report for `data` to `path` as HWPX; OSError if it cannot be written."""
    content = report_bytes(build_report(data, lang, timeline, department))
    write_whole(path, lambda partial: _write(partial, content))
    log.info("report document written to %s", path)
