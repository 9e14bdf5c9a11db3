"""File → Restore from Backup: pick a backup, confirm, keep the current file, reopen."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dctracker.render.i18n import QT_TRANSLATE_NOOP
from dctracker.services.files import BackupInfo, finish_restore, list_backups, prepare_restore
from dctracker.store.errors import StoreError
from dctracker.ui.dialogs import messages
from dctracker.ui.ops import run_with_progress

if TYPE_CHECKING:
    from dctracker.ui.main_window import MainWindow

log = logging.getLogger(__name__)
REASONS = {
    "daily": QT_TRANSLATE_NOOP("RestoreDialog", "Daily (automatic)"),
    "import": QT_TRANSLATE_NOOP("RestoreDialog", "Before an import"),
    "bulk": QT_TRANSLATE_NOOP("RestoreDialog", "Before a bulk change"),
    "manual": QT_TRANSLATE_NOOP("RestoreDialog", "Made by hand"),
    "prerestore": QT_TRANSLATE_NOOP("RestoreDialog", "Before a restore"),
    "premigrate": QT_TRANSLATE_NOOP("RestoreDialog", "Before a program update"),
    "damaged": QT_TRANSLATE_NOOP("RestoreDialog", "Damaged file kept"),
}


def reason_label(reason: str) -> str:
    source = REASONS.get(reason)
    return QCoreApplication.translate("RestoreDialog", source) if source else reason


def taken_text(info: BackupInfo) -> str:
    return info.taken_at.strftime("%Y-%m-%d %H:%M:%S")


class RestoreDialog(QDialog):
    """The backups of one file, newest first; the newest is selected."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.backups = backups
        intro = QLabel(
            self.tr(
                "Choose the backup to go back to. The current data is backed up first, so "
                "the restore itself can be undone by restoring that copy."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = self._table(backups)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.resize(560, 380)

    def _table(self, backups: list[BackupInfo]) -> QTableWidget:
        table = QTableWidget(len(backups), 3, self)
        table.setObjectName("backupTable")
        table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Size")])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        for row, info in enumerate(backups):
            size = QTableWidgetItem(QLocale().formattedDataSize(info.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate(
                [QTableWidgetItem(taken_text(info)), QTableWidgetItem(reason_label(info.reason)), size]
            ):
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.doubleClicked.connect(self.accept)
        if backups:
            table.selectRow(0)
        return table

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None


def choose_backup(window: MainWindow, backups: list[BackupInfo]) -> BackupInfo | None:
    dialog = RestoreDialog(backups, window)
    return dialog.selected() if dialog.exec() == QDialog.DialogCode.Accepted else None


def restore_from_backup(window: MainWindow) -> None:
    """The menu action: choose, confirm, restore, reopen."""
    title = QCoreApplication.translate("RestoreDialog", "Restore from Backup")
    backups = list_backups(window.store.path)
    if not backups:
        messages.show_info(
            window,
            QCoreApplication.translate("RestoreDialog", "There are no backups of this file yet."),
            title,
        )
        return
    chosen = choose_backup(window, backups)
    if chosen is None:
        return
    question = QCoreApplication.translate(
        "RestoreDialog",
        "Go back to the backup of {taken}? Changes made since then are "
        "replaced; the current data is backed up first.",
    ).format(taken=taken_text(chosen))
    if not messages.ask_yes_no(window, question, title=title):
        return
    restore_into_window(window, chosen.path)


def restore_into_window(window: MainWindow, backup: Path) -> MainWindow | None:
    """Restore `backup` over the window's database and open it again.

    What can fail without touching the file (a damaged backup, a backups
    folder that takes no file, a full disk) fails while the window still has
    its database open, leaving the window as it was. Then the database is
    closed, backed up, replaced and reopened in a fresh window, as opening
    any database is: every part of the old window (forms, undo stack, dashboard) held the
    old connection, and none of them may touch the file while it is replaced.
    """
    title = QCoreApplication.translate("RestoreDialog", "Restore from Backup")
    path = window.store.path
    try:
        prepared = run_with_progress(
            window,
            QCoreApplication.translate("RestoreDialog", "Checking {name}…").format(name=backup.name),
            0,
            lambda _store, _progress, _cancelled: prepare_restore(path, backup),
        )
    except StoreError as exc:
        _say_failed(window, backup, exc, title)
        return window
    window.store.close()
    try:
        kept = finish_restore(prepared)
    except StoreError as exc:  # someone else has the file open: it is as it was
        _say_failed(window, backup, exc, title)
        return window.reopen(path)
    reopened = window.reopen(path)
    messages.show_info(
        reopened or window,
        QCoreApplication.translate(
            "RestoreDialog", "The backup is restored. The data as it was before is kept as {name}."
        ).format(name=kept.name if kept else "-"),
        title,
    )
    return reopened


def _say_failed(window: MainWindow, backup: Path, exc: StoreError, title: str) -> None:
    log.warning("restore of %s failed: %s", backup, exc)
    messages.show_error(window, exc.message(window.lang), title)
