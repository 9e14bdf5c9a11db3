"""The meeting report: the dashboard on A4 pages, as a PDF with Korean fonts.

Built as HTML for QTextDocument (tables paginate by themselves) and printed
through QPdfWriter, which embeds the subset of the fonts it uses, so the PDF
shows Korean on any PC. Needs a QGuiApplication.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from dctracker.domain import clock
from dctracker.render.fonts import pdf_font_families
from dctracker.render.report import sections
from dctracker.render.report.output import write_whole
from dctracker.render.report.sections import (
    Card,
    Table,
    cell_text,
    display_width,
)
from dctracker.render.report.write import CHART_PAGE_PT
from dctracker.services.reports import DashboardData

# lupdate finds translate("Context", "...") calls through this alias too.
translate = QCoreApplication.translate

log = logging.getLogger(__name__)
NAME_CAP = 28  # display width (≈ 14 syllables) beyond which a name wraps
TIMELINE_CHART = "timeline-chart-{n}.png"  # document resource names of the chart pages
SHORT_WORD = 12
# An inline style replaces the style sheet's for that cell: repeat padding and border.
NOWRAP = ' style="white-space: nowrap; padding: 3px; border: 1px solid #b8c2cc"'
CELL_PADDING = 2  # in the same units: the cell's padding and border
STYLE = """
body { font-size: 9pt; }
h1 { font-size: 16pt; margin-bottom: 2pt; }
h2 { font-size: 11pt; margin-top: 16pt; margin-bottom: 5pt; color: #1f3a5f; }
p.cover { font-size: 10pt; color: #333333; margin-top: 0; }
p.note { font-size: 8pt; color: #666666; }
p.empty { color: #555555; }
table.data { border-collapse: collapse; font-size: 8.5pt; }
table.data th { background-color: #e6ecf3; font-weight: bold; padding: 3px;
                border: 1px solid #9aa8b8; }
table.data td { padding: 3px; border: 1px solid #b8c2cc; }
td.num { text-align: right; }
td.card-value { font-size: 15pt; font-weight: bold; }
td.alert { color: #c0392b; }
tr.total td { font-weight: bold; background-color: #f3f5f7; }
"""


def _cell(text: str, numeric: bool) -> str:
    # Figures, and short single words such as "2025-02-19", are never broken.
    keep = numeric or (" " not in text and display_width(text) <= SHORT_WORD)
    attributes = (' class="num"' if numeric else "") + (NOWRAP if keep else "")
    return f"<td{attributes}>{html.escape(text)}</td>"


def column_widths(table: Table) -> list[int]:
    """Percent of the page per column, from the widest cell of each.

    QTextDocument shares a table's width out evenly, which squeezes a long
    title into a column of single syllables; names may wrap (capped width),
    amounts and dates should not.
    """
    wanted = []
    for c, header in enumerate(table.headers):
        cells = [display_width(cell_text(row[c])) for row in table.rows] or [0]
        header_width = min(display_width(header), 10)  # headers may wrap onto two lines
        width = max(max(cells), header_width, 4) + CELL_PADDING
        wanted.append(min(width, NAME_CAP) if c in (0, 1, table.stretch) else width)
    total = sum(wanted)
    return [max(1, round(100 * w / total)) for w in wanted]


def table_html(table: Table, new_page: bool = False, figure: str = "") -> str:
    """A section: heading, an optional figure (an <img> of a document resource), table."""
    heading = '<h2 style="page-break-before: always">' if new_page else "<h2>"
    parts = [f"{heading}{html.escape(table.title)}</h2>", figure]
    if not table.rows:
        parts.append(f'<p class="empty">{html.escape(table.empty_text)}</p>')
        return "".join(parts)
    parts.append('<table class="data" width="100%" cellspacing="0">')
    heads = "".join(
        f'<th width="{w}%">{html.escape(h)}</th>' for w, h in zip(column_widths(table), table.headers)
    )
    parts.append(f"<thead><tr>{heads}</tr></thead>")
    for i, row in enumerate(table.rows):
        total = i >= len(table.rows) - table.totals
        cells = "".join(_cell(cell_text(cell), c in table.numeric) for c, cell in enumerate(row))
        parts.append(f'<tr class="total">{cells}</tr>' if total else f"<tr>{cells}</tr>")
    parts.append("</table>")
    if table.note:
        parts.append(f'<p class="note">{html.escape(table.note)}</p>')
    return "".join(parts)


def _cards_html(cards: list[Card]) -> str:
    titles = "".join(f"<th>{html.escape(c.title)}</th>" for c in cards)
    values = "".join(
        f'<td class="card-value{" alert" if c.alert else ""}" align="center">{html.escape(c.value.text)}</td>'
        for c in cards
    )
    details = "".join(f'<td align="center">{html.escape(c.detail)}</td>' for c in cards)
    return (
        f'<table class="data" width="100%" cellspacing="0"><tr>{titles}</tr>'
        f"<tr>{values}</tr><tr>{details}</tr></table>"
    )


def _chart_html(pages: int) -> str:
    """The timeline's pages, each at the size it was drawn (so its text
    prints at 8 pt or more), each after the first on a page of its own."""
    # QTextDocument sizes images in 1/96 inch whatever the device.
    width = round(CHART_PAGE_PT[0] * 96 / 72)
    parts = []
    for n in range(pages):
        style = ' style="page-break-before: always"' if n else ""
        parts.append(f'<p{style}><img src="{TIMELINE_CHART.format(n=n)}" width="{width}"></p>')
    return "".join(parts)


def report_html(
    data: DashboardData, lang: str, generated: datetime | None = None, timeline_pages: int = 0
) -> str:
    """The report as HTML; the timeline's `timeline_pages` TIMELINE_CHART image resources are placed."""
    title = sections.report_title()
    cover = sections.cover_line(data, lang)
    front = [
        f"<h1>{html.escape(title)}</h1>",
        f'<p class="cover">{html.escape(cover)}</p>',
        f'<p class="note">{html.escape(sections.as_of_note(data))}</p>',
    ]
    notes = [
        f'<p class="note">{html.escape(n)}</p>' for n in sections.report_notes(data, generated or clock.now())
    ]
    empty = sections.no_records_text(data)
    body = (
        [f'<p class="empty">{html.escape(empty)}</p>']
        if empty
        else _sections_html(data, lang, timeline_pages)
    )
    return f"<html><head><style>{STYLE}</style></head><body>{''.join(front + body + notes)}</body></html>"


def _sections_html(data: DashboardData, lang: str, timeline_pages: int) -> list[str]:
    summary = translate("Report", "Summary")
    return [
        f"<h2>{html.escape(summary)}</h2>",
        _cards_html(sections.cards(data, lang)),
        table_html(sections.overdue_table(data, lang)),
        table_html(sections.due_soon_table(data, lang)),
        table_html(sections.slipped_table(data, lang)),
        # The MOU ledger and the timeline each start a page: a fixed layout
        # officials can leaf through, with no heading stranded at a page foot.
        table_html(sections.ledger_table(data, lang), new_page=True),
        table_html(sections.totals_table(data, lang)),
        table_html(sections.timeline_table(data, lang), new_page=True, figure=_chart_html(timeline_pages)),
    ]


def write_report_pdf(
    path: Path, data: DashboardData, lang: str, timeline_chart: Sequence[QImage] = ()
) -> None:
    """Write the report for `data` to `path` (A4 landscape, fonts embedded).

    `timeline_chart`, the timeline of the same records split by lane into
    pictures of CHART_PAGE_PT, is placed above the timeline table, a page each.

    Landscape, because the MOU ledger has twelve columns that officials
    want side by side.

    Raises OSError when `path` cannot be written (QPdfWriter would only warn).
    """
    write_whole(path, lambda partial: _print(partial, data, lang, timeline_chart))
    log.info("report written to %s", path)


def _print(path: Path, data: DashboardData, lang: str, chart: Sequence[QImage]) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(sections.report_title())
    writer.setCreator("dctracker")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,  # print_() brings its own
        )
    )
    document = QTextDocument()
    font = QFont()
    font.setFamilies(pdf_font_families())
    font.setPointSizeF(9)
    document.setDefaultFont(font)
    for n, page in enumerate(chart):
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(TIMELINE_CHART.format(n=n)), page)
    document.setHtml(report_html(data, lang, timeline_pages=len(chart)))
    document.print_(writer)  # ends its painter, which completes the file
