"""Money in won and areas in m², read from the way Korean documents write them.

Officials write "7000억 원", "1.2조", "10만 5000㎡": Arabic digits mixed with the
Korean units 십 백 천 (within a group of four digits) and 만 억 조 (groups of
four digits). Values are computed with Decimal so "1.2조" is exactly
1_200_000_000_000 won, and shown again in 억 원 (조 and 억 from 1조 on), as
the documents write them.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_EVEN, Decimal

from dctracker.domain.errors import InputError

MAN = 10**4
EOK = 10**8
JO = 10**12
# The largest whole number a record can hold: the store keeps amounts and
# counts as SQLite INTEGERs (signed 64-bit), about 9.2 × 10^18 원.
MAX_WHOLE = 2**63 - 1

_SMALL_UNITS = {"십": 10, "백": 100, "천": 1000}
_BIG_UNITS = {"만": MAN, "억": EOK, "조": JO}
_TOKEN = re.compile(r"(?P<num>[\d.,]+)|(?P<unit>[십백천만억조])|\s+")
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_MINUS_SIGNS = ("-", "\u2212")  # NFKC leaves U+2212 MINUS SIGN alone
# Case-insensitive affixes; NFKC has already turned "㎡"/"m²" into "m2", "㏊" into
# "ha" and the full-width "￦" into "₩".
_WON_PREFIXES = ("약", "₩", "KRW")
_WON_SUFFIXES = ("원", "KRW")
_AREA_UNITS = (
    ("평방미터", Decimal(1)),
    ("제곱미터", Decimal(1)),
    ("m2", Decimal(1)),
    ("ha", Decimal(10_000)),
    ("평", Decimal(400) / Decimal(121)),  # 1평 = 400/121 m² by its legal definition
)
_CENT = Decimal("0.01")

_Token = Decimal | str  # a number, or one of the unit characters


class AmountParseError(InputError):
    """A money or area text that cannot be read as a non-negative amount."""


def parse_korean_number(text: str) -> Decimal:
    """Read digits mixed with 십 백 천 만 억 조: "2억5천만" -> 250000000."""
    return _parse_number(_normalize(text), source=text)


def parse_won(text: str) -> int:
    """Read an amount of money such as "약 7,000억 원" or "₩700,000,000,000"."""
    body = _strip_affixes(_normalize(text), _WON_PREFIXES, _WON_SUFFIXES)
    _reject_negative(body, text)
    value = _parse_number(body, source=text)
    if value != value.to_integral_value():
        raise AmountParseError(text, "원 단위 아래 소수가 남습니다", "not a whole number of won")
    return check_whole(int(value), text)


def check_whole(value: int, text: str) -> int:
    """`value` if a record can hold it, else AmountParseError."""
    if abs(value) > MAX_WHOLE:
        raise AmountParseError(
            text,
            f"저장할 수 있는 최대값({MAX_WHOLE:,})보다 큽니다",
            f"larger than the largest storable {MAX_WHOLE:,}",
        )
    return value


def parse_area(text: str) -> float:
    """Read an area in m²; "ha" and "평" are converted, no unit means m².

    "47.256m²" reads as 47.256: whether a dot was meant as a thousands
    separator is a question about the data, not something to guess here.
    """
    body = _strip_affixes(_normalize(text), ("약",), ())
    factor = Decimal(1)
    for unit, unit_factor in _AREA_UNITS:
        if body.lower().endswith(unit):
            body, factor = body[: -len(unit)].strip(), unit_factor
            break
    _reject_negative(body, text)
    return float(_parse_number(body, source=text) * factor)


def format_eok(won: int | None, lang: str = "ko") -> str:
    """Show money in 억 원 ("7,000억 원"), from 1조 on in 조 and 억 ("1조 2,000억 원"),
    or in billions ("700 bn KRW").

    Up to two decimals of 억 are kept, rounded half-even (banker's rounding, as
    Decimal does by default). An amount too small to show that way is written
    out in full won so it never appears as zero.
    """
    if won is None:
        return ""
    _check_lang(lang)
    scaled = _round_cents(Decimal(won) / (EOK if lang == "ko" else 10**9))
    if lang == "en":
        return f"{won:,} KRW" if scaled.is_zero() else f"{_group(scaled)} bn KRW"
    if scaled.is_zero():
        return format_won(won)
    # Split after rounding, so 9,999.999억 becomes "1조 원", never "1조 10,000억".
    jo, eok = divmod(scaled, JO // EOK)
    if jo.is_zero():
        return f"{_group(eok)}억 원"
    return f"{_group(jo)}조 원" if eok.is_zero() else f"{_group(jo)}조 {_group(eok)}억 원"


def format_won(won: int) -> str:
    """Every digit, to show what a form understood: "700,000,000,000원"."""
    return f"{won:,}원"


def format_area(m2: float | None, lang: str = "ko") -> str:
    """ "105,000㎡" (ko) or "105,000 m²" (en), with at most two decimals."""
    if m2 is None:
        return ""
    _check_lang(lang)
    number = _group(_round_cents(Decimal(str(m2))))
    return f"{number}㎡" if lang == "ko" else f"{number} m²"


def _normalize(text: str) -> str:
    """Fold full-width digits and unit symbols, trim whitespace."""
    return unicodedata.normalize("NFKC", text).strip()


def _strip_affixes(text: str, prefixes: tuple[str, ...], suffixes: tuple[str, ...]) -> str:
    for prefix in prefixes:
        if text.upper().startswith(prefix.upper()):
            text = text[len(prefix) :].strip()
    for suffix in suffixes:
        if text.upper().endswith(suffix.upper()):
            text = text[: -len(suffix)].strip()
    return text


def _reject_negative(body: str, source: str) -> None:
    if body.startswith(_MINUS_SIGNS):
        raise AmountParseError(source, "음수는 입력할 수 없습니다", "amounts cannot be negative")


def _parse_number(body: str, source: str) -> Decimal:
    """Sum the 만/억/조 groups; each group is read by _group_value."""
    tokens = _tokenize(body, source)
    if not tokens:
        raise AmountParseError(source, "값이 비어 있습니다", "no number given")
    total = Decimal(0)
    previous_unit: str | None = None
    for group, unit in _split_groups(tokens):
        _check_group_order(previous_unit, unit, source)
        value = _group_value(group, source) if group else Decimal(1)  # a bare "만" is 1만
        _check_group_size(previous_unit, value, source)
        total += value * _BIG_UNITS.get(unit, 1)
        previous_unit = unit
    return total.to_integral_value() if total == total.to_integral_value() else total


def _split_groups(tokens: list[_Token]) -> list[tuple[list[_Token], str]]:
    """Cut after each 만/억/조: "2억5천만 300" -> [2] 억, [5 천] 만, [300] ""."""
    groups: list[tuple[list[_Token], str]] = []
    current: list[_Token] = []
    for token in tokens:
        if isinstance(token, str) and token in _BIG_UNITS:
            groups.append((current, token))
            current = []
        else:
            current.append(token)
    if current:
        groups.append((current, ""))
    return groups


def _tokenize(body: str, source: str) -> list[_Token]:
    tokens: list[_Token] = []
    position = 0
    while position < len(body):
        match = _TOKEN.match(body, position)
        if match is None:
            raise AmountParseError(
                source, f"알 수 없는 글자 '{body[position]}'", f"unexpected '{body[position]}'"
            )
        if match["num"]:
            tokens.append(_to_decimal(match["num"], source))
        elif match["unit"]:
            tokens.append(match["unit"])
        position = match.end()
    return tokens


def _to_decimal(number: str, source: str) -> Decimal:
    if number.count(".") > 1:
        raise AmountParseError(source, "소수점이 두 개 이상입니다", "more than one decimal point")
    if not _NUMBER.fullmatch(number):
        raise AmountParseError(source, f"숫자 형식이 잘못되었습니다 ({number})", f"bad number {number}")
    return Decimal(number.replace(",", ""))


def _check_group_order(previous: str | None, unit: str, source: str) -> None:
    """만/억/조 must shrink from left to right: "1조 2천억", never "억 조"."""
    if previous is not None and _BIG_UNITS.get(unit, 1) >= _BIG_UNITS[previous]:
        raise AmountParseError(
            source,
            f"단위 순서가 잘못되었습니다 ('{previous}' 뒤에 '{unit}')",
            f"units out of order ('{unit}' after '{previous}')",
        )


def _check_group_size(previous: str | None, value: Decimal, source: str) -> None:
    """After 만/억/조 the rest must fit in four digits: "10만 50000" is a typo."""
    if previous is not None and value >= MAN:
        raise AmountParseError(
            source,
            f"'{previous}' 뒤의 값은 1만보다 작아야 합니다",
            f"the part after '{previous}' must be below 10,000",
        )


def _group_value(tokens: list[_Token], source: str) -> Decimal:
    """Read one four-digit group such as "5천", "3천 500", "천2백" or "7,000"."""
    total = Decimal(0)
    pending: Decimal | None = None
    last_unit: int | None = None
    for token in tokens:
        if isinstance(token, Decimal):
            if pending is not None:
                raise AmountParseError(source, "숫자가 단위 없이 이어집니다", "two numbers in a row")
            pending = token
            continue
        unit = _SMALL_UNITS[token]
        if last_unit is not None and unit >= last_unit:
            raise AmountParseError(source, f"'{token}'의 순서가 잘못되었습니다", f"'{token}' out of order")
        total += (Decimal(1) if pending is None else pending) * unit
        pending, last_unit = None, unit
    if pending is not None and last_unit is not None and pending >= last_unit:
        raise AmountParseError(source, "단위 뒤의 숫자가 너무 큽니다", "number after a unit is too large")
    return total + (pending or 0)


def _round_cents(value: Decimal) -> Decimal:
    return value.quantize(_CENT, rounding=ROUND_HALF_EVEN)


def _group(value: Decimal) -> str:
    """Thousands separators, trailing zeros of the decimals dropped."""
    text = f"{value:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _check_lang(lang: str) -> None:
    if lang not in ("ko", "en"):
        raise ValueError(f"unsupported language: {lang!r}")
