"""One spreadsheet cell to one field value, through the domain parsers.

Cells arrive as text (CSV), or as numbers, dates and text (XLSX). Every
failure raises CellError naming the reason in Korean and English; the
planner adds the row number and column.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any

from dctracker.domain.dates import DateParseError, PartialDate, Precision
from dctracker.domain.labels import LabelledEnum
from dctracker.domain.money import AmountParseError, check_whole, parse_area, parse_korean_number, parse_won
from dctracker.domain.records import MilestoneKind, MilestoneStatus, MouStatus, PartyRole, ProjectStatus
from dctracker.domain.regions import normalize_sigungu, parse_region
from dctracker.domain.text import clean_text, has_control_characters
from dctracker.io.values import UNSET, Noted, choices_text, label_suggestions, read_label

# A sheet's time-formatted cells arrive as `time` or `timedelta` (durations).
Cell = str | int | float | date | datetime | time | timedelta | None
# OWASP CSV injection: a leading = + - @ tab or CR makes a spreadsheet run
# the cell as a formula. Exports prefix "'"; a stored value that itself starts
# with "'" gets one more, so unneutralize() gives back exactly what was stored.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01 after Excel's leap-year bug
_SERIALS = range(20_000, 80_000)  # 1954..2119: a date column number in here is a serial
_UNIT_CHARS = re.compile(r"[원억조만]")
_TRUE = {"예", "y", "yes", "true", "o", "1", "구속", "있음", "유"}
_FALSE = {"아니오", "아니요", "n", "no", "false", "x", "0", "비구속", "없음", "무", ""}
# Cells that say "not known yet": the field is empty, and the row says so.
_UNDECIDED = {
    "미정",
    "추후결정",
    "추후 결정",
    "추후확정",
    "미확정",
    "결정중",
    "-",
    "–",
    "—",
    "tbd",
    "n/a",
    "해당없음",
}
_APPROXIMATE = re.compile(r"^\s*(?:약|대략|약\s*~|~)\s*")
_REGION_PREFIX = re.compile(r"^(?:광주광역시|광주시?|전라남도|전남)\s+")
_PARTY = re.compile(r"^(?P<name>.*?)\s*(?:\((?P<role>[^()]*)\))?$")


class CellError(ValueError):
    def __init__(self, ko: str, en: str) -> None:
        super().__init__(f"{ko} ({en})")
        self.ko = ko
        self.en = en


def neutralize(text: str) -> str:
    """The text to write into a CSV/XLSX cell so no spreadsheet evaluates it."""
    if text and (text[0] in FORMULA_STARTS or text[0] == "'"):
        return "'" + text
    return text


def exported_text(text: str) -> str:
    """Stored text as every CSV/XLSX writer of the app writes it: cleaned of
    what no spreadsheet can hold (text stored before imports cleaned it), then
    neutralized. Cleaned first: a control character must not hide a "=".
    cell_text() reads it back as the stored text."""
    return neutralize(clean_text(text))


def unneutralize(text: str) -> str:
    if len(text) > 1 and text[0] == "'" and (text[1] in FORMULA_STARTS or text[1] == "'"):
        return text[1:]
    return text


def cell_text(value: Cell) -> str:
    """A cell as the text a person sees (numbers without a spurious ".0"),
    cleaned as all input is (domain/text.py)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return unneutralize(clean_text(value))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    return str(value) if not isinstance(value, date) else value.isoformat()


def is_blank(value: Cell) -> bool:
    """None, or text that is empty once spaces and control characters go."""
    if not isinstance(value, str):
        return value is None
    stripped = value.strip()
    return not stripped or (has_control_characters(stripped) and not clean_text(stripped).strip())


def _guard(parse: Callable[..., Any]) -> Callable[[Cell, int], Any]:
    """Turn the domain parsers' errors into CellError with both languages."""

    def run(value: Cell, scale: int = 1) -> Any:
        try:
            return parse(value) if scale == 1 else parse(value, scale)
        except (DateParseError, AmountParseError) as exc:
            raise CellError(exc.message_ko, exc.message_en) from None
        except CellError:
            raise
        except (ValueError, ArithmeticError) as exc:
            raise CellError(str(exc), str(exc)) from None

    return run


def _name(value: Cell) -> str:
    return " ".join(cell_text(value).split())


def _text(value: Cell) -> str:
    return cell_text(value)


def _undecided(value: Cell) -> Noted | None:
    """ "미정", "추후 결정", "-": no value yet, which the row notes."""
    if not isinstance(value, str) or value.strip().casefold() not in _UNDECIDED:
        return None
    text = value.strip()
    return Noted(None, f"'{text}': 값을 비워 두었습니다", f"'{text}': left empty (not decided)")


