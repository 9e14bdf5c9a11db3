"""When the database cannot be opened: say why, offer the newest backup or another file."""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dctracker.boundary import as_user_error
from dctracker.domain.errors import UserError
from dctracker.services.files import BackupInfo, inspect_file, list_backups, restore
from dctracker.store.errors import DamagedDatabaseError, DatabaseLockedError, StoreError
from dctracker.ui.dialogs import messages
from dctracker.ui.recovery.restore_dialog import taken_text

if TYPE_CHECKING:
    from dctracker.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class Choice(Enum):
    RESTORE = "restore"
    OTHER_FILE = "other"
    RETRY = "retry"


class OpenFailureDialog(QDialog):
    """The reason, and the ways on: restore the newest backup (a damaged file),
    try again (a locked file), open another file, or quit."""

    def __init__(
        self, error: UserError, newest: BackupInfo | None, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("openFailureDialog")
        self.setWindowTitle(self.tr("dctracker — Cannot Open the Database"))
        self.choice: Choice | None = None
        heading = QLabel(self.tr("The database cannot be opened."), self)
        heading.setStyleSheet("QLabel { font-weight: bold; }")
        message = QLabel(error.message(lang), self)
        message.setObjectName("openFailureMessage")
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(message)
        buttons = QDialogButtonBox(self)
        if newest is not None:
            hint = QLabel(self.tr("Restoring keeps a copy of the damaged file in the backups folder."), self)
            hint.setWordWrap(True)
            layout.addWidget(hint)
            self._button(
                buttons,
                "restoreNewestButton",
                Choice.RESTORE,
                self.tr("Restore Newest Backup ({taken})").format(taken=taken_text(newest)),
            )
        if isinstance(error, DatabaseLockedError):
            self._button(buttons, "retryButton", Choice.RETRY, self.tr("Try Again"))
        self._button(buttons, "otherFileButton", Choice.OTHER_FILE, self.tr("Open Another File…"))
        quit_button = buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quitButton")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _button(self, box: QDialogButtonBox, name: str, choice: Choice, text: str) -> None:
        button: QPushButton = box.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        button.setObjectName(name)
        button.clicked.connect(lambda: self._choose(choice))

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()


def newest_usable_backup(path: Path, error: UserError) -> BackupInfo | None:
    """Only a damaged file is replaced by a backup (not someone else's or a newer file)."""
    if not isinstance(error, DamagedDatabaseError):
        return None
    for info in list_backups(path):
        try:
            inspect_file(info.path)
        except StoreError as exc:
            log.warning("backup %s unusable: %s", info.path, exc)
            continue
        return info
    return None


def ask_open_failure(
    error: UserError, newest: BackupInfo | None, lang: str
) -> tuple[Choice, Path | None] | None:
    """Show the dialog; the choice and, for another file, its path. None means quit."""
    dialog = OpenFailureDialog(error, newest, lang)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None:
        return None
    if dialog.choice is Choice.OTHER_FILE:
        name, _ = QFileDialog.getOpenFileName(
            None,
            QCoreApplication.translate("OpenFailureDialog", "Open Database"),
            "",
            QCoreApplication.translate("OpenFailureDialog", "dctracker database (*.db);;All files (*)"),
        )
        return (Choice.OTHER_FILE, Path(name)) if name else None
    return dialog.choice, newest.path if newest else None


def open_with_recovery(path: Path, open_window: Callable[[Path], MainWindow], lang: str) -> MainWindow | None:
    """Open `path` with `open_window`; on a failure a user can cause (see
    boundary.py) ask them until it opens or they quit. A bug is raised."""
    while True:
        try:
            return open_window(path)
        except Exception as exc:
            said = as_user_error(exc, path)
            if said is None:
                raise
            log.warning("cannot open %s: %s", path, said, exc_info=None if said is exc else exc)
            answer = ask_open_failure(said, newest_usable_backup(path, said), lang)
        if answer is None:
            return None
        choice, target = answer
        if choice is Choice.OTHER_FILE and target is not None:
            path = target
        elif choice is Choice.RESTORE and target is not None:
            _restore(path, target, lang)


def _restore(path: Path, backup: Path, lang: str) -> None:
    try:
        restore(path, backup)
    except StoreError as exc:  # then the dialog comes back with the reason
        log.warning("restore of %s failed: %s", backup, exc)
        messages.show_error(None, exc.message(lang))
