"""Money and area: Korean number spellings in, 억 원 and ㎡ out."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dctracker.domain.money import (
    EOK,
    JO,
    MAN,
    AmountParseError,
    format_area,
    format_eok,
    format_won,
    parse_area,
    parse_korean_number,
    parse_won,
)


def test_unit_constants() -> None:
    assert (MAN, EOK, JO) == (10_000, 100_000_000, 1_000_000_000_000)


NUMBERS = [
    ("0", "0"),
    ("7", "7"),
    ("105000", "105000"),
    ("105,000", "105000"),
    ("1,234,567.89", "1234567.89"),
    ("0.5", "0.5"),
    ("3천", "3000"),
    ("천", "1000"),
    ("십", "10"),
    ("5백", "500"),
    ("천2백", "1200"),
    ("3천 500", "3500"),
    ("3천5백2십7", "3527"),
    ("만", "10000"),
    ("십만", "100000"),
    ("천만", "10000000"),
    ("5백만", "5000000"),
    ("10만 5000", "105000"),
    ("10만5000", "105000"),
    ("1.5만", "15000"),
    ("240억", "24000000000"),
    ("7000억", "700000000000"),
    ("7,000억", "700000000000"),
    ("12,000억", "1200000000000"),
    ("2억5천만", "250000000"),
    ("2억 5천만", "250000000"),
    ("3.5억", "350000000"),
    ("0.5억", "50000000"),
    ("1.2조", "1200000000000"),
    ("1조 2천억", "1200000000000"),
    ("1조2천억", "1200000000000"),
    ("1조 5000만", "1000050000000"),
    ("1조 2천억 3천만 4000", "1200030004000"),
    ("１．２조", "1200000000000"),  # full-width digits and point
    ("  3천  ", "3000"),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS)
def test_parse_korean_number(text: str, expected: str) -> None:
    assert parse_korean_number(text) == Decimal(expected)


def test_parse_korean_number_is_exact() -> None:
    value = parse_korean_number("1.2조")
    assert value == 1_200_000_000_000
    assert str(value) == "1200000000000"  # no float noise, no trailing ".0"


BAD_NUMBERS = [
    ("", "no number given"),
    ("   ", "no number given"),
    ("abc", "unexpected 'a'"),
    ("일억", "unexpected '일'"),  # Hangul digits are not supported
    ("₩100", "unexpected '₩'"),  # currency belongs to parse_won
    ("-5", "unexpected '-'"),
    ("1.2.3조", "more than one decimal point"),
    ("1..2", "more than one decimal point"),
    ("1,00", "bad number 1,00"),
    ("1,0000", "bad number 1,0000"),
    ("5.", "bad number 5."),
    (".5", "bad number .5"),
    (",5", "bad number ,5"),
    ("억 조", "units out of order ('조' after '억')"),
    ("1억 1조", "units out of order ('조' after '억')"),
    ("만 억", "units out of order ('억' after '만')"),
    ("1만 2만", "units out of order ('만' after '만')"),
    ("조조", "units out of order ('조' after '조')"),
    ("백천", "'천' out of order"),
    ("5십5백", "'백' out of order"),
    ("10 5000", "two numbers in a row"),
    ("3천 5000", "number after a unit is too large"),
    ("10만 50000", "the part after '만' must be below 10,000"),
    ("1조 12,000억", "the part after '조' must be below 10,000"),
]


@pytest.mark.parametrize(("text", "reason_en"), BAD_NUMBERS)
def test_parse_korean_number_rejects(text: str, reason_en: str) -> None:
    with pytest.raises(AmountParseError) as caught:
        parse_korean_number(text)
    error = caught.value
    assert f"'{text}'" in error.message_ko
    assert f"'{text}'" in error.message_en
    assert reason_en in error.message_en
    assert error.text == text


def test_error_carries_both_languages() -> None:
    with pytest.raises(ValueError) as caught:  # a ValueError subclass
        parse_won("-5억")
    error = caught.value
    assert isinstance(error, AmountParseError)
    assert error.message_ko == "'-5억'을(를) 읽을 수 없습니다: 음수는 입력할 수 없습니다"
    assert error.message_en == "cannot read '-5억': amounts cannot be negative"
    assert str(error) == f"{error.message_ko} ({error.message_en})"


WON = [
    ("7000억 원", 700_000_000_000),
    ("7000억원", 700_000_000_000),
    ("7,000억원", 700_000_000_000),
    ("7,000억 원", 700_000_000_000),
    ("3,000억", 300_000_000_000),
    ("1.2조", 1_200_000_000_000),
    ("1.2조원", 1_200_000_000_000),
    ("1.2 조 원", 1_200_000_000_000),
    ("240억 원", 24_000_000_000),
    ("약 240억원", 24_000_000_000),
    ("약240억 원", 24_000_000_000),
    ("1조 2천억", 1_200_000_000_000),
    ("1조 2천억 원", 1_200_000_000_000),
    ("12,000억 원", 1_200_000_000_000),
    ("700000000000", 700_000_000_000),
    ("700,000,000,000원", 700_000_000_000),
    ("₩700,000,000,000", 700_000_000_000),
    ("￦700,000,000,000", 700_000_000_000),  # full-width won sign
    ("₩ 1,000", 1_000),
    ("KRW 1,000", 1_000),
    ("krw1000", 1_000),
    ("1,000 KRW", 1_000),
    ("5백만원", 5_000_000),
    ("3.5억", 350_000_000),
    ("0.5억 원", 50_000_000),
    ("1,234.57억 원", 123_457_000_000),
    ("2억5천만 원", 250_000_000),
    ("10만 5000원", 105_000),
    ("0원", 0),
    ("  ７,０００억 원  ", 700_000_000_000),
]


@pytest.mark.parametrize(("text", "expected"), WON)
def test_parse_won(text: str, expected: int) -> None:
    value = parse_won(text)
    assert value == expected
    assert type(value) is int


BAD_WON = [
    ("", "no number given"),
    ("원", "no number given"),
    ("약", "no number given"),
    ("₩", "no number given"),
    ("-5억", "amounts cannot be negative"),
    ("−5억 원", "amounts cannot be negative"),  # U+2212 MINUS SIGN
    ("－5억", "amounts cannot be negative"),  # full-width hyphen-minus
    ("₩-1,000", "amounts cannot be negative"),
    ("0.5원", "not a whole number of won"),
    ("1.5", "not a whole number of won"),
    ("1.234567891억", "not a whole number of won"),
    ("3,000억 달러", "unexpected '달'"),
    ("$100", "unexpected '$'"),
    ("칠천억 원", "unexpected '칠'"),
    ("1.2.3조 원", "more than one decimal point"),
    ("억 조 원", "units out of order"),
    ("7000억 원 원", "unexpected '원'"),
    ("미정", "unexpected '미'"),
]


@pytest.mark.parametrize(("text", "reason_en"), BAD_WON)
def test_parse_won_rejects(text: str, reason_en: str) -> None:
    with pytest.raises(AmountParseError) as caught:
        parse_won(text)
    assert f"'{text}'" in caught.value.message_ko
    assert f"'{text}'" in caught.value.message_en
    assert reason_en in caught.value.message_en


EOK_TEXTS = [
    (700_000_000_000, "7,000억 원", "700 bn KRW"),
    (300_000_000_000, "3,000억 원", "300 bn KRW"),
    (24_000_000_000, "240억 원", "24 bn KRW"),
    # From 1조 on, officials read 조 and 억 ("1조 2,000억 원"), never "12,000억 원".
    (1_200_000_000_000, "1조 2,000억 원", "1,200 bn KRW"),
    (1_000_000_000_000, "1조 원", "1,000 bn KRW"),
    (12_345_678_000_000, "12조 3,456.78억 원", "12,345.68 bn KRW"),
    (2_000_050_000_000, "2조 0.5억 원", "2,000.05 bn KRW"),
    (999_999_999_999, "1조 원", "1,000 bn KRW"),  # 9,999.99999…억 rounds up to a whole 조
    (10_000_000_000_000_000, "10,000조 원", "10,000,000 bn KRW"),
    (100_000_000, "1억 원", "0.1 bn KRW"),
    (50_000_000, "0.5억 원", "0.05 bn KRW"),
    (350_000_000, "3.5억 원", "0.35 bn KRW"),
    (123_456_789_012, "1,234.57억 원", "123.46 bn KRW"),
    (12_500_000, "0.12억 원", "0.01 bn KRW"),  # half-even: 0.125 -> 0.12, 0.0125 -> 0.01
    (13_500_000, "0.14억 원", "0.01 bn KRW"),  # half-even: 0.135 -> 0.14
    (0, "0원", "0 KRW"),
    (300_000, "300,000원", "300,000 KRW"),  # too small for 억: shown in full, never as 0
    (1, "1원", "1 KRW"),
]


@pytest.mark.parametrize(("won", "ko", "en"), EOK_TEXTS)
def test_format_eok(won: int, ko: str, en: str) -> None:
    assert format_eok(won) == ko
    assert format_eok(won, "ko") == ko
    assert format_eok(won, "en") == en


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_format_eok_of_nothing_is_blank(lang: str) -> None:
    assert format_eok(None, lang) == ""


@pytest.mark.parametrize(
    "won",
    [
        0,
        1,
        300_000,
        50_000_000,
        24_000_000_000,
        700_000_000_000,
        1_200_000_000_000,
        3_141_000_000,
        12_345_678_000_000,
        2_000_050_000_000,
    ],
)
def test_format_eok_parses_back(won: int) -> None:
    assert parse_won(format_eok(won)) == won


@pytest.mark.parametrize(
    ("won", "text"),
    [
        (700_000_000_000, "700,000,000,000원"),
        (1_000, "1,000원"),
        (999, "999원"),
        (0, "0원"),
    ],
)
def test_format_won(won: int, text: str) -> None:
    assert format_won(won) == text
    assert parse_won(text) == won


AREAS = [
    ("105,000㎡", 105_000.0),
    ("105000㎡", 105_000.0),
    ("10만 5000㎡", 105_000.0),
    ("105000 m2", 105_000.0),
    ("105,000 m²", 105_000.0),
    ("105,000 M2", 105_000.0),
    ("105000평방미터", 105_000.0),
    ("105,000 제곱미터", 105_000.0),
    ("47,256m²", 47_256.0),
    ("47.256m²", 47.256),  # seed typo: read as written, the data decides
    ("약 105,000㎡", 105_000.0),
    ("105000", 105_000.0),
    ("3.5ha", 35_000.0),
    ("3.5 ha", 35_000.0),
    ("2㏊", 20_000.0),
    ("121평", 400.0),
    ("1만평", 10_000 * 400 / 121),
    ("3,000평", 3_000 * 400 / 121),
    ("0.5㎡", 0.5),
    ("0㎡", 0.0),
    ("１０５，０００㎡", 105_000.0),
]


@pytest.mark.parametrize(("text", "expected"), AREAS)
def test_parse_area(text: str, expected: float) -> None:
    assert parse_area(text) == pytest.approx(expected, rel=1e-12)


BAD_AREAS = [
    ("", "no number given"),
    ("㎡", "no number given"),
    ("-100㎡", "amounts cannot be negative"),
    ("−3ha", "amounts cannot be negative"),
    ("abc㎡", "unexpected 'a'"),
    ("0abc", "unexpected 'a'"),
    ("105,000 km2", "unexpected 'k'"),
    ("47.256.1m²", "more than one decimal point"),
    ("10만 50000㎡", "the part after '만' must be below 10,000"),
    ("105,000 정도", "unexpected '정'"),
]


@pytest.mark.parametrize(("text", "reason_en"), BAD_AREAS)
def test_parse_area_rejects(text: str, reason_en: str) -> None:
    with pytest.raises(AmountParseError) as caught:
        parse_area(text)
    assert f"'{text}'" in caught.value.message_ko
    assert f"'{text}'" in caught.value.message_en
    assert reason_en in caught.value.message_en


AREA_TEXTS = [
    (105_000.0, "105,000㎡", "105,000 m²"),
    (105_000, "105,000㎡", "105,000 m²"),
    (47_256.0, "47,256㎡", "47,256 m²"),
    (47.256, "47.26㎡", "47.26 m²"),
    (0.5, "0.5㎡", "0.5 m²"),
    (1234.125, "1,234.12㎡", "1,234.12 m²"),  # half-even
    (33_057.85123966942, "33,057.85㎡", "33,057.85 m²"),
    (0.0, "0㎡", "0 m²"),
]


@pytest.mark.parametrize(("m2", "ko", "en"), AREA_TEXTS)
def test_format_area(m2: float, ko: str, en: str) -> None:
    assert format_area(m2) == ko
    assert format_area(m2, "ko") == ko
    assert format_area(m2, "en") == en


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_format_area_of_nothing_is_blank(lang: str) -> None:
    assert format_area(None, lang) == ""


@pytest.mark.parametrize("m2", [105_000.0, 47_256.0, 0.5, 1_234.25, 35_000.0])
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_format_area_parses_back(m2: float, lang: str) -> None:
    assert parse_area(format_area(m2, lang)) == m2


@pytest.mark.parametrize("formatter", [format_eok, format_area])
def test_formatters_reject_unknown_language(formatter: object) -> None:
    with pytest.raises(ValueError, match="fr"):
        formatter(1, "fr")  # type: ignore[operator]
