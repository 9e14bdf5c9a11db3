"""Whole databases between SQLite and PostgreSQL: the same records, history
and id counters on both sides (checksums), or nothing written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest

from dctracker.bootstrap import create_database
from dctracker.store import open_store
from dctracker.store.server import transfer
from dctracker.store.server.address import ServerAddress
from dctracker.store.server.migrations import schema_version
from dctracker.store.server.transfer import CopyMismatchError, DestinationNotEmptyError, copy, read


@pytest.fixture
def office_file(tmp_path: Path) -> Path:
    """The demo database with a deleted milestone: its id lies past every
    remaining one, and no copy may hand it out again."""
    path = tmp_path / "office.db"
    create_database(path, demo=True).close()
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM milestones WHERE id = (SELECT max(id) FROM milestones)")
    conn.commit()
    conn.close()
    return path


def _deleted_id(path: Path) -> int:
    conn = sqlite3.connect(path)
    [(seq,)] = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'milestones'").fetchall()
    [(largest,)] = conn.execute("SELECT max(id) FROM milestones").fetchall()
    conn.close()
    assert seq > largest
    return int(seq)


def test_round_trip_sqlite_postgresql_sqlite_gives_identical_checksums(
    office_file: Path, pg_url: str, tmp_path: Path
) -> None:
    server, back = ServerAddress(pg_url), tmp_path / "laptop.db"
    original = read(office_file).checksums()
    copy(office_file, server)
    assert read(server).checksums() == original
    copy(server, back)
    assert read(back).checksums() == original
    assert _deleted_id(back) == _deleted_id(office_file)
    with sqlite3.connect(back) as conn:
        assert conn.execute("SELECT count(*) FROM history").fetchone()[0] > 0
    store = open_store(back)  # an ordinary dctracker file
    try:
        assert store.search("광양").projects
    finally:
        store.close()


def test_the_server_copy_keeps_history_names_searches_and_never_reuses_an_id(
    office_file: Path, pg_url: str
) -> None:
    copy(office_file, ServerAddress(pg_url))
    with sqlite3.connect(office_file) as conn:
        file_who = conn.execute("SELECT DISTINCT who FROM history ORDER BY who").fetchall()
        file_hits = conn.execute("SELECT count(*) FROM search_index").fetchone()
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT DISTINCT who FROM history ORDER BY who").fetchall() == file_who
        assert conn.execute("SELECT count(*) FROM search_index").fetchone() == file_hits
        new = conn.execute(
            "INSERT INTO milestones (project_id, title, created_at, updated_at)"
            " SELECT min(id), '새 단계', 'x', 'x' FROM projects RETURNING id"
        ).fetchone()
    assert new is not None and new[0] == _deleted_id(office_file) + 1


def test_a_server_with_records_is_not_copied_into(office_file: Path, pg_url: str) -> None:
    server = ServerAddress(pg_url)
    copy(office_file, server)
    before = read(server).checksums()
    with pytest.raises(DestinationNotEmptyError):
        copy(office_file, server)
    assert read(server).checksums() == before


def test_an_existing_file_is_never_overwritten(office_file: Path, pg_url: str, tmp_path: Path) -> None:
    server = ServerAddress(pg_url)
    copy(office_file, server)
    taken = tmp_path / "taken.db"
    taken.write_bytes(b"mine")
    with pytest.raises(FileExistsError):
        copy(server, taken)
    assert taken.read_bytes() == b"mine"


def test_a_copy_that_differs_writes_nothing(
    office_file: Path, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server, back = ServerAddress(pg_url), tmp_path / "laptop.db"
    copy(office_file, server)

    def differs(written: transfer.Snapshot, wanted: transfer.Snapshot) -> None:
        raise CopyMismatchError(["history"])

    monkeypatch.setattr(transfer, "_compare", differs)
    with pytest.raises(CopyMismatchError):
        copy(server, back)
    assert sorted(p.name for p in tmp_path.iterdir() if "laptop" in p.name) == []
    empty = ServerAddress(pg_url.rsplit("/", 1)[0] + "/postgres")
    with psycopg.connect(empty.url, autocommit=True) as admin:
        admin.execute("CREATE DATABASE copy_target")
    target = ServerAddress(pg_url.rsplit("/", 1)[0] + "/copy_target")
    try:
        with pytest.raises(CopyMismatchError):
            copy(office_file, target)
        with psycopg.connect(target.url) as conn:
            assert schema_version(conn) is None  # not even the schema
    finally:
        with psycopg.connect(empty.url, autocommit=True) as admin:
            admin.execute("DROP DATABASE copy_target WITH (FORCE)")


def test_reading_a_server_is_one_snapshot_while_others_save(
    office_file: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A project another office saves while the copy is being read is not
    half in it: the rows are read in one REPEATABLE READ transaction."""
    server = ServerAddress(pg_url)
    copy(office_file, server)
    columns = transfer._server_columns

    def someone_saves_meanwhile(conn: psycopg.Connection[tuple[object, ...]], table: str) -> tuple[str, ...]:
        if table == "history":  # after the snapshot began, before any row is read
            with psycopg.connect(pg_url) as other:
                other.execute(
                    "INSERT INTO projects (name, region, created_at, updated_at)"
                    " VALUES ('읽는 중에 저장', 'jeonnam', 'x', 'x')"
                )
        return columns(conn, table)

    monkeypatch.setattr(transfer, "_server_columns", someone_saves_meanwhile)
    during = read(server)
    monkeypatch.setattr(transfer, "_server_columns", columns)
    assert "읽는 중에 저장" not in {row[1] for row in during.rows["projects"]}
    assert "읽는 중에 저장" in {row[1] for row in read(server).rows["projects"]}
