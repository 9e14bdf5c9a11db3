"""Between the forms and the store: saves, deletes and progress updates, each
one transaction, each pushed on the undo stack, each conflict put to the user."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import fields, replace
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from dctracker.domain.records import Milestone, MilestoneUpdate, Mou, MouParty, Organization, Project, Record
from dctracker.domain.regions import Zone
from dctracker.store import Store
from dctracker.store.errors import ConflictError, StoreError
from dctracker.store.file.database import transaction
from dctracker.store.records.repository import META_FIELDS, Repository
from dctracker.store.records.restore import project_dependents
from dctracker.ui.dialogs import conflict, messages
from dctracker.ui.editing.commands import (
    CreateCommand,
    DeleteCommand,
    DeleteProjectCommand,
    EditCommand,
    Versions,
    ZonesCommand,
)
from dctracker.ui.editing.values import value_text
from dctracker.ui.forms.mou_form import NEW_ORGANIZATION
from dctracker.ui.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
R = TypeVar("R", bound=Record)
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
        self, store: Store, lang: str, parent: QWidget, undo: QUndoStack, changed: Callable[[], None]
    ) -> None:
        self.store = store
        self.lang = lang
        self.parent = parent
        self.undo = undo
        self._changed = changed
        self.versions = Versions()  # shared by every command on `undo`

    def repo(self, kind: str) -> Repository[Any]:
        repo: Repository[Any] = getattr(self.store, kind)
        return repo

    # Saving

    def save(self, kind: str, base: Record, mine: Record, labels: dict[str, str]) -> Record | None:
        """Create or update; None when nothing was written (refused or cancelled)."""
        try:
            if mine.id is None:
                return self._create(kind, mine)
            return self._update(kind, base, mine, labels)
        except StoreError as exc:
            messages.show_error(self.parent, exc.message(self.lang))
            return None

    def _create(self, kind: str, record: Record) -> Record:
        repo = self.repo(kind)
        with transaction(self.store.db):
            record, organizations = self._with_new_organizations(record)
            created: Record = repo.create(record)
        self._push(
            CreateCommand(repo, self.versions, created, _text(CREATE), self._changed, self._error),
            _text(CREATE),
            organizations,
        )
        return created

    def _update(self, kind: str, base: Record, mine: Record, labels: dict[str, str]) -> Record | None:
        repo = self.repo(kind)
        while True:
            try:
                with transaction(self.store.db):
                    record, organizations = self._with_new_organizations(mine)
                    saved: Record = repo.update(record)
            except ConflictError as exc:
                merged = _merge(base, mine, exc.theirs)
                choice = self._ask(repo, merged, exc.theirs, labels)
                if choice is not conflict.Choice.KEEP_MINE:
                    theirs: Record = exc.theirs
                    return theirs if choice is conflict.Choice.TAKE_THEIRS else None
                base, mine = exc.theirs, merged
                continue
            self._push(
                EditCommand(repo, self.versions, base, saved, _text(EDIT), self._changed, self._error),
                _text(EDIT),
                organizations,
            )
            return saved

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
                party = MouParty(organization_id=org.id or 0, role=party.role, name=org.name)
            parties.append(party)
        return replace(record, parties=parties), created

    # Deleting

    def delete(self, kind: str, record: Record) -> bool:
        """Delete `record` as read; if someone saved it since, ask before
        deleting their version (undo then brings theirs back)."""
        while True:
            try:
                self._delete(kind, record)
                return True
            except ConflictError as exc:
                if not messages.ask_yes_no(self.parent, _changed_since(exc.theirs)):
                    self._changed()  # show their version
                    return False
                record = exc.theirs
            except StoreError as exc:
                messages.show_error(self.parent, exc.message(self.lang))
                return False

    def _delete(self, kind: str, record: Record) -> None:
        assert record.id is not None
        if kind == "projects":
            assert isinstance(record, Project)
            deps = project_dependents(self.store, record.id)
            self.store.delete_project(record.id, version=record.version)
            command: DeleteCommand | DeleteProjectCommand = DeleteProjectCommand(
                self.store,
                self.versions,
                record,
                *deps,
                _text(DELETE),
                self._changed,
                self._error,
            )
        else:
            repo = self.repo(kind)
            deleted = repo.delete(record.id, version=record.version)
            command = DeleteCommand(repo, self.versions, deleted, _text(DELETE), self._changed, self._error)
        self._push(command)

    # 진행 현황 입력

    def record_update(
        self, milestone: Milestone, update: MilestoneUpdate, labels: dict[str, str] | None = None
    ) -> Milestone | None:
        """Apply an update entered on `milestone` as read; if someone saved the
        milestone since, ask (the update's fields onto theirs, or not at all)."""
        read = milestone
        while True:
            try:
                saved = self.store.record_milestone_update(update, read_version=read.version)
                break
            except ConflictError as exc:
                choice = self._ask(self.store.milestones, update.apply(exc.theirs), exc.theirs, labels or {})
                if choice is not conflict.Choice.KEEP_MINE:
                    return None
                read = exc.theirs
            except StoreError as exc:
                messages.show_error(self.parent, exc.message(self.lang))
                return None
        self._push(
            EditCommand(
                self.store.milestones, self.versions, read, saved, _text(PROGRESS), self._changed, self._error
            )
        )
        return saved

    # 권역 편집

    def save_zones(self, read: list[Zone], wanted: list[Zone]) -> bool:
        """Save the zone editor's arrangement (`read` when it opened). A zone
        someone saved since is put to the user like any record: my changes
        onto theirs, theirs, or nothing saved."""
        while True:
            try:
                stored = self.store.zones.save_all(read, wanted)
                break
            except ConflictError as exc:
                resolved = self._resolve_zone(read, wanted, exc.theirs)
                if resolved is None:
                    self._changed()  # show their arrangement
                    return False
                read, wanted = resolved
            except StoreError as exc:
                messages.show_error(self.parent, exc.message(self.lang))
                return False
        command = ZonesCommand(
            self.store.zones, self.versions, read, stored, _text(ZONES), self._changed, self._error
        )
        self._push(command)
        return True

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

    def _push(self, command: Any, text: str = "", organizations: Sequence[Organization] = ()) -> None:
        """Put a done write on the undo stack; with the organizations it created
        first (an MOU's new parties) as one step, so undo takes them back too."""
        if organizations:
            self.undo.beginMacro(text)
            for org in organizations:
                self.undo.push(
                    CreateCommand(
                        self.store.organizations, self.versions, org, text, self._changed, self._error
                    )
                )
        self.undo.push(command)
        if organizations:
            self.undo.endMacro()
        self._changed()

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
