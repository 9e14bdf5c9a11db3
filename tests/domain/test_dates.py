"""PartialDate: the spellings officials type, intervals, storage and display."""

from __future__ import annotations

from datetime import date

import pytest

from dctracker.domain.dates import DateParseError, PartialDate, Precision, parse_optional

D, M, Q, H, Y = Precision.DAY, Precision.MONTH, Precision.QUARTER, Precision.HALF, Precision.YEAR


def day(y: int, m: int, d: int, until: bool = False) -> PartialDate:
    return PartialDate(y, D, m, d, until)


def month(y: int, m: int, until: bool = False) -> PartialDate:
    return PartialDate(y, M, m, until=until)


def quarter(y: int, q: int, until: bool = False) -> PartialDate:
    return PartialDate(y, Q, 3 * q - 2, until=until)


def half(y: int, h: int, until: bool = False) -> PartialDate:
    return PartialDate(y, H, 1 if h == 1 else 7, until=until)


def year(y: int, until: bool = False) -> PartialDate:
    return PartialDate(y, Y, until=until)


PARSE_CASES = [
    # days
    ("2025-03-31", day(2025, 3, 31)),
    ("2025/3/31", day(2025, 3, 31)),
    ("2025.3.31", day(2025, 3, 31)),
    ("2025. 3. 31.", day(2025, 3, 31)),
    ("2025.03.31.", day(2025, 3, 31)),
    ("2025 . 03 . 31", day(2025, 3, 31)),
    ("20250331", day(2025, 3, 31)),
    ("2025년 3월 31일", day(2025, 3, 31)),
    ("2025년3월31일", day(2025, 3, 31)),
    ("2024-02-29", day(2024, 2, 29)),
    ("  2025-01-05  ", day(2025, 1, 5)),
    ("２０２５－０３－３１", day(2025, 3, 31)),  # full-width digits and hyphen
    ("２０２５. ３. ３１.", day(2025, 3, 31)),
    # months
    ("2025-06", month(2025, 6)),
    ("2025.06", month(2025, 6)),
    ("2025. 6.", month(2025, 6)),
    ("2025/6", month(2025, 6)),
    ("2025년 3월", month(2025, 3)),
    ("2025년 12월", month(2025, 12)),
    ("2025년3월", month(2025, 3)),
    ("2025년 3월 말", month(2025, 3)),
    ("2025년 3월 초", month(2025, 3)),
    ("Jun 2025", month(2025, 6)),
    ("June 2025", month(2025, 6)),
    ("sep. 2025", month(2025, 9)),
    ("２０２５년　３월", month(2025, 3)),  # ideographic space
    # quarters
    ("2025년 3분기", quarter(2025, 3)),
    ("2025년 1분기", quarter(2025, 1)),
    ("2025 4분기", quarter(2025, 4)),
    ("2025년 3/4분기", quarter(2025, 3)),
    ("2025 Q3", quarter(2025, 3)),
    ("2025-Q3", quarter(2025, 3)),
    ("2025Q2", quarter(2025, 2)),
    ("2025 q1", quarter(2025, 1)),
    ("3Q 2025", quarter(2025, 3)),
    ("Q3 2025", quarter(2025, 3)),
    # halves
    ("2025년 상반기", half(2025, 1)),
    ("2025년 하반기", half(2025, 2)),
    ("2025 상반기", half(2025, 1)),
    ("2025년상반기", half(2025, 1)),
    ("2025년 전반기", half(2025, 1)),
    ("2025년 후반기", half(2025, 2)),
    ("2025 H1", half(2025, 1)),
    ("2025-H2", half(2025, 2)),
    ("2025h2", half(2025, 2)),
    ("H1 2025", half(2025, 1)),
    ("2025년 초", half(2025, 1)),
    ("2025년 말", half(2025, 2)),
    ("2025년말", half(2025, 2)),
    # years
    ("2030년", year(2030)),
    ("2030", year(2030)),
    ("2025년도", year(2025)),
    ("2025년 중", year(2025)),
    ("１９００", year(1900)),
    ("2200년", year(2200)),
    # upper bounds
    ("2030년까지", year(2030, until=True)),
    ("2030년 까지", year(2030, until=True)),
    ("~2030", year(2030, until=True)),
    ("~ 2030년", year(2030, until=True)),
    ("～2030", year(2030, until=True)),  # full-width tilde
    ("..2030", year(2030, until=True)),
    ("by 2030", year(2030, until=True)),
    ("2025년 상반기까지", half(2025, 1, until=True)),
    ("2025년 말까지", half(2025, 2, until=True)),
    ("2025-06까지", month(2025, 6, until=True)),
    ("2025. 3. 31.까지", day(2025, 3, 31, until=True)),
    ("2025 Q3 까지", quarter(2025, 3, until=True)),
    ("..2025-H1", half(2025, 1, until=True)),
    ("by H2 2025", half(2025, 2, until=True)),
]


