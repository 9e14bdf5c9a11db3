"""Errors meant for the user.

A UserError is not a bug: the window shows `message(lang)` in a dialog or next
to a field, the command line prints it as one line. Its text is a Message: a
code and parameters whose English template is in domain/messages.py and whose
Korean is in the translations catalog; errors not yet moved there still carry
their Korean and English written out (UserError(ko, en)).
"""

from __future__ import annotations

from typing import Any

from dctracker.domain.messages import Message, Pair, say


class UserError(Exception):
    def __init__(self, ko: str, en: str) -> None:
        self._tell(Pair(ko, en))

    def _tell(self, said: Message | Pair) -> None:
        """Subclasses told by a template call this instead of __init__."""
        super().__init__(said)
        self.said = said

    @property
    def code(self) -> str | None:
        """The message's stable identifier; None for text written out in both languages."""
        return self.said.code if isinstance(self.said, Message) else None

    @property
    def params(self) -> dict[str, Any]:
        return dict(self.said.params) if isinstance(self.said, Message) else {}

    @property
    def ko(self) -> str:
        return self.message("ko")

    @property
    def en(self) -> str:
        return self.message("en")

    def message(self, lang: str = "ko") -> str:
        """In Korean (as the loaded catalog has it) or in English."""
        return say(self.said, lang)

    def __str__(self) -> str:
        ko, en = self.message("ko"), self.message("en")
        return en if ko == en else f"{ko} ({en})"


class InputError(UserError, ValueError):
    """Text that cannot be read as a value, naming the text and the reason
    (a Message of domain/messages.py). Subclasses name their sentence's code."""

    code_for_text = "input.unreadable"

    def __init__(self, text: str, reason: Message) -> None:
        self.text = text
        self.reason = reason
        self._tell(Message(self.code_for_text, {"text": text, "reason": reason}))

    @property
    def message_ko(self) -> str:
        return self.ko

    @property
    def message_en(self) -> str:
        return self.en
