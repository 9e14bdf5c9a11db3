"""The current-day dashboard counted in SQL equals domain.dashboard.compute
over the same records, for dates of every precision and every kind of filter."""

from __future__ import annotations

from datetime import date

import pytest

from dctracker.domain.dashboard import DashboardFigures, compute
from dctracker.domain.dates import PartialDate
from dctracker.domain.filters import Period, RecordFilter
from dctracker.domain.records import Milestone, MilestoneStatus, Project, ProjectStatus
from dctracker.domain.regions import Region
from dctracker.domain.slippage import is_overdue
from dctracker.store import Store
from dctracker.store.reads import dashboard_queries, queries

AS_OF = date(2025, 11, 26)
DONE, CANCELLED, PLANNED = MilestoneStatus.DONE, MilestoneStatus.CANCELLED, MilestoneStatus.PLANNED

# (project, title, baseline, forecast, actual, status): the set of
# tests/domain/test_dashboard.py::test_figures_over_a_known_set, spread over projects.
MILESTONES = [
    ("광양", "인허가", "2025-03-31", "2025-10-31", None, PLANNED),  # overdue 26 d, slipped 214
    ("해남", "부지 매입", "2025년 상반기", None, None, PLANNED),  # overdue from 07-01
    ("광주", "설계", "2025-12-15", None, None, PLANNED),  # due in 19 days
    ("광양", "착공", "2025-09-30", "2026-02-10", None, PLANNED),  # due in 76 days, slipped 133
    ("광주", "전력 인입", "2025-06-30", None, "2025-11-03", DONE),  # this quarter, slipped 126
    ("해남", "환경영향평가", "2025-12", "2025년 하반기", None, PLANNED),  # nested: 0, due 35 d
    ("광양", "취소된 일", "2024-01-31", "2024-03-01", None, CANCELLED),
    ("광주", "측량", "2025-01-01", "2025-01-11", None, PLANNED),  # overdue, slipped 10
    ("해남", "협의", "2025-01-01", "2025-01-05", None, PLANNED),  # overdue, slipped 4
    ("광양", "공고", "2025-01-01", "2025-01-03", None, PLANNED),  # overdue, slipped 2
    ("광주", "준공", "2025-10", None, "2025년 4분기", DONE),  # a quarter: counted
    ("해남", "보고", "2025-07", None, "2025년 하반기", DONE),  # a half: not placed in a quarter
    ("광양", "미정", None, None, None, PLANNED),  # no date at all
    ("광주", "2030 목표", "2030년까지", None, None, PLANNED),
]


@pytest.fixture
def filled(store: Store) -> Store:
    places = {
        "광양": (Region.JEONNAM, "광양시", ProjectStatus.IN_PROGRESS),
        "광주": (Region.GWANGJU, "광산구", ProjectStatus.PLANNED),
        "해남": (Region.JEONNAM, "해남군", ProjectStatus.IDEA),
    }
    ids = {}
    for name, (region, sigungu, status) in places.items():
        ids[name] = store.projects.create(
            Project(name=f"{name} 데이터센터", region=region, sigungu=sigungu, status=status)
        ).id
    for project, title, baseline, forecast, actual, status in MILESTONES:
        store.milestones.create(
            Milestone(
                project_id=ids[project],
                title=title,
                status=status,
                baseline=_d(baseline),
                forecast=_d(forecast),
                actual=_d(actual),
            )
        )
    return store


def _d(text: str | None) -> PartialDate | None:
    return PartialDate.parse(text) if text else None


def _in_sql(store: Store, f: RecordFilter, as_of: date) -> DashboardFigures:
    return dashboard_queries.figures(store, f, as_of, queries.projects(store, f))


def _in_memory(store: Store, f: RecordFilter, as_of: date) -> DashboardFigures:
    return compute(list(queries.projects(store, f)), list(queries.milestones(store, f)), as_of)


def _titles(milestones: object) -> list[str]:
    return [m.title for m in milestones]  # type: ignore[attr-defined]


