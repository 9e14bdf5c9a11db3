"""The meeting report as a 한/글 document (HWPX), in the 개조식 form of a
Korean government report: □ sections, ○ points, - details, a 기준일 and
작성 부서 line under the title, bordered tables with a shaded header row,
pictures of the timeline, and page numbers in the footer.

Written with python-hwpx (the OWPML package, header and section parts) from
plain texts and PNG bytes, so the same report data the PDF and the workbook
use can feed it without Qt. A4 landscape, as the PDF: the MOU ledger has
twelve columns that officials want side by side.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

SECTION_MARK = "□"
POINT_MARK = "○"
DETAIL_MARK = "-"
PAGE_WIDTH_MM = 297.0
PAGE_HEIGHT_MM = 210.0
MARGIN_MM = 15.0
# Room the page number in the footer and a heading above a picture take.
FOOTER_MM = 25.0
HEADER_FILL = "#E6ECF3"
TOTAL_FILL = "#F3F5F7"
TITLE_PT = 16
SECTION_PT = 13
BODY_PT = 11
TABLE_PT = 9
NOTE_PT = 9
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class Grid:
    """A bordered table: a header row, then `rows`; the last `totals` are sums."""

    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    numeric: frozenset[int] = frozenset()  # right-aligned columns
    totals: int = 0
    widths: Sequence[int] = ()  # relative column widths; equal when empty


@dataclass(frozen=True)
class Point:
    """A ○ line with its - details."""

    text: str
    details: Sequence[str] = ()


@dataclass(frozen=True)
class Section:
    """A □ heading with what follows it, in this order: points, pictures,
    the table (or `empty_text` when it has no rows), the note."""

    title: str
    points: Sequence[Point] = ()
    pictures: Sequence[bytes] = ()  # PNG files, each scaled to fit one page
    grid: Grid | None = None
    empty_text: str = ""
    note: str = ""
    new_page: bool = False


@dataclass(frozen=True)
class Report:
    title: str
    byline: str  # "기준일: 2025. 11. 26. │ 작성 부서: 투자유치과"
    sections: Sequence[Section]
    notes: Sequence[str] = field(default_factory=list)


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height in pixels, from the PNG's header (ValueError if not a PNG)."""
    if png[:8] != PNG_SIGNATURE or png[12:16] != b"IHDR":
        raise ValueError("not a PNG image")
    width, height = struct.unpack(">II", png[16:24])
    return int(width), int(height)


def picture_size_mm(png: bytes) -> tuple[float, float]:
    """The picture at the page's text width, or smaller when it would be taller than a page."""
    width_px, height_px = png_size(png)
    width = PAGE_WIDTH_MM - 2 * MARGIN_MM
    height = width * height_px / width_px
    room = PAGE_HEIGHT_MM - 2 * MARGIN_MM - FOOTER_MM
    if height > room:
        width, height = width * room / height, room
    return width, height


def report_bytes(report: Report) -> bytes:
    """The HWPX package of `report`, checked by the library as an editor would open it."""
    from hwpx import HwpxDocument

    document = HwpxDocument.new()
    _Writer(document).write(report)
    return document.to_bytes()


class _Writer:
    """Appends the report's paragraphs and tables to a new document."""

    def __init__(self, document: Any) -> None:
        self.doc = document
        styles = document.styles
        self.title = styles.ensure_run(bold=True, size=TITLE_PT)
        self.section = styles.ensure_run(bold=True, size=SECTION_PT)
        self.body = styles.ensure_run(size=BODY_PT)
        self.cell = styles.ensure_run(size=TABLE_PT)
        self.head = styles.ensure_run(bold=True, size=TABLE_PT)
        self.note = styles.ensure_run(size=NOTE_PT, color="#555555")

    def write(self, report: Report) -> None:
        self.doc.page.setup(
            paper_size="A4",
            orientation="landscape",
            margin_left_mm=MARGIN_MM,
            margin_right_mm=MARGIN_MM,
            margin_top_mm=MARGIN_MM,
            margin_bottom_mm=MARGIN_MM,
        )
        self.doc.page.set_page_number(prefix="- ", suffix=" -")
        self._first_paragraph(report.title)
        self._line(report.byline, self.body, align="RIGHT")
        for section in report.sections:
            self._section(section)
        for note in report.notes:
            self._line(f"※ {note}", self.note)

    def _first_paragraph(self, title: str) -> None:
        """A new document starts with one empty paragraph: the title takes it."""
        paragraph = self.doc.paragraphs[0]
        paragraph.text = title
        paragraph.char_pr_id_ref = self.title
        self._format(paragraph, align="CENTER", after=6)

    def _section(self, section: Section) -> None:
        heading = self._line(f"{SECTION_MARK} {section.title}", self.section, before=10, after=4)
        if section.new_page:
            self._format(heading, page_break=True)
        for point in section.points:
            self._line(f" {POINT_MARK} {point.text}", self.body)
            for detail in point.details:
                self._line(f"   {DETAIL_MARK} {detail}", self.body)
        for png in section.pictures:
            width, height = picture_size_mm(png)
            self.doc.add_picture(png, "png", width_mm=width, height_mm=height, align="CENTER")
        if section.grid is not None and section.grid.rows:
            self._grid(section.grid)
        elif section.empty_text:
            self._line(f" {POINT_MARK} {section.empty_text}", self.body)
        if section.note:
            self._line(f"※ {section.note}", self.note)

    def _line(
        self, text: str, run: str, *, align: str | None = None, before: float = 0, after: float = 0
    ) -> Any:
        paragraph = self.doc.add_paragraph(text, char_pr_id_ref=run, inherit_style=False)
        if align or before or after:
            self._format(paragraph, align=align, before=before, after=after)
        return paragraph

    def _format(
        self,
        paragraph: Any,
        *,
        align: str | None = None,
        before: float = 0,
        after: float = 0,
        page_break: bool | None = None,
    ) -> None:
        self.doc.styles.apply_paragraph_format(
            paragraphs=[paragraph],
            alignment=align,
            spacing_before_pt=before or None,
            spacing_after_pt=after or None,
            page_break_before=page_break,
        )

    def _grid(self, grid: Grid) -> None:
        columns = len(grid.headers)
        table = self.doc.add_table(
            len(grid.rows) + 1, columns, width=_mm_to_hwpunit(PAGE_WIDTH_MM - 2 * MARGIN_MM)
        )
        if grid.widths:
            table.set_column_widths(list(grid.widths))
        right: list[Any] = []
        for c, header in enumerate(grid.headers):
            self._cell(table, 0, c, header, self.head)
            table.set_cell_shading(0, c, HEADER_FILL)
        for r, row in enumerate(grid.rows, start=1):
            total = r > len(grid.rows) - grid.totals
            for c, text in enumerate(row):
                paragraph = self._cell(table, r, c, text, self.head if total else self.cell)
                if total:
                    table.set_cell_shading(r, c, TOTAL_FILL)
                if c in grid.numeric:
                    right.append(paragraph)
        if right:
            self.doc.styles.apply_paragraph_format(paragraphs=right, alignment="RIGHT")

    def _cell(self, table: Any, row: int, column: int, text: str, run: str) -> Any:
        cell = table.cell(row, column)
        cell.text = text
        paragraph = cell.paragraphs[0]
        paragraph.char_pr_id_ref = run
        return paragraph


def _mm_to_hwpunit(mm: float) -> int:
    """HWPUNIT: 1/7200 inch."""
    return round(mm / 25.4 * 7200)
