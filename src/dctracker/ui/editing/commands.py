"""Undoable writes. Each command has already been done once when pushed
(the save happened, and could fail, before it entered the stack); undo and
redo then replay it on the database, checking versions like any save.
A replay the database refuses (someone changed the record meanwhile) is
shown and the command dropped, never forced."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtGui import QUndoCommand

from dctracker.domain.records import Indicator, Milestone, Project, Record
from dctracker.domain.regions import Zone
from dctracker.store import Store
from dctracker.store.errors import StoreError
from dctracker.store.repository import Repository
from dctracker.store.restore import restore_project

log = logging.getLogger(__name__)
UNDO_COMMENT = "되돌리기 (undo)"
REDO_COMMENT = "다시 실행 (redo)"


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
        before: Record,
        after: Record,
        text: str,
        on_done: Callable[[], None],
        on_error: Callable[[StoreError], None],
    ) -> None:
        super().__init__(text, on_done, on_error)
        self._repo, self._before, self._after = repo, before, after
        self._version = after.version

    def undo_once(self) -> None:
        self._version = self._repo.update(
            replace(self._before, version=self._version), comment=UNDO_COMMENT
        ).version

    def do_again(self) -> None:
        self._version = self._repo.update(
            replace(self._after, version=self._version), comment=REDO_COMMENT
        ).version


class CreateCommand(StoreCommand):
    def __init__(
        self,
        repo: Repository[Any],
        created: Record,
        text: str,
        on_done: Callable[[], None],
        on_error: Callable[[StoreError], None],
    ) -> None:
        super().__init__(text, on_done, on_error)
        self._repo, self._created = repo, created
        self._version = created.version

    def undo_once(self) -> None:
        assert self._created.id is not None
        self._repo.delete(self._created.id, version=self._version, comment=UNDO_COMMENT)

    def do_again(self) -> None:  # same id again, so later commands still find it
        self._version = self._repo.create(replace(self._created), comment=REDO_COMMENT).version


class DeleteCommand(StoreCommand):
    def __init__(
        self,
        repo: Repository[Any],
        deleted: Record,
        text: str,
        on_done: Callable[[], None],
        on_error: Callable[[StoreError], None],
    ) -> None:
        super().__init__(text, on_done, on_error)
        self._repo, self._deleted = repo, deleted
        self._version = 0

    def undo_once(self) -> None:
        self._version = self._repo.create(replace(self._deleted), comment=UNDO_COMMENT).version

    def do_again(self) -> None:
        assert self._deleted.id is not None
        self._repo.delete(self._deleted.id, version=self._version, comment=REDO_COMMENT)


class DeleteProjectCommand(StoreCommand):
    """A project with its milestones and indicators, and its MOU links."""

    def __init__(
        self,
        store: Store,
        project: Project,
        milestones: list[Milestone],
        indicators: list[Indicator],
        mou_ids: list[int],
        text: str,
        on_done: Callable[[], None],
        on_error: Callable[[StoreError], None],
    ) -> None:
        super().__init__(text, on_done, on_error)
        self._store, self._project = store, project
        self._milestones, self._indicators, self._mou_ids = milestones, indicators, mou_ids
        self._version = 0

    def undo_once(self) -> None:
        self._version = restore_project(
            self._store,
            self._project,
            self._milestones,
            self._indicators,
            self._mou_ids,
            comment=UNDO_COMMENT,
        ).version

    def do_again(self) -> None:
        assert self._project.id is not None
        self._store.delete_project(self._project.id, version=self._version, comment=REDO_COMMENT)


class ZonesCommand(StoreCommand):
    """The zones (권역) as a whole: the arrangement before and after one edit."""

    def __init__(
        self,
        store: Store,
        before: list[Zone],
        after: list[Zone],
        text: str,
        on_done: Callable[[], None],
        on_error: Callable[[StoreError], None],
    ) -> None:
        super().__init__(text, on_done, on_error)
        self._store, self._before, self._after = store, before, after

    def undo_once(self) -> None:
        self._store.save_zones(self._before)

    def do_again(self) -> None:
        self._store.save_zones(self._after)