@pytest.mark.parametrize(("text", "expected"), PARSE_CASES)
def test_parse(text: str, expected: PartialDate) -> None:
    assert PartialDate.parse(text) == expected


BAD_TEXTS = [
    "",
    "   ",
    "abc",
    "내년",
    "2025-02-30",
    "2023-02-29",
    "2025-13",
    "2025-13-01",
    "2025-00",
    "2025-04-31",
    "2025년 13월",
    "2025년 5분기",
    "2025 Q0",
    "2025 H3",
    "1899",
    "2201년",
    "25-03-31",
    "2025.3.31.4",
    "2025-03/31",  # mixed separators
    "20251340",
    "까지",
    "~",
    "Foo 2025",
    "2025년 상반기 하반기",
    "2025-06-01 ~ 2025-06-30",
]


@pytest.mark.parametrize("text", BAD_TEXTS)
def test_parse_rejects_and_names_the_text(text: str) -> None:
    with pytest.raises(DateParseError) as caught:
        PartialDate.parse(text)
    error = caught.value
    assert f"'{text}'" in error.message_ko
    assert f"'{text}'" in error.message_en
    assert error.text == text


def test_error_carries_both_languages() -> None:
    with pytest.raises(ValueError) as caught:  # a ValueError subclass
        PartialDate.parse("2025-02-30")
    error = caught.value
    assert isinstance(error, DateParseError)
    assert error.message_ko == "'2025-02-30'은(는) 올바른 날짜가 아닙니다: 없는 날짜입니다"
    assert error.message_en == "'2025-02-30' is not a valid date: no such day"
    assert str(error) == f"{error.message_ko} ({error.message_en})"


@pytest.mark.parametrize(
    ("text", "reason_en"),
    [
        ("", "the date is empty"),
        ("abc", "unknown format"),
        ("2025 Q5", "quarter must be 1..4"),
        ("2025 H3", "half must be 1 or 2"),
        ("1899", "year must be 1900..2200"),
        ("2025-13", "month must be 1..12"),
        ("Foo 2025", "unknown month 'Foo'"),
    ],
)
def test_error_reason(text: str, reason_en: str) -> None:
    with pytest.raises(DateParseError) as caught:
        PartialDate.parse(text)
    assert reason_en in caught.value.message_en


@pytest.mark.parametrize(
    ("kwargs", "reason_en"),
    [
        ({"year": 2025, "precision": D, "month": 2, "day": 30}, "no such day"),
        ({"year": 2025, "precision": D, "month": 3}, "no such day"),
        ({"year": 2025, "precision": D, "day": 3}, "month must be 1..12"),
        ({"year": 2025, "precision": M, "month": 13}, "month must be 1..12"),
        ({"year": 2025, "precision": M, "month": 3, "day": 1}, "only day dates have a day"),
        ({"year": 2025, "precision": Q, "month": 2}, "quarter month is 1/4/7/10"),
        ({"year": 2025, "precision": H, "month": 4}, "a half is stored as month 1 or 7"),
        ({"year": 2025, "precision": Y, "month": 1}, "a year date has no month"),
        ({"year": 1899, "precision": Y}, "year must be 1900..2200"),
        ({"year": 2201, "precision": Y}, "year must be 1900..2200"),
        ({"year": 2025, "precision": "week"}, "unknown precision 'week'"),
    ],
)
def test_constructor_validates(kwargs: dict[str, object], reason_en: str) -> None:
    with pytest.raises(DateParseError) as caught:
        PartialDate(**kwargs)  # type: ignore[arg-type]
    assert reason_en in caught.value.message_en


def test_constructor_accepts_stored_precision_string() -> None:
    restored = PartialDate(2025, "half", 7)  # type: ignore[arg-type]
    assert restored == half(2025, 2)
    assert restored.precision is Precision.HALF


