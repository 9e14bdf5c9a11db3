"""The shape of a sheet as offices lay it out, around and inside the table.

Above the header: a title and a line such as "(기준일: 2025. 9. 30. / 단위:
억원)" whose unit applies to amount columns that state none. The header may
take two rows (a merged "사업기간" over "시작"/"종료"). Under it: merged 구분
cells (filled down), 소계/합계 rows, footnotes ("※ …", "주) …", "자료: …",
"* …") and a 사업기간 written as one range ("2024~2030"). Everything here
reads text only; nothing raises on any cell (hypothesis tests hold it to that).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from dctracker.io.cells import Cell, cell_text, is_blank
from dctracker.io.mapping import header_key, match_any, unit_scale

# The group column whose blank cell means "the same as the row above": a
# merged 구분 saved as CSV keeps its value in the first row only. (XLSX merges
# are filled by the reader, in every column; elsewhere a blank stays blank:
# a blank 시군구 is a region-wide project.)
_FILLED_DOWN = {header_key("구분")}
# Headers holding a period as one cell, split into "<header> 시작" / "<header> 종료".
_RANGES = {header_key(h) for h in ("사업기간", "기간", "추진기간", "사업 기간")}
# Words of a second header row under a merged group header.
_SUB_WORDS = {
    header_key(w)
    for w in (
        "시작",
        "종료",
        "착수",
        "착공",
        "준공",
        "완료",
        "당초",
        "변경",
        "계획",
        "실적",
        "예정",
        "시작일",
        "종료일",
    )
}
_TOTAL_WORDS = {header_key(w) for w in ("합계", "소계", "계", "총계", "누계", "total", "subtotal")}
_TOTAL_ENDS = ("소계", "합계", "총계")
_FOOTNOTE_FIRST = frozenset("※*주자출참")
_FOOTNOTE = re.compile(r"^\s*(?:※|\*|주\s*\d*\s*\)|(?:자료|출처|참고)\s*[:：])")
_UNIT_LINE = re.compile(r"단위\s*[:：]?\s*(조\s*원|억\s*원|백만\s*원|천\s*원|만\s*원|원|조|억)")
_AS_OF_LINE = re.compile(r"기준\s*일?\s*[:：]\s*([^/)\]]+)")
_RANGE_SPLIT = re.compile(r"\s*[~〜～∼]\s*|\s+-\s+")


@dataclass
class Preamble:
    """What the lines above the header say about the whole table."""

    scale: int = 1  # won per unit of a unit-less amount column
    as_of: str = ""  # the 기준일 as written


def read_preamble(rows: list[list[Cell]]) -> Preamble:
    """The 단위 and 기준일 stated in the lines above the header."""
    preamble = Preamble()
    for cells in rows:
        for cell in cells:
            text = unicodedata.normalize("NFKC", cell_text(cell))
            if unit := _UNIT_LINE.search(text):
                preamble.scale = unit_scale(unit[1].replace(" ", ""))
            if as_of := _AS_OF_LINE.search(text):
                preamble.as_of = as_of[1].strip()
    return preamble


def sub_header(top: list[str], below: list[Cell]) -> list[str] | None:
    """The headers of a two-row header, or None if `below` is a data row.

    A second header row holds only words such as 시작/종료 under a group
    header, known headers, or the top header repeated (a vertical merge)."""
    texts = [cell_text(c).strip() if isinstance(c, str) else None for c in below]
    if any(t is None and not is_blank(c) for t, c in zip(texts, below, strict=True)):
        return None  # a number or a date: data
    words = [t or "" for t in texts]
    if not any(header_key(w) in _SUB_WORDS for w in words):
        return None
    parent, headers = "", []
    for index, word in enumerate(words):
        above = top[index] if index < len(top) else ""
        parent = above or parent  # a merged group header saved as CSV: left cell only
        known = header_key(word) in _SUB_WORDS or header_key(word) == header_key(above) or match_any(word)
        if word and not known:
            return None
        headers.append(_combined(parent, word) if word else above)
    return headers


def _combined(parent: str, word: str) -> str:
    """ "사업기간" over "시작" -> "사업기간 시작"; "추진일정" over "당초" -> "당초"
    (a header of its own); a vertical merge repeats the top header."""
    if not word or header_key(word) == header_key(parent):
        return parent
    if not parent or match_any(word):
        return word
    return f"{parent} {word}"


def is_footnote(cells: list[Cell]) -> bool:
    """A note under the table: its first text starts with ※, *, 주), 자료:;
    other cells are blank or repeat it (a note merged across the columns)."""
    # This runs for every row of the file: the first character decides most
    # rows without a call per cell (a control character takes the full check).
    for cell in cells:
        if cell is None:
            continue
        if type(cell) is not str:
            return False
        text = cell.lstrip()
        if text:
            return (text[0] in _FOOTNOTE_FIRST or not text[0].isprintable()) and _is_footnote(cells)
    return False


def _is_footnote(cells: list[Cell]) -> bool:
    first = next((c for c in cells if not is_blank(c)), None)
    if not isinstance(first, str) or not _FOOTNOTE.match(first):
        return False
    return all(is_blank(c) or c == first for c in cells)


def is_total(cells: list[Cell]) -> bool:
    """A 합계/소계/계 row: the label sits in one of the first cells (after a
    filled-down 구분 such as "광주")."""
    # "계" or "total" in the text first: a C substring test rules out most rows.
    for cell in cells[:3]:
        if type(cell) is str and ("계" in cell or "otal" in cell or "OTAL" in cell) and _is_total_label(cell):
            return True
    return False


@lru_cache(maxsize=4096)
def _is_total_label(text: str) -> bool:
    # Cached: the first columns repeat the same names down the sheet.
    key = header_key(text)
    return key in _TOTAL_WORDS or (key.endswith(_TOTAL_ENDS) and len(key) <= 12)


def range_columns(headers: list[str]) -> list[int]:
    return [i for i, h in enumerate(headers) if header_key(h) in _RANGES]


def split_range(cell: Cell) -> tuple[Cell, Cell]:
    """ "2024~2030" -> ("2024", "2030"); a cell without "~" is the start only."""
    if not isinstance(cell, str):
        return cell, None
    parts = _RANGE_SPLIT.split(cell.strip(), maxsplit=1)
    if len(parts) == 2 and parts[0]:
        return parts[0], parts[1] or None
    return cell, None


def range_headers(header: str) -> tuple[str, str]:
    return f"{header} 시작", f"{header} 종료"


def filled_down_columns(headers: list[str]) -> list[int]:
    return [i for i, h in enumerate(headers) if header_key(h) in _FILLED_DOWN]
