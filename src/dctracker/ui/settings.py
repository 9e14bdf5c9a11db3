"""What the window remembers between runs, in an ini file in the data folder.

An explicit ini path (rather than the registry or ~/.config) keeps portable
installs self-contained and lets tests, which set DCTRACKER_DATA_DIR, never
touch the real user's settings.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget

from dctracker import paths
from dctracker.domain.filters import Period, RecordFilter
from dctracker.domain.records import ProjectStatus
from dctracker.domain.regions import Region
from dctracker.render.i18n import DEFAULT_LANGUAGE, LANGUAGES

log = logging.getLogger(__name__)
MAX_RECENT = 8
ALL_STATUSES = "*"  # filter/statuses when no status filter is set ("" is: none chosen)


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
    return [Path(str(v)) for v in value] if isinstance(value, list) else []


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


def remember_filter(record_filter: RecordFilter) -> None:
    """The place, statuses and period, for the next start; not the search,
    a question of the moment that would hide records without saying so."""
    settings = app_settings()
    f = record_filter
    settings.setValue("filter/region", f.region.value if f.region else "")
    settings.setValue("filter/sigungu", ",".join(sorted(f.sigungu or ())))
    statuses = ALL_STATUSES if f.statuses is None else ",".join(sorted(s.value for s in f.statuses))
    settings.setValue("filter/statuses", statuses)
    period = f"{f.period.start.isoformat()}..{f.period.end.isoformat()}" if f.period else ""
    settings.setValue("filter/period", period)


def remembered_filter() -> RecordFilter:
    """The filter of the last session; one that cannot be read is dropped (and logged)."""
    settings = app_settings()
    keys = ("region", "sigungu", "statuses", "period")
    text = {key: str(settings.value(f"filter/{key}", "")) for key in keys}
    try:
        region = Region(text["region"]) if text["region"] else None
        sigungu = frozenset(text["sigungu"].split(",")) if region and text["sigungu"] else None
        statuses = (
            None
            if text["statuses"] in (ALL_STATUSES, "")
            else frozenset(ProjectStatus(v) for v in text["statuses"].split(","))
        )
        period = None
        if text["period"]:
            start, end = text["period"].split("..")
            period = Period(date.fromisoformat(start), date.fromisoformat(end))
    except ValueError:
        log.warning("dropping a remembered filter that cannot be read: %r", text)
        return RecordFilter()
    return RecordFilter(region=region, sigungu=sigungu, statuses=statuses, period=period)
