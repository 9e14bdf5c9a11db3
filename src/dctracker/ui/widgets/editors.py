"""Plain field editors with one interface: `set_value`, `value`, `changed`.

The forms treat these and ParsedEdit alike, so a record's fields are listed
once (see forms/fields.py) and loading, reading and error display are shared.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from dctracker.domain.labels import LabelledEnum
from dctracker.domain.regions import SIGUNGU, Region, sigungu_label
from dctracker.domain.text import clean_text


class TextEdit(QLineEdit):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textChanged.connect(self.changed)

    def set_value(self, value: str | None) -> None:
        self.setText(value or "")
        self.setCursorPosition(0)  # show the start of a long text, not its tail

    def value(self) -> str:
        return clean_text(self.text()).strip()


class TagsEdit(TextEdit):
    """Tags typed as "AI, 데이터센터"."""

    def set_value(self, value: list[str] | None) -> None:  # type: ignore[override]
        super().set_value(", ".join(value or []))

    def value(self) -> list[str]:  # type: ignore[override]
        return [tag.strip() for tag in TextEdit.value(self).split(",") if tag.strip()]


class NotesEdit(QPlainTextEdit):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.textChanged.connect(self.changed)

    def set_value(self, value: str | None) -> None:
        self.setPlainText(value or "")

    def value(self) -> str:
        return clean_text(self.toPlainText()).strip()


class ChoiceCombo(QComboBox):
    """A fixed list of (label, value) choices, optionally with a blank first entry.

    Values stay in a Python list: item data would turn str-enums into plain str.
    """

    changed = Signal()

    def __init__(
        self,
        choices: list[tuple[str, Any]],
        blank: bool = False,
        parent: QWidget | None = None,
        blank_value: Any = None,
    ) -> None:
        super().__init__(parent)
        self._values: list[Any] = []
        self._blank_value = blank_value
        self.set_choices(choices, blank)
        self.currentIndexChanged.connect(self.changed)

    def set_choices(self, choices: list[tuple[str, Any]], blank: bool = False) -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self._values = ([self._blank_value] if blank else []) + [value for _label, value in choices]
        self.addItems(([""] if blank else []) + [label for label, _value in choices])
        self.set_value(current)
        self.blockSignals(False)

    def set_value(self, value: Any) -> None:
        index = next((i for i, v in enumerate(self._values) if v == value), 0)
        self.setCurrentIndex(index)

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def first_value(self) -> Any:
        return next((v for v in self._values if v != self._blank_value), None)


def enum_combo(enum: type[LabelledEnum], lang: str, blank: bool = False) -> ChoiceCombo:
    return ChoiceCombo([(member.label(lang), member) for member in enum], blank)


def sigungu_combo(lang: str) -> ChoiceCombo:
    """Every 시군구 of both regions, labelled with its region."""
    choices = [
        (f"{sigungu_label(name, lang)} ({region.short_label(lang)})", name)
        for region in Region
        for name in SIGUNGU[region]
    ]
    combo = ChoiceCombo(choices, blank=True, blank_value="")  # stored as '' (no 시군구)
    combo.setMaxVisibleItems(20)
    return combo


class ProgressSpin(QSpinBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 100)
        self.setSuffix(" %")
        self.valueChanged.connect(self.changed)

    def set_value(self, value: int | None) -> None:
        self.setValue(value or 0)

    def value(self) -> int:
        return super().value()


class FlagCheck(QCheckBox):
    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.toggled.connect(self.changed)

    def set_value(self, value: bool | None) -> None:
        self.setChecked(bool(value))

    def value(self) -> bool:
        return self.isChecked()
