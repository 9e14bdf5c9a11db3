"""Starting the window: QApplication, translations, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from dctracker import paths
from dctracker.bootstrap import open_or_create
from dctracker.store.errors import StoreError
from dctracker.ui.i18n import DEFAULT_LANGUAGE, install_translators
from dctracker.ui.main_window import MainWindow


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
    try:
        window = create_main_window(db_path, lang)
    except StoreError as exc:
        QMessageBox.critical(None, "dctracker", exc.message(lang))
        return 1
    window.show()
    return app.exec()


def main() -> None:
    """Entry point of the console-less launcher (dctracker-app)."""
    sys.exit(run(paths.default_db_path()))
