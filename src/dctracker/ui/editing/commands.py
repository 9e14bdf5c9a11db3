"""Undoable writes. Each command has already been done once when pushed
(the save happened, and could fail, before it entered the stack); undo and
redo then replay it on the database, checking versions like any save.
A replay the database refuses (someone changed the record meanwhile) is
shown and the command dropped, never forced.

The version a replay names is the one the undo stack's own last write left
(Versions), not the one its command last saw: undoing the second of two
saves moves the record on, and undoing the first must not take that for
someone else's change."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeVar

from PySide6.QtGui import QUndoCommand

from dctracker.domain.records import Indicator, Milestone, Project, Record
from dctracker.domain.regions import Zone
from dctracker.store import Store
from dctracker.store.errors import StoreError
from dctracker.store.records.repository import Repository
from dctracker.store.records.restore import restore_project
from dctracker.store.records.zones import ZoneRepository

log = logging.getLogger(__name__)
R = TypeVar("R", bound=Record)
UNDO_COMMENT = "되돌리기 (undo)"
REDO_COMMENT = "다시 실행 (redo)"


class Versions:
    """The version each record was left at by the last write of one undo stack.

    Every command notes what it wrote and reads what to name from here, so
    commands on the same record follow each other; a write from elsewhere
    moves the stored version past the noted one: a true conflict.
    """

    def __init__(self) -> None:
        self._known: dict[tuple[str, int], int] = {}

    def note(self, table: str, record: Record) -> None:
        if record.id is not None:
            self._known[table, record.id] = record.version

    def as_left(self, table: str, record: R) -> R:
        """`record` naming the version this stack's last write left it at."""
        assert record.id is not None
        return replace(record, version=self._known.get((table, record.id), record.version))


class StoreCommand(QUndoCommand):
    def __init__(
        self, text: str, on_done: Callable[[], None], on_error: Callable[[StoreError], None]
    ) -> None:
        super().__init__(text)
        self._on_done = on_done
        self._on_error = on_error
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push() calls redo(); the work is done already
            self._pushed = True
            return
        self._replay(self.do_again)

    def undo(self) -> None:
        self._replay(self.undo_once)

    def do_again(self) -> None:
        raise NotImplementedError

    def undo_once(self) -> None:
        raise NotImplementedError

    def _replay(self, action: Callable[[], None]) -> None:
        try:
            action()
        except StoreError as exc:
            log.warning("undo/redo refused: %s", exc)
            self.setObsolete(True)
            self._on_error(exc)
        self._on_done()


class EditCommand(StoreCommand):
    """An update: `before` as read, `after` as stored (with its new version)."""

    def __init__(
        self,
        repo: Repository[Any],
        versions: Versions,
        before: Record,
        after: Record,
        text: str,
        on_done: Callable[[], None],
        on_error: Callable[[StoreError], None],
    ) -> None:
        super().__init__(text, on_done, on_error)
        self._repo, self._versions, self._before, self._after = repo, versions, before, after
        versions.note(repo.table, after)

    def undo_once(self) -> None:
        self._write(self._before, UNDO_COMMENT)

    def do_again(self) -> None:
        self._write(self._after, REDO_COMMENT)

    def _write(self, record: Record, comment: str) -> None:
        table = self._repo.table
        self._versions.note(table, self._repo.update(self._versions.as_left(table, record), comment=comment))


class CreateCommand(StoreCommand):
    def __init__(
        self,
        repo: Repository[Any],
        versions: Versions,
        created: Record,
        text: str,
        on_done: Callable[[], None],
        on_error: Callable[[StoreError], None],
    ) -> None:
        super().__init__(text, on_done, on_error)
        self._repo, self._versions, self._created = repo, versions, created
        versions.note(repo.table, created)

    def undo_once(self) -> None:
        _delete(self._repo, self._versions, self._created, UNDO_COMMENT)

    def do_again(self) -> None:  # same id again, so later commands still find it
        self._versions.note(self._repo.table, self._repo.create(replace(self._created), comment=REDO_COMMENT))


class DeleteCommand(StoreCommand):
    def __init__(
        self,
        repo: Repository[Any],
        versions: Versions,
        deleted: Record,
        text: str,
        on_done: Callable[[], None],
        on_error: Callable[[StoreError], None],
    ) -> None:
        super().__init__(text, on_done, on_error)
        self._repo, self._versions, self._deleted = repo, versions, deleted

    def undo_once(self) -> None:
        self._versions.note(self._repo.table, self._repo.create(replace(self._deleted), comment=UNDO_COMMENT))

    def do_again(self) -> None:
        _delete(self._repo, self._versions, self._deleted, REDO_COMMENT)


class DeleteProjectCommand(StoreCommand):
    """A project with its milestones and indicators, and its MOU links."""

    def __init__(
        self,
        store: Store,
        versions: Versions,
        project: Project,
        milestones: list[Milestone],
        indicators: list[Indicator],
        mou_ids: list[int],
        text: str,
        on_done: Callable[[], None],
        on_error: Callable[[StoreError], None],
    ) -> None:
        super().__init__(text, on_done, on_error)
        self._store, self._versions, self._project = store, versions, project
        self._milestones, self._indicators, self._mou_ids = milestones, indicators, mou_ids
        self._note_mous()  # the delete unlinked them: a new version each

    def undo_once(self) -> None:
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

    def do_again(self) -> None:
        project = self._versions.as_left("projects", self._project)
        assert project.id is not None
        self._store.delete_project(project.id, version=project.version, comment=REDO_COMMENT)
        self._note_mous()

    def _note_mous(self) -> None:
        for mou in self._store.mous.where(
            "id IN (SELECT value FROM json_each(?))", (json.dumps(self._mou_ids),)
        ):
            self._versions.note("mous", mou)


class ZonesCommand(StoreCommand):
    """The zones (권역) as a whole: the arrangement before and after one edit,
    each zone replayed with its version like any record."""

    def __init__(
        self,
        repo: ZoneRepository,
        versions: Versions,
        before: list[Zone],
        after: list[Zone],
        text: str,
        on_done: Callable[[], None],
        on_error: Callable[[StoreError], None],
    ) -> None:
        super().__init__(text, on_done, on_error)
        self._repo, self._versions, self._before, self._after = repo, versions, before, after
        self._note(after)

    def undo_once(self) -> None:
        self._note(self._repo.save_all(self._as_left(self._after), self._before))

    def do_again(self) -> None:
        self._note(self._repo.save_all(self._as_left(self._before), self._after))

    def _as_left(self, zones: list[Zone]) -> list[Zone]:
        return [self._versions.as_left(self._repo.table, zone) for zone in zones]

    def _note(self, zones: list[Zone]) -> None:
        for zone in zones:
            self._versions.note(self._repo.table, zone)


def _delete(repo: Repository[Any], versions: Versions, record: Record, comment: str) -> None:
    left = versions.as_left(repo.table, record)
    assert left.id is not None
    repo.delete(left.id, version=left.version, comment=comment)
