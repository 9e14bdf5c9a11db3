"""The window's error boundary (the rule is in boundary.py): an exception no
feature caught is logged and shown, and the program goes on.

Qt calls sys.excepthook for an exception escaping a slot or event handler and
then carries on with its event loop, so the window stays usable. What a user
can cause (a locked file, a folder without permission) is a message box; only
a bug reaches the crash dialog, with its details and a copy button.
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

from dctracker.boundary import as_user_error
from dctracker.ui.dialogs import messages

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


def headline() -> str:
    return QCoreApplication.translate(
        "CrashDialog",
        "Something went wrong. Your saved data is safe and the program keeps running. "
        "If it happens again, copy the details below and send them to whoever looks "
        "after dctracker.",
    )


def report(exc: BaseException, lang: str, *, at_start: bool = False) -> None:
    """Say `exc`: a message box for what a user can cause, the crash dialog for a bug.

    `at_start`: there is no event loop yet, so the dialog waits to be closed.
    """
    if isinstance(exc, Exception) and as_user_error(exc) is not None:
        log.warning("not caught where it happened: %s", exc, exc_info=exc)
        messages.show_failure(QApplication.activeWindow(), exc, lang)
        return
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.critical("uncaught exception\n%s", details)
    if at_start:
        CrashDialog(headline(), details).exec()
    else:
        show_crash_dialog(headline(), details)


def install_excepthook(lang: str = "ko") -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        try:
            report(exc, lang)
        except Exception:  # the dialog itself failed: the log still has the error
            log.exception("could not show the error")

    sys.excepthook = hook
