"""Enumerations that carry their own Korean and English labels.

Labels live with the values (not in Qt translation files) because the CLI,
the exports and the validation messages need them without Qt.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self, overload

from dctracker.domain.text import clean_text


class LabelledEnum(StrEnum):
    """A string enum whose members are declared as (value, Korean, English)."""

    ko: str
    en: str

    # The first form is a lookup by value, Region("gwangju"), which the enum
    # machinery answers without calling __new__; declared so it type-checks.
    @overload
    def __new__(cls, value: str) -> Self: ...

    @overload
    def __new__(cls, value: str, ko: str, en: str) -> Self: ...

    def __new__(cls, value: str, ko: str = "", en: str = "") -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.ko = ko
        member.en = en
        return member

    def label(self, lang: str = "ko") -> str:
        return self.en if lang == "en" else self.ko

    @classmethod
    def parse(cls, text: str) -> Self:
        """Accept the stored value or either label, case-insensitively."""
        key = clean_text(text).strip().casefold()
        for member in cls:
            if key in (member.value, member.ko.casefold(), member.en.casefold()):
                return member
        choices = ", ".join(m.ko for m in cls)
        raise ValueError(f"알 수 없는 값: {text!r} ({choices}) (unknown value)")
