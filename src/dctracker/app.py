"""Starting the window: QApplication, translations, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from dctracker import paths
from dctracker.bootstrap import open_or_create
from dctracker.ui.i18n import DEFAULT_LANGUAGE, install_translators
from dctracker.ui.main_window import MainWindow
from dctracker.ui.recovery import automatic_backup
from dctracker.ui.recovery.crash import install_excepthook
from dctracker.ui.recovery.logging_setup import setup_logging
from dctracker.ui.recovery.open_failure import open_with_recovery


def create_main_window(db_path: Path, lang: str = DEFAULT_LANGUAGE) -> MainWindow:
    """The main window on `db_path` (created with demo data if absent), not shown.

    Needs a QApplication; installs the translators for `lang` into it.
    """
    app = QApplication.instance()
    if app is not None:
        install_translators(app, lang)
    return MainWindow(open_or_create(db_path), lang)


def run(db_path: Path, lang: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_NAME)
    lang = lang or DEFAULT_LANGUAGE
    setup_logging()
    install_excepthook(lang)
    window = open_with_recovery(db_path, lambda path: create_main_window(path, lang), lang)
    if window is None:
        return 1
    automatic_backup(window)
    window.show()
    return app.exec()


def main() -> None:
    """Entry point of the console-less launcher (dctracker-app)."""
    sys.exit(run(paths.default_db_path()))
