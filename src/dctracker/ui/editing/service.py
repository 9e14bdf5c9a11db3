"""Between the forms and the edit use cases (services/edits.py): each save,
delete and progress update pushed on the undo stack, each conflict put to
the user, each change set passed on to the window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from dctracker.domain.records import Milestone, MilestoneUpdate, Record
from dctracker.domain.regions import Zone
from dctracker.render.i18n import QT_TRANSLATE_NOOP
from dctracker.services.changes import Changes
from dctracker.services.edits import Edits, Written
from dctracker.services.undo import ZONES_CHANGED
from dctracker.store import Store
from dctracker.store.errors import ConflictError, StoreError
from dctracker.store.records.repository import META_FIELDS, Repository
from dctracker.ui.dialogs import conflict, messages
from dctracker.ui.editing.commands import ReplayCommand
from dctracker.ui.editing.values import value_text

R = TypeVar("R", bound=Record)
T = TypeVar("T")
# What the Edit menu's Undo/Redo entries name (translated when used).
CREATE = QT_TRANSLATE_NOOP("Editing", "New record")
EDIT = QT_TRANSLATE_NOOP("Editing", "Edit")
DELETE = QT_TRANSLATE_NOOP("Editing", "Delete")
PROGRESS = QT_TRANSLATE_NOOP("Editing", "Progress update")
ZONES = QT_TRANSLATE_NOOP("Editing", "Edit zones")
ZONE_NAME = QT_TRANSLATE_NOOP("Editing", "Zone name")
ZONE_MEMBERS = QT_TRANSLATE_NOOP("Editing", "Counties in the zone")


def _text(source: str) -> str:
    return QCoreApplication.translate("Editing", source)


def _changed_since(theirs: Record) -> str:
    title = getattr(theirs, "name", None) or getattr(theirs, "title", "")
    question = QCoreApplication.translate(
        "Editing", "“{title}” was changed elsewhere after you opened it. Delete it anyway?"
    )
    return question.format(title=title)


class Editor:
    def __init__(
        self,
        store: Store,
        lang: str,
        parent: QWidget,
        undo: QUndoStack,
        changed: Callable[[Changes], None],
    ) -> None:
        self.store = store
        self.lang = lang
        self.parent = parent
        self.undo = undo
        self._changed = changed
        self.edits = Edits(store)  # its ledger of versions is shared by every command on `undo`

    # Saving

    def save(self, kind: str, base: Record, mine: Record, labels: dict[str, str]) -> Record | None:
        """Create or update; None when nothing was written (refused or cancelled)."""
        try:
            if mine.id is None:
                return self._done(self.edits.save(kind, mine), CREATE)
            return self._update(kind, base, mine, labels)
        except StoreError as exc:
            messages.show_error(self.parent, exc.message(self.lang))
            return None

    def _update(self, kind: str, base: Record, mine: Record, labels: dict[str, str]) -> Record | None:
        while True:
            try:
                written = self.edits.save(kind, mine)
            except ConflictError as exc:
                merged = _merge(base, mine, exc.theirs)
                choice = self._ask(self.edits.repo(kind), merged, exc.theirs, labels)
                if choice is not conflict.Choice.KEEP_MINE:
                    theirs: Record = exc.theirs
                    return theirs if choice is conflict.Choice.TAKE_THEIRS else None
                base, mine = exc.theirs, merged
                continue
            return self._done(written, EDIT)

    def _ask(
        self, repo: Repository[Any], merged: Record, theirs: Record, labels: dict[str, str]
    ) -> conflict.Choice:
        rows = [
            (
                labels.get(name, name),
                value_text(name, getattr(merged, name), self.lang),
                value_text(name, getattr(theirs, name), self.lang),
            )
            for name in repo.diff(theirs, merged)
        ]
        if not rows:  # they changed only fields I left alone: nothing of either is lost
            return conflict.Choice.KEEP_MINE
        title: str = getattr(theirs, "name", "") or getattr(theirs, "title", "")
        return conflict.ask_conflict(self.parent, title, rows)

    # Deleting

    def delete(self, kind: str, record: Record) -> bool:
        """Delete `record` as read; if someone saved it since, ask before
        deleting their version (undo then brings theirs back)."""
        while True:
            try:
                self._done(self.edits.delete(kind, record), DELETE)
                return True
            except ConflictError as exc:
                if not messages.ask_yes_no(self.parent, _changed_since(exc.theirs)):
                    self._changed(Changes.of_updated(kind, [exc.theirs.stored_id]))  # show theirs
                    return False
                record = exc.theirs
            except StoreError as exc:
                messages.show_error(self.parent, exc.message(self.lang))
                return False

    # 진행 현황 입력

    def record_update(
        self, milestone: Milestone, update: MilestoneUpdate, labels: dict[str, str] | None = None
    ) -> Milestone | None:
        """Apply an update entered on `milestone` as read; if someone saved the
        milestone since, ask (the update's fields onto theirs, or not at all)."""
        read = milestone
        while True:
            try:
                return self._done(self.edits.record_progress(read, update), PROGRESS)
            except ConflictError as exc:
                choice = self._ask(self.store.milestones, update.apply(exc.theirs), exc.theirs, labels or {})
                if choice is not conflict.Choice.KEEP_MINE:
                    return None
                read = exc.theirs
            except StoreError as exc:
                messages.show_error(self.parent, exc.message(self.lang))
                return None

    # 권역 편집

    def save_zones(self, read: list[Zone], wanted: list[Zone]) -> bool:
        """Save the zone editor's arrangement (`read` when it opened). A zone
        someone saved since is put to the user like any record: my changes
        onto theirs, theirs, or nothing saved."""
        while True:
            try:
                self._done(self.edits.save_zones(read, wanted), ZONES)
                return True
            except ConflictError as exc:
                resolved = self._resolve_zone(read, wanted, exc.theirs)
                if resolved is None:
                    self._changed(ZONES_CHANGED)  # show their arrangement
                    return False
                read, wanted = resolved
            except StoreError as exc:
                messages.show_error(self.parent, exc.message(self.lang))
                return False

    def _resolve_zone(
        self, read: list[Zone], wanted: list[Zone], theirs: Zone
    ) -> tuple[list[Zone], list[Zone]] | None:
        """The arrangement to save again after `theirs` came between, or None
        (cancelled, or a zone I deleted that they changed and I keep)."""
        base = next(z for z in read if z.id == theirs.id)
        mine = next((z for z in wanted if z.id == theirs.id), None)
        if mine is None:  # I deleted it: delete their version too?
            if not messages.ask_yes_no(self.parent, _changed_since(theirs)):
                return None
            return _put(read, theirs), wanted
        merged = _merge(base, mine, theirs)
        choice = self._ask(self.store.zones, merged, theirs, self._zone_labels())
        if choice is conflict.Choice.CANCEL:
            return None
        return _put(read, theirs), _put(wanted, merged if choice is conflict.Choice.KEEP_MINE else theirs)

    @staticmethod
    def _zone_labels() -> dict[str, str]:
        return {"name": _text(ZONE_NAME), "members": _text(ZONE_MEMBERS)}

    # Internals

    def _done(self, written: Written[T], text: str) -> T:
        """Put a done write on the undo stack and tell the window what changed."""
        self.undo.push(ReplayCommand(_text(text), written.replay, self._changed, self._error))
        self._changed(written.changes)
        return written.value

    def _error(self, exc: StoreError) -> None:
        messages.show_error(self.parent, exc.message(self.lang))


def _merge(base: Record, mine: Record, theirs: R) -> R:
    """Their record with the fields I changed since I read it."""
    mine_changed = {
        f.name: getattr(mine, f.name)
        for f in fields(mine)
        if f.name not in META_FIELDS and getattr(mine, f.name) != getattr(base, f.name)
    }
    return replace(theirs, **mine_changed)


def _put(zones: list[Zone], zone: Zone) -> list[Zone]:
    """`zones` with the one of `zone`'s id replaced by it."""
    return [zone if z.id == zone.id else z for z in zones]
