"""Project statuses and a period narrow the lists in SQL exactly as the
domain rule (RecordFilter) says, and as the in-memory versions do."""

from __future__ import annotations

from datetime import date

import pytest

from dctracker.domain.dates import PartialDate
from dctracker.domain.filters import Period, RecordFilter
from dctracker.domain.records import Milestone, Mou, Project, ProjectStatus
from dctracker.domain.regions import Region
from dctracker.store import Store
from dctracker.store.reads import queries

YEAR_2027 = Period(date(2027, 1, 1), date(2027, 12, 31))
BUILDING = frozenset({ProjectStatus.IN_PROGRESS})


def _d(text: str | None) -> PartialDate | None:
    return PartialDate.parse(text) if text else None


@pytest.fixture
def filled(store: Store) -> Store:
    """Four projects: spans before, across and without 2027; milestones inside and outside it."""
    specs = [
        ("여수 데이터센터", ProjectStatus.IN_PROGRESS, "2024", "2026년 하반기"),
        ("순천 데이터센터", ProjectStatus.IN_PROGRESS, "2026-05", "2028"),
        ("해남 데이터센터", ProjectStatus.PLANNED, None, None),
        ("광주 AI센터", ProjectStatus.PLANNED, "2021", "..2022"),
    ]
    ids = {}
    for name, status, start, finish in specs:
        region = Region.GWANGJU if name.startswith("광주") else Region.JEONNAM
        project = store.projects.create(
            Project(
                name=name, region=region, status=status, planned_start=_d(start), planned_finish=_d(finish)
            )
        )
        ids[name] = project.id
    for project, title, baseline, forecast, actual in [
        ("여수 데이터센터", "착공", "2025-03", None, "2025-04-10"),
        ("여수 데이터센터", "준공", "2026년 4분기", "2027년 1분기", None),  # slipped into 2027
        ("해남 데이터센터", "부지 확정", "2027", None, None),
        ("해남 데이터센터", "인허가", None, None, None),  # undated
        ("광주 AI센터", "개소", "2022-10", None, "2022-11"),
    ]:
        store.milestones.create(
            Milestone(
                project_id=ids[project],
                title=title,
                baseline=_d(baseline),
                forecast=_d(forecast),
                actual=_d(actual),
            )
        )
    for title, linked, signed, deadline in [
        ("여수 협약", ["여수 데이터센터"], "2023-05", None),  # its project has a milestone in 2027
        ("순천 협약", ["순천 데이터센터"], "2027-03", None),
        ("해남 협약", ["해남 데이터센터"], "2024", None),
        ("광주 협약", ["광주 AI센터"], "2020", "2027년까지"),  # due in 2027
        ("미연결 협약", [], "2027-06", None),  # linked to no project
        ("옛 협약", ["광주 AI센터"], "2019", "2021"),
    ]:
        store.mous.create(
            Mou(
                title=title,
                region=None if linked else Region.JEONNAM,
                signed_on=_d(signed),
                deadline=_d(deadline),
                project_ids=[ids[name] for name in linked],
            )
        )
    return store


def _names(records: object) -> set[str]:
    return {getattr(r, "name", None) or r.title for r in records}  # type: ignore[attr-defined]


def test_statuses_keep_projects_and_their_milestones(filled: Store) -> None:
    f = RecordFilter(statuses=BUILDING)
    assert _names(queries.projects(filled, f)) == {"여수 데이터센터", "순천 데이터센터"}
    assert _names(queries.milestones(filled, f)) == {"착공", "준공"}


def test_period_keeps_milestones_by_their_current_date(filled: Store) -> None:
    f = RecordFilter(period=YEAR_2027)
    assert _names(queries.milestones(filled, f)) == {"준공", "부지 확정"}


def test_period_keeps_projects_by_planned_span_or_a_milestone_in_it(filled: Store) -> None:
    # 여수: its span ends in 2026 but its 준공 is now forecast for 2027; 순천: span across 2027;
    # 해남: no span but a milestone in 2027; 광주: neither.
    f = RecordFilter(period=YEAR_2027)
    assert _names(queries.projects(filled, f)) == {"여수 데이터센터", "순천 데이터센터", "해남 데이터센터"}
    early = RecordFilter(period=Period(date(2022, 1, 1), date(2022, 3, 31)))
    assert _names(queries.projects(filled, early)) == {"광주 AI센터"}


def test_everything_combines(filled: Store) -> None:
    f = RecordFilter(region=Region.JEONNAM, search="여수", statuses=BUILDING, period=YEAR_2027)
    assert _names(queries.projects(filled, f)) == {"여수 데이터센터"}
    assert _names(queries.milestones(filled, f)) == {"준공"}


def test_statuses_keep_mous_by_their_linked_projects(filled: Store) -> None:
    assert _names(queries.mous(filled, RecordFilter(statuses=BUILDING))) == {"여수 협약", "순천 협약"}
    planned = RecordFilter(statuses=frozenset({ProjectStatus.PLANNED}))
    assert _names(queries.mous(filled, planned)) == {"해남 협약", "광주 협약", "옛 협약"}


def test_period_keeps_mous_signed_or_due_in_it_or_with_a_project_in_it(filled: Store) -> None:
    assert _names(queries.mous(filled, RecordFilter(period=YEAR_2027))) == {
        "여수 협약",
        "순천 협약",
        "해남 협약",
        "광주 협약",
        "미연결 협약",
    }
    early = RecordFilter(period=Period(date(2022, 1, 1), date(2022, 3, 31)))
    assert _names(queries.mous(filled, early)) == {"광주 협약", "옛 협약"}  # 광주 AI센터 runs to 2022


def test_mous_combine_statuses_period_and_place(filled: Store) -> None:
    f = RecordFilter(statuses=frozenset({ProjectStatus.PLANNED}), period=YEAR_2027)
    assert _names(queries.mous(filled, f)) == {"해남 협약", "광주 협약"}
    assert _names(queries.mous(filled, RecordFilter(region=Region.GWANGJU, period=YEAR_2027))) == {
        "광주 협약"
    }


@pytest.mark.parametrize(
    "record_filter",
    [
        RecordFilter(statuses=BUILDING),
        RecordFilter(statuses=frozenset()),
        RecordFilter(period=YEAR_2027),
        RecordFilter(period=Period(date(2025, 4, 1), date.max)),
        RecordFilter(period=Period(date.min, date(2022, 3, 31))),
        RecordFilter(statuses=frozenset({ProjectStatus.PLANNED}), period=YEAR_2027),
        RecordFilter(region=Region.JEONNAM, statuses=frozenset({ProjectStatus.PLANNED}), period=YEAR_2027),
    ],
)
def test_sql_agrees_with_the_in_memory_lists(filled: Store, record_filter: RecordFilter) -> None:
    projects, milestones = filled.projects.all(), filled.milestones.all()
    assert [p.id for p in queries.projects(filled, record_filter)] == [
        p.id for p in queries.filter_projects(projects, record_filter, None, milestones)
    ]
    assert queries.milestones(filled, record_filter).ids() == [
        m.id for m in queries.filter_milestones(milestones, projects, record_filter, None)
    ]
    assert [m.id for m in queries.mous(filled, record_filter)] == [
        m.id for m in queries.filter_mous(filled.mous.all(), projects, record_filter, None, milestones)
    ]
