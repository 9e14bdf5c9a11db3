"""`dctracker backup` and `dctracker check` as a user runs them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_cli import dctracker

from dctracker.store import open_store
from dctracker.store.file.backup import list_backups


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "office.db"
    assert dctracker("init", "--db", str(path)).returncode == 0
    return path


def test_backup_while_another_window_is_saving(demo_db: Path) -> None:
    window = open_store(demo_db)  # the window has it open, in the middle of a save
    window.db.execute("BEGIN IMMEDIATE")
    window.db.execute("UPDATE projects SET notes = '저장 중' WHERE id = 1")
    try:
        result = dctracker("backup", "--db", str(demo_db))
    finally:
        window.db.rollback()
        window.close()
    assert result.returncode == 0, result.stderr
    [backup] = list_backups(demo_db)
    assert str(backup.path) in result.stdout and backup.reason == "manual"
    copy = open_store(backup.path)
    assert copy.projects.count() == 8 and "저장 중" not in {p.notes for p in copy.projects.all()}
    copy.close()


def test_backup_to_a_chosen_file_and_never_over_one(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "usb" / "사본.db"
    out.parent.mkdir()
    assert dctracker("backup", "--db", str(demo_db), "--out", str(out)).returncode == 0
    again = dctracker("backup", "--db", str(demo_db), "--out", str(out))
    assert again.returncode == 1 and "already exists" in again.stderr
    assert dctracker("check", "--db", str(out)).returncode == 0


def _break_a_reference(path: Path) -> None:
    """Delete a project its milestones still point at, as another program could."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM projects WHERE id = (SELECT project_id FROM milestones LIMIT 1)")
    conn.commit()
    conn.close()


def test_check_reports_a_broken_reference_in_plain_words(demo_db: Path) -> None:
    _break_a_reference(demo_db)
    result = dctracker("--lang", "en", "check", "--db", str(demo_db))
    assert result.returncode == 1
    assert "refers to a projects row that does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_of_a_healthy_file_counts_records(demo_db: Path) -> None:
    result = dctracker("check", "--db", str(demo_db))
    assert result.returncode == 0 and "이상 없음" in result.stdout and "사업 8건" in result.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "the file is empty"), (b"SQLite format 3\x00" + b"\x10" * 30, "truncated")],
)
def test_check_and_backup_refuse_broken_files_in_one_line(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "broken.db"
    path.write_bytes(content)
    for command in ("check", "backup"):
        result = dctracker(command, "--db", str(path))
        assert result.returncode == 1 and message in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == content and not (tmp_path / "backups").exists()


def test_check_repair_recomputes_what_another_program_left_stale(demo_db: Path) -> None:
    conn = sqlite3.connect(demo_db)  # a date changed by hand, its stored interval left behind
    conn.execute("UPDATE milestones SET baseline = '2031-Q1' WHERE id = 1")
    conn.commit()
    conn.close()
    found = dctracker("--lang", "en", "check", "--db", str(demo_db))
    assert found.returncode == 1 and "milestone #1" in found.stderr and "--repair" in found.stderr
    repaired = dctracker("check", "--repair", "--db", str(demo_db))
    assert repaired.returncode == 0, repaired.stderr
    assert "1건" in repaired.stdout and "이상 없음" in repaired.stdout
    assert [b.reason for b in list_backups(demo_db)] == ["repair"]
    assert dctracker("check", "--db", str(demo_db)).returncode == 0


def test_check_repair_does_not_touch_a_damaged_file(demo_db: Path) -> None:
    _break_a_reference(demo_db)
    before = demo_db.read_bytes()
    result = dctracker("--lang", "en", "check", "--repair", "--db", str(demo_db))
    assert result.returncode == 1 and "restoring a backup" in result.stderr
    assert demo_db.read_bytes() == before and list_backups(demo_db) == []
