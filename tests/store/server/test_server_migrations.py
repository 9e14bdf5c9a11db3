"""The server schema: the same version as SQLite's, applied in one
transaction, recorded, refused when newer; search with pg_trgm."""

from __future__ import annotations

import re

import psycopg
import pytest

from dctracker.store.errors import NewerSchemaError, NotADctrackerDatabaseError
from dctracker.store.file.database import migrations as sqlite_migrations
from dctracker.store.server.address import ServerAddress
from dctracker.store.server.migrations import latest_version, migrate, migrations, schema_version

NOW = "2026-01-01T09:00:00+09:00"


def test_the_same_numbers_as_the_sqlite_migrations() -> None:
    names = [re.sub(r"^\d{4}_", "", p.name) for _, p in migrations()]
    assert [n for n, _ in migrations()] == [n for n, _ in sqlite_migrations()]
    assert names == [re.sub(r"^\d{4}_", "", p.name) for _, p in sqlite_migrations()]


def test_migrate_sets_up_an_empty_database_and_records_each_version(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        assert schema_version(conn) is None
        assert migrate(conn, ServerAddress(pg_url)) == latest_version() == 3
        applied = conn.execute("SELECT version FROM dctracker_schema ORDER BY version").fetchall()
        assert applied == [(1,), (2,), (3,)]
        zone_columns = conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'zones'"
        ).fetchall()
        assert {"version", "created_at", "updated_at"} <= {c for (c,) in zone_columns}
        assert migrate(conn, ServerAddress(pg_url)) == 3  # again: nothing to do


def test_a_newer_server_schema_is_refused_and_left_alone(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        migrate(conn, ServerAddress(pg_url))
        conn.execute("INSERT INTO dctracker_schema (version) VALUES (99)")
        conn.commit()
        with pytest.raises(NewerSchemaError, match="99"):
            migrate(conn, ServerAddress(pg_url))
        assert schema_version(conn) == 99


def test_a_database_with_other_tables_is_not_taken_over(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        conn.execute("CREATE TABLE payroll (id integer)")
        conn.commit()
        with pytest.raises(NotADctrackerDatabaseError, match="other tables"):
            migrate(conn, ServerAddress(pg_url))
        assert schema_version(conn) is None


def test_a_failing_migration_leaves_nothing_behind(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from dctracker.store.server import migrations as module

    broken = module.pending_sql
    monkeypatch.setattr(module, "pending_sql", lambda conn: broken(conn) + "\nSELECT 1/0;")
    with psycopg.connect(pg_url) as conn:
        with pytest.raises(psycopg.errors.DivisionByZero):
            migrate(conn, ServerAddress(pg_url))
        assert schema_version(conn) is None
        assert conn.execute("SELECT to_regclass('projects')").fetchone() == (None,)


def _search(conn: psycopg.Connection[tuple[object, ...]], text: str) -> list[int]:
    rows = conn.execute(
        "SELECT key FROM search_index WHERE body ILIKE '%%' || %s || '%%' ORDER BY key", (text,)
    ).fetchall()
    return [int(key) for (key,) in rows]


def test_search_finds_two_syllable_korean_words_through_pg_trgm(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        migrate(conn, ServerAddress(pg_url))
        conn.execute(
            "INSERT INTO projects (id, name, region, sigungu, created_at, updated_at)"
            " VALUES (1, '순천만 AI 데이터센터', 'jeonnam', '순천시', %s, %s),"
            " (2, '광양 클라우드 단지', 'jeonnam', '광양시', %s, %s)",
            (NOW,) * 4,
        )
        conn.execute(
            "INSERT INTO milestones (id, project_id, title, created_at, updated_at)"
            " VALUES (7, 2, '착공 승인', %s, %s)",
            (NOW, NOW),
        )
        assert _search(conn, "순천") == [1 * 4 + 0]
        assert _search(conn, "착공") == [7 * 4 + 2]
        assert _search(conn, "클라우드") == [2 * 4 + 0]
        conn.execute("UPDATE projects SET name = '여수 데이터센터', sigungu = '여수시' WHERE id = 1")
        assert _search(conn, "순천") == []
        conn.execute("DELETE FROM projects WHERE id = 2")
        assert _search(conn, "착공") == []  # the milestone went with its project
        index = conn.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'search_index_body'"
        ).fetchone()
        assert index is not None and "gin" in str(index[0]) and "gin_trgm_ops" in str(index[0])


def test_a_mou_is_found_by_its_parties_names(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        migrate(conn, ServerAddress(pg_url))
        conn.execute(
            "INSERT INTO mous (id, title, created_at, updated_at) VALUES (3, '투자협약', %s, %s)", (NOW, NOW)
        )
        conn.execute(
            "INSERT INTO organizations (id, name, created_at, updated_at) VALUES (5, '오라클', %s, %s)",
            (NOW, NOW),
        )
        conn.execute("INSERT INTO mou_parties (mou_id, organization_id, role) VALUES (3, 5, 'investor')")
        assert _search(conn, "오라클") == [3 * 4 + 1, 5 * 4 + 3]
        conn.execute("UPDATE organizations SET name = '엔비디아' WHERE id = 5")
        assert _search(conn, "오라클") == []
        assert _search(conn, "엔비디아") == [3 * 4 + 1, 5 * 4 + 3]
