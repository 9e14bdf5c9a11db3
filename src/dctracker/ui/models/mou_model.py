"""Columns of the MOU table (협약): pledged next to realized."""

from __future__ import annotations

from PySide6.QtCore import QObject

from dctracker.domain.money import format_eok
from dctracker.domain.records import Mou
from dctracker.domain.regions import sigungu_label
from dctracker.render.i18n import QT_TRANSLATE_NOOP
from dctracker.ui.models.columns import count_text, date_key, date_text
from dctracker.ui.models.record_table import Column, RecordTableModel

CONTEXT = "MouTable"


def _parties(mou: Mou) -> str:
    return ", ".join(p.name for p in mou.parties)


MOU_COLUMNS: list[Column[Mou]] = [
    Column(QT_TRANSLATE_NOOP("MouTable", "MOU"), lambda m, lang: m.title),
    Column(
        QT_TRANSLATE_NOOP("MouTable", "Signed"),
        lambda m, lang: date_text(m.signed_on, lang),
        sort_key=lambda m: date_key(m.signed_on),
    ),
    Column(QT_TRANSLATE_NOOP("MouTable", "District"), lambda m, lang: sigungu_label(m.sigungu, lang)),
    Column(QT_TRANSLATE_NOOP("MouTable", "Status"), lambda m, lang: m.status.label(lang)),
    Column(QT_TRANSLATE_NOOP("MouTable", "Parties"), lambda m, lang: _parties(m)),
    Column(
        QT_TRANSLATE_NOOP("MouTable", "Pledged investment"),
        lambda m, lang: format_eok(m.pledged_investment, lang),
        sort_key=lambda m: m.pledged_investment,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("MouTable", "Realized investment"),
        lambda m, lang: format_eok(m.realized_investment, lang),
        sort_key=lambda m: m.realized_investment,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("MouTable", "Pledged jobs"),
        lambda m, lang: count_text(m.pledged_jobs),
        sort_key=lambda m: m.pledged_jobs,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("MouTable", "Realized jobs"),
        lambda m, lang: count_text(m.realized_jobs),
        sort_key=lambda m: m.realized_jobs,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("MouTable", "Deadline"),
        lambda m, lang: date_text(m.deadline, lang),
        sort_key=lambda m: date_key(m.deadline),
    ),
]


def mou_model(lang: str = "ko", parent: QObject | None = None) -> RecordTableModel[Mou]:
    return RecordTableModel(MOU_COLUMNS, CONTEXT, lang, parent)