INTERVALS = [
    (day(2025, 3, 31), date(2025, 3, 31), date(2025, 3, 31)),
    (month(2025, 2), date(2025, 2, 1), date(2025, 2, 28)),
    (month(2024, 2), date(2024, 2, 1), date(2024, 2, 29)),
    (month(2025, 12), date(2025, 12, 1), date(2025, 12, 31)),
    (quarter(2025, 1), date(2025, 1, 1), date(2025, 3, 31)),
    (quarter(2025, 2), date(2025, 4, 1), date(2025, 6, 30)),
    (quarter(2025, 3), date(2025, 7, 1), date(2025, 9, 30)),
    (quarter(2025, 4), date(2025, 10, 1), date(2025, 12, 31)),
    (half(2025, 1), date(2025, 1, 1), date(2025, 6, 30)),
    (half(2025, 2), date(2025, 7, 1), date(2025, 12, 31)),
    (year(2030), date(2030, 1, 1), date(2030, 12, 31)),
    (year(2030, until=True), date(2030, 1, 1), date(2030, 12, 31)),
    (half(2025, 1, until=True), date(2025, 1, 1), date(2025, 6, 30)),
]


@pytest.mark.parametrize(("value", "start", "end"), INTERVALS)
def test_interval(value: PartialDate, start: date, end: date) -> None:
    assert (value.start(), value.end()) == (start, end)


@pytest.mark.parametrize(("value", "start", "end"), INTERVALS)
def test_contains(value: PartialDate, start: date, end: date) -> None:
    assert value.contains(start)
    assert value.contains(end)
    assert not value.contains(date.fromordinal(start.toordinal() - 1))
    assert not value.contains(date.fromordinal(end.toordinal() + 1))


@pytest.mark.parametrize(
    ("value", "as_of", "past"),
    [
        (half(2025, 1), date(2025, 6, 30), False),  # the last day still counts
        (half(2025, 1), date(2025, 7, 1), True),
        (half(2025, 1), date(2025, 3, 1), False),
        (day(2025, 3, 31), date(2025, 3, 31), False),
        (day(2025, 3, 31), date(2025, 4, 1), True),
        (year(2030, until=True), date(2030, 12, 31), False),
        (year(2030, until=True), date(2031, 1, 1), True),
        (quarter(2025, 3), date(2025, 10, 1), True),
        (month(2025, 6), date(2025, 6, 15), False),
    ],
)
def test_is_past(value: PartialDate, as_of: date, past: bool) -> None:
    assert value.is_past(as_of) is past


VALUES = [
    (day(2025, 3, 31), "2025-03-31"),
    (day(2025, 1, 5), "2025-01-05"),
    (month(2025, 6), "2025-06"),
    (quarter(2025, 3), "2025-Q3"),
    (quarter(2025, 1), "2025-Q1"),
    (half(2025, 1), "2025-H1"),
    (half(2025, 2), "2025-H2"),
    (year(2025), "2025"),
    (year(2030, until=True), "..2030"),
    (half(2025, 1, until=True), "..2025-H1"),
    (day(2025, 3, 31, until=True), "..2025-03-31"),
    (month(2025, 6, until=True), "..2025-06"),
]


@pytest.mark.parametrize(("value", "stored"), VALUES)
def test_to_value(value: PartialDate, stored: str) -> None:
    assert value.to_value() == stored


@pytest.mark.parametrize(("value", "stored"), VALUES)
def test_from_value_round_trip(value: PartialDate, stored: str) -> None:
    assert PartialDate.from_value(stored) == value
    assert PartialDate.from_value(value.to_value()) == value
    assert PartialDate.parse(value.to_value()) == value


@pytest.mark.parametrize(
    "stored",
    ["", "2025-3", "2025-q3", "2025/06", "2025.06", "...2030", "2025..", "2025-Q5", "2025-H3",
     "2025-02-30", "2025년", " 2025", "2025-06-1"],
)  # fmt: skip
def test_from_value_is_strict(stored: str) -> None:
    with pytest.raises(DateParseError) as caught:
        PartialDate.from_value(stored)
    assert f"'{stored}'" in caught.value.message_en


