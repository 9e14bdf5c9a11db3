"""Undo and redo of the edits, as plain replays on the store (no Qt): the
window's undo stack holds one thin QUndoCommand per replay (ui/editing/
commands.py), and tests drive the replays directly.

Each replay is made after its write was done once (the save happened, and
could fail, before anything could be undone); `undo` and `redo` then write
again, checking versions like any save, and return what they changed. A
replay the database refuses (someone changed the record meanwhile) raises the
store's error; it is never forced.

The version a replay names is the one its ledger's last write left
(Versions), not the one the replay last saw: undoing the second of two saves
moves the record on, and undoing the first must not take that for someone
else's change.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any, Protocol, TypeVar

from dctracker.domain.records import Indicator, Milestone, Project, Record
from dctracker.domain.regions import Zone
from dctracker.services.changes import Changes
from dctracker.store import Store
from dctracker.store.records.repository import Repository
from dctracker.store.records.restore import restore_project
from dctracker.store.records.zones import ZoneRepository

R = TypeVar("R", bound=Record)
UNDO_COMMENT = "되돌리기 (undo)"
REDO_COMMENT = "다시 실행 (redo)"


class Versions:
    """The version each record was left at by the last write of one undo ledger.

    Every replay notes what it wrote and reads what to name from here, so
    replays of the same record follow each other; a write from elsewhere
    moves the stored version past the noted one: a true conflict.
    """

    def __init__(self) -> None:
        self._known: dict[tuple[str, int], int] = {}

    def note(self, table: str, record: Record) -> None:
        if record.id is not None:
            self._known[table, record.id] = record.version

    def as_left(self, table: str, record: R) -> R:
        """`record` naming the version this ledger's last write left it at."""
        assert record.id is not None
        return replace(record, version=self._known.get((table, record.id), record.version))


class Replay(Protocol):
    def undo(self) -> Changes: ...

    def redo(self) -> Changes: ...


class EditReplay:
    """An update: `before` as read, `after` as stored (with its new version)."""

    def __init__(self, repo: Repository[Any], versions: Versions, before: Record, after: Record) -> None:
        self._repo, self._versions, self._before, self._after = repo, versions, before, after
        versions.note(repo.table, after)

    def undo(self) -> Changes:
        return self._write(self._before, UNDO_COMMENT)

    def redo(self) -> Changes:
        return self._write(self._after, REDO_COMMENT)

    def _write(self, record: Record, comment: str) -> Changes:
        table = self._repo.table
        stored = self._repo.update(self._versions.as_left(table, record), comment=comment)
        self._versions.note(table, stored)
        return Changes.of_updated(table, [stored.stored_id])


class CreateReplay:
    def __init__(self, repo: Repository[Any], versions: Versions, created: Record) -> None:
        self._repo, self._versions, self._created = repo, versions, created
        versions.note(repo.table, created)

    def undo(self) -> Changes:
        return _delete(self._repo, self._versions, self._created, UNDO_COMMENT)

    def redo(self) -> Changes:  # same id again, so later replays still find it
        return _create(self._repo, self._versions, self._created, REDO_COMMENT)


class DeleteReplay:
    def __init__(self, repo: Repository[Any], versions: Versions, deleted: Record) -> None:
        self._repo, self._versions, self._deleted = repo, versions, deleted

    def undo(self) -> Changes:
        return _create(self._repo, self._versions, self._deleted, UNDO_COMMENT)

    def redo(self) -> Changes:
        return _delete(self._repo, self._versions, self._deleted, REDO_COMMENT)


class DeleteProjectReplay:
    """A project with its milestones and indicators, and its MOU links."""

    def __init__(
        self,
        store: Store,
        versions: Versions,
        project: Project,
        milestones: list[Milestone],
        indicators: list[Indicator],
        mou_ids: list[int],
    ) -> None:
        self._store, self._versions, self._project = store, versions, project
        self._milestones, self._indicators, self._mou_ids = milestones, indicators, mou_ids
        self._note_mous()  # the delete unlinked them: a new version each

    def undo(self) -> Changes:
        restored = restore_project(
            self._store,
            self._project,
            self._milestones,
            self._indicators,
            self._mou_ids,
            comment=UNDO_COMMENT,
        )
        self._versions.note("projects", restored)
        for repo in (self._store.milestones, self._store.indicators):
            for record in repo.where("project_id = ?", (restored.id,)):
                self._versions.note(repo.table, record)
        self._note_mous()
        return self._changes(Changes.of_created)

    def redo(self) -> Changes:
        project = self._versions.as_left("projects", self._project)
        self._store.delete_project(project.stored_id, version=project.version, comment=REDO_COMMENT)
        self._note_mous()
        return self._changes(Changes.of_deleted)

    def changes(self) -> Changes:
        """What the delete itself changed."""
        return self._changes(Changes.of_deleted)

    def _changes(self, made: Callable[[str, Iterable[int]], Changes]) -> Changes:
        """The project and its dependents `made` (created or deleted); the MOUs relinked."""
        return (
            made("projects", [self._project.stored_id])
            | made("milestones", [m.stored_id for m in self._milestones])
            | made("indicators", [i.stored_id for i in self._indicators])
            | Changes.of_updated("mous", self._mou_ids)
        )

    def _note_mous(self) -> None:
        for mou in self._store.mous.where(
            "id IN (SELECT value FROM json_each(?))", (json.dumps(self._mou_ids),)
        ):
            self._versions.note("mous", mou)


class ZonesReplay:
    """The zones (권역) as a whole: the arrangement before and after one edit,
    each zone replayed with its version like any record."""

    def __init__(
        self, repo: ZoneRepository, versions: Versions, before: list[Zone], after: list[Zone]
    ) -> None:
        self._repo, self._versions, self._before, self._after = repo, versions, before, after
        self._note(after)

    def undo(self) -> Changes:
        self._note(self._repo.save_all(self._as_left(self._after), self._before))
        return ZONES_CHANGED

    def redo(self) -> Changes:
        self._note(self._repo.save_all(self._as_left(self._before), self._after))
        return ZONES_CHANGED

    def _as_left(self, zones: list[Zone]) -> list[Zone]:
        return [self._versions.as_left(self._repo.table, zone) for zone in zones]

    def _note(self, zones: list[Zone]) -> None:
        for zone in zones:
            self._versions.note(self._repo.table, zone)


ZONES_CHANGED = Changes(zones=True)


def _create(repo: Repository[Any], versions: Versions, record: Record, comment: str) -> Changes:
    created = repo.create(replace(record), comment=comment)
    versions.note(repo.table, created)
    return Changes.of_created(repo.table, [created.stored_id])


def _delete(repo: Repository[Any], versions: Versions, record: Record, comment: str) -> Changes:
    left = versions.as_left(repo.table, record)
    repo.delete(left.stored_id, version=left.version, comment=comment)
    return Changes.of_deleted(repo.table, [left.stored_id])
