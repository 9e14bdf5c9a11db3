"""Field values as people read them, for the conflict dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from dctracker.domain.dates import PartialDate
from dctracker.domain.labels import LabelledEnum
from dctracker.domain.money import format_won
from dctracker.domain.records import MouParty

MONEY_FIELDS = ("investment", "pledged_investment", "realized_investment")


def value_text(field: str, value: Any, lang: str) -> str:
    if value is None:
        return ""
    if isinstance(value, PartialDate):
        return value.to_text(lang)
    if isinstance(value, LabelledEnum):
        return value.label(lang)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("Values", "yes")
            if value
            else QCoreApplication.translate("Values", "no")
        )
    if field in MONEY_FIELDS and isinstance(value, int):
        return format_won(value)
    if isinstance(value, list):
        return ", ".join(_item_text(item, lang) for item in value)
    return str(value)


def _item_text(item: Any, lang: str) -> str:
    if isinstance(item, MouParty):
        return f"{item.name} ({item.role.label(lang)})"
    return str(item)
