"""The meeting report as an Excel workbook: a summary sheet, then one sheet
per section, with amounts, shares and days as numbers officials can sum.

Dates stay text at their precision ("2025년 상반기"): an Excel date would
invent a day. No Qt drawing here, only the translated section texts.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import Cell as OpenpyxlCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from PySide6.QtCore import QCoreApplication

from dctracker.domain import clock
from dctracker.io.xlsx_io import xlsx_text
from dctracker.render.report import sections
from dctracker.render.report.output import write_whole
from dctracker.render.report.sections import Cell, Number, Table, cell_text, display_width
from dctracker.services.reports import DashboardData

# lupdate finds translate("Context", "...") calls through this alias too.
translate = QCoreApplication.translate

log = logging.getLogger(__name__)
HEADER_FILL = PatternFill("solid", fgColor="E6ECF3")
BOLD = Font(bold=True)
MAX_COLUMN_WIDTH = 60
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def sheet_title(title: str, taken: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique."""
    base = _SHEET_FORBIDDEN.sub(" ", title.split(":")[0]).strip()[:31] or "Sheet"
    name, n = base, 2
    while name in taken:
        name = f"{base[:28]} {n}"
        n += 1
    taken.add(name)
    return name


def _text(sheet: Worksheet, row: int, column: int, text: str | None) -> OpenpyxlCell:
    """Every text of the report goes in through io's writer rules (xlsx_text):
    record names and notes are user data, and must never become formulas."""
    return sheet.cell(row=row, column=column, value=xlsx_text(text) if text else None)


def _put(sheet: Worksheet, row: int, column: int, cell: Cell) -> None:
    if isinstance(cell, Number):
        target = sheet.cell(row=row, column=column, value=cell.value)
        target.number_format = cell.excel_format
    else:
        _text(sheet, row, column, cell)


def _header(sheet: Worksheet, row: int, headers: list[str]) -> None:
    for column, text in enumerate(headers, start=1):
        cell = _text(sheet, row, column, text)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def _fit_columns(sheet: Worksheet, texts: list[list[str]]) -> None:
    for column in range(1, max((len(r) for r in texts), default=0) + 1):
        widest = max((display_width(r[column - 1]) for r in texts if len(r) >= column), default=8)
        sheet.column_dimensions[get_column_letter(column)].width = min(widest + 2, MAX_COLUMN_WIDTH)


def _table_sheet(sheet: Worksheet, table: Table) -> None:
    _header(sheet, 1, table.headers)
    for r, row in enumerate(table.rows, start=2):
        for c, cell in enumerate(row, start=1):
            _put(sheet, r, c, cell)
    if table.rows:
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
    else:
        _text(sheet, 2, 1, table.empty_text)
    if table.note:
        _text(sheet, len(table.rows) + 3, 1, table.note)
    _fit_columns(sheet, [table.headers, *([cell_text(c) for c in row] for row in table.rows)])


def _summary_sheet(sheet: Worksheet, data: DashboardData, lang: str, generated: datetime) -> None:
    _text(sheet, 1, 1, sections.report_title()).font = Font(bold=True, size=14)
    _text(sheet, 2, 1, sections.cover_line(data, lang))
    _text(sheet, 3, 1, sections.no_records_text(data) or sections.as_of_note(data))
    _header(
        sheet,
        4,
        [
            translate("ReportWorkbook", "Figure"),
            translate("ReportWorkbook", "Value"),
            translate("ReportWorkbook", "Detail"),
        ],
    )
    cards = [] if data.before_first_entry else sections.cards(data, lang)
    for r, card in enumerate(cards, start=5):
        _text(sheet, r, 1, card.title)
        _put(sheet, r, 2, card.value)
        _text(sheet, r, 3, card.detail)
    notes = sections.report_notes(data, generated)
    for r, note in enumerate(notes, start=len(cards) + 6):
        _text(sheet, r, 1, note)
    _fit_columns(sheet, [[c.title, c.value.text, c.detail] for c in cards])


def build_workbook(data: DashboardData, lang: str, generated: datetime | None = None) -> Workbook:
    workbook = Workbook()
    taken: set[str] = set()
    summary = workbook.active
    assert isinstance(summary, Worksheet)  # a new workbook's one sheet
    summary.title = sheet_title(translate("ReportWorkbook", "Summary"), taken)
    _summary_sheet(summary, data, lang, generated or clock.now())
    if data.before_first_entry:
        return workbook  # the summary says there were no records yet
    for table in (
        sections.overdue_table(data, lang),
        sections.due_soon_table(data, lang),
        sections.slipped_table(data, lang),
        sections.ledger_table(data, lang),
        sections.totals_table(data, lang),
        sections.timeline_table(data, lang),
    ):
        _table_sheet(workbook.create_sheet(sheet_title(table.title, taken)), table)
    return workbook


def write_report_xlsx(path: Path, data: DashboardData, lang: str) -> None:
    """Write the report for `data` to `path`; OSError if it cannot be written."""
    workbook = build_workbook(data, lang)
    write_whole(path, lambda partial: workbook.save(partial))
    log.info("report workbook written to %s", path)
