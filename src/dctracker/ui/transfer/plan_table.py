"""The dry-run plan as a table: row number, what happens, and why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from dctracker.io.mapping import FIELDS
from dctracker.io.plan import Action, ImportPlan
from dctracker.render.i18n import QT_TRANSLATE_NOOP

ACTION_TEXT = {
    Action.CREATE: QT_TRANSLATE_NOOP("Transfer", "New"),
    Action.UPDATE: QT_TRANSLATE_NOOP("Transfer", "Update"),
    Action.UNCHANGED: QT_TRANSLATE_NOOP("Transfer", "Unchanged"),
    Action.REJECT: QT_TRANSLATE_NOOP("Transfer", "Rejected"),
}
_COLOURS = {Action.CREATE: "#1b5e20", Action.UPDATE: "#0d47a1", Action.REJECT: "#b00020"}
MAX_SHOWN = 5000  # a 100,000-row plan is summarised; the rejected rows are always shown


def plan_table(parent: QWidget) -> QTableWidget:
    grid = QTableWidget(0, 4, parent)
    grid.setObjectName("planTable")
    grid.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("Transfer", "Row"),
            QCoreApplication.translate("Transfer", "Action"),
            QCoreApplication.translate("Transfer", "Record"),
            QCoreApplication.translate("Transfer", "Details"),
        ]
    )
    grid.horizontalHeader().setStretchLastSection(True)
    grid.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
    grid.verticalHeader().hide()
    grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    return grid


def fill_plan_table(grid: QTableWidget, plan: ImportPlan | None, lang: str) -> None:
    rows = [] if plan is None else _rows_to_show(plan)
    grid.setRowCount(len(rows))
    for r, row in enumerate(rows):
        assert plan is not None  # rows come from the plan
        details = "; ".join(x.text(lang) for x in row.reasons) or _changes(plan, row, lang)
        details = "; ".join(filter(None, [details, *(n.text(lang) for n in row.notes)]))
        texts = [
            str(row.row),
            QCoreApplication.translate("Transfer", ACTION_TEXT[row.action]),
            row.label,
            details,
        ]
        for c, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if row.action in _COLOURS:
                item.setForeground(QBrush(QColor(_COLOURS[row.action])))
            grid.setItem(r, c, item)
    grid.resizeColumnsToContents()


def _rows_to_show(plan: ImportPlan) -> list:
    """Rejected rows first (they need the user), then the rest up to a limit."""
    rejected = plan.rejected
    others = [r for r in plan.rows if r.action is not Action.REJECT]
    return rejected + others[: max(0, MAX_SHOWN - len(rejected))]


def _changes(plan: ImportPlan, row, lang: str) -> str:
    labels = {f.name: (f.en if lang == "en" else f.ko) for f in FIELDS[plan.kind]}
    return "; ".join(
        f"{labels.get(name, name)}: {old or '-'} → {new or '-'}" for name, (old, new) in row.changes.items()
    )
