"""The timeline reads milestones as columns: the same milestones, in the
same order and with the same dates, as the filtered record list."""

from __future__ import annotations

import pytest

from dctracker.domain.dates import PartialDate
from dctracker.domain.filters import RecordFilter
from dctracker.domain.records import Milestone, MilestoneStatus
from dctracker.domain.regions import Region
from dctracker.domain.timeline.columns import MilestoneColumns
from dctracker.store import Store
from dctracker.store.reads import queries
from dctracker.store.reads.timeline_rows import milestone_columns

d = PartialDate.parse


@pytest.mark.parametrize(
    "record_filter",
    [
        RecordFilter(),
        RecordFilter(region=Region.GWANGJU),
        RecordFilter(search="오라클"),
        RecordFilter(search="없는말"),
    ],
)
def test_columns_hold_the_filtered_milestones(demo_store: Store, record_filter: RecordFilter) -> None:
    oracle = queries.projects(demo_store, RecordFilter(search="오라클"))[0]
    for m in (
        Milestone(project_id=oracle.id, title="준공", actual=d("2025-11-03"), status=MilestoneStatus.DONE),
        Milestone(
            project_id=oracle.id, title="2단계", baseline=d("2028년까지"), status=MilestoneStatus.CANCELLED
        ),
    ):
        demo_store.milestones.create(m)
    records = list(queries.milestones(demo_store, record_filter))
    columns = milestone_columns(demo_store, record_filter)
    expected = MilestoneColumns.of_records(records)
    assert columns.ids.tolist() == expected.ids.tolist() == [m.id for m in records]
    assert columns.project_ids.tolist() == [m.project_id for m in records]
    for name in ("baseline", "forecast", "actual"):
        stored = [columns.dates[c] if c >= 0 else None for c in getattr(columns, name)]
        assert stored == [getattr(m, name) for m in records], name
    assert columns.done.tolist() == expected.done.tolist()
    assert columns.cancelled.tolist() == expected.cancelled.tolist()
    assert columns.percent().tolist() == expected.percent().tolist()


def test_demo_data_has_dated_milestones_to_compare(demo_store: Store) -> None:
    columns = milestone_columns(demo_store, RecordFilter())
    assert len(columns) >= 8 and (columns.current() >= 0).any()
