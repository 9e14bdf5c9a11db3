"""Driving the real window the way a user does."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from dctracker.ui.main_window import MainWindow
from dctracker.ui.models.record_table import RecordRole


@dataclass
class Dialogs:
    """What the message-box helpers were asked (see conftest.dialogs)."""

    errors: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    answer: bool = True


def show_ready(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """Show the window and wait for what it builds after its first paint
    (the chart tabs, the form, the dashboard's figures)."""
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.is_ready)
    return window


TABLES = {
    "projects": "projectTable",
    "mous": "mouTable",
    "milestones": "milestoneTable",
    "organizations": "organizationTable",
    "indicators": "indicatorTable",
}


def table(window: MainWindow, kind: str) -> QTableView:
    """The table of `kind`, loaded (a hidden tab's table loads when needed)."""
    window.table_ready(kind)
    return window.findChild(QTableView, TABLES[kind])


def column(view: QTableView, header: str) -> list[str]:
    model = view.model()
    col = next(
        c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == header
    )
    return [model.index(r, col).data() for r in range(model.rowCount())]


def records(window: MainWindow, kind: str) -> list[Any]:
    model = table(window, kind).model()
    return [model.index(r, 0).data(RecordRole) for r in range(model.rowCount())]


def click_row(qtbot: QtBot, window: MainWindow, kind: str, text: str) -> Any:
    """Switch to the tab and click the first row whose first column contains `text`."""
    view = table(window, kind)
    window.tabs.setCurrentWidget(view)
    model = view.model()
    row = next(r for r in range(model.rowCount()) if text in model.index(r, 0).data())
    rect = view.visualRect(model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return model.index(row, 0).data(RecordRole)


def type_text(widget: Any, text: str) -> None:
    """Key presses carrying each character (QTest.keyClicks asserts on Hangul)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def type_into(qtbot: QtBot, line_edit: Any, text: str) -> None:
    """Replace the text of a line edit as a user would: select all, type."""
    line_edit.setFocus()
    line_edit.selectAll()
    qtbot.keyClick(line_edit, Qt.Key.Key_Backspace)
    type_text(line_edit, text)


def save(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.detail.save_button, Qt.MouseButton.LeftButton)


def run_cli(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """`dctracker ARGS` in a process of its own, as a user types it."""
    return subprocess.run(
        [sys.executable, "-m", "dctracker.cli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env=env,
        cwd=cwd,
    )