TEXTS = [
    (day(2025, 3, 31), "2025. 3. 31.", "2025-03-31"),
    (day(2025, 11, 5), "2025. 11. 5.", "2025-11-05"),
    (month(2025, 6), "2025년 6월", "Jun 2025"),
    (month(2025, 12), "2025년 12월", "Dec 2025"),
    (quarter(2025, 3), "2025년 3분기", "Q3 2025"),
    (half(2025, 1), "2025년 상반기", "H1 2025"),
    (half(2025, 2), "2025년 하반기", "H2 2025"),
    (year(2025), "2025년", "2025"),
    (year(2030, until=True), "2030년까지", "by 2030"),
    (half(2025, 1, until=True), "2025년 상반기까지", "by H1 2025"),
    (day(2025, 3, 31, until=True), "2025. 3. 31.까지", "by 2025-03-31"),
    (quarter(2026, 2, until=True), "2026년 2분기까지", "by Q2 2026"),
]


@pytest.mark.parametrize(("value", "ko", "en"), TEXTS)
def test_to_text(value: PartialDate, ko: str, en: str) -> None:
    assert value.to_text() == ko
    assert value.to_text("ko") == ko
    assert value.to_text("en") == en
    assert str(value) == ko


@pytest.mark.parametrize(("value", "ko", "en"), TEXTS)
def test_display_text_parses_back(value: PartialDate, ko: str, en: str) -> None:
    assert PartialDate.parse(ko) == value
    assert PartialDate.parse(en) == value


def test_to_text_rejects_unknown_language() -> None:
    with pytest.raises(ValueError, match="fr"):
        year(2025).to_text("fr")


def test_sorting_mixed_precisions() -> None:
    shuffled = [
        year(2030, until=True),
        day(2025, 6, 30),
        year(2025),
        half(2025, 1),
        quarter(2025, 2),
        month(2025, 6),
        day(2025, 3, 31),
        year(2030),
        half(2025, 2),
    ]
    assert sorted(shuffled) == [
        day(2025, 3, 31),
        half(2025, 1),  # same end as Q2, June and 06-30: the widest comes first
        quarter(2025, 2),
        month(2025, 6),
        day(2025, 6, 30),
        year(2025),
        half(2025, 2),
        year(2030),
        year(2030, until=True),
    ]


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        (day(2025, 6, 29), half(2025, 1)),
        (half(2025, 1), day(2025, 7, 1)),
        (quarter(2025, 3), half(2025, 2)),
        (year(2024), month(2025, 1)),
        (year(2030), year(2030, until=True)),
    ],
)
def test_comparisons(earlier: PartialDate, later: PartialDate) -> None:
    assert earlier < later
    assert earlier <= later
    assert later > earlier
    assert later >= earlier
    assert earlier != later


def test_equality_is_structural_and_hashable() -> None:
    assert PartialDate.parse("2025년 상반기") == PartialDate.parse("2025 H1")
    assert PartialDate.parse("2030") != PartialDate.parse("2030년까지")
    assert PartialDate.parse("2025-06") <= month(2025, 6)
    assert len({half(2025, 1), PartialDate.parse("2025-H1"), year(2025)}) == 2


def test_comparison_with_other_types_is_unsupported() -> None:
    with pytest.raises(TypeError):
        _ = year(2025) < date(2025, 1, 1)  # type: ignore[operator]
    assert year(2025) != "2025"


@pytest.mark.parametrize("d", [date(2025, 3, 31), date(2024, 2, 29), date(1900, 1, 1)])
def test_from_date(d: date) -> None:
    value = PartialDate.from_date(d)
    assert value == PartialDate(d.year, Precision.DAY, d.month, d.day)
    assert value.start() == value.end() == d


@pytest.mark.parametrize(
    ("text", "expected"),
    [(None, None), ("", None), ("   ", None), ("\u3000", None), ("2025 H1", half(2025, 1))],
)
def test_parse_optional(text: str | None, expected: PartialDate | None) -> None:
    assert parse_optional(text) == expected


def test_parse_optional_still_rejects_garbage() -> None:
    with pytest.raises(DateParseError, match="garbage"):
        parse_optional("garbage")


def test_the_remembered_storage_form_follows_the_fields() -> None:
    """to_value() is worked out once per instance; a used date still equals,
    hashes and copies like a fresh one."""
    from dataclasses import replace

    used = PartialDate.parse("2030")
    assert used.to_value() == "2030"
    fresh = PartialDate.parse("2030")
    assert used == fresh and hash(used) == hash(fresh) and repr(used) == repr(fresh)
    assert replace(used, until=True).to_value() == "..2030"
