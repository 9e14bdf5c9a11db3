"""Where dctracker keeps its files and finds its bundled resources.

The data folder (database, settings.ini, backups/, logs/) is, first found:
- DCTRACKER_DATA_DIR, so tests never touch the real profile;
- `data/` beside the executable of a bundled build (tools/build.py) that has a
  file `portable.txt` next to it: a portable install on a USB stick;
- the user data folder (%LOCALAPPDATA%\\dctracker on Windows).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "dctracker"
PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA = "data"
_PACKAGE_DIR = Path(__file__).resolve().parent


def frozen_executable() -> Path | None:
    """The executable of a bundled (PyInstaller) build; None when run from source."""
    return Path(sys.executable).resolve() if getattr(sys, "frozen", False) else None


def portable_dir(executable: Path | None = None) -> Path | None:
    """The data folder beside a portable build, or None.

    `executable`: the bundled executable (default: this process's, if bundled);
    a run from source is never portable: its "executable" is Python's.
    """
    executable = executable or frozen_executable()
    if executable is None or not (executable.parent / PORTABLE_MARKER).is_file():
        return None
    return executable.parent / PORTABLE_DATA


def data_dir(executable: Path | None = None) -> Path:
    override = os.environ.get("DCTRACKER_DATA_DIR")
    if override:
        return Path(override)
    portable = portable_dir(executable)
    if portable is not None:
        return portable
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def log_dir(executable: Path | None = None) -> Path:
    override = os.environ.get("DCTRACKER_DATA_DIR")
    if override:
        return Path(override) / "logs"
    portable = portable_dir(executable)
    if portable is not None:
        return portable / "logs"
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
