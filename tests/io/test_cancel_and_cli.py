"""Cancelling leaves the database as it was; the import/export commands as a user runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dctracker.io.importer import mapping_for, read_table
from dctracker.io.plan import plan_import
from dctracker.io.table import ImportCancelled
from dctracker.services.imports import apply_plan
from dctracker.store import Store


def long_sheet(path: Path, rows: int) -> Path:
    lines = ["사업명,지역,시군구,마일스톤,기준일"]
    lines += [f"사업 {i % 7},전남,광양시,단계 {i},2026-01" for i in range(rows)]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_cancel_while_storing_rolls_everything_back(store: Store, tmp_path: Path) -> None:
    table = read_table(long_sheet(tmp_path / "long.csv", 2500))
    plan = plan_import(store, table, mapping_for(table))
    seen: list[int] = []
    with pytest.raises(ImportCancelled):
        apply_plan(store, plan, progress=seen.append, cancelled=lambda: len(seen) >= 1)
    assert seen == [1000]  # some rows had been written inside the transaction
    assert store.projects.count() == 0 and store.milestones.count() == 0
    assert store.db.conn.execute("SELECT count(*) FROM history").fetchone()[0] == 0


def test_cancel_while_reading(tmp_path: Path) -> None:
    with pytest.raises(ImportCancelled):
        read_table(long_sheet(tmp_path / "long.csv", 2500), cancelled=lambda: True)


def dctracker(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dctracker.cli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=dict(os.environ),
        timeout=120,
    )


def test_import_command_dry_run_then_import(db_path: Path, milestone_xlsx: Path) -> None:
    assert dctracker("init", "--empty", "--db", str(db_path)).returncode == 0
    dry = dctracker("import", str(milestone_xlsx), "--dry-run", "--db", str(db_path))
    assert dry.returncode == 0, dry.stderr
    assert "5행 추가: 인허가" in dry.stdout
    assert (
        "새 사업 (new project): 광양 오라클 클라우드 데이터센터 (전남 광양시)" in dry.stdout
        and "추가 4, 수정 0, 변경 없음 0, 거부 0" in dry.stdout
    )
    listed = dctracker("list", "milestones", "--db", str(db_path))
    assert "인허가" not in listed.stdout
    done = dctracker("import", str(milestone_xlsx), "--db", str(db_path))
    assert done.returncode == 0, done.stderr
    assert "인허가" in dctracker("list", "milestones", "--db", str(db_path)).stdout
    again = dctracker("import", str(milestone_xlsx), "--db", str(db_path))
    assert "변경 없음 4" in again.stdout


def test_import_command_rejects_and_refuses(db_path: Path, tmp_path: Path) -> None:
    assert dctracker("init", "--empty", "--db", str(db_path)).returncode == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("사업명,시군구,면적\n광양 데이터센터,광양,105000\n순천,없는군,1\n", encoding="utf-8")
    result = dctracker("import", str(bad), "--db", str(db_path))
    assert result.returncode == 1
    assert "3행 거부" in result.stdout and "없는군" in result.stdout
    assert "광양 데이터센터" not in dctracker("list", "projects", "--db", str(db_path)).stdout
    skipped = dctracker("import", str(bad), "--skip-invalid", "--db", str(db_path))
    assert skipped.returncode == 1  # still reports the rejected row
    assert "광양 데이터센터" in dctracker("list", "projects", "--db", str(db_path)).stdout
    unreadable = tmp_path / "x.csv"
    unreadable.write_bytes(b"\x00\x01binary")
    result = dctracker("import", str(unreadable), "--db", str(db_path))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "이진 파일" in result.stderr


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "ics"])
def test_export_command(tmp_path: Path, fmt: str) -> None:
    db = tmp_path / "demo.db"
    assert dctracker("init", "--db", str(db)).returncode == 0
    out = tmp_path / f"m.{fmt}"
    result = dctracker("export", "milestones", "--out", str(out), "--region", "전남", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 0
    bad = dctracker("export", "projects", "--out", str(tmp_path / "p.pdf"), "--db", str(db))
    assert bad.returncode == 2 and "csv, xlsx, ics" in bad.stderr
