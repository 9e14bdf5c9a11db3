from __future__ import annotations

from datetime import date

from dctracker.domain.dates import PartialDate
from dctracker.domain.records import Milestone, MilestoneStatus, Mou, Project, ProjectStatus
from dctracker.domain.regions import DEFAULT_ZONES, Region
from dctracker.domain.timeline import (
    LaneKind,
    Style,
    build_layout,
    date_of,
    project_progress,
    x_of,
)
from dctracker.domain.timeline_axis import axis_ticks

d = PartialDate.parse


def _project(pid: int, name: str, region: Region = Region.JEONNAM, sigungu: str = "", **kw) -> Project:
    return Project(id=pid, name=name, region=region, sigungu=sigungu, **kw)


def test_lanes_group_region_zone_sigungu_project() -> None:
    projects = [
        _project(1, "광양 데이터센터", sigungu="광양시"),
        _project(2, "순천 클라우드", sigungu="순천시"),
        _project(3, "나주 에너지", sigungu="나주시"),
        _project(4, "광주 AI", Region.GWANGJU, "북구"),
        _project(5, "전남 클러스터"),
    ]
    lanes = build_layout(projects, [], [], DEFAULT_ZONES).lanes
    assert [(ln.kind, ln.label, ln.depth) for ln in lanes] == [
        (LaneKind.REGION, "광주광역시", 0),
        (LaneKind.SIGUNGU, "북구", 1),
        (LaneKind.PROJECT, "광주 AI", 2),
        (LaneKind.REGION, "전라남도", 0),
        (LaneKind.PROJECT, "전남 클러스터", 1),
        (LaneKind.SIGUNGU, "나주시", 1),
        (LaneKind.PROJECT, "나주 에너지", 2),
        (LaneKind.ZONE, "동부권", 1),
        (LaneKind.SIGUNGU, "순천시", 2),
        (LaneKind.PROJECT, "순천 클라우드", 3),
        (LaneKind.SIGUNGU, "광양시", 2),
        (LaneKind.PROJECT, "광양 데이터센터", 3),
    ]
    assert [ln.row for ln in lanes] == list(range(len(lanes)))


def test_collapsed_zone_hides_its_lanes_and_marks() -> None:
    projects = [
        _project(1, "광양", sigungu="광양시", planned_start=d("2025-01-01"), planned_finish=d("2026-12-31")),
        _project(2, "나주", sigungu="나주시", planned_start=d("2025-01-01"), planned_finish=d("2026-12-31")),
    ]
    layout = build_layout(projects, [], [], DEFAULT_ZONES, collapsed=frozenset({"jeonnam/동부권"}))
    assert [ln.label for ln in layout.lanes] == ["전라남도", "나주시", "나주", "동부권"]
    assert layout.lanes[-1].collapsed
    assert [b.project_id for b in layout.bars] == [2]


def test_bar_spans_planned_dates_and_fills_to_mean_progress() -> None:
    p = _project(1, "P", planned_start=d("2025-03"), planned_finish=d("2027년까지"))
    ms = [
        Milestone(id=1, project_id=1, title="a", progress=40, baseline=d("2025-06-01")),
        Milestone(id=2, project_id=1, title="b", status=MilestoneStatus.DONE, baseline=d("2026-01-01")),
        Milestone(id=3, project_id=1, title="c", status=MilestoneStatus.CANCELLED),
    ]
    (bar,) = build_layout([p], ms, []).bars
    assert (bar.x0, bar.x1) == (x_of(date(2025, 3, 1)), x_of(date(2028, 1, 1)))
    assert bar.progress == 0.7
    assert project_progress(_project(2, "Q", status=ProjectStatus.OPERATING), []) == 1.0
    assert project_progress(_project(2, "Q"), []) == 0.0


def test_slipped_milestone_has_ghost_at_baseline_and_slip_line() -> None:
    p = _project(1, "P")
    m = Milestone(id=7, project_id=1, title="착공", baseline=d("2025-03-10"), forecast=d("2025-05-20"))
    layout = build_layout([p], [m], [])
    styles = {mk.style: mk for mk in layout.marks}
    assert styles[Style.FORECAST].x0 == x_of(date(2025, 5, 20))
    assert not styles[Style.FORECAST].is_span
    assert styles[Style.GHOST].x0 == x_of(date(2025, 3, 10))
    (slip,) = layout.slips
    assert (slip.x0, slip.x1, slip.days) == (x_of(date(2025, 3, 10)), x_of(date(2025, 5, 20)), 71)


def test_on_time_milestone_has_no_ghost() -> None:
    m = Milestone(id=7, project_id=1, title="a", baseline=d("2025년 상반기"), actual=d("2025-04-02"))
    layout = build_layout([_project(1, "P")], [m], [])
    assert [mk.style for mk in layout.marks] == [Style.ACTUAL]
    assert layout.slips == []


