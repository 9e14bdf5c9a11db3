"""The detail dock (objectName detailForm): the selected record's form, one
per record kind, with Save and Revert."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dctracker.domain.records import Record
from dctracker.services.changes import Changes
from dctracker.store import Store
from dctracker.store.errors import NotFoundError
from dctracker.ui.dialogs import messages
from dctracker.ui.dialogs.milestone_update import MilestoneUpdateDialog
from dctracker.ui.editing.service import Editor
from dctracker.ui.forms.base import RecordForm
from dctracker.ui.forms.lookups import Lookups
from dctracker.ui.forms.milestone_form import MilestoneForm
from dctracker.ui.forms.mou_form import MouForm
from dctracker.ui.forms.simple_forms import IndicatorForm, OrganizationForm, ProjectForm

log = logging.getLogger(__name__)
FORM_CLASSES = (ProjectForm, MouForm, MilestoneForm, OrganizationForm, IndicatorForm)


class LazyForms(Mapping[str, RecordForm[Any]]):
    """The panel's form of each record kind, built the first time it is asked
    for: the five forms are a fifth of building the window, and a session
    often edits one or two kinds."""

    def __init__(self, build: Callable[[type[RecordForm[Any]]], RecordForm[Any]]) -> None:
        self._build = build
        self._classes = {cls.kind: cls for cls in FORM_CLASSES}
        self._built: dict[str, RecordForm[Any]] = {}

    def __getitem__(self, kind: str) -> RecordForm[Any]:
        if kind not in self._built:
            self._built[kind] = self._build(self._classes[kind])
        return self._built[kind]

    def __iter__(self) -> Iterator[str]:
        return iter(self._classes)

    def __len__(self) -> int:
        return len(self._classes)

    def built(self) -> list[RecordForm[Any]]:
        return list(self._built.values())

    def built_form(self, kind: str) -> RecordForm[Any] | None:
        """The form of `kind` if it has been built, without building it."""
        return self._built.get(kind)


class DetailPanel(QDockWidget):
    saved = Signal(str, int)  # kind, id of the record just saved

    def __init__(self, store: Store, editor: Editor, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailForm")
        self.setWindowTitle(self.tr("Details"))
        self.store = store
        self.editor = editor
        self.lang = lang
        self.kind = "projects"
        self.read_only = False
        self._lookups: Lookups | None = None
        self._pages: dict[str, QWidget] = {}
        self.title = QLabel(self)
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.stack = QStackedWidget(self)
        self.forms = LazyForms(self._build_form)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        QShortcut(
            QKeySequence.StandardKey.Save,
            self,
            self.save,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.setWidget(self._body())
        self.setMinimumWidth(360)
        self._show_state()

    @property
    def form(self) -> RecordForm[Any]:
        return self.forms[self.kind]

    @property
    def shown_record(self) -> Record | None:
        """The record in the form, if any (no form is built to answer)."""
        form = self.forms.built_form(self.kind)
        return form.record if form is not None else None

    @property
    def dirty(self) -> bool:
        form = self.forms.built_form(self.kind)
        return form is not None and form.dirty

    def set_lookups(self, lookups: Lookups) -> None:
        self._lookups = lookups  # for the forms built later too
        for form in self.forms.built():
            if hasattr(form, "set_lookups"):
                form.set_lookups(lookups)

    def set_read_only(self, read_only: bool) -> None:
        """A read-only file: every form shows its record but nothing can be saved."""
        self.read_only = read_only
        for form in self.forms.built():
            form.set_read_only(read_only)
        self._after_load()

    def show_record(self, kind: str, record: Record) -> bool:
        """Load a record (or a new blank one) into its form, offering to save
        unsaved edits of the previous one first. False when those edits could
        not be saved: the form keeps them and the caller should stay put."""
        if self.form.dirty and self.form.record is not None and not self._same(kind, record):
            question = self.tr("Save your changes to “{title}” first?").format(
                title=self._title_of(self.form.record)
            )
            if messages.ask_yes_no(self, question, default_yes=True) and not self.save():
                return False
        self.kind = kind
        self.form.load(record)
        self.stack.setCurrentWidget(self._pages[kind])
        self._after_load()
        return True

    def new_record(self, kind: str) -> bool:
        return self.show_record(kind, self.forms[kind].blank())

    def reload(self) -> None:
        """Re-read the shown record after the database changed (unless being edited)."""
        record = self.form.record
        if record is None or record.id is None or self.form.dirty:
            self._show_state()
            return
        try:
            fresh = getattr(self.store, self.kind).get(record.id)
        except NotFoundError:
            self.form.load(self.form.blank())
            self._after_load()
            return
        if fresh.version != record.version or self.kind == "milestones":
            self.form.load(fresh)
            self._after_load()

    def follow(self, changes: Changes, fresh: Sequence[Record]) -> None:
        """Show the shown record as `changes` left it (unless it is being
        edited): `fresh` holds the records of its kind that changes named, as
        now stored; one named but not there was deleted."""
        record = self.shown_record
        if record is None or record.id is None or not changes.named(self.kind, record.id):
            return
        if self.form.dirty:
            self._show_state()
            return
        stored = next((r for r in fresh if r.id == record.id), None)
        self._show_saved(stored if stored is not None else self.form.blank())

    def save(self) -> bool:
        form = self.form
        if self.read_only:  # Ctrl+S still reaches here with the button disabled
            return False
        mine = form.read()
        if mine is None or form.record is None:
            return False
        result = self.editor.save(self.kind, form.record, mine, form.labels())
        if result is None:
            return False
        self._show_saved(result)
        if result.id is not None:
            self.saved.emit(self.kind, result.id)
        return True

    def revert(self) -> None:
        if self.form.record is not None:
            self.form.load(self.form.record)
            self._after_load()

    def open_milestone_update(self) -> MilestoneUpdateDialog | None:
        record = self.forms["milestones"].record
        if record is None or record.id is None or self.read_only:
            return None
        dialog = MilestoneUpdateDialog(record, self.form.lang, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply_update(dialog))
        dialog.open()
        return dialog

    def _apply_update(self, dialog: MilestoneUpdateDialog) -> None:
        update = dialog.entered()
        if update is None:
            return
        saved = self.editor.record_update(dialog.milestone, update, self.forms["milestones"].labels())
        if saved is not None and self.kind == "milestones":
            self._show_saved(saved)

    # Internals

    def _build_form(self, cls: type[RecordForm[Any]]) -> RecordForm[Any]:
        form = cls(self.lang)
        self._pages[cls.kind] = _scrolling(form)
        self.stack.addWidget(self._pages[cls.kind])
        form.changed.connect(self._show_state)
        if isinstance(form, MilestoneForm):
            form.updateRequested.connect(self.open_milestone_update)
        if self._lookups is not None and hasattr(form, "set_lookups"):
            form.set_lookups(self._lookups)
        if self.read_only:
            form.set_read_only(True)
        return form

    def _show_saved(self, record: Record) -> None:
        """Load `record` as stored, unless the form shows it already (the
        window may have shown the change before the caller got its result)."""
        shown = self.form.record
        same = (
            shown is not None
            and shown.id is not None
            and (shown.id, shown.version) == (record.id, record.version)
        )
        if same and not self.form.dirty:
            return
        self.form.load(record)
        self._after_load()

    def _after_load(self) -> None:
        record = self.form.record
        if isinstance(self.form, MilestoneForm) and record is not None and record.id is not None:
            self.form.show_history(self.store.milestone_history(record.id))
        if self.read_only:  # again after each load: MOU party rows are rebuilt
            self.form.set_read_only(True)
            if isinstance(self.form, MilestoneForm):
                self.form.update_button.setEnabled(False)
        self._show_state()

    def _show_state(self) -> None:
        # Until a record is shown no form is built: the window's first screen
        # shows an empty panel, and the form comes with the first record.
        record = self.shown_record
        if record is None:
            self.title.setText(self.tr("Select a record"))
        elif record.id is None:
            self.title.setText(self.tr("New record"))
        else:
            self.title.setText(self._title_of(record))
        self.stack.setVisible(record is not None)  # no empty form that looks filled in
        can_save = record is not None and (self.dirty or record.id is None)
        self.save_button.setEnabled(can_save and not self.read_only)
        self.revert_button.setEnabled(self.dirty)

    def _same(self, kind: str, record: Record) -> bool:
        current = self.form.record
        return kind == self.kind and current is not None and current.id == record.id and record.id is not None

    @staticmethod
    def _title_of(record: Record) -> str:
        return getattr(record, "name", None) or getattr(record, "title", "") or ""

    def _body(self) -> QWidget:
        body = QWidget(self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        return body


def _scrolling(form: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(form)
    return area