def test_the_known_set_gives_the_hand_computed_figures(filled: Store) -> None:
    figures = _in_sql(filled, RecordFilter(), AS_OF)
    assert figures.projects_by_status[ProjectStatus.IN_PROGRESS] == 1
    assert figures.project_count == 3
    assert _titles(figures.overdue) == ["공고", "협의", "측량", "부지 매입", "인허가"]
    assert _titles(figures.due_30) == ["설계"]
    assert _titles(figures.due_90) == ["설계", "환경영향평가", "착공"]
    assert _titles(figures.completed_this_quarter) == ["전력 인입", "준공"]
    assert [(s.milestone.title, s.slippage.days) for s in figures.most_slipped] == [
        ("인허가", 214),
        ("착공", 133),
        ("전력 인입", 126),
        ("측량", 10),
        ("협의", 4),
    ]


@pytest.mark.parametrize(
    "as_of",
    [
        AS_OF,
        date(2025, 6, 30),
        date(2025, 7, 1),
        date(2025, 12, 31),
        date(2026, 1, 1),
        date(2024, 3, 1),
        date(2031, 1, 1),
    ],
)
@pytest.mark.parametrize(
    "f",
    [
        RecordFilter(),
        RecordFilter(region=Region.JEONNAM),
        RecordFilter(region=Region.JEONNAM, sigungu=frozenset({"해남군"})),
        RecordFilter(search="광양"),
        RecordFilter(statuses=frozenset({ProjectStatus.PLANNED, ProjectStatus.IDEA})),
        RecordFilter(period=Period(date(2025, 10, 1), date(2025, 12, 31))),
        RecordFilter(period=Period(date(2025, 1, 1), date(2025, 1, 4))),
    ],
)
def test_sql_figures_equal_the_domain_figures(filled: Store, f: RecordFilter, as_of: date) -> None:
    in_sql, in_memory = _in_sql(filled, f, as_of), _in_memory(filled, f, as_of)
    assert in_sql.projects_by_status == in_memory.projects_by_status
    for name in ("overdue", "due_30", "due_90", "completed_this_quarter"):
        assert _titles(getattr(in_sql, name)) == _titles(getattr(in_memory, name)), name
    assert in_sql.most_slipped == in_memory.most_slipped
    assert in_sql == in_memory


def test_only_the_listed_records_are_built(filled: Store) -> None:
    overdue = _in_sql(filled, RecordFilter(), AS_OF).overdue
    assert len(overdue) == 5
    assert overdue[0].title == "공고"
    assert len(overdue._made) == 5  # type: ignore[attr-defined] (one page)


def test_the_most_slipped_are_found_behind_many_wide_but_nested_dates(filled: Store) -> None:
    """A whole year forecast for a month baseline is a wide gap but no slip:
    with more of those than the first look takes, the late ones are still found."""
    project_id = queries.projects(filled, RecordFilter())[0].id
    for n in range(60):
        filled.milestones.create(
            Milestone(project_id=project_id, title=f"연간 {n}", baseline=_d("2026-01"), forecast=_d("2026"))
        )
    in_sql, in_memory = _in_sql(filled, RecordFilter(), AS_OF), _in_memory(filled, RecordFilter(), AS_OF)
    assert len(in_sql.most_slipped) == 5
    assert not any(s.milestone.title.startswith("연간") for s in in_sql.most_slipped)
    assert in_sql.most_slipped == in_memory.most_slipped


@pytest.mark.parametrize("as_of", [AS_OF, date(2025, 6, 30), date(2025, 7, 1), date(2031, 1, 1)])
@pytest.mark.parametrize(
    "f", [RecordFilter(), RecordFilter(region=Region.JEONNAM), RecordFilter(search="광양")]
)
def test_the_overdue_list_in_sql_is_the_domains(filled: Store, f: RecordFilter, as_of: date) -> None:
    listed = queries.milestones(filled, f, overdue_as_of=as_of)
    expected = [m.title for m in queries.milestones(filled, f) if is_overdue(m, as_of)]
    assert expected and _titles(listed) == expected
