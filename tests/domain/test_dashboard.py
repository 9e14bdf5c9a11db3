from __future__ import annotations

from datetime import date

import pytest

from dctracker.domain.dashboard import (
    completed_in_quarter,
    compute,
    days_overdue,
    is_due_within,
    quarter_end,
    quarter_start,
)
from dctracker.domain.dates import PartialDate
from dctracker.domain.records import Milestone, MilestoneStatus, Project, ProjectStatus
from dctracker.domain.regions import Region

d = PartialDate.parse


def ms(
    id_: int,
    baseline: str | None = None,
    forecast: str | None = None,
    actual: str | None = None,
    status: MilestoneStatus = MilestoneStatus.PLANNED,
) -> Milestone:
    return Milestone(
        id=id_,
        project_id=1,
        title=f"m{id_}",
        status=status,
        baseline=d(baseline) if baseline else None,
        forecast=d(forecast) if forecast else None,
        actual=d(actual) if actual else None,
    )


@pytest.mark.parametrize(
    ("as_of", "overdue"),
    [(date(2025, 6, 30), False), (date(2025, 7, 1), True), (date(2025, 1, 15), False)],
)
def test_half_year_milestone_is_overdue_only_after_june_30(as_of: date, overdue: bool) -> None:
    m = ms(1, baseline="2025년 상반기")
    assert (days_overdue(m, as_of) is not None) is overdue
    assert (m in compute([], [m], as_of).overdue) is overdue


def test_days_overdue_counts_from_the_end_of_the_forecast_interval() -> None:
    # Forecast 2025년 3분기 ends 2025-09-30; on 2025-10-10 that is 10 days ago.
    m = ms(1, baseline="2025-03-31", forecast="2025 Q3")
    assert days_overdue(m, date(2025, 10, 10)) == 10
    # The forecast, not the earlier baseline, decides.
    assert days_overdue(m, date(2025, 9, 30)) is None


def test_done_or_cancelled_milestones_are_never_overdue_or_due() -> None:
    done = ms(1, baseline="2025-01-10", actual="2025-02-01", status=MilestoneStatus.DONE)
    cancelled = ms(2, baseline="2025-01-10", status=MilestoneStatus.CANCELLED)
    figures = compute([], [done, cancelled], date(2025, 1, 5))
    assert figures.overdue == figures.due_30 == figures.due_90 == []
    assert compute([], [done, cancelled], date(2025, 3, 1)).overdue == []


@pytest.mark.parametrize(
    ("due", "as_of", "in_30", "in_90"),
    [
        ("2025-07-31", date(2025, 7, 1), True, True),  # 30 days ahead: inside
        ("2025-08-01", date(2025, 7, 1), False, True),  # 31 days ahead
        ("2025-09-29", date(2025, 7, 1), False, True),  # 90 days ahead
        ("2025-09-30", date(2025, 7, 1), False, False),  # 91 days ahead
        ("2025-07-01", date(2025, 7, 1), True, True),  # due today
        ("2025-06-30", date(2025, 7, 1), False, False),  # yesterday: overdue instead
        # A half counts by its end: 2025 H2 ends 2025-12-31.
        ("2025년 하반기", date(2025, 12, 1), True, True),
        ("2025년 하반기", date(2025, 10, 1), False, False),  # 91 days before the end
        ("2025년 하반기", date(2025, 10, 2), False, True),
        ("2025년 10월", date(2025, 10, 5), True, True),  # ends 10-31, 26 days ahead
    ],
)
def test_due_soon_by_end_of_interval(due: str, as_of: date, in_30: bool, in_90: bool) -> None:
    m = ms(1, baseline=due)
    assert is_due_within(m, as_of, 30) is in_30
    assert is_due_within(m, as_of, 90) is in_90


def test_quarter_bounds() -> None:
    assert quarter_start(date(2025, 11, 26)) == date(2025, 10, 1)
    assert quarter_end(date(2025, 11, 26)) == date(2025, 12, 31)
    assert quarter_end(date(2025, 2, 1)) == date(2025, 3, 31)
    assert quarter_end(date(2024, 5, 1)) == date(2024, 6, 30)


@pytest.mark.parametrize(
    ("actual", "counted"),
    [
        ("2025-10-01", True),
        ("2025-11-26", True),
        ("2025-11-27", False),  # after the as-of day
        ("2025-09-30", False),  # previous quarter
        ("2025-11", True),  # month inside the quarter, already begun
        ("2025-12", False),  # month not begun on the as-of day
        ("2025년 4분기", True),
        ("2025년 하반기", False),  # cannot be placed in one quarter
        ("2025", False),
    ],
)
def test_completed_this_quarter(actual: str, counted: bool) -> None:
    m = ms(1, baseline="2025-06", actual=actual, status=MilestoneStatus.DONE)
    assert completed_in_quarter(m, date(2025, 11, 26)) is counted


def test_figures_over_a_known_set() -> None:
    as_of = date(2025, 11, 26)
    milestones = [
        ms(1, baseline="2025-03-31", forecast="2025-10-31"),  # overdue 26 days, slipped 214
        ms(2, baseline="2025년 상반기"),  # overdue since 07-01, slipped 0 (no forecast)
        ms(3, baseline="2025-12-15"),  # due in 19 days
        ms(4, baseline="2025-09-30", forecast="2026-02-10"),  # due in 76 days, slipped 133
        ms(5, baseline="2025-06-30", actual="2025-11-03", status=MilestoneStatus.DONE),  # 126
        ms(6, baseline="2025-12", forecast="2025년 하반기"),  # nested: slipped 0, due 35 days
        ms(7, baseline="2024-01-31", forecast="2024-03-01", status=MilestoneStatus.CANCELLED),
        ms(8, baseline="2025-01-01", forecast="2025-01-11"),  # overdue, slipped 10
        ms(9, baseline="2025-01-01", forecast="2025-01-05"),  # overdue, slipped 4
        ms(10, baseline="2025-01-01", forecast="2025-01-03"),  # overdue, slipped 2
    ]
    projects = [
        Project(id=1, name="a", region=Region.GWANGJU, status=ProjectStatus.PLANNED),
        Project(id=2, name="b", region=Region.JEONNAM, status=ProjectStatus.PLANNED),
        Project(id=3, name="c", region=Region.JEONNAM, status=ProjectStatus.OPERATING),
    ]
    f = compute(projects, milestones, as_of)
    assert f.project_count == 3
    assert f.projects_by_status[ProjectStatus.PLANNED] == 2
    assert f.projects_by_status[ProjectStatus.OPERATING] == 1
    assert f.projects_by_status[ProjectStatus.IDEA] == 0
    # Earliest due first: 10 (01-03), 9 (01-05), 8 (01-11), 2 (06-30), 1 (10-31).
    assert [m.id for m in f.overdue] == [10, 9, 8, 2, 1]
    assert [m.id for m in f.due_30] == [3]
    assert [m.id for m in f.due_90] == [3, 6, 4]
    assert [m.id for m in f.completed_this_quarter] == [5]
    assert [(s.milestone.id, s.slippage.days) for s in f.most_slipped] == [
        (1, 214),
        (4, 133),
        (5, 126),
        (8, 10),
        (9, 4),
    ]
    assert all(s.slippage.exact for s in f.most_slipped)
