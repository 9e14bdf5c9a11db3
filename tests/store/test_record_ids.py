"""Record ids are never given twice (issue 12 #3), and migration 0003 that
makes them so keeps every stored thing of a database made before it."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from dctracker.demo import load_demo
from dctracker.domain.records import Milestone, Project
from dctracker.domain.regions import Region
from dctracker.store import Store, open_store
from dctracker.store.file import database
from dctracker.store.file.check import check_file
from dctracker.store.records.history import WHOLE_RECORD, changes_for

RECORD_TABLES = ("organizations", "projects", "mous", "milestones", "indicators")


def _project(store: Store, name: str) -> Project:
    return store.projects.create(Project(name=name, region=Region.GWANGJU, sigungu="북구"))


def test_a_new_record_never_takes_a_deleted_records_id(store: Store, db_path: Path) -> None:
    _project(store, "첫째")
    last = _project(store, "둘째")
    store.projects.delete(last.id)
    other = open_store(db_path)  # another user creates one meanwhile
    try:
        newer = _project(other, "셋째")
    finally:
        other.close()
    assert newer.id is not None and newer.id > last.id
    assert [c.field for c in changes_for(store.db, "projects", newer.id)] == [WHOLE_RECORD]
    restored = store.projects.create(replace(last))  # undo of the delete: its old id again
    assert restored.id == last.id and store.projects.get(last.id).name == "둘째"


def test_many_created_at_once_skip_deleted_ids_too(store: Store) -> None:
    last = _project(store, "지운 사업")
    store.projects.delete(last.id)
    created = store.projects.create_many([Project(name=f"사업 {i}", region=Region.JEONNAM) for i in range(3)])
    assert min(p.id for p in created if p.id is not None) > last.id
    assert _project(store, "다음").id == max(p.id for p in created if p.id is not None) + 1


def _schema_2_database(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    """A database as the program before 0003 made it: demo data, zones, and
    the records with the largest ids deleted (so only the history holds them).
    Returns those ids (project, milestone)."""
    with monkeypatch.context() as patch:
        old = database.migrations
        patch.setattr(database, "migrations", lambda: [m for m in old() if m[0] <= 2])
        store = open_store(path)
        assert database.schema_version(store.db) == 2
        load_demo(store)
        store.db.conn.execute("INSERT INTO zones (name, region) VALUES ('동부권', 'jeonnam')")
        store.db.conn.execute("INSERT INTO zone_members VALUES ('여수시', 1), ('순천시', 1)")
        store.db.conn.commit()
        project = store.projects.all()[-1]
        milestone = _project_milestone(store)
        store.milestones.delete(milestone.id)
        store.delete_project(project.id)
        store.close()
    assert project.id is not None and milestone.id is not None
    return project.id, milestone.id


def _project_milestone(store: Store) -> Milestone:
    return max(store.milestones.all(), key=lambda m: m.id or 0)


def _contents(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        tables = [*RECORD_TABLES, "mou_parties", "mou_projects", "zone_members", "history"]
        found = {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in tables}
        found["zones"] = conn.execute("SELECT id, name, region FROM zones ORDER BY id").fetchall()
        found["search"] = conn.execute("SELECT rowid, body FROM search_index ORDER BY rowid").fetchall()
        return found
    finally:
        conn.close()


def test_migration_keeps_everything_and_never_reuses_an_id(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    deleted_project, deleted_milestone = _schema_2_database(db_path, monkeypatch)
    before = _contents(db_path)
    store = open_store(db_path)
    try:
        assert database.schema_version(store.db) == database.latest_version()
        assert _contents(db_path) == before
        new_project = _project(store, "새 데이터센터 부지")
        assert new_project.id is not None and new_project.id > deleted_project
        assert [c.field for c in changes_for(store.db, "projects", new_project.id)] == [WHOLE_RECORD]
        milestone = store.milestones.create(Milestone(project_id=new_project.id, title="착공 준비"))
        assert milestone.id is not None and milestone.id > deleted_milestone
        assert new_project.id in store.search("데이터센터 부지").projects
        zone = store.db.conn.execute("SELECT version, created_at FROM zones").fetchone()
        assert zone[0] == 1 and zone[1]
    finally:
        store.close()
    report = check_file(db_path)
    assert report.ok, report.summary("en")


def test_migrated_schema_equals_a_new_databases(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _schema_2_database(db_path, monkeypatch)
    open_store(db_path).close()
    fresh = tmp_path / "fresh.db"
    open_store(fresh).close()

    def schema(path: Path) -> tuple[object, ...]:
        conn = sqlite3.connect(path)
        try:
            objects = conn.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master"
                " WHERE name NOT LIKE 'sqlite_%' ORDER BY 1, 2"
            ).fetchall()
            keys = [conn.execute(f"PRAGMA foreign_key_list({t})").fetchall() for t in RECORD_TABLES]
            return objects, keys
        finally:
            conn.close()

    assert schema(db_path) == schema(fresh)
