"""Columns of the projects table (사업)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from dctracker.domain.money import format_area, format_eok
from dctracker.domain.records import Project
from dctracker.domain.regions import sigungu_label
from dctracker.render.i18n import QT_TRANSLATE_NOOP
from dctracker.ui.models.columns import count_text, date_key, date_text
from dctracker.ui.models.record_table import Column, RecordTableModel

CONTEXT = "ProjectTable"  # literal in each QT_TRANSLATE_NOOP: lupdate reads no variables

PROJECT_COLUMNS: list[Column[Project]] = [
    Column(QT_TRANSLATE_NOOP("ProjectTable", "Project"), lambda p, lang: p.name),
    Column(QT_TRANSLATE_NOOP("ProjectTable", "Region"), lambda p, lang: p.region.short_label(lang)),
    Column(QT_TRANSLATE_NOOP("ProjectTable", "District"), lambda p, lang: sigungu_label(p.sigungu, lang)),
    Column(QT_TRANSLATE_NOOP("ProjectTable", "Status"), lambda p, lang: p.status.label(lang)),
    Column(
        QT_TRANSLATE_NOOP("ProjectTable", "Investment"),
        lambda p, lang: format_eok(p.investment, lang),
        sort_key=lambda p: p.investment,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("ProjectTable", "Site area"),
        lambda p, lang: format_area(p.area_m2, lang),
        sort_key=lambda p: p.area_m2,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("ProjectTable", "Planned jobs"),
        lambda p, lang: count_text(p.planned_jobs),
        sort_key=lambda p: p.planned_jobs,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("ProjectTable", "Start"),
        lambda p, lang: date_text(p.planned_start, lang),
        sort_key=lambda p: date_key(p.planned_start),
    ),
    Column(
        QT_TRANSLATE_NOOP("ProjectTable", "Finish"),
        lambda p, lang: date_text(p.planned_finish, lang),
        sort_key=lambda p: date_key(p.planned_finish),
    ),
    Column(QT_TRANSLATE_NOOP("ProjectTable", "Site"), lambda p, lang: p.site),
]


def project_model(lang: str = "ko", parent: QObject | None = None) -> RecordTableModel[Project]:
    return RecordTableModel(PROJECT_COLUMNS, CONTEXT, lang, parent)
