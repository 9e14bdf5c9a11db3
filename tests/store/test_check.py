"""The database check: integrity, references, schema, in both languages."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from dctracker.store import Store
from dctracker.store.file.check import check_file


def _alter(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()


def test_healthy_database(demo_store: Store) -> None:
    report = check_file(demo_store.path)
    assert report.ok
    assert "이상 없음" in report.summary("ko") and "사업 8건" in report.summary("ko")
    assert "No problems" in report.summary("en") and "8 projects" in report.summary("en")


def test_missing_table_and_column_are_named(demo_store: Store) -> None:
    demo_store.close()
    _alter(demo_store.path, "DROP TABLE indicators", "ALTER TABLE projects DROP COLUMN capacity_mw")
    report = check_file(demo_store.path)
    text = report.summary("en")
    assert not report.ok
    assert "the table 'indicators' is missing" in text
    assert "the table 'projects' has no column 'capacity_mw'" in text
    assert "'projects'에 'capacity_mw' 열이 없습니다" in report.summary("ko")


def test_damaged_pages_are_reported_not_repaired(
    demo_store: Store, damage_page: Callable[..., bytes]
) -> None:
    demo_store.close()
    _alter(demo_store.path, "PRAGMA journal_mode = DELETE")
    data = damage_page(demo_store.path, "history_record", b"\x7f")
    report = check_file(demo_store.path)
    assert not report.ok and "백업에서 복원" in report.summary("ko")
    assert demo_store.path.read_bytes() == data
