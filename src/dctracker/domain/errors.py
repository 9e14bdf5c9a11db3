"""The error raised when a user's text cannot be read as a value."""

from __future__ import annotations


class InputError(ValueError):
    """Text that cannot be read, with the reason in Korean and English.

    Subclasses set the two message templates; `{text}` and `{reason}` are
    filled in. Forms and import reports show `message(lang)` next to the field.
    """

    template_ko = "'{text}'을(를) 읽을 수 없습니다: {reason}"
    template_en = "cannot read '{text}': {reason}"

    def __init__(self, text: str, reason_ko: str, reason_en: str) -> None:
        self.text = text
        self.reason_ko = reason_ko
        self.reason_en = reason_en
        self.message_ko = self.template_ko.format(text=text, reason=reason_ko)
        self.message_en = self.template_en.format(text=text, reason=reason_en)
        super().__init__(f"{self.message_ko} ({self.message_en})")

    def message(self, lang: str = "ko") -> str:
        return self.message_en if lang == "en" else self.message_ko
