"""The edit use cases without Qt: what each writes, what it says changed, and
how its replay undoes and redoes it (services/edits.py, services/undo.py)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from dctracker.domain.records import Milestone, MilestoneUpdate, Mou, MouParty, PartyRole, Project
from dctracker.domain.regions import Region, Zone
from dctracker.services.changes import Changes
from dctracker.services.edits import NEW_ORGANIZATION, Edits
from dctracker.store import Store, open_store
from dctracker.store.errors import ConflictError, NotFoundError

KINDS = ("projects", "mous", "milestones", "organizations", "indicators")


def _everything(store: Store) -> dict[str, Any]:
    return {
        kind: [(r.id, getattr(store, kind).snapshot(r)) for r in getattr(store, kind).all()] for kind in KINDS
    }


def test_changes_combine_and_say_when_nothing_changed() -> None:
    made = Changes.of_created("projects", [3])
    edited = Changes.of_updated("milestones", [1, 2])
    both = made | edited
    assert not Changes.NONE and Changes.NONE.is_empty() and both and not both.is_empty()
    assert both.written("projects") == {3} and both.written("milestones") == {1, 2}
    assert both.touches("milestones") and not both.touches("mous")
    assert both.named("projects", 3) and not both.named("projects", 4)
    assert both.history == {("projects", 3), ("milestones", 1), ("milestones", 2)}
    assert Changes.EVERYTHING.touches("mous") and Changes.EVERYTHING.named("mous", 9)
    assert Changes(zones=True) and not Changes(zones=True).touches("projects")
    assert (both | Changes.NONE) == both == (edited | made)


def test_a_save_says_what_it_wrote_and_its_replay_takes_it_back(store: Store) -> None:
    edits = Edits(store)
    created = edits.save("projects", Project(name="광양 데이터센터", region=Region.JEONNAM))
    project = created.value
    assert created.changes == Changes.of_created("projects", [project.stored_id])
    updated = edits.save("projects", replace(project, investment=7000 * 10**8))
    assert updated.changes == Changes.of_updated("projects", [project.stored_id])
    assert updated.value.investment == 7000 * 10**8 and updated.value.version == project.version + 1
    same = edits.save("projects", updated.value)
    assert same.changes == Changes.NONE  # nothing differed: nothing written
    assert updated.replay.undo() == Changes.of_updated("projects", [project.stored_id])
    assert store.projects.get(project.stored_id).investment is None
    assert created.replay.undo() == Changes.of_deleted("projects", [project.stored_id])
    with pytest.raises(NotFoundError):
        store.projects.get(project.stored_id)
    created.replay.redo()
    updated.replay.redo()  # no false conflict: the ledger knows the version redo left
    assert store.projects.get(project.stored_id).investment == 7000 * 10**8


def test_two_saves_undo_twice_without_a_false_conflict_but_a_true_one_is_refused(demo_store: Store) -> None:
    edits = Edits(demo_store)
    original = demo_store.projects.all()[0]
    first = edits.save("projects", replace(original, investment=8000 * 10**8))
    second = edits.save("projects", replace(first.value, investment=9000 * 10**8))
    second.replay.undo()
    first.replay.undo()
    assert demo_store.projects.get(original.stored_id).investment == original.investment
    other = open_store(demo_store.path)  # another user
    try:
        theirs = other.projects.update(replace(other.projects.get(original.stored_id), notes="협약 변경"))
    finally:
        other.close()
    with pytest.raises(ConflictError) as refused:
        first.replay.redo()
    assert refused.value.theirs.version == theirs.version
    assert demo_store.projects.get(original.stored_id).notes == "협약 변경"


def test_a_save_of_a_record_someone_changed_raises_their_version(demo_store: Store) -> None:
    edits = Edits(demo_store)
    read = demo_store.projects.all()[0]
    theirs = edits.save("projects", replace(read, notes="그들의 메모")).value
    with pytest.raises(ConflictError) as conflict:
        edits.save("projects", replace(read, investment=1))
    assert conflict.value.theirs == theirs


def test_an_mou_with_a_new_party_creates_the_organization_in_the_same_step(store: Store) -> None:
    edits = Edits(store)
    mou = Mou(
        title="AI 데이터센터 협약",
        parties=[MouParty(organization_id=NEW_ORGANIZATION, role=PartyRole.COMPANY, name="한빛데이터")],
    )
    written = edits.save("mous", mou)
    (org,) = store.organizations.all()
    assert org.name == "한빛데이터" and written.value.parties[0].organization_id == org.id
    assert written.changes == Changes.of_created("mous", [written.value.stored_id]) | Changes.of_created(
        "organizations", [org.stored_id]
    )
    assert written.replay.undo() == Changes(deleted=written.changes.created, history=written.changes.history)
    assert store.mous.all() == [] and store.organizations.all() == []
    written.replay.redo()
    assert [m.title for m in store.mous.all()] == ["AI 데이터센터 협약"]
    assert [o.name for o in store.organizations.all()] == ["한빛데이터"]


def test_a_progress_update_and_its_undo(demo_store: Store) -> None:
    edits = Edits(demo_store)
    read = demo_store.milestones.all()[0]
    update = MilestoneUpdate(milestone_id=read.stored_id, progress=55, comment="진행 현황")
    written = edits.record_progress(read, update)
    assert written.value.progress == 55
    assert written.changes == Changes.of_updated("milestones", [read.stored_id])
    written.replay.undo()
    assert demo_store.milestones.snapshot(demo_store.milestones.get(read.stored_id)) == (
        demo_store.milestones.snapshot(read)
    )
    written.replay.redo()
    assert demo_store.milestones.get(read.stored_id).progress == 55


def test_deleting_a_project_names_its_dependents_and_undo_brings_all_back(demo_store: Store) -> None:
    edits = Edits(demo_store)
    before = _everything(demo_store)
    project = next(p for p in demo_store.projects.all() if demo_store.mous.for_project(p.stored_id))
    milestones = demo_store.milestones.where("project_id = ?", (project.id,))
    mous = demo_store.mous.for_project(project.stored_id)
    assert milestones and mous
    written = edits.delete("projects", project)
    assert written.changes.removed("projects") == {project.id}
    assert written.changes.removed("milestones") == {m.id for m in milestones}
    assert written.changes.written("mous") == {m.id for m in mous}
    assert demo_store.milestones.where("project_id = ?", (project.id,)) == []
    undone = written.replay.undo()
    assert undone.written("milestones") == {m.id for m in milestones}
    assert _everything(demo_store) == before
    written.replay.redo()
    with pytest.raises(NotFoundError):
        demo_store.projects.get(project.stored_id)


def test_a_milestone_delete_and_a_zones_save_replay(store: Store) -> None:
    edits = Edits(store)
    project = edits.save("projects", Project(name="해남 솔라시도", region=Region.JEONNAM)).value
    milestone = edits.save("milestones", Milestone(project_id=project.stored_id, title="착공")).value
    deleted = edits.delete("milestones", milestone)
    assert deleted.changes == Changes.of_deleted("milestones", [milestone.stored_id])
    deleted.replay.undo()
    assert store.milestones.get(milestone.stored_id).title == "착공"
    read = store.zones.all()
    wanted = [*read, Zone("중부권", Region.JEONNAM, ["나주시"])]
    saved = edits.save_zones(read, wanted)
    assert saved.changes == Changes(zones=True)
    assert "중부권" in {z.name for z in store.zones.all()}
    saved.replay.undo()
    assert {z.name for z in store.zones.all()} == {z.name for z in read}


def test_a_progress_update_that_changes_nothing_says_so(demo_store: Store) -> None:
    read = demo_store.milestones.all()[0]
    update = MilestoneUpdate(milestone_id=read.stored_id, progress=read.progress)
    written = Edits(demo_store).record_progress(read, update)
    assert written.changes == Changes.NONE and written.value.version == read.version
