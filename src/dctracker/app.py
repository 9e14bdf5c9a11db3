"""Starting the window: QApplication, translations, the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from dctracker import paths
from dctracker.bootstrap import open_or_create
from dctracker.logfile import setup_logging
from dctracker.render.i18n import LANGUAGES, install_translators
from dctracker.store import Store
from dctracker.store.errors import StoreError
from dctracker.ui import settings
from dctracker.ui.main_window import MainWindow
from dctracker.ui.recovery import automatic_backup, crash
from dctracker.ui.recovery.crash import install_excepthook
from dctracker.ui.recovery.open_failure import open_with_recovery

log = logging.getLogger(__name__)


def create_main_window(db_path: Path, lang: str | None = None) -> MainWindow:
    """The main window on `db_path` (created with demo data if absent), not shown.

    Needs a QApplication; installs the translators for `lang` (default: the
    saved language setting, else Korean) into it.
    """
    lang = lang if lang in LANGUAGES else settings.language()
    app = QApplication.instance()
    if app is not None:
        install_translators(app, lang)
    window = _window_on_checked_file(open_or_create(db_path, background_check=True), lang)
    settings.remember_database(db_path)
    return window


def _window_on_checked_file(store: Store, lang: str) -> MainWindow:
    """The window, built while the whole-file check runs (store/file/file_check.py),
    and given only if the check passes: a damaged file raises as before."""
    try:
        window = MainWindow(store, lang)
    except Exception:
        try:
            store.confirm_whole()  # damage found by the check explains a failed build best
        finally:
            store.close()
        raise
    try:
        store.confirm_whole()
    except StoreError:
        window.deleteLater()
        store.close()
        raise
    return window


def startup_database(db_path: Path | None) -> Path:
    """`--db` if given, else the last database opened (if still there), else the default."""
    if db_path is not None and db_path != paths.default_db_path():
        return db_path
    last = settings.last_database()
    return last if last is not None and last.exists() else paths.default_db_path()


class QuitWhenPainted(QObject):
    """Quits once `watched` (or anything inside it) has painted and the events
    queued after that paint are handled: a start-up measured to the first
    screen a user sees (`dctracker --quit-when-shown`, benchmarks/bundle.py)."""

    def __init__(self, watched: QWidget) -> None:
        super().__init__(watched)
        for widget in (watched, *watched.findChildren(QWidget)):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


def run(db_path: Path, lang: str | None = None, *, quit_when_shown: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_NAME)
    if lang is not None:
        settings.set_language(lang)
    shown_lang = lang if lang in LANGUAGES else settings.language()
    try:
        setup_logging()
    except OSError as exc:  # no log folder: the window works all the same
        log.warning("no log file: %s", exc)
    install_excepthook(shown_lang)
    try:
        window = open_with_recovery(
            startup_database(db_path), lambda path: create_main_window(path, lang), shown_lang
        )
    except Exception as exc:  # a bug before the event loop: say it, or the launcher shows nothing
        crash.report(exc, shown_lang, at_start=True)
        return 1
    if window is None:
        return 1
    automatic_backup(window)
    window.show()
    if quit_when_shown:
        QuitWhenPainted(window.tabs.currentWidget())
    return app.exec()


def main() -> None:
    """Entry point of the console-less launcher (dctracker-app)."""
    sys.exit(run(paths.default_db_path()))
