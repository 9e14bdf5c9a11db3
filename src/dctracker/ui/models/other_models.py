"""Columns of the organization (기관) and indicator (성과지표) tables."""

from __future__ import annotations

from PySide6.QtCore import QObject

from dctracker.domain.records import Indicator, Organization
from dctracker.render.i18n import QT_TRANSLATE_NOOP
from dctracker.ui.models.columns import count_text, date_key, date_text
from dctracker.ui.models.record_table import Column, RecordTableModel

ORGANIZATION_COLUMNS: list[Column[Organization]] = [
    Column(QT_TRANSLATE_NOOP("OrganizationTable", "Organization"), lambda o, lang: o.name),
    Column(QT_TRANSLATE_NOOP("OrganizationTable", "Kind"), lambda o, lang: o.kind.label(lang)),
    Column(QT_TRANSLATE_NOOP("OrganizationTable", "Contact"), lambda o, lang: o.contact),
    Column(QT_TRANSLATE_NOOP("OrganizationTable", "Notes"), lambda o, lang: o.notes),
]


def _achieved(i: Indicator) -> float | None:
    if i.target in (None, 0) or i.actual is None:
        return None
    return i.actual / i.target * 100


INDICATOR_COLUMNS: list[Column[Indicator]] = [
    Column(QT_TRANSLATE_NOOP("IndicatorTable", "Indicator"), lambda i, lang: i.name),
    Column(QT_TRANSLATE_NOOP("IndicatorTable", "Program"), lambda i, lang: i.program),
    Column(
        QT_TRANSLATE_NOOP("IndicatorTable", "Target"),
        lambda i, lang: count_text(i.target),
        sort_key=lambda i: i.target,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("IndicatorTable", "Actual"),
        lambda i, lang: count_text(i.actual),
        sort_key=lambda i: i.actual,
        numeric=True,
    ),
    Column(QT_TRANSLATE_NOOP("IndicatorTable", "Unit"), lambda i, lang: i.unit),
    Column(
        QT_TRANSLATE_NOOP("IndicatorTable", "Achieved"),
        lambda i, lang: f"{a:.0f}%" if (a := _achieved(i)) is not None else "",
        sort_key=_achieved,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("IndicatorTable", "As of"),
        lambda i, lang: date_text(i.as_of, lang),
        sort_key=lambda i: date_key(i.as_of),
    ),
]


def organization_model(lang: str = "ko", parent: QObject | None = None) -> RecordTableModel[Organization]:
    return RecordTableModel(ORGANIZATION_COLUMNS, "OrganizationTable", lang, parent)


def indicator_model(lang: str = "ko", parent: QObject | None = None) -> RecordTableModel[Indicator]:
    return RecordTableModel(INDICATOR_COLUMNS, "IndicatorTable", lang, parent)
