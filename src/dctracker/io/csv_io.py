"""CSV files as Korean offices send them, and CSV exports Korean Excel opens.

Encodings: UTF-8 (with or without BOM), UTF-16 with BOM, else whatever
charset-normalizer finds (in practice CP949/EUC-KR, decoded as CP949, its
superset). Exports are UTF-8 with a BOM, which Korean Excel needs to show
Hangul instead of mojibake.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from dctracker.io.cells import Cell, exported_text
from dctracker.io.errors import MAX_FIELD_CHARS, MAX_FILE_BYTES, ImportFileError
from dctracker.io.mapping import header_score
from dctracker.io.table import HEADER_SEARCH_ROWS, Cancelled, Progress, Table, build_table

if TYPE_CHECKING:
    from _csv import Reader

log = logging.getLogger(__name__)
_SAMPLE = 64 * 1024
_DELIMITERS = (",", "\t", ";", "|")
_KOREAN = {"cp949", "euc_kr", "johab", "iso2022_kr", "uhc", "ks_c_5601-1987"}


def read_csv(path: Path, *, progress: Progress | None = None, cancelled: Cancelled | None = None) -> Table:
    text = decode(_read_bytes(path), path.name)
    with _field_limit():
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text[:_SAMPLE]))
        try:
            return build_table(path.name, _numbered(reader), progress=progress, cancelled=cancelled)
        except csv.Error as exc:
            raise ImportFileError(
                f"{path.name}: {reader.line_num}행을 CSV로 읽을 수 없습니다 ({exc}).",
                f"{path.name}: line {reader.line_num} is not valid CSV ({exc}).",
            ) from exc


def _numbered(reader: Reader) -> Iterator[tuple[int, list[Cell]]]:
    for row in reader:
        yield reader.line_num, list(row)


def _read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            f"{path.name}: 파일이 너무 큽니다 ({size:,}바이트, 최대 {MAX_FILE_BYTES:,}).",
            f"{path.name}: file too large ({size:,} bytes, at most {MAX_FILE_BYTES:,}).",
        )
    data = path.read_bytes()
    if data.startswith(b"PK\x03\x04"):
        raise ImportFileError(
            f"{path.name}: CSV가 아니라 엑셀(XLSX) 파일입니다. 확장자를 .xlsx로 바꾸세요.",
            f"{path.name}: this is an XLSX workbook, not CSV; rename it to .xlsx.",
        )
    if b"\x00" in data[:_SAMPLE] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportFileError(
            f"{path.name}: 텍스트(CSV) 파일이 아닙니다 (이진 파일).",
            f"{path.name}: not a text (CSV) file; it holds binary data.",
        )
    return data


def decode(data: bytes, name: str) -> str:
    """UTF-8 first: valid UTF-8 that is not meant as UTF-8 practically never
    happens with Korean text, so only the rest needs detection."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8", name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 4 * _SAMPLE]).best()
    if best is None:
        raise _undecidable(name)
    encoding = "cp949" if best.encoding in _KOREAN else best.encoding
    log.info("%s: detected encoding %s (decoding as %s)", name, best.encoding, encoding)
    if encoding != "cp949":
        raise _undecidable(name, best.encoding)
    return _strict(data, encoding, name)


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise _undecidable(name, encoding) from None


def _undecidable(name: str, guess: str = "") -> ImportFileError:
    hint = f" ({guess}?)" if guess else ""
    return ImportFileError(
        f"{name}: 문자 인코딩을 알 수 없습니다{hint}. UTF-8 또는 CP949(EUC-KR)로 저장하세요.",
        f"{name}: cannot tell the text encoding{hint}; save it as UTF-8 or CP949 (EUC-KR).",
    )


def _delimiter(sample: str) -> str:
    """The separator under which the first lines read best as our headers.

    csv.Sniffer guesses from character frequencies and is misled by quotes
    and commas inside Korean notes; the headers are what we actually know.
    """
    lines = sample.splitlines()[:HEADER_SEARCH_ROWS]

    def score(delimiter: str) -> int:
        try:
            rows = list(csv.reader(lines, delimiter=delimiter))
        except csv.Error:
            return 0
        return max((header_score(row) for row in rows), default=0)

    return max(_DELIMITERS, key=score)  # ties keep the earlier, i.e. the comma


@contextmanager
def _field_limit() -> Iterator[None]:
    """A huge field (a whole file on one line) fails fast instead of filling memory."""
    previous = csv.field_size_limit(MAX_FIELD_CHARS)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> None:
    """UTF-8 with BOM; text neutralized against formula injection."""
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(headers)
        writer.writerows([_csv_cell(c) for c in row] for row in rows)


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return exported_text(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
