from __future__ import annotations

from pathlib import Path

import pytest

from dctracker.domain.dates import PartialDate
from dctracker.domain.money import EOK
from dctracker.domain.records import (
    Milestone,
    MilestoneStatus,
    MilestoneUpdate,
    Mou,
    MouParty,
    Organization,
    OrgKind,
    PartyRole,
    Project,
)
from dctracker.domain.regions import Region
from dctracker.store import Store, open_store
from dctracker.store.errors import (
    ConflictError,
    IntegrityError,
    NotFoundError,
    ValidationError,
)
from dctracker.store.records.history import WHOLE_RECORD, changes_for

d = PartialDate.parse


def _project(store: Store, **kwargs: object) -> Project:
    fields = {"name": "광양 데이터센터", "region": Region.JEONNAM, "sigungu": "광양시"} | kwargs
    return store.projects.create(Project(**fields), who="tester")  # type: ignore[arg-type]


def test_create_and_read_back_every_field_type(store: Store, db_path: Path) -> None:
    created = _project(
        store,
        investment=7000 * EOK,
        area_m2=105000.5,
        planned_jobs=200,
        planned_start=d("2021-11"),
        planned_finish=d("2030년까지"),
        tags=["클라우드", "동부권"],
    )
    store.close()
    reopened = open_store(db_path).projects.get(created.id)  # type: ignore[arg-type]
    assert reopened.investment == 700_000_000_000
    assert reopened.area_m2 == 105000.5
    assert reopened.planned_start == d("2021-11")
    assert reopened.planned_finish == d("2030년까지") and reopened.planned_finish.until
    assert reopened.tags == ["클라우드", "동부권"]
    assert reopened.region is Region.JEONNAM
    assert (reopened.version, reopened.created_at is not None) == (1, True)


def test_update_bumps_version_and_logs_one_row_per_changed_field(store: Store) -> None:
    project = _project(store)
    project.investment = 3000 * EOK
    project.planned_jobs = 50
    saved = store.projects.update(project, who="김주무관", comment="협약 변경 반영")
    assert saved.version == 2
    changes = [c for c in changes_for(store.db, "projects", saved.id) if c.field != WHOLE_RECORD]  # type: ignore[arg-type]
    assert {(c.field, c.old, c.new) for c in changes} == {
        ("investment", None, "300000000000"),
        ("planned_jobs", None, "50"),
    }
    assert {(c.who, c.comment) for c in changes} == {("김주무관", "협약 변경 반영")}


def test_update_without_changes_keeps_version(store: Store) -> None:
    project = _project(store)
    assert store.projects.update(project).version == 1


def test_stale_version_raises_conflict_and_keeps_theirs(store: Store) -> None:
    mine = _project(store)
    theirs = store.projects.get(mine.id)  # type: ignore[arg-type]
    theirs.site = "황금산단"
    store.projects.update(theirs)
    mine.site = "다른 부지"
    with pytest.raises(ConflictError) as caught:
        store.projects.update(mine)
    assert caught.value.theirs.site == "황금산단" and caught.value.mine.site == "다른 부지"
    assert store.projects.get(mine.id).site == "황금산단"  # type: ignore[arg-type]


def test_invalid_record_is_refused_and_nothing_written(store: Store) -> None:
    with pytest.raises(ValidationError) as caught:
        store.projects.create(Project(name="", region=Region.GWANGJU, investment=-5))
    assert {p.field for p in caught.value.problems} == {"name", "investment"}
    assert store.projects.count() == 0
    assert store.db.execute("SELECT count(*) FROM history").fetchone()[0] == 0


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(IntegrityError):
        store.milestones.create(Milestone(project_id=999, title="착공"))
    assert store.milestones.count() == 0


