from __future__ import annotations

from dataclasses import replace

import pytest

from dctracker.domain.dates import PartialDate
from dctracker.domain.records import Milestone, Project
from dctracker.domain.regions import Region
from dctracker.store import Store

d = PartialDate.parse


@pytest.fixture
def milestones(store: Store) -> Store:
    [project] = store.projects.create_many(
        [Project(name="광양 데이터센터", region=Region.JEONNAM, sigungu="광양시")]
    )
    store.milestones.create_many(
        [
            Milestone(project_id=project.id, title="착공", baseline=d("2026년 하반기")),
            Milestone(project_id=project.id, title="설계", baseline=d("2025-03-31"), forecast=d("2026-03")),
            Milestone(project_id=project.id, title="인허가", baseline=d("2025 Q2"), actual=d("2025-06-30")),
            Milestone(project_id=project.id, title="준공"),
        ],
    )
    return store


def test_rows_read_as_the_same_records_as_where(milestones: Store) -> None:
    rows = milestones.milestones.rows()
    assert len(rows) == 4
    assert rows == milestones.milestones.all()
    assert rows[1].forecast == d("2026-03") and rows[-1].baseline is None
    assert [m.title for m in rows[1:3]] == ["설계", "인허가"]
    assert rows[0] is rows[0]  # built once, then kept


def test_stored_values_without_building_records(milestones: Store) -> None:
    rows = milestones.milestones.rows("title <> ?", ("준공",))
    assert rows.ids() == [1, 2, 3]
    assert rows.value(0, "baseline") == "2026-H2"
    assert rows.row(2)[rows.columns.index("title")] == "인허가"
    assert rows.position_of(3) == 2 and rows.position_of(99) is None


def test_sorting_by_dates_follows_partial_date_order_with_blanks_last(milestones: Store) -> None:
    rows = milestones.milestones.rows()
    by_current = rows.sorted_by_columns("actual", "forecast", "baseline")
    expected = sorted((m for m in rows if m.current), key=lambda m: m.current)
    assert [m.title for m in by_current] == [m.title for m in expected] + ["준공"]
    assert [m.title for m in by_current] == ["인허가", "설계", "착공", "준공"]
    newest_first = rows.sorted_by_columns("baseline", reverse=True)
    assert [m.title for m in newest_first] == ["준공", "착공", "인허가", "설계"]
    assert [m.title for m in rows.sorted_by_columns("title")] == ["설계", "인허가", "준공", "착공"]


def test_filtered_and_sorted_lists_keep_records_already_built(milestones: Store) -> None:
    rows = milestones.milestones.rows()
    first = rows[0]
    assert rows.sorted_by_columns("title")[3] is first
    assert [m.title for m in rows.filtered(lambda m: m.baseline is None)] == ["준공"]


def test_a_saved_record_put_into_the_rows_sorts_by_its_new_values(milestones: Store) -> None:
    rows = milestones.milestones.rows()
    first = rows[0]
    saved = milestones.milestones.update(replace(first, title="하자보수", baseline=d("2030-01")))
    edited = rows.replaced(0, saved)
    assert edited[0] is saved and edited.value(0, "baseline") == "2030-01" and rows[0] is first
    assert edited.row(0) == milestones.milestones.rows("id = ?", (saved.id,)).row(0)  # as read
    assert [m.title for m in edited.sorted_by_columns("title")] == sorted(m.title for m in edited)
    assert edited.sorted_by_columns("baseline", blanks_last=True)[2] is saved  # last of the dated
    removed = edited.removed(0)
    assert saved.id not in removed.ids() and len(removed) == 3
    assert removed.inserted(0, saved).ids() == edited.ids()
    assert milestones.milestones.some([saved.id, 999]) == [saved]


def test_rows_not_read_by_a_repository_take_no_records(milestones: Store) -> None:
    rows = milestones.milestones.rows()
    bare = type(rows)(rows.columns, [rows.row(0)], lambda row: rows[0])
    with pytest.raises(TypeError):
        bare.replaced(0, rows[0])
