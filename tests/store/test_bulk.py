from __future__ import annotations

import json

import pytest

from dctracker.domain.dates import PartialDate
from dctracker.domain.records import Milestone, Project
from dctracker.domain.regions import Region
from dctracker.store import Store
from dctracker.store.bulk import insert_many
from dctracker.store.errors import ValidationError


def test_bulk_insert_stores_records_with_history(store: Store) -> None:
    (pid,) = insert_many(store.projects, [Project(name="광양 데이터센터", region=Region.JEONNAM)])
    ids = insert_many(store.milestones, [
        Milestone(project_id=pid, title=f"단계 {i}", forecast=PartialDate.parse("2026년 상반기"))
        for i in range(3)
    ], who="tester")
    assert [m.title for m in store.milestones.all()] == ["단계 0", "단계 1", "단계 2"]
    assert store.milestones.get(ids[1]).forecast.to_text() == "2026년 상반기"
    (created,) = store.milestone_history(ids[2])
    assert created.field == "*" and created.who == "tester"
    assert json.loads(created.new)["title"] == "단계 2"
    assert store.search("광양").projects == {pid}  # the search index saw the insert


def test_bulk_insert_is_all_or_nothing(store: Store) -> None:
    with pytest.raises(ValidationError):
        insert_many(store.projects, [Project(name="좋음", region=Region.GWANGJU),
                                     Project(name="  ", region=Region.GWANGJU)])
    assert store.projects.count() == 0
