"""Every way a file can fail to open: a clear message, and the file untouched."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from faults import kill_mid_save

from dctracker.bootstrap import create_database
from dctracker.domain.records import Project
from dctracker.domain.regions import Region
from dctracker.store import open_store
from dctracker.store.errors import (
    DamagedDatabaseError,
    DatabaseLockedError,
    NewerSchemaError,
    NotADctrackerDatabaseError,
    ReadOnlyDatabaseError,
    StoreError,
)
from dctracker.store.file.database import latest_version


@pytest.fixture
def demo_file(db_path: Path) -> Path:
    """A demo database written out completely into one file (no -wal beside it)."""
    create_database(db_path, demo=True).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    return db_path


def _refused(path: Path, error: type[StoreError], **kwargs: float) -> StoreError:
    before = path.read_bytes()
    with pytest.raises(error) as caught:
        open_store(path, **kwargs)
    assert path.read_bytes() == before, "a refused file must never be written"
    return caught.value


def test_zero_bytes(db_path: Path) -> None:
    db_path.write_bytes(b"")
    error = _refused(db_path, DamagedDatabaseError)
    assert "empty (0 bytes)" in error.message("en") and "빈 파일" in error.message("ko")


def test_not_a_database(db_path: Path) -> None:
    db_path.write_bytes("사업명,지역\n광양 데이터센터,전남\n".encode("cp949"))
    error = _refused(db_path, NotADctrackerDatabaseError)
    assert not isinstance(error, DamagedDatabaseError)
    assert "not an SQLite file" in error.message("en") and "SQLite 파일이 아님" in error.message("ko")


def test_truncated(demo_file: Path) -> None:
    data = demo_file.read_bytes()
    demo_file.write_bytes(data[: len(data) // 2])
    error = _refused(demo_file, DamagedDatabaseError)
    assert "truncated" in error.message("en") and "잘린 파일" in error.message("ko")


def test_truncated_inside_the_header(demo_file: Path) -> None:
    demo_file.write_bytes(demo_file.read_bytes()[:60])
    assert "truncated" in _refused(demo_file, DamagedDatabaseError).message("en")


def test_damaged_pages(demo_file: Path, damage_page: Callable[..., bytes]) -> None:
    damage_page(demo_file, "milestones")
    error = _refused(demo_file, DamagedDatabaseError)
    assert "damaged" in error.message("en") and "손상" in error.message("ko")


def test_newer_schema(demo_file: Path) -> None:
    conn = sqlite3.connect(demo_file)
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.close()
    error = _refused(demo_file, NewerSchemaError)
    assert "newer dctracker" in error.message("en") and "업데이트" in error.message("ko")


def test_another_programs_database(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE moz_places (id INTEGER)")
    conn.commit()
    conn.close()
    assert "another program" in _refused(db_path, NotADctrackerDatabaseError).message("en")


@pytest.mark.parametrize("mode", ["wal", "delete"])
def test_locked_by_another_connection(demo_file: Path, mode: str) -> None:
    holder = sqlite3.connect(demo_file, isolation_level=None)
    holder.execute(f"PRAGMA journal_mode = {mode}")
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE projects SET notes = 'being edited' WHERE id = 1")
    try:
        caught = _refused(demo_file, DatabaseLockedError, busy_timeout=0.2)
    finally:
        holder.execute("ROLLBACK")
        holder.execute("PRAGMA journal_mode = DELETE")
        holder.close()
    assert "locked by another program" in caught.message("en")
    assert "잠그고 있습니다" in caught.message("ko")


@pytest.fixture
def read_only_file(demo_file: Path, make_read_only: Callable[[Path], None]) -> Path:
    make_read_only(demo_file)
    return demo_file


def test_read_only_file_opens_read_only_and_refuses_writes(read_only_file: Path) -> None:
    before = read_only_file.read_bytes()
    store = open_store(read_only_file)
    try:
        assert store.read_only
        project = next(p for p in store.projects.all() if "오라클" in p.name)
        project.notes = "회의 결과 반영"
        with pytest.raises(ReadOnlyDatabaseError) as caught:
            store.projects.update(project)
        with pytest.raises(ReadOnlyDatabaseError):
            store.projects.create(Project(name="새 사업", region=Region.GWANGJU))
        assert store.projects.get(project.id).notes != "회의 결과 반영"
    finally:
        store.close()
    assert "read-only" in caught.value.message("en") and "읽기 전용" in caught.value.message("ko")
    assert read_only_file.read_bytes() == before


def test_writable_file_is_not_read_only(demo_file: Path) -> None:
    store = open_store(demo_file)
    assert not store.read_only and store.journal_mode == "wal"
    store.close()


def test_wal_file_in_a_read_only_folder_opens_read_only(
    tmp_path: Path, make_read_only: Callable[[Path], None]
) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    path = folder / "dctracker.db"
    create_database(path, demo=True).close()  # left in WAL mode, as a local copy is
    before = path.read_bytes()
    make_read_only(folder)
    store = open_store(path)
    try:
        assert store.read_only and store.projects.count() == 8
        with pytest.raises(ReadOnlyDatabaseError):
            store.projects.create(Project(name="새 사업", region=Region.GWANGJU))
    finally:
        store.close()
    assert path.read_bytes() == before and sorted(p.name for p in folder.iterdir()) == [path.name]


def test_write_interrupted_in_rollback_journal_mode_is_rolled_back_on_open(demo_file: Path) -> None:
    """On a share (rollback journal) a crash mid-save leaves a hot journal: opening
    must finish SQLite's recovery, not call the file read-only or damaged."""
    kill_mid_save(demo_file)
    assert Path(f"{demo_file}-journal").stat().st_size > 0
    store = open_store(demo_file, network=True)
    try:
        assert not store.read_only and store.journal_mode == "delete"
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.db.execute("SELECT count(*) FROM history WHERE length(comment) = 800").fetchone()[0] == 0
        assert store.projects.count() == 8
    finally:
        store.close()


