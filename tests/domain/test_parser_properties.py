"""Issue 12, guarded for good: what the program writes it reads back, and no
text makes a parser fail with anything but its own error."""

from __future__ import annotations

import calendar
import contextlib
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from dctracker.domain.dates import DateParseError, PartialDate, Precision
from dctracker.domain.money import (
    MAX_WHOLE,
    AmountParseError,
    format_area,
    format_eok,
    format_won,
    parse_area,
    parse_korean_number,
    parse_won,
)
from dctracker.domain.text import clean_text, has_control_characters

# Text as files and keyboards bring it: any character, and the ones that cause trouble.
hostile_text = st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from("0123456789,.-−억조만천백십원약₩KRW㎡m2평ha년월일분기상하반Q H까지by ")),
    st.text().map(lambda t: unicodedata.normalize("NFD", t)),
)


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    precision = draw(st.sampled_from(list(Precision)))
    year = draw(st.integers(1900, 2200))
    until = draw(st.booleans())
    if precision is Precision.YEAR:
        return PartialDate(year, precision, until=until)
    months = {Precision.QUARTER: [1, 4, 7, 10], Precision.HALF: [1, 7]}.get(precision, list(range(1, 13)))
    month = draw(st.sampled_from(months))
    if precision is not Precision.DAY:
        return PartialDate(year, precision, month, until=until)
    day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
    return PartialDate(year, precision, month, day, until=until)


@given(partial_dates(), st.sampled_from(["ko", "en"]))
def test_a_partial_date_reads_back_from_its_text(value: PartialDate, lang: str) -> None:
    assert PartialDate.parse(value.to_text(lang)) == value
    assert PartialDate.from_value(value.to_value()) == value


@given(st.integers(0, MAX_WHOLE))
def test_money_reads_back_from_its_full_text(won: int) -> None:
    assert parse_won(format_won(won)) == won


@given(st.integers(0, MAX_WHOLE // 10**6))
def test_money_in_eok_reads_back_when_it_has_two_decimals(millions: int) -> None:
    won = millions * 10**6  # 0.01억 원: what the 억 원 text keeps exactly
    assert parse_won(format_eok(won)) == won


@given(st.integers(0, 10**13), st.sampled_from(["ko", "en"]))
def test_an_area_reads_back_from_its_text(cents: int, lang: str) -> None:
    m2 = cents / 100
    assert parse_area(format_area(m2, lang)) == m2


@given(hostile_text)
def test_money_and_area_parsers_raise_only_their_own_error(text: str) -> None:
    for parse in (parse_won, parse_area, parse_korean_number):
        try:
            value = parse(text)
        except AmountParseError:
            continue
        if parse is parse_won:
            assert 0 <= value <= MAX_WHOLE


@given(hostile_text)
def test_the_date_parser_raises_only_its_own_error(text: str) -> None:
    with contextlib.suppress(DateParseError):
        PartialDate.parse(text)


@given(hostile_text)
def test_clean_text_is_composed_free_of_controls_and_stable(text: str) -> None:
    cleaned = clean_text(text)
    assert unicodedata.is_normalized("NFC", cleaned)
    assert not has_control_characters(cleaned)
    assert clean_text(cleaned) == cleaned