def test_half_year_date_is_a_span_over_the_half() -> None:
    m = Milestone(id=1, project_id=1, title="a", forecast=d("2026년 하반기"), baseline=d("2026년 상반기"))
    layout = build_layout([_project(1, "P")], [m], [])
    current = next(mk for mk in layout.marks if mk.style is Style.FORECAST)
    assert current.is_span
    assert (current.x0, current.x1) == (x_of(date(2026, 7, 1)), x_of(date(2027, 1, 1)))
    ghost = next(mk for mk in layout.marks if mk.style is Style.GHOST)
    assert (ghost.x0, ghost.x1) == (x_of(date(2026, 1, 1)), x_of(date(2026, 7, 1)))
    # the slip runs from the end of the first half to the end of the second
    assert (layout.slips[0].x0, layout.slips[0].x1) == (ghost.x1, current.x1)


def test_until_date_is_an_open_span_ending_at_its_end() -> None:
    m = Milestone(id=1, project_id=1, title="a", baseline=d("2030년까지"))
    (mark,) = build_layout([_project(1, "P")], [m], []).marks
    assert mark.until and mark.is_span and mark.style is Style.PLANNED
    assert mark.x1 == x_of(date(2031, 1, 1))


def test_mou_signing_marks_on_linked_projects() -> None:
    mou = Mou(id=3, title="협약", signed_on=d("2021-11"), project_ids=[1])
    layout = build_layout([_project(1, "P"), _project(2, "Q")], [], [mou])
    (mark,) = layout.marks
    assert (mark.kind, mark.record_id, mark.style, mark.is_span) == ("mous", 3, Style.MOU, True)
    assert layout.row_of("mous", 3) == next(ln.row for ln in layout.lanes if ln.project_id == 1)


def test_window_keeps_projects_drawn_inside_it() -> None:
    early = _project(1, "early", planned_start=d("2020"), planned_finish=d("2021"))
    late = _project(2, "late", planned_start=d("2027"), planned_finish=d("2028"))
    layout = build_layout([early, late], [], [], window=(date(2026, 1, 1), date(2029, 12, 31)))
    assert list(layout.projects) == [2]


def test_axis_labels_follow_zoom_in_korean_and_english() -> None:
    x0, x1 = x_of(date(2020, 1, 1)), x_of(date(2031, 1, 1))
    assert [t.label for t in axis_ticks(x0, x1, 800, "ko")][:2] == ["2020년", "2021년"]
    x0, x1 = x_of(date(2025, 1, 1)), x_of(date(2026, 12, 31))
    labels = [t.label for t in axis_ticks(x0, x1, 800, "ko")]
    assert labels[:4] == ["2025년 1분기", "2분기", "3분기", "4분기"]
    months = [t.label for t in axis_ticks(x0, x0 + 200, 1000, "en")]
    assert months[:3] == ["2025 Jan", "Feb", "Mar"]
    halves = [t.label for t in axis_ticks(x0, x_of(date(2028, 1, 1)), 700, "ko")]
    assert halves[:2] == ["2025년 상반기", "하반기"]
    assert date_of(x_of(date(2025, 7, 1)) + 0.5) == date(2025, 7, 1)


def test_the_first_tick_in_view_names_its_year() -> None:
    x0 = x_of(date(2026, 10, 1))
    labels = [t.label for t in axis_ticks(x0, x0 + 365, 1000, "ko") if t.x >= x0]
    assert labels[:4] == ["2026년 10월", "11월", "12월", "2027년 1월"]


def test_hit_prefers_points_then_spans_then_the_bar() -> None:
    p = _project(1, "P", planned_start=d("2025-01-01"), planned_finish=d("2026-12-31"))
    ms = [
        Milestone(id=5, project_id=1, title="a", forecast=d("2025-06-15")),
        Milestone(id=6, project_id=1, title="b", forecast=d("2025년 상반기")),
    ]
    layout = build_layout([p], ms, [])
    row = layout.row_of("projects", 1)
    assert layout.hit(x_of(date(2025, 6, 16)), row, 3) == ("milestones", 5)
    assert layout.hit(x_of(date(2025, 2, 1)), row, 3) == ("milestones", 6)
    assert layout.hit(x_of(date(2026, 2, 1)), row, 3) == ("projects", 1)
    assert layout.hit(x_of(date(2027, 2, 1)), row, 3) is None


def test_english_lanes_use_romanized_sigungu() -> None:
    lanes = build_layout(
        [_project(1, "Gwangyang DC", sigungu="광양시")], [], [], DEFAULT_ZONES, lang="en"
    ).lanes
    assert [ln.label for ln in lanes] == ["Jeollanam-do", "동부권", "Gwangyang-si", "Gwangyang DC"]


def test_a_printed_range_fits_the_data_in_view() -> None:
    from dctracker.domain.timeline_axis import fit_to_data

    view = (x_of(date(2015, 1, 1)), x_of(date(2040, 1, 1)))
    data = (x_of(date(2021, 11, 1)), x_of(date(2031, 1, 1)))
    start, end = fit_to_data(view, data)
    assert x_of(date(2021, 8, 1)) < start < data[0] and data[1] < end < x_of(date(2031, 5, 1))
    zoomed = (x_of(date(2026, 1, 1)), x_of(date(2027, 1, 1)))
    assert fit_to_data(zoomed, data) == zoomed  # all of the view holds data: as shown
    empty = (x_of(date(2035, 1, 1)), x_of(date(2036, 1, 1)))
    assert fit_to_data(empty, data) is None  # nothing in view: the whole data, never an empty page
    assert fit_to_data(view, None) == view