def test_mou_keeps_parties_in_order_and_linked_projects(store: Store) -> None:
    project = _project(store)
    orgs = [
        store.organizations.create(Organization(name=n, kind=k))
        for n, k in [("광양시", OrgKind.LOCAL_GOVERNMENT), ("한국오라클", OrgKind.COMPANY)]
    ]
    mou = store.mous.create(
        Mou(
            title="오라클 투자협약",
            pledged_investment=7000 * EOK,
            pledged_jobs=200,
            parties=[
                MouParty(organization_id=orgs[1].id, role=PartyRole.COMPANY),  # type: ignore[arg-type]
                MouParty(organization_id=orgs[0].id, role=PartyRole.LOCAL_GOVERNMENT),
            ],  # type: ignore[arg-type]
            project_ids=[project.id],  # type: ignore[list-item]
        )
    )
    read = store.mous.get(mou.id)  # type: ignore[arg-type]
    assert [(p.name, p.role) for p in read.parties] == [
        ("한국오라클", PartyRole.COMPANY),
        ("광양시", PartyRole.LOCAL_GOVERNMENT),
    ]
    assert read.project_ids == [project.id]
    assert store.mous.for_project(project.id) == [read]  # type: ignore[arg-type]
    with pytest.raises(IntegrityError):  # still a party: cannot vanish
        store.organizations.delete(orgs[0].id)  # type: ignore[arg-type]


def test_delete_project_logs_its_milestones_so_nothing_is_unrecoverable(store: Store) -> None:
    project = _project(store)
    milestone = store.milestones.create(Milestone(project_id=project.id, title="착공"))  # type: ignore[arg-type]
    store.delete_project(project.id, version=project.version, comment="중복 등록")  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        store.milestones.get(milestone.id)  # type: ignore[arg-type]
    deleted = changes_for(store.db, "milestones", milestone.id)[0]  # type: ignore[arg-type]
    assert deleted.field == WHOLE_RECORD and deleted.new is None and "착공" in (deleted.old or "")


def test_create_with_id_restores_a_deleted_record(store: Store) -> None:
    project = _project(store)
    store.projects.delete(project.id)  # type: ignore[arg-type]
    restored = store.projects.create(project)
    assert restored.id == project.id and restored.name == project.name


def test_milestone_update_is_history_with_comment(store: Store) -> None:
    project = _project(store)
    milestone = store.milestones.create(
        Milestone(project_id=project.id, title="착공", baseline=d("2025-06"))  # type: ignore[arg-type]
    )
    store.record_milestone_update(
        MilestoneUpdate(
            milestone_id=milestone.id,
            forecast=d("2025년 하반기"),
            progress=30,  # type: ignore[arg-type]
            status=MilestoneStatus.DELAYED,
            comment="인허가 지연",
        ),
        read_version=milestone.version,
        who="박주무관",
    )
    history = store.milestone_history(milestone.id)  # type: ignore[arg-type]
    newest = [c for c in history if c.comment == "인허가 지연"]
    assert {(c.field, c.old, c.new) for c in newest} == {
        ("forecast", None, "2025-H2"),
        ("progress", "0", "30"),
        ("status", "planned", "delayed"),
    }
    assert history[-1].field == WHOLE_RECORD  # creation comes last: newest first


def test_milestone_update_on_stale_version_conflicts(store: Store) -> None:
    project = _project(store)
    milestone = store.milestones.create(Milestone(project_id=project.id, title="착공"))  # type: ignore[arg-type]
    store.record_milestone_update(
        MilestoneUpdate(milestone_id=milestone.id, progress=10),  # type: ignore[arg-type]
        read_version=1,
    )
    with pytest.raises(ConflictError):
        store.record_milestone_update(
            MilestoneUpdate(milestone_id=milestone.id, progress=20),  # type: ignore[arg-type]
            read_version=1,
        )
    assert store.milestones.get(milestone.id).progress == 10  # type: ignore[arg-type]


def test_diff_of_named_fields_equals_the_full_diff_restricted_to_them(store: Store) -> None:
    org = store.organizations.create(Organization(name="한국오라클", kind=OrgKind.COMPANY))
    mou = store.mous.create(Mou(title="투자협약", pledged_jobs=100))
    from dataclasses import replace

    changed = replace(
        mou,
        pledged_jobs=300,
        deadline=d("2027 상반기"),
        parties=[MouParty(organization_id=org.id, role=PartyRole.COMPANY)],
    )
    full = store.mous.diff(mou, changed)
    assert list(full) == ["pledged_jobs", "deadline", "parties"]
    assert store.mous.diff(mou, changed, {"pledged_jobs", "parties", "notes"}) == {
        "pledged_jobs": full["pledged_jobs"],
        "parties": full["parties"],
    }
    assert store.mous.diff(mou, changed, {"notes", "project_ids"}) == {}
