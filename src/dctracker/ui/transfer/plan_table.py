"""The dry-run plan as a table: row number, what happens, and why.

It is the review: a created or updated row can be unticked to leave it out
(its Row cell is checkable, its row number in Qt.UserRole), and a row whose
project needs confirmation has a box to pick the stored project it means or
say it is new.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from dctracker.io.mapping import FIELDS
from dctracker.io.plan import NEW_PROJECT, Action, ImportPlan, RowPlan
from dctracker.render.i18n import QT_TRANSLATE_NOOP

ACTION_TEXT = {
    Action.CREATE: QT_TRANSLATE_NOOP("Transfer", "New"),
    Action.UPDATE: QT_TRANSLATE_NOOP("Transfer", "Update"),
    Action.UNCHANGED: QT_TRANSLATE_NOOP("Transfer", "Unchanged"),
    Action.REJECT: QT_TRANSLATE_NOOP("Transfer", "Rejected"),
}
_COLOURS = {Action.CREATE: "#1b5e20", Action.UPDATE: "#0d47a1", Action.REJECT: "#b00020"}
MATCH_COLUMN = 4
MAX_SHOWN = 5000  # a 100,000-row plan is summarised; the rejected rows are always shown


def plan_table(parent: QWidget) -> QTableWidget:
    grid = QTableWidget(0, 5, parent)
    grid.setObjectName("planTable")
    grid.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("Transfer", "Row"),
            QCoreApplication.translate("Transfer", "Action"),
            QCoreApplication.translate("Transfer", "Record"),
            QCoreApplication.translate("Transfer", "Details"),
            QCoreApplication.translate("Transfer", "Stored project"),
        ]
    )
    grid.horizontalHeader().setStretchLastSection(True)
    grid.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
    grid.verticalHeader().hide()
    grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    return grid


def fill_plan_table(
    grid: QTableWidget,
    plan: ImportPlan | None,
    lang: str,
    on_match: Callable[[str, str], None] | None = None,
) -> None:
    """`on_match(file spelling, stored name or NEW_PROJECT)`: a person's answer
    to a row whose project needs confirmation."""
    rows = [] if plan is None else _rows_to_show(plan)
    grid.blockSignals(True)  # filling is not the user ticking rows
    grid.clearContents()
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
        items = [QTableWidgetItem(text) for text in texts]
        if row.action in (Action.CREATE, Action.UPDATE):
            _checkable(items[0], row.row, row.row not in plan.declined)
        for c, item in enumerate(items):
            if row.action in _COLOURS:
                item.setForeground(QBrush(QColor(_COLOURS[row.action])))
            grid.setItem(r, c, item)
        if row.needs_confirmation and on_match is not None:
            grid.setCellWidget(r, MATCH_COLUMN, _match_box(grid, row, on_match))
    grid.blockSignals(False)
    grid.resizeColumnsToContents()


def _checkable(item: QTableWidgetItem, number: int, accepted: bool) -> None:
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if accepted else Qt.CheckState.Unchecked)
    item.setData(Qt.ItemDataRole.UserRole, number)


def _match_box(grid: QTableWidget, row: RowPlan, on_match: Callable[[str, str], None]) -> QComboBox:
    """The stored projects the row's project name may mean, or a new project."""
    box = QComboBox(grid)
    box.setObjectName(f"matchBox{row.row}")
    box.addItem(QCoreApplication.translate("Transfer", "(which project?)"), None)
    for candidate in row.candidates:
        box.addItem(f"{candidate.project.name} ({candidate.score:.0%})", candidate.project.name)
    box.addItem(QCoreApplication.translate("Transfer", "New project"), NEW_PROJECT)
    name = row.project_name

    def answered() -> None:
        if box.currentData() is not None:  # not the "which project?" prompt
            on_match(name, box.currentData())

    box.currentIndexChanged.connect(answered)
    return box


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
