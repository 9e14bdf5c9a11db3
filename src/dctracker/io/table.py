"""Rows of a sheet below its header row, whatever file they came from.

Office sheets put a title and a "기준:" line above the header, leave blank
rows between groups and end with a 합계 row. `build_table` finds the header
row (the early row that reads most like our headers), and keeps only the data
rows, each with its row number in the file so reports can point at it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

from dctracker.io.cells import Cell, cell_text, is_blank
from dctracker.io.errors import MAX_COLUMNS, MAX_ROWS, ImportFileError, too_many_columns, too_many_rows
from dctracker.io.mapping import header_key, header_score

log = logging.getLogger(__name__)
HEADER_SEARCH_ROWS = 30
PROGRESS_EVERY = 1000
_TOTAL_WORDS = {header_key(w) for w in ("합계", "소계", "계", "총계", "누계", "total", "subtotal")}

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


@dataclass
class Table:
    source: str  # file name, for messages and history comments
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)
    header_row: int = 0
    headers: list[str] = field(default_factory=list)
    rows: list[SourceRow] = field(default_factory=list)


def build_table(
    source: str,
    numbered_rows: Iterable[tuple[int, list[Cell]]],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Table:
    """Header row and data rows from (row number, cells) in file order."""
    rows = iter(numbered_rows)
    head = [_capped(source, row) for _, row in zip(range(HEADER_SEARCH_ROWS), rows)]
    header_at = _header_index(head)
    if header_at is None:
        raise NoHeaderError(
            f"{source}: 머리글 행(사업명, 마일스톤 등)을 찾지 못했습니다.",
            f"{source}: no header row (사업명/project, 마일스톤/milestone ...) found.",
        )
    number, header_cells = head[header_at]
    table = Table(source, header_row=number, headers=[cell_text(c).strip() for c in header_cells])
    width = len(table.headers)
    for count, (number, cells) in enumerate(chain(head[header_at + 1 :], rows), start=1):
        if count % PROGRESS_EVERY == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled
            if progress is not None:
                progress(count)
        if len(cells) != width:
            cells = (list(cells) + [None] * width)[:width]
        if _is_blank_row(cells) or _is_total(cells):
            continue
        if len(table.rows) >= MAX_ROWS:
            raise too_many_rows(source, MAX_ROWS)
        table.rows.append(SourceRow(number, cells))
    while table.headers and not table.headers[-1]:  # trailing empty columns
        table.headers.pop()
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


def _is_total(cells: list[Cell]) -> bool:
    """A 합계/소계/계 row: its label sits in one of the first cells."""
    for cell in cells[:3]:
        if not is_blank(cell):
            return _is_total_label(cell)
    return False


@lru_cache(maxsize=4096, typed=True)
def _is_total_label(label: Cell) -> bool:
    # Cached: the first column repeats the same project names down the sheet.
    return header_key(cell_text(label)) in _TOTAL_WORDS
