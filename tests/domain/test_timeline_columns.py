"""The timeline's column form: the same marks, slips and bars as the rules
for single records give, read from arrays."""

from __future__ import annotations

from datetime import date

import numpy as np

from dctracker.domain.dates import PartialDate, Precision
from dctracker.domain.records import Milestone, MilestoneStatus, Project
from dctracker.domain.regions import Region
from dctracker.domain.slippage import milestone_slippage
from dctracker.domain.timeline.columns import Marks, MilestoneColumns
from dctracker.domain.timeline.layout import build_layout, layout_from_columns, project_progress
from dctracker.domain.timeline.placement import milestone_shapes
from dctracker.domain.timeline.shapes import Mark, Style, anchor, interval, x_of

d = PartialDate.parse


def _project(pid: int, name: str) -> Project:
    return Project(id=pid, name=name, region=Region.JEONNAM, sigungu="나주시")


def _milestones() -> list[Milestone]:
    """Every kind of pair the slippage rule distinguishes."""
    pairs = [
        ("2025-03-10", None, "2025-05-20"),  # day to day: 71 days late
        ("2025년 상반기", None, "2025-04-02"),  # a day inside its half: on time
        ("2026년 상반기", "2026년 하반기", None),  # half to half: measured at the ends
        ("2025-07-01", "2025-06", None),  # a day moved to the month before: 1 day early
        ("2027", "2027-03", None),  # a month inside its year: on time
        (None, "2026-02-10", None),  # no plan: nothing to slip from
        ("2030년까지", None, None),  # only a plan
        (None, None, None),  # no date at all: not drawn
    ]
    return [
        Milestone(
            id=10 + i,
            project_id=1 + i % 2,
            title=f"m{i}",
            baseline=d(b) if b else None,
            forecast=d(f) if f else None,
            actual=d(a) if a else None,
            status=MilestoneStatus.DONE if a else MilestoneStatus.PLANNED,
            progress=10 * i,
        )
        for i, (b, f, a) in enumerate(pairs)
    ]


def test_slip_days_and_dated_match_the_record_rules() -> None:
    ms = _milestones()
    shapes = milestone_shapes(MilestoneColumns.of_records(ms))
    for i, m in enumerate(ms):
        slip = milestone_slippage(m)
        assert shapes.dated[i] == (m.current is not None)
        assert shapes.moved[i] == (slip is not None and slip.days != 0)
        if shapes.moved[i]:
            assert shapes.slip_days[i] == slip.days
    assert shapes.slip_days[0] == 71 and shapes.slip_days[3] == -1


def test_columns_from_stored_text_read_each_distinct_date_once() -> None:
    read: list[str] = []

    def read_date(text: str) -> PartialDate:
        read.append(text)
        return PartialDate.from_value(text)

    columns = MilestoneColumns.from_values(
        [1, 2, 3],
        [7, 7, 8],
        (["2025-H1", "2025-H1", None], ["2025-Q3", None, None], [None, None, "2025-03-31"]),
        ["planned", "cancelled", "done"],
        [20, 50, 0],
        read_date=read_date,
    )
    assert sorted(read) == ["2025-03-31", "2025-H1", "2025-Q3"]
    assert [columns.dates[c] if c >= 0 else None for c in columns.current()] == [
        d("2025년 3분기"),
        d("2025년 상반기"),
        d("2025-03-31"),
    ]
    assert columns.cancelled.tolist() == [False, True, False]
    assert columns.percent().tolist() == [20, 50, 100]  # done counts 100 %


def test_marks_list_builds_marks_when_read_and_finds_by_row_and_record() -> None:
    p1, p2 = _project(1, "가"), _project(2, "나")
    layout = build_layout([p1, p2], _milestones(), [])
    marks = layout.marks
    assert isinstance(marks, Marks)
    assert all(isinstance(m, Mark) for m in marks)
    assert list(marks.row) == sorted(marks.row)  # ordered by lane
    row = layout.row_of("projects", 1)
    assert marks.on_row(row) == [m for m in marks if m.row == row]
    first = marks.find("milestones", 10)
    assert first is not None and first.style is Style.ACTUAL  # its current date before its ghost
    assert marks.find("milestones", 99) is None
    assert layout.row_of("organizations", 10) is None  # selected on another tab: not on the chart
    assert marks[-1] == list(marks)[-1] and marks[1:3] == list(marks)[1:3]
    ghosts = marks.of_style(Style.GHOST, span=False)
    assert [m.x0 for m in ghosts] == [x_of(date(2025, 3, 10)), x_of(date(2025, 7, 1))]


def test_marks_and_slips_are_placed_where_the_rules_put_them() -> None:
    ms = _milestones()
    layout = build_layout([_project(1, "가"), _project(2, "나")], ms, [])
    for m in ms:
        current = layout.mark_of("milestones", m.id)
        if m.current is None:
            assert current is None
            continue
        x0, x1 = interval(m.current)
        is_span = m.current.precision is not Precision.DAY
        assert (current.x0, current.is_span, current.until) == (x0, is_span, m.current.until)
        assert current.x1 == (x1 if current.is_span else x0)
    slips = {s.milestone_id: s for s in layout.slips}
    assert sorted(slips) == [10, 12, 13]
    half = slips[12]
    assert (half.x0, half.x1, half.days) == (anchor(d("2026년 상반기")), anchor(d("2026년 하반기")), 184)


def test_progress_of_columns_is_project_progress() -> None:
    ms = _milestones()
    layout = build_layout([_project(1, "가"), _project(2, "나")], ms, [])
    for bar in layout.bars:
        own = [m for m in ms if m.project_id == bar.project_id]
        assert bar.progress == project_progress(layout.projects[bar.project_id], own)


def test_milestone_records_are_looked_up_only_when_read() -> None:
    ms = _milestones()
    asked: list[int] = []

    def lookup(milestone_id: int) -> Milestone:
        asked.append(milestone_id)
        return next(m for m in ms if m.id == milestone_id)

    only_first = [_project(1, "가")]
    layout = layout_from_columns(only_first, MilestoneColumns.of_records(ms), lookup, [])
    assert asked == []
    assert sorted(layout.milestones) == [m.id for m in ms if m.project_id == 1]
    assert layout.milestones[12].title == "m2" and layout.milestones[12].title == "m2"
    assert asked == [12]  # read once, then kept
    assert 11 not in layout.milestones  # of a project not shown


def test_empty_columns_make_an_empty_layout() -> None:
    layout = layout_from_columns([], MilestoneColumns.of_records([]), lambda i: None, [])
    assert len(layout.marks) == 0 and layout.slips == [] and layout.x_extent() is None
    assert np.asarray(layout.marks.x0).dtype == float
