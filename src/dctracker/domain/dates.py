"""Dates known only to a day, month, quarter, half or year ("2025년 상반기").

Officials rarely know the exact day of a future milestone; an MOU says "단계별로
2030년까지" and a plan says "2025년 상반기". A `PartialDate` keeps that precision
so the app never shows a made-up day, and compares dates by the interval they
cover (a half-year milestone is overdue only once the whole half is over).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cached_property, lru_cache, total_ordering

from dctracker.domain.errors import InputError


class Precision(StrEnum):
    """How much of a date is known; the order is from finest to coarsest."""

    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"


class DateParseError(InputError):
    """A date text or field combination that does not name a real date."""

    template_ko = "'{text}'은(는) 올바른 날짜가 아닙니다: {reason}"
    template_en = "'{text}' is not a valid date: {reason}"


_RANK = {precision: rank for rank, precision in enumerate(Precision)}
# Months a PartialDate may store per precision, with the reason shown otherwise:
# quarters and halves are stored as their first month so start() needs no cases.
_MONTH_RULES: dict[Precision, tuple[tuple[int | None, ...], str, str]] = {
    Precision.DAY: (tuple(range(1, 13)), "월은 1~12여야 합니다", "month must be 1..12"),
    Precision.MONTH: (tuple(range(1, 13)), "월은 1~12여야 합니다", "month must be 1..12"),
    Precision.QUARTER: ((1, 4, 7, 10), "분기는 첫 달(1·4·7·10월)로 적습니다", "quarter month is 1/4/7/10"),
    Precision.HALF: ((1, 7), "반기는 첫 달(1·7월)로 적습니다", "a half is stored as month 1 or 7"),
    Precision.YEAR: ((None,), "연 단위 날짜에는 월이 없습니다", "a year date has no month"),
}
_SPAN_MONTHS = {Precision.MONTH: 1, Precision.QUARTER: 3, Precision.HALF: 6, Precision.YEAR: 12}
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December")  # fmt: skip
_MONTH_BY_NAME = {
    key: number
    for number, name in enumerate(_MONTH_NAMES, start=1)
    for key in (name.lower(), name[:3].lower())
}
# "초" (early in the year) and "말" (end of the year) are vague; the half that
# contains them is the narrowest interval we can state without inventing a month,
# and "말" -> H2 makes end() Dec 31, so overdue checks read it as "by year end".
_HALF_WORDS = {"1": 1, "상반기": 1, "전반기": 1, "초": 1, "2": 7, "하반기": 7, "후반기": 7, "말": 7}

_Y = r"(?P<y>\d{4})"
_YEAR_WORD = r"\s*(?:년도?|\.)?\s*"  # "2025년 3분기", "2025. 3분기"
# Each pattern must match the whole text; named groups decide the precision.
_PATTERNS = tuple(
    re.compile(pattern)
    for pattern in (
        rf"{_Y}\s*(?P<s>[-/.])\s*(?P<m>\d{{1,2}})\s*(?P=s)\s*(?P<d>\d{{1,2}})\s*\.?",
        r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})",
        rf"{_Y}\s*년\s*(?P<m>\d{{1,2}})\s*월\s*(?P<d>\d{{1,2}})\s*일",
        rf"{_Y}\s*[-/.]\s*(?P<m>\d{{1,2}})\s*\.?",
        rf"{_Y}\s*[년.]\s*(?P<m>\d{{1,2}})\s*월(?:\s*(?:초|중|말))?",  # "3월 말" is still March
        rf"(?P<mon>[A-Za-z]+)\.?\s*,?\s*{_Y}",
        rf"{_Y}{_YEAR_WORD}(?P<q>\d)\s*(?:/\s*4\s*)?분기",
        rf"{_Y}\s*-?\s*[Qq]\s*(?P<q>\d)",
        rf"{_Y}\s*[.\-]?\s*(?P<q>\d)\s*[Qq]",  # "2025.3Q"
        rf"(?:[Qq]\s*(?P<q>\d)|(?P<q2>\d)\s*[Qq])\s*,?\s*{_Y}",
        rf"{_Y}{_YEAR_WORD}(?P<h>상반기|하반기|전반기|후반기|초|말)",
        rf"{_Y}\s*-?\s*[Hh]\s*(?P<h>\d)",
        rf"[Hh]\s*(?P<h>\d)\s*,?\s*{_Y}",
        rf"{_Y}{_YEAR_WORD}(?:중)?",  # "2025년 중" (during 2025) is the whole year
    )
)
_CANONICAL = re.compile(
    r"(?P<until>\.\.)?(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?|-Q(?P<q>\d)|-H(?P<h>\d))?"
)
_UNTIL_PREFIX = re.compile(r"^(?:[~〜]|\.\.|by\s+)\s*", re.IGNORECASE)
_UNTIL_SUFFIX = re.compile(r"\s*까지$")
# Office shorthand read before the patterns: "'25." and "25년" are 2025, a
# weekday after a day ("2025. 3. 31.(월)") says nothing more.
_SHORT_YEAR = re.compile(r"^(\d{2})(?=\s*년)")  # not "10. 5.": a month and day
_APOSTROPHE_YEAR = re.compile(r"^(?:'|‘|’)(\d{2})\b")
_WEEKDAY = re.compile(r"\s*\(\s*[월화수목금토일]\s*\)$")


@total_ordering
@dataclass(frozen=True)
class PartialDate:
    """A date with its precision; `until` marks an upper bound ("2030년까지")."""

    year: int
    precision: Precision
    month: int | None = None
    day: int | None = None
    until: bool = False

    def __post_init__(self) -> None:
        # Accept the stored string form of the precision (e.g. from SQLite).
        if not isinstance(self.precision, Precision):  # checked first: the error text costs a join
            object.__setattr__(self, "precision", _coerce_precision(self.precision, self._fields()))
        if not 1900 <= self.year <= 2200:
            raise DateParseError(
                self._fields(), "연도는 1900~2200 사이여야 합니다", "year must be 1900..2200"
            )
        allowed, reason_ko, reason_en = _MONTH_RULES[self.precision]
        if self.month not in allowed:
            raise DateParseError(self._fields(), f"{reason_ko} ({self.month})", reason_en)
        self._check_day()

    def _check_day(self) -> None:
        if self.precision is not Precision.DAY:
            if self.day is not None:
                raise DateParseError(
                    self._fields(), "일은 일 단위 날짜에만 있습니다", "only day dates have a day"
                )
            return
        try:
            date(self.year, self.month or 0, self.day or 0)
        except ValueError:
            raise DateParseError(self._fields(), "없는 날짜입니다", "no such day") from None

    def _fields(self) -> str:
        return "-".join(str(part) for part in (self.year, self.month, self.day) if part)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read the spellings officials type; raise DateParseError naming `text`."""
        core = " ".join(unicodedata.normalize("NFKC", text).split())
        if not core:
            raise DateParseError(text, "날짜가 비어 있습니다", "the date is empty")
        core, until = _strip_until(core)
        core = _expand_short_year(_WEEKDAY.sub("", core))
        for pattern in _PATTERNS:
            if match := pattern.fullmatch(core):
                return _build(text, match.groupdict(), until)
        raise DateParseError(
            text,
            "알 수 없는 형식입니다 (예: 2025-03-31, 2025년 상반기, 2030년까지)",
            "unknown format (e.g. 2025-03-31, 2025 H1, by 2030)",
        )

    @classmethod
    def from_value(cls, value: str) -> PartialDate:
        """Inverse of to_value(); strict, because stored values are machine-written."""
        match = _CANONICAL.fullmatch(value)
        if match is None:
            raise DateParseError(value, "저장 형식이 아닙니다", "not a stored date value")
        return _build(value, match.groupdict(), match["until"] is not None)

    @classmethod
    def from_date(cls, d: date) -> PartialDate:
        return cls(d.year, Precision.DAY, d.month, d.day)

    def start(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def end(self) -> date:
        if self.precision is Precision.DAY:
            return self.start()
        return _last_day(self.year, self.precision, self.month)

    def contains(self, d: date) -> bool:
        return self.start() <= d <= self.end()

    def is_past(self, as_of: date) -> bool:
        """True once the whole interval lies before `as_of`."""
        return self.end() < as_of

    def to_value(self) -> str:
        """Canonical storage form, e.g. "2025-03-31", "2025-Q3", "..2030"."""
        return self._value

    @cached_property
    def _value(self) -> str:
        # Worked out once per date: parsers and readers share one instance per
        # distinct date, and a bulk write stores 100,000 of them. (cached_property
        # writes the instance dict directly, which a frozen dataclass allows;
        # eq, hash and repr look only at the fields.)
        return (".." if self.until else "") + self._iso()

    def to_text(self, lang: str = "ko") -> str:
        """Display text at the entered precision; parse() reads it back."""
        if lang == "ko":
            return self._text_ko() + ("까지" if self.until else "")
        if lang == "en":
            return ("by " if self.until else "") + self._text_en()
        raise ValueError(f"unsupported language: {lang!r}")

    def _iso(self) -> str:
        match self.precision:
            case Precision.DAY:
                return self.start().isoformat()
            case Precision.MONTH:
                return self.start().isoformat()[:7]
            case Precision.QUARTER:
                return f"{self.year}-Q{self._quarter()}"
            case Precision.HALF:
                return f"{self.year}-H{self._half()}"
        return str(self.year)

    def _text_ko(self) -> str:
        match self.precision:
            case Precision.DAY:
                return f"{self.year}. {self.month}. {self.day}."
            case Precision.MONTH:
                return f"{self.year}년 {self.month}월"
            case Precision.QUARTER:
                return f"{self.year}년 {self._quarter()}분기"
            case Precision.HALF:
                return f"{self.year}년 {'상' if self._half() == 1 else '하'}반기"
        return f"{self.year}년"

    def _text_en(self) -> str:
        match self.precision:
            case Precision.MONTH:
                return f"{_MONTH_NAMES[self.start().month - 1][:3]} {self.year}"
            case Precision.QUARTER:
                return f"Q{self._quarter()} {self.year}"
            case Precision.HALF:
                return f"H{self._half()} {self.year}"
        return self._iso()  # ISO is unambiguous for English readers of days and years

    def _quarter(self) -> int:
        return ((self.month or 1) - 1) // 3 + 1

    def _half(self) -> int:
        return 1 if self.month == 1 else 2

    def sort_key(self) -> tuple[date, date, int, bool]:
        """The order of PartialDates as a plain tuple, for sorting many at once."""
        # End first: it is what deadlines and slippage are measured by.
        return (self.end(), self.start(), _RANK[self.precision], self.until)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key() < other.sort_key()

    def __str__(self) -> str:
        return self.to_text("ko")


def parse_optional(text: str | None) -> PartialDate | None:
    """Blank form fields and NULL columns mean "no date", not an error."""
    if text is None or not text.strip():
        return None
    return PartialDate.parse(text)


def _coerce_precision(value: str, fields: str) -> Precision:
    try:
        return Precision(value)
    except ValueError:
        raise DateParseError(
            fields, f"알 수 없는 정밀도입니다 ({value})", f"unknown precision {value!r}"
        ) from None


def _expand_short_year(core: str) -> str:
    """ "'25. 3월" / "25년 하반기" -> "2025. 3월" / "2025년 하반기" (this century)."""
    for pattern in (_APOSTROPHE_YEAR, _SHORT_YEAR):
        core = pattern.sub(lambda m: f"20{m[1]}", core, count=1)
    return core


def _strip_until(core: str) -> tuple[str, bool]:
    """Remove "~", "..", "by " or "까지" and report whether any was there."""
    stripped = _UNTIL_SUFFIX.sub("", _UNTIL_PREFIX.sub("", core))
    return stripped, stripped != core


def _build(text: str, groups: dict[str, str | None], until: bool) -> PartialDate:
    """Build from a pattern's groups; errors name the whole `text`, not a field."""
    try:
        return _from_groups(groups, until)
    except DateParseError as error:
        raise DateParseError(text, error.reason_ko, error.reason_en) from None


def _from_groups(groups: dict[str, str | None], until: bool) -> PartialDate:
    """Whichever named groups a pattern matched decide the precision."""
    year = int(groups["y"] or 0)
    if day := groups.get("d"):
        return PartialDate(year, Precision.DAY, int(groups["m"] or 0), int(day), until)
    if groups.get("m"):
        return PartialDate(year, Precision.MONTH, int(groups["m"] or 0), until=until)
    if name := groups.get("mon"):
        return PartialDate(year, Precision.MONTH, _month_by_name(name), until=until)
    if quarter := groups.get("q") or groups.get("q2"):
        return PartialDate(year, Precision.QUARTER, _quarter_month(quarter), until=until)
    if half := groups.get("h"):
        return PartialDate(year, Precision.HALF, _half_month(half), until=until)
    return PartialDate(year, Precision.YEAR, until=until)


def _month_by_name(name: str) -> int:
    if name.lower() not in _MONTH_BY_NAME:
        raise DateParseError(name, f"알 수 없는 달 이름입니다 ({name})", f"unknown month {name!r}")
    return _MONTH_BY_NAME[name.lower()]


def _quarter_month(quarter: str) -> int:
    if quarter not in ("1", "2", "3", "4"):
        raise DateParseError(quarter, f"분기는 1~4여야 합니다 ({quarter})", "quarter must be 1..4")
    return 3 * int(quarter) - 2


def _half_month(half: str) -> int:
    if half not in _HALF_WORDS:
        raise DateParseError(half, f"반기는 1 또는 2여야 합니다 ({half})", "half must be 1 or 2")
    return _HALF_WORDS[half]


@lru_cache(maxsize=4096)
def _last_day(year: int, precision: Precision, month: int | None) -> date:
    # Remembered: the dashboard asks every one of 100,000 milestones for its
    # due date's end several times, and calendar.monthrange was most of that.
    last_month = (month or 1) + _SPAN_MONTHS[precision] - 1
    return date(year, last_month, calendar.monthrange(year, last_month)[1])