@pytest.fixture
def wal_file_with_a_damaged_index(db_path: Path, damage_page: Callable[..., bytes]) -> Path:
    """A WAL-mode demo file whose history index is damaged: opening it and
    reading its records work, only the whole-file check finds the damage."""
    create_database(db_path, demo=True).close()
    damage_page(db_path, "history_batch")
    return db_path


def test_a_check_in_the_background_refuses_every_write_of_a_damaged_file(
    wal_file_with_a_damaged_index: Path,
) -> None:
    path = wal_file_with_a_damaged_index
    before = path.read_bytes()
    store = open_store(path, background_check=True)
    try:
        assert store.projects.count() == 8  # reading goes on while the check runs
        with pytest.raises(DamagedDatabaseError):
            store.confirm_whole()
        with pytest.raises(DamagedDatabaseError):
            store.projects.create(Project(name="새 사업", region=Region.GWANGJU, sigungu="북구"))
    finally:
        store.close()
    assert path.read_bytes() == before, "a damaged file must never be written"


def test_a_check_in_the_background_waits_before_changing_the_journal_mode(
    demo_file: Path, damage_page: Callable[..., bytes]
) -> None:
    """demo_file is in rollback-journal mode; switching it to WAL writes its header."""
    damage_page(demo_file, "history_batch")
    _refused(demo_file, DamagedDatabaseError, background_check=True)


def test_a_whole_file_opened_with_a_background_check_saves(demo_file: Path) -> None:
    store = open_store(demo_file, background_check=True)
    try:
        store.confirm_whole()
        created = store.projects.create(Project(name="새 사업", region=Region.GWANGJU, sigungu="북구"))
        assert store.projects.get(created.id).name == "새 사업"
    finally:
        store.close()