def _amount(value: Cell, scale: int = 1) -> int | Noted:
    """An amount; "약 8천억" keeps that it is approximate, "미정" is empty."""
    if (undecided := _undecided(value)) is not None:
        return undecided
    text = cell_text(value) if isinstance(value, str) else ""
    won = _won(value, scale)
    if text and _APPROXIMATE.match(text):
        shown = text.strip()
        return Noted(won, f"'{shown}': 어림값입니다", f"'{shown}': an approximate amount")
    return won


def _won(value: Cell, scale: int = 1) -> int:
    if isinstance(value, (int, float)):
        amount = Decimal(repr(value)) * scale
    else:
        text = _APPROXIMATE.sub("", cell_text(value))
        if _UNIT_CHARS.search(text):
            return parse_won(text)
        amount = parse_korean_number(text) * scale
    if amount < 0:
        raise CellError(f"음수 금액입니다 ({value})", f"negative amount ({value})")
    return check_whole(int(amount.to_integral_value()), cell_text(value))


def _area(value: Cell) -> float:
    return float(value) if isinstance(value, (int, float)) else parse_area(cell_text(value))


def _number(value: Cell) -> float:
    if isinstance(value, (int, float)):
        return float(value)
    text = re.sub(r"(?i)\s*mw$", "", cell_text(value).strip())
    return float(parse_korean_number(text))


def _count(value: Cell) -> int:
    number = (
        Decimal(repr(value))
        if isinstance(value, (int, float))
        else parse_korean_number(re.sub(r"\s*명$", "", cell_text(value).strip()))
    )
    if number != number.to_integral_value():
        raise CellError(f"정수가 아닙니다 ({value})", f"not a whole number ({value})")
    return check_whole(int(number), cell_text(value))


def _percent(value: Cell) -> int:
    if isinstance(value, (int, float)):
        # A cell formatted as % in Excel holds 0.45 for 45%.
        # Rounded: 0.35 * 100 is 35.00000000000001 in binary floating point.
        number = round(value * 100, 9) if 0 < value < 1 else value
    else:
        number = float(parse_korean_number(cell_text(value).strip().rstrip("%").strip()))
    if number != int(number):
        raise CellError(f"진척률은 정수여야 합니다 ({value})", f"progress must be whole ({value})")
    return int(number)


def _office_date(value: Cell) -> PartialDate | Noted:
    """A date, or "미정"/"-" (empty, noted)."""
    undecided = _undecided(value)
    return _date(value) if undecided is None else undecided


def _date(value: Cell) -> PartialDate:
    if isinstance(value, datetime):
        return PartialDate.from_date(value.date())
    if isinstance(value, date):
        return PartialDate.from_date(value)
    if isinstance(value, (int, float)) or (
        isinstance(value, str) and value.strip().isdigit() and len(value.strip()) in (4, 5)
    ):
        return _date_number(float(value))
    return PartialDate.parse(cell_text(value))


def _date_number(number: float) -> PartialDate:
    """2030 is a year; 45838 is an Excel serial day (2025-07-01)."""
    whole = int(number)
    if whole == number and 1900 <= whole <= 2200:
        return PartialDate(whole, Precision.YEAR)
    if whole in _SERIALS:
        return PartialDate.from_date(_EXCEL_EPOCH + timedelta(days=whole))
    raise CellError(f"날짜로 읽을 수 없는 숫자입니다 ({number:g})", f"number is not a date ({number:g})")


def _label(kind: type[LabelledEnum]) -> Callable[[Cell], Any]:
    """A status or kind in office words; an unknown word keeps the field as
    it is and is noted with the nearest known values (never lost)."""

    def read(value: Cell) -> Any:
        text = cell_text(value).strip()
        member = read_label(kind, text)
        if member is not None:
            return member
        near_ko, near_en = choices_text(label_suggestions(kind, text), [m.ko for m in kind])
        return Noted(
            UNSET,
            f"'{text}'은(는) 알 수 없는 값이라 메모로 남깁니다 ({near_ko})",
            f"'{text}' is not a known value; kept as a note ({near_en})",
        )

    return read


def _sigungu(value: Cell) -> str | Noted:
    """ "광양", "전남 광양시", or "광양시 황금산단" (the rest noted, not lost);
    a name that is no 시군구 is checked, with suggestions, by the planner."""
    text = _REGION_PREFIX.sub("", _name(value))
    first, _, rest = text.partition(" ")
    if rest and normalize_sigungu(text) is None and (name := normalize_sigungu(first)):
        return Noted(name, f"'{text}': 시군구 {name}, 나머지는 메모로 남깁니다", f"'{text}': district {name}")
    return text


