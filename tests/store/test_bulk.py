from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from dctracker.bootstrap import create_database
from dctracker.domain.dates import PartialDate
from dctracker.domain.records import (
    Milestone,
    MilestoneStatus,
    Mou,
    MouParty,
    Organization,
    PartyRole,
    Project,
)
from dctracker.domain.regions import Region
from dctracker.store import Store
from dctracker.store.errors import ConflictError, ValidationError
from dctracker.store.records.history import WHOLE_RECORD, changes_for

d = PartialDate.parse
STAMP = "2026-01-02T03:04:05+09:00"


def _projects() -> list[Project]:
    return [
        Project(
            name="광양 데이터센터",
            region=Region.JEONNAM,
            sigungu="광양시",
            planned_finish=d("2030년까지"),
            tags=["클라우드"],
        ),
        Project(name="AI 집적단지", region=Region.GWANGJU, sigungu="북구", planned_start=d("2025년 상반기")),
    ]


def _table(store: Store, table: str) -> list[tuple]:
    return store.db.conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()


def _history(store: Store) -> list[tuple]:
    return store.db.conn.execute(
        "SELECT table_name, record_id, field, old, new, who, comment FROM history ORDER BY id"
    ).fetchall()


def test_create_many_writes_what_one_by_one_creates_write(tmp_path: Path) -> None:
    one = create_database(tmp_path / "one.db", demo=False)
    many = create_database(tmp_path / "many.db", demo=False)
    for project in _projects():
        one.projects.create(project, who="tester", comment="생성")
    stored = many.projects.create_many(_projects(), who="tester", comment="생성")

    assert [p.id for p in stored] == [1, 2] and {p.version for p in stored} == {1}
    strip = lambda rows: [row[:-2] for row in rows]  # noqa: E731 (timestamps differ)
    assert strip(_table(many, "projects")) == strip(_table(one, "projects"))
    assert _history(many) == _history(one)
    assert many.search("데이터센터").projects == {1}
    batches = many.db.conn.execute("SELECT DISTINCT batch FROM history").fetchall()
    assert batches == [(1,)]  # saved together
    one.close()
    many.close()


def test_create_many_keeps_relations_and_fills_the_search_index(store: Store) -> None:
    [org] = store.organizations.create_many([Organization(name="마스턴투자운용")])
    [project] = store.projects.create_many(_projects()[:1])
    [mou] = store.mous.create_many(
        [
            Mou(
                title="투자협약",
                parties=[MouParty(organization_id=org.id, role=PartyRole.INVESTOR)],
                project_ids=[project.id],
            )
        ],
    )
    again = store.mous.get(mou.id)
    assert again.project_ids == [project.id]
    assert [(p.name, p.role) for p in again.parties] == [("마스턴투자운용", PartyRole.INVESTOR)]
    assert store.search("마스턴").mous == {mou.id}


def test_create_many_rejects_everything_when_one_record_is_invalid(store: Store) -> None:
    bad = Project(name=" ", region=Region.JEONNAM)
    with pytest.raises(ValidationError):
        store.projects.create_many([*_projects(), bad])
    assert store.projects.count() == 0
    assert _history(store) == []


def test_update_many_logs_changed_fields_and_bumps_versions(store: Store) -> None:
    project = store.projects.create(_projects()[0])
    made = store.milestones.create_many(
        [Milestone(project_id=project.id, title=f"인허가 {i}", baseline=d("2025 Q3")) for i in range(3)],
        at=STAMP,
    )
    changed = [replace(made[0], forecast=d("2026-03"), progress=10), made[1]]
    saved = store.milestones.update_many(changed, who="김주무관", comment="지연", at=STAMP)

    assert [m.version for m in saved] == [2, 1]
    assert store.milestones.get(made[0].id).forecast == d("2026-03")
    log = [
        (c.field, c.old, c.new, c.comment)
        for c in changes_for(store.db, "milestones", made[0].id)
        if c.field != WHOLE_RECORD
    ]
    assert sorted(log) == [("forecast", None, "2026-03", "지연"), ("progress", "0", "10", "지연")]
    assert changes_for(store.db, "milestones", made[1].id)[0].field == WHOLE_RECORD


def test_update_many_refuses_a_stale_version_and_writes_nothing(store: Store) -> None:
    project = store.projects.create(_projects()[0])
    [m] = store.milestones.create_many([Milestone(project_id=project.id, title="착공")])
    store.milestones.update(replace(m, status=MilestoneStatus.DONE))
    with pytest.raises(ConflictError):
        store.milestones.update_many([replace(m, progress=50)])
    assert store.milestones.get(m.id).progress == 0


def test_create_many_milestones_show_their_creation_in_the_history(store: Store) -> None:
    [project] = store.projects.create_many(_projects()[:1])
    made = store.milestones.create_many(
        [Milestone(project_id=project.id, title=f"단계 {i}", forecast=d("2026년 상반기")) for i in range(3)],
        who="tester",
    )
    assert [m.title for m in store.milestones.all()] == ["단계 0", "단계 1", "단계 2"]
    assert store.milestones.get(made[1].id).forecast.to_text() == "2026년 상반기"
    (created,) = store.milestone_history(made[2].id)
    assert created.field == WHOLE_RECORD and created.who == "tester"
    assert json.loads(created.new)["title"] == "단계 2"


def test_lots_written_as_one_change_share_one_history_batch(store: Store) -> None:
    from dctracker.store.file.database import transaction
    from dctracker.store.records import history

    with transaction(store.db):
        batch = history.next_batch(store.db)
        [project] = store.projects.create_many(_projects()[:1], batch=batch)
        [m] = store.milestones.create_many([Milestone(project_id=project.id, title="착공")], batch=batch)
        store.milestones.update_many([replace(m, progress=20)], batch=batch)
    batches = store.db.conn.execute("SELECT DISTINCT batch FROM history").fetchall()
    assert batches == [(batch,)]
    assert [(c.field, c.new) for c in store.milestone_history(m.id)][0] == ("progress", "20")


def test_create_many_over_several_insert_statements_indexes_every_record(store: Store) -> None:
    [project] = store.projects.create_many(_projects()[:1])
    made = store.milestones.create_many(
        [Milestone(project_id=project.id, title=f"단계 {i}", notes=f"메모{i:04d}번") for i in range(2500)],
    )
    assert [m.id for m in made] == list(range(1, 2501))
    assert [m.title for m in store.milestones.where("id IN (1, 1000, 1001, 2500)")] == [
        "단계 0",
        "단계 999",
        "단계 1000",
        "단계 2499",
    ]
    assert store.search("메모2499번").milestones == {2500}
    assert store.search("메모0999번").milestones == {1000}
