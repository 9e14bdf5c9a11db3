from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dctracker.domain.records import Organization
from dctracker.store import open_store
from dctracker.store.errors import IntegrityError, NewerSchemaError, NotADctrackerDatabaseError
from dctracker.store.file.database import APPLICATION_ID, latest_version, migrations, transaction


def test_new_database_is_migrated_in_wal_with_foreign_keys(db_path: Path) -> None:
    store = open_store(db_path)
    pragma = lambda name: store.db.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("user_version") == latest_version() == migrations()[-1][0]
    assert pragma("application_id") == APPLICATION_ID
    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") >= 1000
    store.close()


def test_reopening_does_not_migrate_again(db_path: Path) -> None:
    open_store(db_path).close()
    store = open_store(db_path)
    assert store.projects.count() == 0
    store.close()


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"name,region\n" * 50, "not an SQLite file")],
)
def test_refuses_files_that_are_not_databases(db_path: Path, content: bytes, reason: str) -> None:
    db_path.write_bytes(content)
    with pytest.raises(NotADctrackerDatabaseError, match=reason):
        open_store(db_path)
    assert _bytes(db_path) == content


def test_refuses_another_programs_database_without_touching_it(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE moz_places (id INTEGER)")
    conn.commit()
    conn.close()
    before = _bytes(db_path)
    with pytest.raises(NotADctrackerDatabaseError, match="another program"):
        open_store(db_path)
    assert _bytes(db_path) == before


def test_refuses_newer_schema_without_touching_it(db_path: Path) -> None:
    open_store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = _bytes(db_path)
    with pytest.raises(NewerSchemaError, match="newer dctracker"):
        open_store(db_path)
    assert _bytes(db_path) == before


def test_damaged_file_is_reported(db_path: Path) -> None:
    open_store(db_path).close()
    data = bytearray(_bytes(db_path))
    data[16:24] = b"\xff" * 8  # page size and header fields
    db_path.write_bytes(bytes(data))
    with pytest.raises(NotADctrackerDatabaseError):
        open_store(db_path)


def test_a_failed_nested_write_is_undone_while_the_outer_one_commits(db_path: Path) -> None:
    store = open_store(db_path)
    with transaction(store.db):
        store.organizations.create(Organization(name="한빛전력"))
        with pytest.raises(IntegrityError):  # the unique name: the savepoint rolls back
            store.organizations.create(Organization(name="한빛전력"))
        store.organizations.create(Organization(name="남도데이터"))
    assert [o.name for o in store.organizations.all()] == ["한빛전력", "남도데이터"]
    with pytest.raises(RuntimeError), transaction(store.db):
        store.organizations.create(Organization(name="영산에너지"))
        raise RuntimeError("cancelled")
    assert store.organizations.count() == 2 and not store.db.conn.in_transaction
    store.close()