def _bool(value: Cell) -> bool:
    key = cell_text(value).strip().casefold()
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise CellError(f"예/아니오로 적으세요 ({value})", f"write yes or no ({value})")


def _tags(value: Cell) -> list[str]:
    return [t.strip() for t in cell_text(value).split(",") if t.strip()]


def _parties(value: Cell) -> list[tuple[str, PartyRole | None]]:
    """ "광양시(지방자치단체); 한국오라클(기업)" or "광양시, 한국오라클"."""
    result: list[tuple[str, PartyRole | None]] = []
    for part in re.split(r"[;,\n]", cell_text(value)):
        match = _PARTY.match(part.strip())
        if match and match["name"]:
            role = PartyRole.parse(match["role"]) if match["role"] else None
            result.append((" ".join(match["name"].split()), role))
    return result


def _names(value: Cell) -> list[str]:
    """Project names, one per line or separated by ";" (names may hold commas)."""
    return [" ".join(n.split()) for n in re.split(r"[;\n]", cell_text(value)) if n.strip()]


_PARSE: dict[str, Callable[..., Any]] = {
    "name": _name,
    "text": _text,
    "won": _amount,
    "area": _area,
    "number": _number,
    "count": _count,
    "percent": _percent,
    "date": _office_date,
    "bool": _bool,
    "tags": _tags,
    "parties": _parties,
    "names": _names,
    "region": lambda v: parse_region(cell_text(v)),
    "sigungu": _sigungu,  # checked against the region by the planner
    "project_status": _label(ProjectStatus),
    "mou_status": _label(MouStatus),
    "milestone_status": _label(MilestoneStatus),
    "milestone_kind": _label(MilestoneKind),
}
PARSERS: dict[str, Callable[[Cell, int], Any]] = {name: _guard(function) for name, function in _PARSE.items()}


# Parsers whose results are immutable, so one result can serve every cell of a
# column that holds the same value: a 100,000-row sheet repeats a few thousand
# dates, a hundred project names and a handful of regions and statuses.
_SHAREABLE = {
    "name",
    "text",
    "sigungu",
    "won",
    "area",
    "number",
    "count",
    "percent",
    "date",
    "bool",
    "region",
    "project_status",
    "mou_status",
    "milestone_status",
    "milestone_kind",
}


_NUMBERS = frozenset({int, float, bool})  # equal values of these types are equal dict keys


def column_reader(parse: str, scale: int = 1, blank: Any = None) -> Callable[[list[Cell]], list[Any]]:
    """Reads the cells of one column, a lot of rows at a time: for each cell,
    `blank` if it is blank, else the parsed value or the CellError (returned,
    not raised, so a row can report all of its bad cells).

    Results of shareable parsers are remembered per distinct cell, and while
    the column holds at most one type of number the lookups run in C (a map
    over the memo). 1, 1.0 and True are equal keys but different cells ("1"
    and "True" as text), so a column that mixes them is read with typed keys.
    One reader serves one import.
    """
    function = PARSERS[parse]

    def read(cell: Cell) -> Any:
        if is_blank(cell):
            return blank
        try:
            return function(cell, scale)
        except CellError as exc:
            return exc.with_traceback(None)  # remembered: keep no frames alive

    if parse not in _SHAREABLE:
        return lambda cells: [read(cell) for cell in cells]
    by_cell = _Memo(read)
    by_typed_cell = _Memo(lambda key: read(key[1]))
    numbers: set[type] = set()

    def read_all(cells: list[Cell]) -> list[Any]:
        numbers.update(_NUMBERS.intersection(map(type, cells)))
        if len(numbers) <= 1:
            return list(map(by_cell.__getitem__, cells))
        return [by_typed_cell[(cell.__class__, cell)] for cell in cells]

    return read_all


class _Memo(dict[Any, Any]):
    """A dict that fills itself: a missing key is read once, then looked up."""

    def __init__(self, read: Callable[[Any], Any]) -> None:
        super().__init__()
        self.read = read

    def __missing__(self, key: Any) -> Any:
        self[key] = value = self.read(key)
        return value


@lru_cache(maxsize=16_384)
def normalize_key(text: str) -> str:
    """Names compared for matching: width-folded, single-spaced (remembered:
    an import compares the same project names on every row)."""
    return " ".join(unicodedata.normalize("NFKC", text).split())
