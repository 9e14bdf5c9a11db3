"""The edit use cases: save (create or update), delete (a project with its
dependents), 진행 현황 입력 (a progress update on a milestone) and the zones'
save. Each is one transaction and returns a `Written`: the result as stored,
what changed, and the replay that undoes it (services/undo.py).

A record someone saved since it was read raises the store's ConflictError
carrying theirs; a refusal (validation, a read-only file) raises its
StoreError. The caller decides what to ask and calls again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from dctracker.domain.records import Milestone, MilestoneUpdate, Mou, MouParty, Organization, Project, Record
from dctracker.domain.regions import Zone
from dctracker.services.changes import Changes
from dctracker.services.undo import (
    ZONES_CHANGED,
    CreateReplay,
    DeleteProjectReplay,
    DeleteReplay,
    EditReplay,
    Replay,
    Versions,
    ZonesReplay,
)
from dctracker.store import Store
from dctracker.store.records.repository import Repository
from dctracker.store.records.restore import project_dependents

T = TypeVar("T")
NEW_ORGANIZATION = 0  # organization_id of an MOU party whose organization is created with the MOU


@dataclass(frozen=True)
class Written(Generic[T]):
    value: T  # as stored (a deleted record: as it was)
    changes: Changes
    replay: Replay  # for an undo stack: writes it back, or again


class Steps:
    """Several replays as one: undone last first, redone in order."""

    def __init__(self, replays: Sequence[Replay]) -> None:
        self._replays = list(replays)

    def undo(self) -> Changes:
        return _combined(replay.undo() for replay in reversed(self._replays))

    def redo(self) -> Changes:
        return _combined(replay.redo() for replay in self._replays)


class Edits:
    """The edit use cases on one store. `versions` is the ledger the replays of
    one undo stack share (see services/undo.py)."""

    def __init__(self, store: Store, versions: Versions | None = None) -> None:
        self.store = store
        self.versions = versions if versions is not None else Versions()

    def repo(self, kind: str) -> Repository[Any]:
        repo: Repository[Any] = getattr(self.store, kind)
        return repo

    def save(self, kind: str, record: Record) -> Written[Record]:
        """Create `record` (no id) or update it (read at `record.version`); an
        MOU's parties named as new organizations are created with it."""
        repo = self.repo(kind)
        with self.store.transaction():
            record, organizations = self._with_new_organizations(record)
            if record.id is None:
                saved: Record = repo.create(record)
                replay: Replay = CreateReplay(repo, self.versions, saved)
                changes = Changes.of_created(kind, [saved.stored_id])
            else:
                before = repo.get(record.id)  # as read, unless update() finds it moved on
                saved = repo.update(record)
                replay = EditReplay(repo, self.versions, before, saved)
                changes = _updated(kind, record, saved)
        if organizations:
            created = [CreateReplay(self.store.organizations, self.versions, org) for org in organizations]
            replay = Steps([*created, replay])
            changes |= Changes.of_created("organizations", [org.stored_id for org in organizations])
        return Written(saved, changes, replay)

    def delete(self, kind: str, record: Record) -> Written[Record]:
        """Delete `record` as read (a project with its milestones, indicators
        and MOU links)."""
        if kind == "projects":
            assert isinstance(record, Project)
            return self._delete_project(record)
        repo = self.repo(kind)
        deleted = repo.delete(record.stored_id, version=record.version)
        return Written(
            deleted, Changes.of_deleted(kind, [record.stored_id]), DeleteReplay(repo, self.versions, deleted)
        )

    def _delete_project(self, project: Project) -> Written[Record]:
        with self.store.transaction():
            milestones, indicators, mou_ids = project_dependents(self.store, project.stored_id)
            deleted = self.store.delete_project(project.stored_id, version=project.version)
        replay = DeleteProjectReplay(self.store, self.versions, deleted, milestones, indicators, mou_ids)
        return Written(deleted, replay.changes(), replay)

    def record_progress(self, read: Milestone, update: MilestoneUpdate) -> Written[Milestone]:
        """진행 현황 입력: `update` entered on the milestone as `read`."""
        with self.store.transaction():
            saved = self.store.record_milestone_update(update, read_version=read.version)
        replay = EditReplay(self.store.milestones, self.versions, read, saved)
        return Written(saved, _updated("milestones", read, saved), replay)

    def save_zones(self, read: list[Zone], wanted: list[Zone]) -> Written[list[Zone]]:
        """The zone editor's arrangement `wanted`, the one it opened on `read`."""
        stored = self.store.zones.save_all(read, wanted)
        return Written(stored, ZONES_CHANGED, ZonesReplay(self.store.zones, self.versions, read, stored))

    def _with_new_organizations(self, record: Record) -> tuple[Record, list[Organization]]:
        """Create the organizations typed as new MOU parties (inside the caller's
        transaction); the record pointing at them, and them."""
        if not isinstance(record, Mou):
            return record, []
        parties, created = [], []
        for party in record.parties:
            if party.organization_id == NEW_ORGANIZATION:
                org = self.store.organizations.create(Organization(name=party.name))
                created.append(org)
                party = MouParty(organization_id=org.stored_id, role=party.role, name=org.name)
            parties.append(party)
        return replace(record, parties=parties), created


def _updated(kind: str, read: Record, saved: Record) -> Changes:
    """An update's change: none when nothing differed (and nothing was written)."""
    return Changes.of_updated(kind, [saved.stored_id]) if saved.version != read.version else Changes.NONE


def _combined(changes: Iterable[Changes]) -> Changes:
    total = Changes.NONE
    for change in changes:
        total |= change
    return total
