"""A record form: fields listed once, each with its message line underneath.

`read()` returns the edited record only when every field reads and the
domain's validation finds no error; otherwise each problem is shown next to
its field and nothing is returned, so nothing half-checked reaches the store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dctracker.domain.messages import Pair
from dctracker.domain.records import Record
from dctracker.domain.validation import Problem, Severity
from dctracker.ui.widgets.parsed_edit import ERROR_STYLE, FieldError

R = TypeVar("R", bound=Record)
log = logging.getLogger(__name__)
WARNING_STYLE = "color: #a15c00;"


@dataclass
class Field:
    name: str  # the record attribute
    label: str  # already translated
    editor: Any  # a widget with set_value / value / changed


class RecordForm(QWidget, Generic[R]):
    """Subclasses give `kind`, `fields()`, `validate` and `blank()`."""

    changed = Signal()
    kind = ""
    validate: Callable[[Any], list[Problem]]

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._base: R | None = None
        self._loading = False
        self.dirty = False
        self._fields = self.fields()
        self._errors: dict[str, QLabel] = {}
        self.general_error = self._message_label()
        layout = QFormLayout()
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for field in self._fields:
            layout.addRow(field.label, self._with_message(field))
            field.editor.changed.connect(self._mark_dirty)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addLayout(layout)
        outer.addWidget(self.general_error)
        self.extend(outer)
        outer.addStretch(1)

    # For subclasses

    def fields(self) -> list[Field]:
        raise NotImplementedError

    def blank(self) -> R:
        raise NotImplementedError

    def extend(self, layout: QVBoxLayout) -> None:
        """Add widgets below the fields (e.g. a milestone's history)."""

    # Use

    @property
    def record(self) -> R | None:
        """The record as loaded (what the store held when it was read)."""
        return self._base

    def load(self, record: R) -> None:
        self._base = record
        self._loading = True
        try:
            for field in self._fields:
                field.editor.set_value(getattr(record, field.name))
        finally:
            self._loading = False
        self.clear_messages()
        self.dirty = False

    def set_read_only(self, read_only: bool) -> None:
        """Fields show their values but take no edits (a read-only file).
        Text stays selectable and copyable; choices and buttons are disabled."""
        for field in self._fields:
            for widget in (field.editor, *field.editor.findChildren(QWidget)):
                _lock(widget, read_only)

    def labels(self) -> dict[str, str]:
        return {f.name: f.label for f in self._fields}

    def editor(self, name: str) -> Any:
        return next(f.editor for f in self._fields if f.name == name)

    def read(self) -> R | None:
        """The edited record, or None after showing every problem."""
        if self._base is None:
            return None
        self.clear_messages()
        values, problems = {}, []
        for field in self._fields:
            try:
                values[field.name] = field.editor.value()
            except FieldError as exc:
                problems.append(Problem(field.name, Pair(exc.ko, exc.en)))
        if problems:
            self.show_problems(problems)
            return None
        record = replace(self._base, **values)
        found = self.validate(record)
        self.show_problems(found)
        return None if any(p.severity is Severity.ERROR for p in found) else record

    def show_problems(self, problems: list[Problem]) -> None:
        general = []
        for problem in problems:
            label = self._errors.get(problem.field)
            text = problem.message(self.lang)
            if label is None:
                general.append(text)
                continue
            label.setText(text)
            label.setStyleSheet(ERROR_STYLE if problem.severity is Severity.ERROR else WARNING_STYLE)
            label.show()
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()

    def clear_messages(self) -> None:
        for label in (*self._errors.values(), self.general_error):
            label.clear()
            label.hide()

    # Internals

    def _with_message(self, field: Field) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(field.editor)
        label = self._message_label()
        label.setObjectName(f"error_{field.name}")
        column.addWidget(label)
        self._errors[field.name] = label
        return box

    def _message_label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        label.hide()
        return label

    def _mark_dirty(self) -> None:
        if not self._loading:
            self.dirty = True
            self.changed.emit()


def _lock(widget: QWidget, read_only: bool) -> None:
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QAbstractSpinBox)):
        widget.setReadOnly(read_only)
    elif isinstance(widget, (QComboBox, QAbstractButton, QAbstractItemView)):
        widget.setEnabled(not read_only)
