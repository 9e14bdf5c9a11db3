"""Cell values as they will be stored, shown in the user's language."""

from __future__ import annotations

from typing import Any

from dctracker.domain.dates import PartialDate
from dctracker.domain.labels import LabelledEnum
from dctracker.domain.money import format_area, format_eok
from dctracker.domain.regions import normalize_sigungu
from dctracker.io.cells import PARSERS, CellError, is_blank
from dctracker.io.mapping import Column
from dctracker.io.table import SourceRow
from dctracker.io.values import UNSET, Noted


def shown(column: Column, row: SourceRow, lang: str) -> tuple[str, bool]:
    """(text, ok): the parsed value as the app will show it, or the reason it fails."""
    cell = row.cells[column.index] if column.index < len(row.cells) else None
    if column.field is None or is_blank(cell):
        return "", True
    try:
        value = PARSERS[column.field.parse](cell, column.scale)
    except CellError as exc:
        return (exc.en if lang == "en" else exc.ko), False
    if isinstance(value, Noted):  # read with a note ("미정", "약 8천억", an unknown word)
        note = value.en if lang == "en" else value.ko
        if value.value is UNSET or value.value is None:
            return f"⚠ {note}", True
        return f"{_text(column.field.parse, value.value, lang)} ⚠ {note}", True
    return _text(column.field.parse, value, lang), True


def _text(parse: str, value: Any, lang: str) -> str:
    if parse == "sigungu":
        return normalize_sigungu(value) or f"⚠ {value}"
    if parse == "won":
        return format_eok(value, lang)
    if parse == "area":
        return format_area(value, lang)
    if isinstance(value, PartialDate):
        return value.to_text(lang)
    if isinstance(value, LabelledEnum):
        return value.label(lang)
    if isinstance(value, bool):
        return ("yes" if value else "no") if lang == "en" else ("예" if value else "아니오")
    if parse == "parties":
        return "; ".join(name + (f" ({role.label(lang)})" if role else "") for name, role in value)
    if parse == "tags":
        return ", ".join(value)
    if parse == "percent":
        return f"{value}%"
    return str(value)
