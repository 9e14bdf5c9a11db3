"""Uncaught exceptions: logged, shown with a copy button, and the program goes on.

Qt calls sys.excepthook for an exception escaping a slot or event handler and
then carries on with its event loop, so the window stays usable.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dctracker.store.errors import StoreError

log = logging.getLogger(__name__)
DIALOG_NAME = "crashDialog"
# a dialog shown without a parent window is owned by Python: keep it until closed
_open_dialogs: list[CrashDialog] = []


class CrashDialog(QDialog):
    def __init__(self, headline: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(DIALOG_NAME)
        self.setWindowTitle(self.tr("dctracker — Error"))
        self.headline = QLabel(headline, self)
        self.headline.setWordWrap(True)
        self.details = QPlainTextEdit(details, self)
        self.details.setObjectName("crashDetails")
        self.details.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(self.tr("Copy Details"), self)
        copy.setObjectName("copyDetailsButton")
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    def add_details(self, details: str) -> None:
        self.details.appendPlainText("\n" + details)


def show_crash_dialog(headline: str, details: str) -> None:
    """Show the error; a second error while one is shown joins the same dialog."""
    for shown in _open_dialogs:
        if shown.isVisible():
            shown.add_details(details)
            return
    dialog = CrashDialog(headline, details, QApplication.activeWindow())
    _open_dialogs.append(dialog)
    dialog.finished.connect(lambda _result: _open_dialogs.remove(dialog))
    dialog.show()


def headline_for(exc: BaseException, lang: str) -> str:
    if isinstance(exc, StoreError):  # a known failure a feature forgot to catch
        return exc.message(lang)
    return QCoreApplication.translate(
        "CrashDialog",
        "Something went wrong. Your saved data is safe and the program keeps running. "
        "If it happens again, copy the details below and send them to whoever looks "
        "after dctracker.",
    )


def install_excepthook(lang: str = "ko") -> None:
    def report(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        details = "".join(traceback.format_exception(kind, exc, tb))
        log.critical("uncaught exception\n%s", details)
        try:
            show_crash_dialog(headline_for(exc, lang), details)
        except Exception:  # the dialog itself failed: the log still has the error
            log.exception("could not show the error dialog")

    sys.excepthook = report
