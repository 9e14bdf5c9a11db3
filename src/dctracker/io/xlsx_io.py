"""XLSX workbooks: checked before opening, read fast, written styled.

Before any parser sees a file, its zip directory is checked (declared sizes
and compression ratios: zip bombs; zipfile never inflates a member past its
declared size) and every XML part is scanned for DTDs (entity-expansion
bombs). Sheets are read with python-calamine (Rust; about fifteen times
faster than openpyxl's streaming reader and it does not expand entities
either), which also reports merged ranges: a merged cell is filled with the
value of its top-left cell, the way a reader of the sheet sees it.

Money is written in 억 원 as numbers with a "#,##0.####"억원"" format and a
"(억원)" header unit (Excel formats cannot divide by 10^8), dates of day
precision as real dates, coarser dates as their Korean text ("2025년 상반기"),
which reads back at the same precision. A carriage return is written as
Excel's "_x000D_" escape, since XML would turn a raw one into a line feed.
"""

from __future__ import annotations

import html
import logging
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, cast

from dctracker.io.cells import Cell, exported_text
from dctracker.io.errors import (
    MAX_FILE_BYTES,
    MAX_ROWS,
    MAX_ZIP_RATIO,
    ExportError,
    ImportFileError,
    too_many_rows,
)
from dctracker.io.table import (
    HEADER_SEARCH_ROWS,
    Cancelled,
    NoHeaderError,
    Progress,
    Table,
    build_table,
)

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell as XlsxCell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet
    from python_calamine import CalamineWorkbook

log = logging.getLogger(__name__)
_MAX_MEMBERS = 10_000
_CHUNK = 1 << 20
_DTD_MARKS = (b"<!DOCTYPE", b"<!ENTITY")
_ESCAPE_LIKE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")  # overlapping: "_x005F_x0041_" has two
XLSX_MAX_CHARS = 32_767  # Excel's limit for one cell; openpyxl cuts longer text silently
MONEY_FORMAT = '#,##0.####"억원"'
DATE_FORMAT = "yyyy-mm-dd"


def check_archive(path: Path) -> None:
    """Refuse zip bombs and XML with DTDs before any XML parser runs."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ImportFileError(
            f"{path.name}: 엑셀(XLSX) 파일이 아니거나 손상되었습니다.",
            f"{path.name}: not an XLSX workbook, or damaged ({exc}).",
        ) from exc
    with archive:
        infos = archive.infolist()
        total = sum(i.file_size for i in infos)
        if len(infos) > _MAX_MEMBERS or total > MAX_FILE_BYTES or any(map(_bomb_like, infos)):
            raise ImportFileError(
                f"{path.name}: 압축을 풀면 지나치게 커지는 파일입니다 (압축 폭탄 의심). 열지 않았습니다.",
                f"{path.name}: unpacks to an excessive size (suspected zip bomb); not opened.",
            )
        for info in infos:
            if info.filename.endswith((".xml", ".rels")) and _has_dtd(archive, info):
                raise ImportFileError(
                    f"{path.name}: 허용되지 않는 XML 정의(DTD/ENTITY)가 있습니다. 열지 않았습니다.",
                    f"{path.name}: contains an XML DTD/entity declaration; not opened.",
                )


def _bomb_like(info: zipfile.ZipInfo) -> bool:
    return info.file_size > _CHUNK and info.file_size > MAX_ZIP_RATIO * max(info.compress_size, 1)


def _has_dtd(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Scan the whole part: a DTD may hide after a long comment."""
    tail = b""
    with archive.open(info) as member:
        while chunk := member.read(_CHUNK):
            data = tail + chunk
            if any(mark in data for mark in _DTD_MARKS):
                return True
            tail = data[-16:]
    return False


