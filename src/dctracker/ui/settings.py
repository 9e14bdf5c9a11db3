"""What the window remembers between runs, in an ini file in the data folder.

An explicit ini path (rather than the registry or ~/.config) keeps portable
installs self-contained and lets tests, which set DCTRACKER_DATA_DIR, never
touch the real user's settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget

from dctracker import paths
from dctracker.ui.i18n import DEFAULT_LANGUAGE, LANGUAGES

MAX_RECENT = 8


def app_settings() -> QSettings:
    return QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def language() -> str:
    value = str(app_settings().value("language", DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(lang: str) -> None:
    app_settings().setValue("language", lang)


def last_database() -> Path | None:
    value = app_settings().value("lastDatabase")
    return Path(str(value)) if value else None


def recent_files() -> list[Path]:
    value = app_settings().value("recentFiles", [])
    if isinstance(value, str):  # QSettings gives a lone string for a one-item list
        value = [value]
    return [Path(str(v)) for v in value or []]


def remember_database(path: Path) -> None:
    """Make `path` the last database and the first of the recent files."""
    path = path.resolve()
    settings = app_settings()
    settings.setValue("lastDatabase", str(path))
    recent = [p for p in recent_files() if p != path]
    settings.setValue("recentFiles", [str(p) for p in [path, *recent][:MAX_RECENT]])


def restore_window(window: QMainWindow, splitter: QSplitter, tabs: QTabWidget) -> None:
    """Geometry, docks, splitter sizes and the tab shown when last closed."""
    settings = app_settings()
    for key, restore in (
        ("geometry", window.restoreGeometry),
        ("state", window.restoreState),
        ("splitter", splitter.restoreState),
    ):
        value = settings.value(f"window/{key}")
        if isinstance(value, QByteArray):
            restore(value)
    tab = settings.value("window/tab")
    if isinstance(tab, str) and tab.isdigit() and int(tab) < tabs.count():
        tabs.setCurrentIndex(int(tab))


def save_window(window: QMainWindow, splitter: QSplitter, tabs: QTabWidget) -> None:
    settings = app_settings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/splitter", splitter.saveState())
    settings.setValue("window/tab", str(tabs.currentIndex()))


def value(key: str, default: object = None) -> object:
    return app_settings().value(key, default)
