"""Tools → Check Database: the store's check, reported in plain words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from dctracker.store.check import CheckReport, check_file
from dctracker.store.errors import StoreError
from dctracker.ui.recovery import messages

if TYPE_CHECKING:
    from dctracker.ui.main_window import MainWindow


def run_check(window: MainWindow) -> CheckReport | None:
    title = QCoreApplication.translate("CheckAction", "Check Database")
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        report = check_file(window.store.path)
    except StoreError as exc:
        QApplication.restoreOverrideCursor()
        messages.show_error(window, title, exc.message(window.lang))
        return None
    QApplication.restoreOverrideCursor()
    if report.ok:
        messages.show_info(window, title, report.summary(window.lang))
    else:
        messages.show_error(window, title, report.summary(window.lang))
    return report
