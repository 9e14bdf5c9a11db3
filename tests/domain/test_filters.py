"""RecordFilter: statuses and the period a record's dates must touch."""

from __future__ import annotations

from datetime import date

import pytest

from dctracker.domain.dates import PartialDate
from dctracker.domain.filters import Period, RecordFilter
from dctracker.domain.records import ProjectStatus
from dctracker.domain.regions import Region

YEAR_2026 = Period(date(2026, 1, 1), date(2026, 12, 31))


def d(text: str) -> PartialDate:
    return PartialDate.parse(text)


@pytest.mark.parametrize(
    ("first", "last", "touches"),
    [
        ("2026-03-05", None, True),
        ("2025-12-31", None, False),
        ("2027-01-01", None, False),
        ("2025년 4분기", None, False),
        ("2025년 하반기", "2026년 1월", True),  # a span reaching into the period
        ("2024", "2030", True),  # a span around the whole period
        ("2026년 12월", None, True),
        ("2025", None, False),
        (None, "2026-06", True),  # only a finish: that month
    ],
)
def test_period_touches_the_days_a_partial_date_covers(
    first: str | None, last: str | None, touches: bool
) -> None:
    start = d(first) if first else None
    finish = d(last) if last else None
    assert YEAR_2026.touches(start, finish) is touches


def test_a_quarter_touches_a_period_that_starts_on_its_last_day() -> None:
    assert Period(date(2026, 9, 30), date.max).touches(d("2026 3분기"))
    assert not Period(date(2026, 10, 1), date.max).touches(d("2026 3분기"))


def test_no_dates_touch_no_period() -> None:
    assert not Period(date.min, date.max).touches(None, None)


def test_statuses_none_means_all() -> None:
    assert RecordFilter().matches_status(ProjectStatus.CANCELLED)
    only = RecordFilter(statuses=frozenset({ProjectStatus.IN_PROGRESS}))
    assert only.matches_status(ProjectStatus.IN_PROGRESS)
    assert not only.matches_status(ProjectStatus.PLANNED)


def test_filters_stay_hashable_and_equal_by_value() -> None:
    a = RecordFilter(
        Region.JEONNAM, frozenset({"광양시"}), "데이터", frozenset({ProjectStatus.PLANNED}), YEAR_2026
    )
    b = RecordFilter(
        Region.JEONNAM,
        frozenset({"광양시"}),
        "데이터",
        frozenset({ProjectStatus.PLANNED}),
        Period(date(2026, 1, 1), date(2026, 12, 31)),
    )
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a != RecordFilter(Region.JEONNAM, frozenset({"광양시"}), "데이터")
