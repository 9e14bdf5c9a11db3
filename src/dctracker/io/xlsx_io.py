"""XLSX workbooks: checked before opening, streamed in, written styled.

Before openpyxl sees a file, its zip directory is checked (declared sizes and
compression ratios: zip bombs) and the start of every XML part is scanned for
DTDs (entity-expansion bombs); openpyxl itself parses through defusedxml as
well. Reading uses read-only (streaming) mode, so memory stays bounded by the
rows kept, not the file. Merged cells are read from the sheet's <mergeCell>
elements (read-only mode does not report them) and filled with the value of
their top-left cell, the way a reader of the sheet sees them.

Money is written in 억 원 as numbers with a "#,##0.####"억원"" format and a
"(억원)" header unit (Excel formats cannot divide by 10^8), dates of day
precision as real dates, coarser dates as their Korean text ("2025년 상반기"),
which reads back at the same precision.
"""

from __future__ import annotations

import logging
import re
import zipfile
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from dctracker.io.cells import Cell, neutralize
from dctracker.io.errors import MAX_FILE_BYTES, MAX_ROWS, MAX_ZIP_RATIO, ImportFileError, too_many_rows
from dctracker.io.table import Cancelled, Progress, Table, build_table

log = logging.getLogger(__name__)
_MAX_MEMBERS = 10_000
_PROLOG_BYTES = 8192
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')
_CHUNK = 1 << 20
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
                raise _dtd_error(path)


def _dtd_error(path: Path) -> ImportFileError:
    return ImportFileError(
        f"{path.name}: 허용되지 않는 XML 정의(DTD/ENTITY)가 있습니다. 열지 않았습니다.",
        f"{path.name}: contains an XML DTD/entity declaration; not opened.",
    )


def _unreadable(path: Path, exc: Exception) -> ImportFileError:
    """defusedxml's refusal (possibly wrapped by openpyxl), or another breakage."""
    from defusedxml import DefusedXmlException

    if any(isinstance(e, DefusedXmlException) for e in (exc, exc.__cause__, exc.__context__)):
        return _dtd_error(path)
    reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return ImportFileError(f"{path.name}: 엑셀 파일을 읽을 수 없습니다 ({reason}).",
                           f"{path.name}: cannot read the workbook ({reason}).")


def _bomb_like(info: zipfile.ZipInfo) -> bool:
    return info.file_size > _CHUNK and info.file_size > MAX_ZIP_RATIO * max(info.compress_size, 1)


def _has_dtd(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    with archive.open(info) as member:
        start = member.read(_PROLOG_BYTES)
    return b"<!DOCTYPE" in start or b"<!ENTITY" in start


def sheet_names(path: Path) -> list[str]:
    check_archive(path)
    workbook = _open(path)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def read_xlsx(
    path: Path, sheet: str | None = None, *, progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Table:
    check_archive(path)
    workbook = _open(path)
    try:
        names = list(workbook.sheetnames)
        name = sheet or names[0]
        if name not in names:
            raise ImportFileError(
                f"{path.name}: '{name}' 시트가 없습니다 (있는 시트: {', '.join(names)}).",
                f"{path.name}: no sheet {name!r} (sheets: {', '.join(names)}).",
            )
        worksheet = workbook[name]
        worksheet.reset_dimensions()  # some writers store a wrong A1:A1 dimension
        merges = _merged_ranges(path, worksheet._worksheet_path)  # noqa: SLF001 (no public API)
        rows = _filled(worksheet.iter_rows(values_only=True), merges, path.name)
        table = build_table(path.name, rows, progress=progress, cancelled=cancelled)
    except ImportFileError:
        raise
    except ValueError as exc:  # defusedxml's refusals are ValueErrors too
        raise _unreadable(path, exc) from exc
    finally:
        workbook.close()
    table.sheet, table.sheets = name, names
    return table


def _open(path: Path):  # -> openpyxl Workbook
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken workbook
        raise _unreadable(path, exc) from exc


Merge = tuple[int, int, int, int]  # first row, first column, last row, last column (1-based)


def _merged_ranges(path: Path, member: str) -> list[Merge]:
    """<mergeCell ref="A3:A5"/> elements, found by scanning the bytes in chunks."""
    found: list[Merge] = []
    with zipfile.ZipFile(path) as archive, archive.open(member.lstrip("/")) as source:
        tail = b""
        while chunk := source.read(_CHUNK):
            data = tail + chunk
            found.extend(
                (int(r1), _column(c1), int(r2), _column(c2))
                for c1, r1, c2, r2 in _MERGE.findall(data)
            )
            cut = data.rfind(b"<")
            tail = data[cut:] if cut >= 0 and not _MERGE.match(data, cut) else b""
    if len(found) > MAX_ROWS:
        raise too_many_rows(path.name)
    return found


def _column(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _filled(
    rows: Iterator[tuple[Cell, ...]], merges: list[Merge], name: str
) -> Iterator[tuple[int, list[Cell]]]:
    """Number the rows and give every merged cell its top-left value."""
    by_row: dict[int, list[Merge]] = {}
    for merge in merges:
        for row in range(merge[0], merge[2] + 1):
            by_row.setdefault(row, []).append(merge)
    anchors: dict[tuple[int, int], Cell] = {}
    for number, values in enumerate(rows, start=1):
        if number > MAX_ROWS + 100:
            raise too_many_rows(name)
        cells = [_unescape(v) if isinstance(v, str) and "_x" in v else v for v in values]
        for r1, c1, r2, c2 in by_row.get(number, ()):
            if number == r1:
                anchors[(r1, c1)] = cells[c1 - 1] if c1 <= len(cells) else None
            cells.extend([None] * (c2 - len(cells)))
            for col in range(c1, c2 + 1):
                cells[col - 1] = anchors.get((r1, c1))
        yield number, cells


def _unescape(text: str) -> str:
    """Excel writes a carriage return as "_x000D_" (XML would turn a raw CR into LF)."""
    from openpyxl.utils.escape import unescape

    return unescape(text)


def write_xlsx(
    path: Path, sheet: str, headers: Sequence[str], rows: Sequence[Sequence[Cell]],
    money_columns: set[int], widths: Sequence[int],
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
    for row in rows:
        worksheet.append([_xlsx_cell(worksheet, v, i in money_columns) for i, v in enumerate(row)])
    workbook.save(path)


def _xlsx_cell(worksheet, value: Cell, money: bool):  # -> WriteOnlyCell | Cell
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, str):
        return neutralize(value).replace("\r", "_x000D_")
    if isinstance(value, date):
        cell = WriteOnlyCell(worksheet, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    if money and value is not None:
        cell = WriteOnlyCell(worksheet, value=value)
        cell.number_format = MONEY_FORMAT
        return cell
    return value
