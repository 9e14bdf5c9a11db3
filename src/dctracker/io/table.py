"""Rows of a sheet below its header row, whatever file they came from.

Office sheets put a title and a "기준:" line above the header, leave blank
rows between groups and end with a 합계 row and footnotes. `build_table`
finds the header row (the early row that reads most like our headers), reads
the layout around it (io/layout.py), and keeps only the data rows, each with
its row number in the file so reports can point at it; the rows it leaves out
on purpose (subtotals, footnotes, hidden rows) are listed with why.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import chain

from dctracker.io import layout
from dctracker.io.cells import Cell, cell_text, is_blank
from dctracker.io.errors import MAX_COLUMNS, MAX_ROWS, ImportFileError, too_many_columns, too_many_rows
from dctracker.io.mapping import header_score

log = logging.getLogger(__name__)
HEADER_SEARCH_ROWS = 30
PROGRESS_EVERY = 1000

Progress = Callable[[int], None]  # rows read so far
Cancelled = Callable[[], bool]


class NoHeaderError(ImportFileError):
    """No row of the sheet reads as a header row."""


class ImportCancelled(Exception):
    """The user stopped the import; nothing was stored."""


@dataclass
class SourceRow:
    number: int  # 1-based row (line) number in the file
    cells: list[Cell]


class Skip(StrEnum):
    """Why a row of the file is not a record (shown in the review, not rejected)."""

    SUBTOTAL = "subtotal"
    FOOTNOTE = "footnote"
    HIDDEN = "hidden"


@dataclass(frozen=True)
class SkippedRow:
    number: int
    why: Skip
    text: str  # the row's first text, so a person recognises it


@dataclass
class Table:
    source: str  # file name, for messages and history comments
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)
    header_row: int = 0
    headers: list[str] = field(default_factory=list)
    rows: list[SourceRow] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    hidden_columns: list[str] = field(default_factory=list)  # headers of hidden columns, not imported
    scale: int = 1  # the 단위 line's won per unit, for amount headers that state none
    as_of: str = ""  # the 기준일 line, as written


def build_table(
    source: str,
    numbered_rows: Iterable[tuple[int, list[Cell]]],
    *,
    hidden_rows: frozenset[int] = frozenset(),
    hidden_columns: frozenset[int] = frozenset(),
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Table:
    """Header row and data rows from (row number, cells) in file order.

    `hidden_rows`: 1-based row numbers; `hidden_columns`: 0-based columns."""
    rows = iter(numbered_rows)
    head = [_capped(source, row) for _, row in zip(range(HEADER_SEARCH_ROWS), rows)]
    header_at = _header_index(head)
    if header_at is None:
        raise NoHeaderError(
            f"{source}: 머리글 행(사업명, 마일스톤 등)을 찾지 못했습니다.",
            f"{source}: no header row (사업명/project, 마일스톤/milestone ...) found.",
        )
    number, header_cells = head[header_at]
    preamble = layout.read_preamble([cells for _, cells in head[:header_at]])
    table = Table(source, header_row=number, headers=[cell_text(c).strip() for c in header_cells])
    table.scale, table.as_of = preamble.scale, preamble.as_of
    first_data = header_at + 1
    if first_data < len(head) and (two_rows := layout.sub_header(table.headers, head[first_data][1])):
        table.headers, first_data = two_rows, first_data + 1
    _hide_columns(table, hidden_columns)
    width = len(table.headers)
    for count, (number, cells) in enumerate(chain(head[first_data:], rows), start=1):
        if count % PROGRESS_EVERY == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled
            if progress is not None:
                progress(count)
        if len(cells) != width:
            cells = (list(cells) + [None] * width)[:width]
        if _is_blank_row(cells):
            continue
        if why := _skip(number, cells, hidden_rows):
            table.skipped.append(SkippedRow(number, why, _first_text(cells)))
            continue
        if len(table.rows) >= MAX_ROWS:
            raise too_many_rows(source, MAX_ROWS)
        table.rows.append(SourceRow(number, cells))
    while table.headers and not table.headers[-1]:  # trailing empty columns
        table.headers.pop()
    _fill_down(table)
    _split_ranges(table)
    log.info("%s: header at row %d, %d data rows", source, table.header_row, len(table.rows))
    return table


def _capped(source: str, row: tuple[int, list[Cell]]) -> tuple[int, list[Cell]]:
    """A row of the header search without its trailing blank cells (a sheet
    formatted to its last column has thousands); refused past MAX_COLUMNS
    before the header search compares every cell with every alias."""
    number, cells = row
    if len(cells) > MAX_COLUMNS:
        width = len(cells)
        while width and is_blank(cells[width - 1]):
            width -= 1
        if width > MAX_COLUMNS:
            raise too_many_columns(source, width)
        cells = cells[:width]
    return number, cells


def _header_index(head: list[tuple[int, list[Cell]]]) -> int | None:
    best, best_score = None, 1  # a header names at least two known columns
    for index, (_, cells) in enumerate(head):
        score = header_score([cell_text(c).strip() for c in cells])
        if score > best_score:
            best, best_score = index, score
    return best


def _is_blank_row(cells: list[Cell]) -> bool:
    # is_blank for each cell, spelled out: this runs for every row of the file.
    for cell in cells:  # noqa: SIM110 (all() over a generator costs more per row)
        if cell is not None and not (isinstance(cell, str) and not cell.strip()):
            return False
    return True


def _skip(number: int, cells: list[Cell], hidden_rows: frozenset[int]) -> Skip | None:
    if number in hidden_rows:
        return Skip.HIDDEN
    if layout.is_total(cells):
        return Skip.SUBTOTAL
    return Skip.FOOTNOTE if layout.is_footnote(cells) else None


def _first_text(cells: list[Cell]) -> str:
    return next((cell_text(c).strip() for c in cells if not is_blank(c)), "")


def _hide_columns(table: Table, hidden: frozenset[int]) -> None:
    """A hidden column is not imported: its header is listed, then blanked
    (a blank header maps to no field)."""
    for index in sorted(hidden):
        if index < len(table.headers) and table.headers[index]:
            table.hidden_columns.append(table.headers[index])
            table.headers[index] = ""


def _fill_down(table: Table) -> None:
    """A merged 구분/시군/사업명 cell holds its value in its first row only
    (CSV) or in every row (XLSX, filled by the reader): give each row the value."""
    for index in layout.filled_down_columns(table.headers):
        above: Cell = None
        for row in table.rows:
            if is_blank(row.cells[index]):
                row.cells[index] = above
            else:
                above = row.cells[index]


def _split_ranges(table: Table) -> None:
    """A 사업기간 cell "2024~2030" becomes two columns, "사업기간 시작" and "…종료"."""
    for index in reversed(layout.range_columns(table.headers)):
        table.headers[index : index + 1] = layout.range_headers(table.headers[index])
        for row in table.rows:
            row.cells[index : index + 1] = layout.split_range(row.cells[index])
