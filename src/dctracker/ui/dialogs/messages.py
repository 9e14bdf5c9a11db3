"""Every message box, file dialog and one-question input box goes through
these helpers, so tests can replace them (monkeypatch this module) instead of
clicking modal boxes, and each looks and is logged the same everywhere."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

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


def ask_file_to_open(parent: QWidget | None, title: str, filters: str, folder: str = "") -> Path | None:
    """A file to read; None when the user cancels."""
    name = QFileDialog.getOpenFileName(parent, title, folder, filters)[0]
    return Path(name) if name else None


def ask_file_to_save(
    parent: QWidget | None, title: str, suggested: str, filters: str
) -> tuple[Path, str] | None:
    """Where to write and the filter chosen (";;"-separated in `filters`);
    None when the user cancels."""
    name, chosen = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return (Path(name), chosen) if name else None


def ask_number(
    parent: QWidget | None, title: str, label: str, value: int, limits: tuple[int, int], step: int = 1
) -> int | None:
    number, ok = QInputDialog.getInt(parent, title, label, value, limits[0], limits[1], step)
    return number if ok else None


def ask_choice(parent: QWidget | None, title: str, label: str, items: Sequence[str]) -> str | None:
    """One of `items` (the first is proposed); None when the user cancels."""
    item, ok = QInputDialog.getItem(parent, title, label, list(items), 0, False)
    return item if ok else None


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    answer, ok = QInputDialog.getText(parent, title, label, text=text)
    return answer if ok else None
