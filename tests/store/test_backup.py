"""Backups: consistent copies, rotation, the daily one, restore."""

from __future__ import annotations

import shutil
import sqlite3
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from test_crash_safety import BATCH, assert_whole_batches, start_writer

from dctracker.bootstrap import create_database
from dctracker.domain.records import Project
from dctracker.domain.regions import Region
from dctracker.store import Store, open_store
from dctracker.store.errors import BackupError, DamagedDatabaseError, DatabaseLockedError
from dctracker.store.file import database
from dctracker.store.file.backup import (
    Rotation,
    backup_before,
    backup_folder,
    copy_database,
    daily_backup,
    list_backups,
    make_backup,
    restore,
    rotate,
)


def _names(store: Store) -> set[str]:
    return {p.name for p in store.projects.all()}


def test_backup_is_a_single_consistent_file_beside_the_data(demo_store: Store) -> None:
    path = backup_before(demo_store, "import")
    assert path is not None and path.parent == demo_store.path.parent / "backups"
    assert path.name.startswith("test-") and path.name.endswith("-import.db")
    assert not Path(f"{path}-wal").exists()
    copy = open_store(path)
    assert _names(copy) == _names(demo_store) and copy.projects.count() == 8
    copy.close()
    [info] = list_backups(demo_store.path)
    assert info.path == path and info.reason == "import" and info.size == path.stat().st_size


def test_backup_sees_committed_data_only_and_ignores_other_databases(store: Store) -> None:
    store.projects.create(Project(name="저장된 사업", region=Region.GWANGJU))
    other = create_database(store.path.with_name("other.db"), demo=False)
    make_backup(other.path, "manual")
    other.close()
    store.db.execute("BEGIN IMMEDIATE")
    store.db.execute("UPDATE projects SET name = '저장 안 된 이름'")
    path = make_backup(store.path, "manual")
    store.db.rollback()
    copy = open_store(path)
    assert _names(copy) == {"저장된 사업"}
    copy.close()
    assert [b.path for b in list_backups(store.path)] == [path]


def _backups_on(db_path: Path, days: list[datetime]) -> None:
    """Backups taken at these times: one real copy, then copies of it under their names."""
    first = make_backup(db_path, "daily", now=days[0])
    for when in days[1:]:
        shutil.copyfile(first, first.with_name(f"{db_path.stem}-{when:%Y%m%d-%H%M%S}-daily.db"))


def test_rotation_keeps_the_configured_number(store: Store) -> None:
    start = datetime(2025, 1, 1, 9, 0)
    # two backups a day for 60 days
    _backups_on(store.path, [start + timedelta(days=d, hours=h) for d in range(60) for h in (0, 5)])
    rotation = Rotation(recent=3, daily=7, weekly=4)
    rotate(store.path, rotation)
    kept = list_backups(store.path)
    by_day = {b.taken_at.date() for b in kept}
    newest_days = sorted({(start + timedelta(days=d)).date() for d in range(60)})[-7:]
    assert set(newest_days) <= by_day
    weeks = {b.taken_at.isocalendar()[:2] for b in kept}
    assert len(weeks) == 4, "one per week for the newest four weeks"
    assert len(by_day) == len(kept) - 1, "the two newest of the last day are both kept"
    assert len(kept) <= rotation.recent + rotation.daily + rotation.weekly
    assert kept[0].taken_at == start + timedelta(days=59, hours=5)
    # rotating again changes nothing
    assert rotate(store.path, rotation) == []


def test_rotation_with_few_backups_deletes_nothing(store: Store) -> None:
    _backups_on(store.path, [datetime(2025, 3, d, 9) for d in (1, 2, 3)])
    assert rotate(store.path, Rotation(recent=1, daily=7, weekly=4)) == []
    assert len(list_backups(store.path)) == 3


def test_daily_backup_at_most_once_a_day(store: Store) -> None:
    morning = datetime(2025, 6, 2, 9, 0)
    first = daily_backup(store, now=morning)
    assert first is not None and first.exists()
    assert daily_backup(store, now=morning + timedelta(hours=6)) is None
    assert daily_backup(store, now=morning + timedelta(days=1)) is not None
    assert len(list_backups(store.path)) == 2


def test_two_backups_in_the_same_second_keep_both(store: Store) -> None:
    when = datetime(2025, 6, 2, 9, 0)
    a, b = make_backup(store.path, "import", now=when), make_backup(store.path, "import", now=when)
    assert a != b and {x.path for x in list_backups(store.path)} == {a, b}


def test_restore_brings_back_the_backup_and_keeps_the_current_file(demo_store: Store) -> None:
    path = demo_store.path
    backup = backup_before(demo_store, "import")
    oracle = next(p for p in demo_store.projects.all() if "오라클" in p.name)
    demo_store.delete_project(oracle.id, comment="실수로 삭제")
    demo_store.close()  # the WAL still holds the deletion until the file is restored
    safety = restore(path, backup)
    restored = open_store(path)
    assert any("오라클" in p.name for p in restored.projects.all())
    restored.close()
    assert safety is not None and "prerestore" in safety.name
    before_restore = open_store(safety)
    assert not any("오라클" in p.name for p in before_restore.projects.all())
    before_restore.close()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(demo_store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"")
    demo_store.close()
    before = demo_store.path.read_bytes()
    with pytest.raises(DamagedDatabaseError):
        restore(demo_store.path, bad)
    assert demo_store.path.read_bytes() == before


def test_restore_refuses_while_the_file_is_open_elsewhere(demo_store: Store) -> None:
    backup = backup_before(demo_store, "manual")
    assert backup is not None
    with pytest.raises(DatabaseLockedError):
        restore(demo_store.path, backup)  # demo_store is still open: another window
    assert demo_store.projects.count() == 8


