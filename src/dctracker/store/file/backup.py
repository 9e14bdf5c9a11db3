"""Consistent copies of the database, kept in a `backups` folder beside it.

Copies are made with SQLite's online backup API from a read-only connection,
so they are consistent even while another window is saving, and are written
to a temporary name first: a copy interrupted by a crash is never mistaken
for a backup. Names carry the time (`dctracker-20251126-093000-daily.db`).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Hashable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from dctracker.domain import clock
from dctracker.store.errors import BackupError, BackupWriteError, DatabaseLockedError, StoreError
from dctracker.store.file.database import BUSY_TIMEOUT_S, inspect_file, raise_user_error, reader
from dctracker.store.file.failures import translate
from dctracker.store.file.presence import sole_user

if TYPE_CHECKING:
    from dctracker.store.facade import Store

BACKUP_FOLDER = "backups"
STAMP = "%Y%m%d-%H%M%S"
_PARTIAL = ".partial"
SIDECARS = ("-wal", "-shm", "-journal")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Rotation:
    """How many backups to keep: the newest few, then one per day and one per week."""

    recent: int = 5
    daily: int = 7
    weekly: int = 4


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / BACKUP_FOLDER


def _name_pattern(db_path: Path) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(db_path.stem)}-(\d{{8}}-\d{{6}})(?:-(\d+))?-([a-z0-9]+)\.db$")


def copy_database(source: Path, dest: Path, *, busy_timeout: float = BUSY_TIMEOUT_S) -> Path:
    """Write a consistent, checked, single-file copy of `source` to `dest`."""
    partial = dest.with_name(f".{dest.name}.{os.getpid()}{_PARTIAL}")
    try:
        _copy_pages(source, partial, busy_timeout)
        _fsync(partial)
        os.replace(partial, dest)
        _fsync_folder(dest.parent)
    except OSError as exc:
        raise BackupWriteError(str(dest), str(exc)) from exc
    finally:
        if partial.exists():  # not unlink(missing_ok): a file in the folder's place is ENOTDIR
            partial.unlink()
    return dest


def _copy_pages(source: Path, dest: Path, busy_timeout: float) -> None:
    try:
        dst = sqlite3.connect(dest)
    except sqlite3.Error as exc:  # SQLite's words for a missing or read-only folder
        raise BackupWriteError(str(dest.parent), str(exc)) from exc
    try:
        with closing(reader(source, timeout=busy_timeout)) as src:
            src.backup(dst)  # all pages in one step: one read transaction, one snapshot
        dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        result = dst.execute("PRAGMA quick_check(1)").fetchone()[0]
    except sqlite3.Error as exc:
        raise_user_error(exc, source)
        raise
    finally:
        dst.close()
    if result != "ok":
        raise BackupError(f"백업 사본 검사 실패: {result}", f"the backup copy failed its check: {result}")


def _local_now() -> datetime:
    """Backup names carry local wall-clock time without an offset."""
    return clock.now().replace(tzinfo=None)


def make_backup(db_path: Path, reason: str, *, now: datetime | None = None) -> Path:
    """A new backup of `db_path` in its backups folder; `reason` is a short tag."""
    _make_folder(backup_folder(db_path))
    return copy_database(db_path, _free_name(db_path, reason, now or _local_now()))


def _free_name(db_path: Path, reason: str, when: datetime) -> Path:
    tag = re.sub(r"[^a-z0-9]", "", reason.lower()) or "backup"
    base = f"{db_path.stem}-{when:{STAMP}}"
    candidate, n = backup_folder(db_path) / f"{base}-{tag}.db", 1
    while candidate.exists():
        n += 1
        candidate = backup_folder(db_path) / f"{base}-{n}-{tag}.db"
    return candidate


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of `db_path`, newest first."""
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    pattern = _name_pattern(db_path)
    found = []
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if match:
            taken = datetime.strptime(match.group(1), STAMP)
            found.append(
                (
                    taken,
                    int(match.group(2) or 1),
                    BackupInfo(path, taken, match.group(3), path.stat().st_size),
                )
            )
    return [info for *_, info in sorted(found, key=lambda t: t[:2], reverse=True)]


def rotate(db_path: Path, rotation: Rotation = Rotation()) -> list[Path]:
    """Delete the backups `rotation` does not keep; returns those deleted."""
    backups = list_backups(db_path)
    keep = {b.path for b in backups[: rotation.recent]}
    keep |= _newest_per(backups, lambda b: b.taken_at.date(), rotation.daily)
    keep |= _newest_per(backups, lambda b: b.taken_at.isocalendar()[:2], rotation.weekly)
    deleted = [b.path for b in backups if b.path not in keep]
    for path in deleted:
        path.unlink(missing_ok=True)
    _remove_stale_partials(backup_folder(db_path))
    return deleted


def _newest_per(backups: list[BackupInfo], period: Callable[[BackupInfo], Hashable], count: int) -> set[Path]:
    newest: dict[object, Path] = {}
    for info in backups:  # newest first, so the first seen in a period is its newest
        key = period(info)
        if key not in newest and len(newest) < count:
            newest[key] = info.path
    return set(newest.values())


