"""Where dctracker keeps its files and finds its bundled resources.

DCTRACKER_DATA_DIR overrides the user data folder, so tests and portable
installs (a USB stick on a 망분리 PC) never touch the real profile.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "dctracker"
_PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir() -> Path:
    override = os.environ.get("DCTRACKER_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    override = os.environ.get("DCTRACKER_DATA_DIR")
    if override:
        return Path(override) / "logs"
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    return data_dir() / "dctracker.db"


def _bundled(name: str) -> Path:
    """A top-level folder of the source tree, or its copy inside an installed wheel."""
    installed = _PACKAGE_DIR / f"_{name}"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent.parent / name


def migrations_dir() -> Path:
    return _bundled("db")


def resources_dir() -> Path:
    return _bundled("resources")