def test_restore_over_a_damaged_file_keeps_its_bytes(demo_store: Store) -> None:
    backup = backup_before(demo_store, "daily")
    demo_store.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{demo_store.path}{suffix}").unlink(missing_ok=True)
    demo_store.path.write_bytes(b"\x00" * 4096)
    safety = restore(demo_store.path, backup)
    assert safety is not None and "damaged" in safety.name and safety.read_bytes() == b"\x00" * 4096
    restored = open_store(demo_store.path)
    assert restored.projects.count() == 8
    restored.close()


def test_backup_taken_during_writes_restores_to_a_consistent_database(store: Store, tmp_path: Path) -> None:
    store.projects.create(Project(name="ledger", region=Region.GWANGJU, planned_jobs=0))
    writer = start_writer(store.path, "batches", str(BATCH))
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        writer.stdin.write("go\n")  # type: ignore[union-attr]
        writer.stdin.flush()  # type: ignore[union-attr]
        assert writer.stdout.readline().startswith("committed")
        copies = []
        for n in range(5):
            copies.append(copy_database(store.path, tmp_path / f"during-{n}.db"))
            time.sleep(0.05)  # let more batches land between copies
    finally:
        writer.kill()
        writer.communicate(timeout=10)
    rows = [assert_whole_batches(copy) for copy in copies]
    assert rows[-1] > 0 and rows == sorted(rows)
    store.close()
    restore(store.path, copies[-1])
    assert assert_whole_batches(store.path) == rows[-1]
    reopened = open_store(store.path)
    assert reopened.projects.count() == rows[-1] + 1
    reopened.close()


def test_backup_folder_is_beside_the_database(tmp_path: Path) -> None:
    assert backup_folder(tmp_path / "x" / "dctracker.db") == tmp_path / "x" / "backups"


def test_backup_copy_uses_rollback_journal(demo_store: Store, tmp_path: Path) -> None:
    copy = copy_database(demo_store.path, tmp_path / "copy.db")
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_a_schema_upgrade_is_preceded_by_a_backup(
    demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo_store.close()
    upgrade = tmp_path / "9999_add_note.sql"
    upgrade.write_text("ALTER TABLE projects ADD COLUMN upgrade_note TEXT;", encoding="utf-8")
    shipped = database.migrations()
    monkeypatch.setattr(database, "migrations", lambda: [*shipped, (9999, upgrade)])
    upgraded = open_store(demo_store.path)
    upgraded.close()
    [backup] = list_backups(demo_store.path)
    assert backup.reason == "premigrate"
    conn = sqlite3.connect(backup.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == shipped[-1][0]
    conn.close()
    open_store(demo_store.path).close()  # already upgraded: no second backup
    assert len(list_backups(demo_store.path)) == 1


def test_an_unwritable_backups_folder_is_a_backup_error_naming_it(
    store: Store, block_folder: Callable[[Path], Path]
) -> None:
    unwritable_backups = block_folder(backup_folder(store.path))
    for take in (lambda: make_backup(store.path, "manual"), lambda: daily_backup(store)):
        with pytest.raises(BackupError) as caught:
            take()
        assert str(unwritable_backups) in caught.value.en and "backup" in caught.value.en


@pytest.mark.parametrize("in_the_way", [False, True])
def test_a_copy_into_a_missing_folder_is_a_backup_error(
    store: Store, tmp_path: Path, in_the_way: bool
) -> None:
    if in_the_way:  # a file where the folder should be
        (tmp_path / "usb").write_text("", encoding="utf-8")
    with pytest.raises(BackupError) as caught:
        copy_database(store.path, tmp_path / "usb" / "copy.db")
    assert str(tmp_path / "usb") in caught.value.en
    assert (tmp_path / "usb").is_file() == in_the_way


def test_a_schema_upgrade_that_cannot_back_up_first_is_refused(
    demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo_store.close()
    backup_folder(demo_store.path).write_text("not a folder", encoding="utf-8")
    upgrade = tmp_path / "9999_add_note.sql"
    upgrade.write_text("ALTER TABLE projects ADD COLUMN upgrade_note TEXT;", encoding="utf-8")
    shipped = database.migrations()
    monkeypatch.setattr(database, "migrations", lambda: [*shipped, (9999, upgrade)])
    with pytest.raises(BackupError):
        open_store(demo_store.path)
    conn = sqlite3.connect(demo_store.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == shipped[-1][0]
    conn.close()


def test_a_restore_that_cannot_back_up_the_current_file_replaces_nothing(
    demo_store: Store, tmp_path: Path
) -> None:
    backup = copy_database(demo_store.path, tmp_path / "chosen.db")
    demo_store.close()
    backup_folder(demo_store.path).write_text("not a folder", encoding="utf-8")
    before = demo_store.path.read_bytes()
    with pytest.raises(BackupError):
        restore(demo_store.path, backup)
    assert demo_store.path.read_bytes() == before


def test_a_damaged_file_whose_bytes_cannot_be_kept_is_not_restored_over(
    demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from dctracker.store.file import backup as backup_module

    chosen = backup_before(demo_store, "daily")
    assert chosen is not None
    demo_store.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{demo_store.path}{suffix}").unlink(missing_ok=True)
    demo_store.path.write_bytes(b"\x00" * 4096)

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_module.shutil, "copyfile", full)
    with pytest.raises(BackupError):
        restore(demo_store.path, chosen)
    assert demo_store.path.read_bytes() == b"\x00" * 4096
    assert [b.reason for b in list_backups(demo_store.path)] == ["daily"]