def _remove_stale_partials(folder: Path) -> None:
    """Copies cut short by a crash; a day old is surely not still being written."""
    # File times are the file system's, so the age is measured on its clock.
    cutoff = time.time() - timedelta(days=1).total_seconds()
    for path in folder.glob(f".*{_PARTIAL}"):
        if path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)


def backup_before(store: Store, reason: str, rotation: Rotation = Rotation()) -> Path | None:
    """Back up before an import or bulk change; None for a read-only store (nothing will change).

    Call it outside any transaction: the copy shows what is committed.
    """
    if store.read_only:
        return None
    path = make_backup(store.path, reason)
    rotate(store.path, rotation)
    log.info("backup before %s: %s", reason, path)
    return path


def daily_backup(
    store: Store, *, now: datetime | None = None, rotation: Rotation = Rotation()
) -> Path | None:
    """The start-up backup, at most one a day; None when today's exists already."""
    now = now or _local_now()
    if store.read_only or any(
        b.reason == "daily" and b.taken_at.date() == now.date() for b in list_backups(store.path)
    ):
        return None
    path = make_backup(store.path, "daily", now=now)
    rotate(store.path, rotation)
    return path


@dataclass(frozen=True)
class PreparedRestore:
    """A restore ready to finish: the backup checked and copied beside the
    file (`incoming`), the backups folder known to take a file."""

    db_path: Path
    incoming: Path


def prepare_restore(db_path: Path, backup: Path) -> PreparedRestore:
    """What a restore can do while this program still has `db_path` open,
    touching nothing of it: a damaged backup, a backups folder that takes no
    file or a full disk fail here, before the window lets go of its database."""
    inspect_file(backup)  # ours, whole, not newer: or a clear error, and nothing replaced
    _make_folder(backup_folder(db_path), probe=True)
    incoming = db_path.with_name(f".{db_path.name}.restore{_PARTIAL}")
    copy_database(backup, incoming)
    return PreparedRestore(db_path, incoming)


def finish_restore(prepared: PreparedRestore, *, now: datetime | None = None) -> Path | None:
    """Back up the file and put the prepared copy in its place; this program
    must have closed the file by now. Refuses while another window or user
    has it open, in either journal mode; the backup and the replacing are
    done as its sole user, so the backup holds everything replaced. Returns
    that backup (see restore)."""
    db_path = prepared.db_path
    try:
        with sole_user(db_path):  # in any journal mode (presence.py)
            kept = _safety_copy(db_path, now or _local_now())
            _release_journal(db_path)
            _replace(db_path, prepared.incoming)
    finally:
        prepared.incoming.unlink(missing_ok=True)  # left only when the restore did not happen
    log.info("restored %s (previous file kept as %s)", db_path, kept)
    return kept


def restore(db_path: Path, backup: Path, *, now: datetime | None = None) -> Path | None:
    """Put `backup` in place of `db_path`, which must be closed by this program.

    The current file is backed up first (returned); if it is too damaged for
    that, its raw bytes are kept instead; None if there was no file. Refuses
    while another window or user has the file open, in either journal mode.
    """
    return finish_restore(prepare_restore(db_path, backup), now=now)


def _make_folder(folder: Path, *, probe: bool = False) -> None:
    """`folder`, made if missing; `probe`: and known to take a file."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if probe:
            with tempfile.TemporaryFile(dir=folder):
                pass
    except OSError as exc:
        raise BackupWriteError(str(folder), exc.strerror or str(exc)) from exc


def _replace(db_path: Path, incoming: Path) -> None:
    try:
        for suffix in SIDECARS:  # never replay the old file's journal onto the restored one
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        os.replace(incoming, db_path)
        _fsync_folder(db_path.parent)
    except OSError as exc:
        raise BackupError(f"복원하지 못했습니다: {exc}", f"could not restore: {exc}") from exc


def _safety_copy(db_path: Path, now: datetime) -> Path | None:
    if not db_path.exists():
        return None
    try:
        return make_backup(db_path, "prerestore", now=now)
    except (DatabaseLockedError, BackupWriteError):
        raise  # the file is fine: someone has it open, or the backups folder takes nothing
    except StoreError as exc:
        log.warning("current file cannot be backed up (%s); keeping its raw bytes", exc)
        raw = _free_name(db_path, "damaged", now)
        try:
            for suffix in ("", "-wal"):
                if Path(f"{db_path}{suffix}").exists():
                    shutil.copyfile(f"{db_path}{suffix}", f"{raw}{suffix}")
        except OSError as copy_failed:  # then the file is not replaced: its bytes are all there is
            for suffix in ("", "-wal"):
                Path(f"{raw}{suffix}").unlink(missing_ok=True)  # never listed as a backup
            raise BackupWriteError(str(raw), copy_failed.strerror or str(copy_failed)) from copy_failed
        return raw


def _release_journal(db_path: Path) -> None:
    """Fold the WAL into the file and check that no one else has it open."""
    try:
        conn = sqlite3.connect(db_path, timeout=1.0, isolation_level=None)
        try:
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if isinstance(translate(exc, str(db_path)), DatabaseLockedError):
            raise DatabaseLockedError(str(db_path)) from exc
        log.warning("current file unreadable before restore: %s", exc)  # kept raw already
        return
    if mode.lower() != "delete":
        raise DatabaseLockedError(str(db_path))


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder to flush it; NTFS journals the rename
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
