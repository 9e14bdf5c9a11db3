"""The database file as the CLI and the window look after it: back up,
restore, check and repair.

store/ does the work on the file (page copies, renames, PRAGMA checks); this
is the one place that says what each use case does with it, e.g. that a
backup by hand is followed by the rotation of old backups.
"""

from __future__ import annotations

from pathlib import Path

from dctracker.store.file.backup import (
    BackupInfo,
    PreparedRestore,
    copy_database,
    daily_backup,
    finish_restore,
    list_backups,
    make_backup,
    prepare_restore,
    restore,
    rotate,
)
from dctracker.store.file.check import CheckReport, check_file
from dctracker.store.file.database import inspect_file
from dctracker.store.file.repair import repair_spans

__all__ = [
    "BackupInfo",
    "CheckReport",
    "PreparedRestore",
    "back_up",
    "check_file",
    "daily_backup",
    "finish_restore",
    "inspect_file",
    "list_backups",
    "prepare_restore",
    "repair_spans",
    "restore",
]


def back_up(path: Path, out: Path | None = None) -> Path:
    """Back up the database at `path` by hand: into its backups folder (then
    thinning old backups out, as every backup there does), or to `out`."""
    if out is not None:
        return copy_database(path, out)
    written = make_backup(path, "manual")
    rotate(path)
    return written
