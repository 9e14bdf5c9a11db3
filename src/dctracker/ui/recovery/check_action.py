"""Tools → Check Database: the store's check, reported in plain words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from dctracker.store.check import CheckReport, check_file
from dctracker.store.errors import StoreError
from dctracker.ui.dialogs import messages

if TYPE_CHECKING:
    from dctracker.ui.main_window import MainWindow


def run_check(window: MainWindow) -> CheckReport | None:
    title = QCoreApplication.translate("CheckAction", "Check Database")
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        report = check_file(window.store.path)
    except StoreError as exc:
        QApplication.restoreOverrideCursor()
        messages.show_error(window, exc.message(window.lang), title)
        return None
    QApplication.restoreOverrideCursor()
    if report.ok:
        messages.show_info(window, report.summary(window.lang), title)
    else:
        messages.show_error(window, report.summary(window.lang), title)
    return report
