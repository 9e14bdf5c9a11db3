"""Every message box goes through these helpers, so tests can replace them
(monkeypatch this module) instead of clicking modal boxes."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from dctracker.boundary import as_user_error

log = logging.getLogger(__name__)


def _title() -> str:
    return QCoreApplication.translate("Messages", "dctracker")


def show_error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    log.warning("shown to the user: %s", text)
    QMessageBox.warning(parent, title or _title(), text)


def show_failure(parent: QWidget | None, exc: Exception, lang: str, title: str | None = None) -> None:
    """Say a failure a user can cause (the rule is in boundary.py) in their
    language; anything else is a bug and goes on to the crash dialog."""
    said = as_user_error(exc, getattr(getattr(parent, "store", None), "path", None))
    if said is None:
        raise exc
    show_error(parent, said.message(lang), title)


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    QMessageBox.information(parent, title or _title(), text)


def ask_yes_no(
    parent: QWidget | None, question: str, default_yes: bool = False, title: str | None = None
) -> bool:
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    default = QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title or _title(), question, buttons, default)
    return answer == QMessageBox.StandardButton.Yes


def ask_open_path(parent: QWidget | None, title: str) -> str:
    """A database file to open, or "" when cancelled."""
    filters = QCoreApplication.translate("Messages", "dctracker database (*.db *.sqlite);;All files (*)")
    return QFileDialog.getOpenFileName(parent, title, "", filters)[0]


def ask_new_path(parent: QWidget | None, title: str) -> str:
    filters = QCoreApplication.translate("Messages", "dctracker database (*.db *.sqlite);;All files (*)")
    return QFileDialog.getSaveFileName(parent, title, "dctracker.db", filters)[0]
