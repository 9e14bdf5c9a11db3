"""Errors meant for the user: each carries its message in Korean and English.

A UserError is not a bug: the window shows `message(lang)` in a dialog or next
to a field, the command line prints it as one line.
"""

from __future__ import annotations


class UserError(Exception):
    def __init__(self, ko: str, en: str) -> None:
        super().__init__(f"{ko} ({en})")
        self.ko = ko
        self.en = en

    def message(self, lang: str = "ko") -> str:
        return self.en if lang == "en" else self.ko


class InputError(UserError, ValueError):
    """Text that cannot be read as a value, naming the text and the reason.

    Subclasses set the two message templates; `{text}` and `{reason}` are
    filled in.
    """

    template_ko = "'{text}'을(를) 읽을 수 없습니다: {reason}"
    template_en = "cannot read '{text}': {reason}"

    def __init__(self, text: str, reason_ko: str, reason_en: str) -> None:
        self.text = text
        self.reason_ko = reason_ko
        self.reason_en = reason_en
        super().__init__(
            self.template_ko.format(text=text, reason=reason_ko),
            self.template_en.format(text=text, reason=reason_en),
        )

    @property
    def message_ko(self) -> str:
        return self.ko

    @property
    def message_en(self) -> str:
        return self.en
