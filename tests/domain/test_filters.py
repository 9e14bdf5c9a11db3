"""RecordFilter: statuses and the period a record's dates must touch."""

from __future__ import annotations

from datetime import date

import pytest

from dctracker.domain.dates import PartialDate
from dctracker.domain.filters import Period, RecordFilter, projects_kept_by_period
from dctracker.domain.records import Milestone, Mou, Project, ProjectStatus
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


def _mou(signed: str | None = None, deadline: str | None = None, projects: tuple[int, ...] = ()) -> Mou:
    return Mou(
        title="협약",
        signed_on=d(signed) if signed else None,
        deadline=d(deadline) if deadline else None,
        realized_as_of=d("2026-06"),  # when the realized figures were counted: not a date of the MOU
        project_ids=list(projects),
    )


def test_statuses_keep_an_mou_by_its_linked_projects() -> None:
    only = RecordFilter(statuses=frozenset({ProjectStatus.IN_PROGRESS}))
    assert only.keeps_mou(_mou(projects=(1, 2)), in_statuses={2}, in_period=set())
    assert not only.keeps_mou(_mou(projects=(1,)), in_statuses={2}, in_period=set())
    assert not only.keeps_mou(_mou(), in_statuses={2}, in_period=set())  # linked to no project
    assert RecordFilter().keeps_mou(_mou(), in_statuses=set(), in_period=set())


@pytest.mark.parametrize(
    ("signed", "deadline", "projects", "kept"),
    [
        ("2026-03", None, (), True),  # signed in the period
        ("2024-05", "2026년 하반기", (), True),  # due in the period
        (None, "2026년까지", (), True),
        ("2024-05", "2028", (), False),  # in force over 2026, but neither signed nor due then
        ("2024-05", None, (7,), True),  # its project is kept by the period
        ("2024-05", None, (8,), False),
        (None, None, (), False),  # undated and unlinked; realized_as_of does not count
    ],
)
def test_period_keeps_an_mou_signed_or_due_in_it_or_with_a_project_in_it(
    signed: str | None, deadline: str | None, projects: tuple[int, ...], kept: bool
) -> None:
    f = RecordFilter(period=YEAR_2026)
    assert f.keeps_mou(_mou(signed, deadline, projects), in_statuses=set(), in_period={7}) is kept


def test_projects_kept_by_a_period_by_planned_span_or_a_milestone() -> None:
    projects = [
        Project(id=1, name="a", region=Region.JEONNAM, planned_start=d("2024"), planned_finish=d("2026-02")),
        Project(id=2, name="b", region=Region.JEONNAM, planned_start=d("2020"), planned_finish=d("2021")),
        Project(id=3, name="c", region=Region.JEONNAM),
    ]
    milestones = [Milestone(project_id=3, title="착공", baseline=d("2025"), forecast=d("2026년 1분기"))]
    assert projects_kept_by_period(YEAR_2026, projects, milestones) == {1, 3}


def test_period_between_two_dates_leaves_a_missing_end_open() -> None:
    assert Period.between(d("2025년 상반기"), d("2026-03")) == Period(date(2025, 1, 1), date(2026, 3, 31))
    assert Period.between(d("2025"), None) == Period(date(2025, 1, 1), date.max)
    assert Period.between(None, d("2030년까지")) == Period(date.min, date(2030, 12, 31))
    assert Period.between(None, None) is None
