"""Data safety in the window: restore from a backup, check the database,
back up now, the status of the open file, and the start-up helpers app.py
uses (logging, crash dialog, open failures, the daily backup)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from dctracker.boundary import as_user_error
from dctracker.services.files import back_up, daily_backup
from dctracker.store.errors import StoreError
from dctracker.ui.dialogs import messages
from dctracker.ui.ops import run_with_progress
from dctracker.ui.recovery.check_action import run_check
from dctracker.ui.recovery.restore_dialog import restore_from_backup
from dctracker.ui.recovery.status import StoreModeLabel

if TYPE_CHECKING:
    from dctracker.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def attach(window: MainWindow) -> None:
    restore_action = QAction(QCoreApplication.translate("Recovery", "Restore from &Backup…"), window)
    restore_action.setObjectName("restoreBackupAction")
    restore_action.triggered.connect(lambda: restore_from_backup(window))
    backup_action = QAction(QCoreApplication.translate("Recovery", "Back &Up Now"), window)
    backup_action.setObjectName("backupNowAction")
    backup_action.triggered.connect(lambda: back_up_now(window))
    check_action = QAction(QCoreApplication.translate("Recovery", "&Check Database…"), window)
    check_action.setObjectName("checkDatabaseAction")
    check_action.triggered.connect(lambda: run_check(window))
    window.menus["file"].addActions([backup_action, restore_action])
    window.menus["tools"].addAction(check_action)
    label = StoreModeLabel(window)
    window.statusBar().addPermanentWidget(label)

    def show_state() -> None:
        label.show_store(window.store)
        restore_action.setEnabled(not window.store.read_only)

    window.storeChanged.connect(show_state)
    show_state()


def back_up_now(window: MainWindow) -> None:
    title = QCoreApplication.translate("Recovery", "Back Up Now")
    source = window.store.path
    try:
        path = run_with_progress(
            window,
            QCoreApplication.translate("Recovery", "Backing up {name}…").format(name=source.name),
            0,
            lambda _store, _progress, _cancelled: back_up(source),
        )
    except StoreError as exc:
        messages.show_error(window, exc.message(window.lang), title)
        return
    done = QCoreApplication.translate("Recovery", "Backed up to {path}")
    window.statusBar().showMessage(done.format(path=path), 10_000)


def automatic_backup(window: MainWindow) -> None:
    """The start-up backup (at most one a day). A failure, even a bug, is a
    warning in the status bar and the log, never a failed start: the user
    can still work, and back up by hand once the reason is fixed."""
    try:
        path = daily_backup(window.store)
    except Exception as exc:
        said = as_user_error(exc, window.store.path)
        log.warning("daily backup failed: %s", said or exc, exc_info=None if said is exc else exc)
        reason = said.message(window.lang) if said is not None else str(exc)
    else:
        if path is not None:
            log.info("daily backup: %s", path)
        return
    failed = QCoreApplication.translate("Recovery", "Automatic backup failed: {reason}")
    window.statusBar().showMessage(failed.format(reason=reason))
