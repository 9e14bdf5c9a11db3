"""Line edits for money, areas, dates and counts that read Korean spellings.

Each shows, under the text, what it understood ("= 700,000,000,000원") or why
it cannot read it, as the user types. Parsing is the domain's; nothing here
reads numbers or dates itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from dctracker.domain.dates import DateParseError, PartialDate
from dctracker.domain.money import (
    AmountParseError,
    format_area,
    format_eok,
    format_won,
    parse_area,
    parse_korean_number,
    parse_won,
)
from dctracker.domain.text import clean_text

HINT_STYLE = "color: #555;"
ERROR_STYLE = "color: #c62828;"


class FieldError(ValueError):
    """A field's text that cannot be read, with the message for each language."""

    def __init__(self, ko: str, en: str) -> None:
        super().__init__(ko)
        self.ko = ko
        self.en = en

    def message(self, lang: str) -> str:
        return self.en if lang == "en" else self.ko


class Reader:
    """How one kind of field reads its text, shows the result and writes a value back."""

    def __init__(
        self,
        parse: Callable[[str], Any],
        understood: Callable[[Any, str], str],
        text_of: Callable[[Any, str], str],
    ) -> None:
        self.parse = parse
        self.understood = understood
        self.text_of = text_of


def _amount(parse: Callable[[str], Any]) -> Callable[[str], Any]:
    def read(text: str) -> Any:
        try:
            return parse(text)
        except AmountParseError as exc:
            raise FieldError(exc.message_ko, exc.message_en) from exc

    return read


def _date(text: str) -> PartialDate:
    try:
        return PartialDate.parse(text)
    except DateParseError as exc:
        raise FieldError(exc.message_ko, exc.message_en) from exc


def _whole(text: str) -> int:
    value = _amount(parse_korean_number)(text)
    if value != value.to_integral_value():
        raise FieldError(f"'{text}': 정수를 입력하세요", f"'{text}': enter a whole number")
    return int(value)


def _money_text(won: int, lang: str) -> str:
    """The 억 form when it reads back exactly, else every digit (parse_won reads both)."""
    if lang == "en":
        return f"{won:,} KRW"
    short = format_eok(won, "ko")
    return short if parse_won(short) == won else format_won(won)


def _date_range(d: PartialDate, lang: str) -> str:
    if d.start() == d.end():
        return d.to_text(lang)
    return f"{d.to_text(lang)} ({d.start().isoformat()} ~ {d.end().isoformat()})"


MONEY = Reader(_amount(parse_won), lambda v, lang: f"{format_won(v)} ({format_eok(v, lang)})", _money_text)
AREA = Reader(_amount(parse_area), lambda v, lang: format_area(v, lang), lambda v, lang: format_area(v, lang))
DATE = Reader(_date, _date_range, lambda v, lang: v.to_text(lang))
WHOLE = Reader(_whole, lambda v, lang: f"{v:,}", lambda v, lang: str(v))
NUMBER = Reader(
    lambda t: float(_amount(parse_korean_number)(t)), lambda v, lang: f"{v:,.10g}", lambda v, lang: f"{v:g}"
)


class ParsedEdit(QWidget):
    """A QLineEdit plus a line saying what was understood; empty means no value."""

    changed = Signal()

    def __init__(self, reader: Reader, lang: str, example: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reader = reader
        self._lang = lang
        self.edit = QLineEdit(self)
        if example:  # marked as an example: a bare "7,000억 원" in grey reads as a value
            self.edit.setPlaceholderText(self.tr("e.g. {example}").format(example=example))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        # Never taller than its text (and hint): a dialog's spare room is not ours.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # What was understood shows while typing, not for values loaded from the store.
        self.edit.textEdited.connect(self._show_understood)
        self.edit.textChanged.connect(self.changed)

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else self._reader.text_of(value, self._lang))
        self.hint.hide()

    def value(self) -> Any:
        """The value, None when empty; raises FieldError on unreadable text."""
        text = clean_text(self.edit.text()).strip()
        return self._reader.parse(text) if text else None

    def _show_understood(self) -> None:
        try:
            value = self.value()
        except FieldError as exc:
            self._set_hint(exc.message(self._lang), ERROR_STYLE)
            return
        if value is None:
            self.hint.hide()
        else:
            self._set_hint("= " + self._reader.understood(value, self._lang), HINT_STYLE)

    def _set_hint(self, text: str, style: str) -> None:
        self.hint.setText(text)
        self.hint.setStyleSheet(style)
        self.hint.show()