def read_xlsx(
    path: Path,
    sheet: str | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Table:
    """The named sheet, or else the first sheet that has a header row (a
    workbook often opens with a cover or a summary sheet)."""
    check_archive(path)
    from python_calamine import CalamineWorkbook

    workbook = None
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        names = list(workbook.sheet_names)
        if sheet is not None and sheet not in names:
            raise ImportFileError(
                f"{path.name}: '{sheet}' 시트가 없습니다 (있는 시트: {', '.join(names)}).",
                f"{path.name}: no sheet {sheet!r} (sheets: {', '.join(names)}).",
            )
        if not names:
            raise ImportFileError(
                f"{path.name}: 엑셀 파일에 시트가 하나도 없습니다.",
                f"{path.name}: the workbook has no sheets.",
            )
        first_error: NoHeaderError | None = None
        for name in [sheet] if sheet else names:
            try:
                hidden = hidden_rows_and_columns(path, name)
                table = _read_sheet(workbook, name, path.name, hidden, progress, cancelled)
            except NoHeaderError as exc:
                first_error = first_error or exc
                continue
            table.sheet, table.sheets = name, names
            return table
        assert first_error is not None  # every sheet (at least one) failed
        raise first_error
    except ImportFileError:
        raise
    except Exception as exc:  # calamine raises its own kinds for broken workbooks
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ImportFileError(
            f"{path.name}: 엑셀 파일을 읽을 수 없습니다 ({reason}).",
            f"{path.name}: cannot read the workbook ({reason}).",
        ) from exc
    finally:
        if workbook is not None:
            workbook.close()  # Windows keeps an open file locked


def _read_sheet(
    workbook: CalamineWorkbook,
    name: str,
    source: str,
    hidden: tuple[frozenset[int], frozenset[int]],
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> Table:
    data = workbook.get_sheet_by_name(name)
    if data.height > MAX_ROWS + HEADER_SEARCH_ROWS:  # refuse before turning rows into objects
        raise too_many_rows(source, MAX_ROWS)
    first_column = data.start[1] if data.start else 0
    # calamine's values are a subset of Cell; its row lists are kept, not copied.
    cells = cast("Iterator[list[Cell]]", data.iter_rows())
    rows = _filled(cells, data.merged_cell_ranges or [], first_column, source)
    return build_table(
        source, rows, hidden_rows=hidden[0], hidden_columns=hidden[1], progress=progress, cancelled=cancelled
    )


_SHEET = re.compile(rb'<sheet\b[^>]*?\bname="([^"]*)"[^>]*?\br:id="([^"]*)"')
_SHEET_ID_FIRST = re.compile(rb'<sheet\b[^>]*?\br:id="([^"]*)"[^>]*?\bname="([^"]*)"')
_TARGET = re.compile(rb'<Relationship\b[^>]*?\bId="([^"]*)"[^>]*?\bTarget="([^"]*)"')
_TARGET_FIRST = re.compile(rb'<Relationship\b[^>]*?\bTarget="([^"]*)"[^>]*?\bId="([^"]*)"')
_HIDDEN_ROW = re.compile(rb'<row\b[^>]*?\bhidden="(?:1|true)"[^>]*>')
_HIDDEN_COL = re.compile(rb'<col\b[^>]*?\bhidden="(?:1|true)"[^>]*>')
_ATTR = re.compile(rb'\b(r|min|max)="(\d+)"')


def hidden_rows_and_columns(path: Path, sheet: str) -> tuple[frozenset[int], frozenset[int]]:
    """Rows (1-based) and columns (0-based) the sheet hides: calamine does not
    report them, so the sheet's XML is scanned for them (already checked for
    DTDs by check_archive). A sheet without any "hidden" costs one byte search."""
    with zipfile.ZipFile(path) as archive:
        part = _sheet_part(archive, sheet)
        if part is None:
            return frozenset(), frozenset()
        data = archive.read(part)
    if b'hidden="' not in data:
        return frozenset(), frozenset()
    rows = {int(dict(_ATTR.findall(m[0]))[b"r"]) for m in _HIDDEN_ROW.finditer(data) if b' r="' in m[0]}
    columns: set[int] = set()
    for match in _HIDDEN_COL.finditer(data):
        attrs = dict(_ATTR.findall(match[0]))
        if b"min" in attrs and b"max" in attrs:
            columns.update(range(int(attrs[b"min"]) - 1, min(int(attrs[b"max"]), MAX_COLUMNS_SCANNED)))
    return frozenset(rows), frozenset(columns)


MAX_COLUMNS_SCANNED = 16_384  # Excel's last column; a hidden range past it is not a column


def _sheet_part(archive: zipfile.ZipFile, sheet: str) -> str | None:
    """The zip member of the sheet named `sheet`, from workbook.xml and its rels."""
    try:
        workbook = archive.read("xl/workbook.xml")
        rels = archive.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return None
    ids = {html.unescape(n.decode()): i for n, i in _SHEET.findall(workbook)}
    ids.update({html.unescape(n.decode()): i for i, n in _SHEET_ID_FIRST.findall(workbook)})
    targets = dict(_TARGET.findall(rels)) | {i: t for t, i in _TARGET_FIRST.findall(rels)}
    target = targets.get(ids.get(sheet, b""))
    if target is None:
        return None
    name = target.decode()
    return name.lstrip("/") if name.startswith("/") else f"xl/{name}"


Merge = tuple[tuple[int, int], tuple[int, int]]  # (first row, column), (last row, column); 0-based


def _filled(
    rows: Iterator[list[Cell]], merges: list[Merge], first_column: int, name: str
) -> Iterator[tuple[int, list[Cell]]]:
    """Number the rows (1-based) and give every merged cell its top-left value."""
    if len(merges) > MAX_ROWS:
        raise too_many_rows(name)
    if not merges and not first_column:  # most sheets: calamine's fresh row lists as they are
        yield from enumerate(rows, start=1)
        return
    by_row: dict[int, list[Merge]] = {}
    for merge in merges:
        for row in range(merge[0][0], merge[1][0] + 1):
            by_row.setdefault(row, []).append(merge)
    anchors: dict[tuple[int, int], Cell] = {}
    for index, values in enumerate(rows):
        cells = [None] * first_column + list(values)
        for (r1, c1), (_r2, c2) in by_row.get(index, ()):
            cells.extend([None] * (c2 + 1 - len(cells)))
            if index == r1:
                anchors[(r1, c1)] = cells[c1]
            for col in range(c1, c2 + 1):
                cells[col] = anchors.get((r1, c1))
        yield index + 1, cells


def write_xlsx(
    path: Path,
    sheet: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    money_columns: set[int],
    widths: Sequence[int],
) -> None:
    """A styled sheet in write-only (streaming) mode: memory stays flat for big lists."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(sheet)
    worksheet.freeze_panes = "A2"
    for index, width in enumerate(widths, start=1):
        worksheet.column_dimensions[get_column_letter(index)].width = width
    fill = PatternFill("solid", fgColor="DDE6F0")
    border = Border(bottom=Side("thin", color="808080"))
    header_cells = []
    for text in headers:
        cell = WriteOnlyCell(worksheet, value=text)
        cell.font, cell.fill, cell.border = Font(bold=True), fill, border
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        header_cells.append(cell)
    worksheet.append(header_cells)
    try:
        for row in rows:
            worksheet.append([_xlsx_cell(worksheet, v, i in money_columns) for i, v in enumerate(row)])
    except BaseException:
        # End openpyxl's row writer now: collected later, it writes to a closed file.
        worksheet.close()
        raise
    workbook.save(path)


def xlsx_text(text: str) -> str:
    """A text as every workbook the app writes holds it (records, the meeting report).

    Text longer than a cell holds is refused, not cut: an export that imports
    back shorter would lose data without a word."""
    # Excel's escapes: "_xHHHH_" in the XML is the character HHHH, so a text
    # that spells one has its "_" escaped, and a raw CR (which XML would read
    # as a line feed) is written as one.
    written = _ESCAPE_LIKE.sub("_x005F_", exported_text(text)).replace("\r", "_x000D_")
    if len(written) > XLSX_MAX_CHARS:
        raise ExportError(
            f"엑셀 셀에는 {XLSX_MAX_CHARS:,}자까지만 들어갑니다 ({len(written):,}자: '{text[:30]}…'). "
            f"CSV로 내보내세요 (an XLSX cell holds at most {XLSX_MAX_CHARS:,} characters; export to CSV)"
        )
    return written


def _xlsx_cell(worksheet: WriteOnlyWorksheet, value: Cell, money: bool) -> XlsxCell | Cell:
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, str):
        return xlsx_text(value)
    if isinstance(value, date):
        # openpyxl writes dates; its stubs list only datetime.
        cell = WriteOnlyCell(worksheet, value=value)  # type: ignore[arg-type]
        cell.number_format = DATE_FORMAT
        return cell
    if money and isinstance(value, (int, float)):
        cell = WriteOnlyCell(worksheet, value=value)
        cell.number_format = MONEY_FORMAT
        return cell
    return value
