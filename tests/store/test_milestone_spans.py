"""Each milestone date is also stored as the first and last day it covers.

The dashboard and the period filter compare and order these ISO columns in
SQL; they must follow every way a milestone is written, and files made before
the columns existed must get them filled on opening.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from dctracker.domain.dates import PartialDate
from dctracker.domain.records import Milestone, MilestoneUpdate, Project
from dctracker.domain.regions import Region
from dctracker.store import Store, open_store
from dctracker.store.file.backup import list_backups
from dctracker.store.file.check import check_file
from dctracker.store.file.database import migrations
from dctracker.store.file.repair import repair_spans
from dctracker.store.records.spans import SPANNED

d = PartialDate.parse


def _stored_spans(store: Store) -> dict[str, dict[str, str | None]]:
    names = [f"{name}_{end}" for name in SPANNED for end in ("start", "end")]
    rows = store.db.conn.execute(f"SELECT title, {', '.join(names)} FROM milestones").fetchall()
    return {row[0]: dict(zip(names, row[1:])) for row in rows}


def _expected(m: Milestone) -> dict[str, str | None]:
    spans = {}
    for name in SPANNED:
        value: PartialDate | None = getattr(m, name)
        spans[f"{name}_start"] = value.start().isoformat() if value else None
        spans[f"{name}_end"] = value.end().isoformat() if value else None
    return spans


def _project(store: Store) -> int:
    return store.projects.create(Project(name="광양 데이터센터", region=Region.JEONNAM, sigungu="광양시")).id


def test_created_and_updated_milestones_carry_their_intervals(store: Store) -> None:
    project_id = _project(store)
    m = store.milestones.create(Milestone(project_id=project_id, title="착공", baseline=d("2026년 하반기")))
    assert _stored_spans(store)["착공"] == {
        "baseline_start": "2026-07-01",
        "baseline_end": "2026-12-31",
        "forecast_start": None,
        "forecast_end": None,
        "actual_start": None,
        "actual_end": None,
    }
    m = store.milestones.update(replace(m, forecast=d("2027년 1분기"), baseline=None))
    assert _stored_spans(store)["착공"] == _expected(m)
    m = store.record_milestone_update(
        MilestoneUpdate(milestone_id=m.id, actual=d("2027-02-03")), read_version=m.version
    )
    assert _stored_spans(store)["착공"]["actual_end"] == "2027-02-03"
    assert _stored_spans(store)["착공"] == _expected(m)


def test_bulk_writes_carry_their_intervals(store: Store) -> None:
    project_id = _project(store)
    created = store.milestones.create_many(
        [
            Milestone(project_id=project_id, title="인허가", baseline=d("2026-05")),
            Milestone(project_id=project_id, title="준공", forecast=d("2029년까지")),
        ],
    )
    assert _stored_spans(store)["인허가"] == _expected(created[0])
    assert _stored_spans(store)["준공"]["forecast_start"] == "2029-01-01"
    updated = store.milestones.update_many([replace(created[0], baseline=d("2026년 4분기"))])
    assert _stored_spans(store)["인허가"] == _expected(updated[0])
    assert _stored_spans(store)["인허가"]["baseline_end"] == "2026-12-31"


def test_a_file_from_before_the_intervals_gets_them_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    first_number, first_script = migrations()[0]
    conn.executescript(first_script.read_text(encoding="utf-8"))
    conn.execute(f"PRAGMA user_version = {first_number}")
    conn.execute(
        "INSERT INTO projects (id, name, region, sigungu, created_at, updated_at)"
        " VALUES (1, '해남 솔라시도', 'jeonnam', '해남군', 'x', 'x')"
    )
    conn.execute(
        "INSERT INTO milestones (project_id, title, baseline, forecast, created_at, updated_at)"
        " VALUES (1, '1단계 개소', '2027-H2', '2028-Q1', 'x', 'x')"
    )
    conn.commit()
    conn.close()
    store = open_store(path)
    try:
        (m,) = store.milestones.all()
        assert _stored_spans(store)["1단계 개소"] == _expected(m)
        assert _stored_spans(store)["1단계 개소"]["forecast_end"] == "2028-03-31"
    finally:
        store.close()


def _edited_elsewhere(store: Store) -> Milestone:
    """A milestone whose date another program changed, leaving its interval columns behind."""
    project_id = _project(store)
    m = store.milestones.create(Milestone(project_id=project_id, title="착공", baseline=d("2026-09")))
    store.close()
    conn = sqlite3.connect(store.path)
    conn.execute("UPDATE milestones SET baseline = '2027-09' WHERE id = ?", (m.id,))
    conn.commit()
    conn.close()
    return m


def test_the_check_names_intervals_that_disagree_with_their_dates(store: Store) -> None:
    m = _edited_elsewhere(store)
    report = check_file(store.path)
    assert not report.ok and not report.problems  # not damage: nothing to restore
    assert f"milestone #{m.id}" in report.summary("en") and "--repair" in report.summary("en")
    assert f"마일스톤 #{m.id}" in report.summary("ko") and "다시 계산" in report.summary("ko")
    assert "restoring a backup" not in report.summary("en")


def test_repair_recomputes_only_the_intervals_and_keeps_a_backup(store: Store) -> None:
    m = _edited_elsewhere(store)
    reopened = open_store(store.path)
    try:
        assert repair_spans(reopened) == 1
        assert _stored_spans(reopened)["착공"]["baseline_end"] == "2027-09-30"
        assert reopened.milestones.get(m.id).version == m.version  # the record itself is as it was
        assert repair_spans(reopened) == 0
    finally:
        reopened.close()
    assert check_file(store.path).ok
    assert [b.reason for b in list_backups(store.path)] == ["repair"]
