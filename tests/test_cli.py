"""The command line, run as a user would: in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from dctracker.domain.filters import Period, RecordFilter
from dctracker.domain.records import ProjectStatus
from dctracker.domain.regions import Region
from dctracker.store import open_store
from dctracker.store.reads import queries


def dctracker(*args: str, env_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if env_dir is not None:
        env["DCTRACKER_DATA_DIR"] = str(env_dir)
    return subprocess.run(
        [sys.executable, "-m", "dctracker.cli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    assert dctracker("init", "--db", str(path)).returncode == 0
    return path


def test_init_refuses_to_overwrite(demo_db: Path) -> None:
    result = dctracker("init", "--db", str(demo_db))
    assert result.returncode == 1
    assert "already exists" in result.stderr and "Traceback" not in result.stderr


def test_list_projects_json(demo_db: Path) -> None:
    result = dctracker("list", "projects", "--json", "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    projects = {p["name"]: p for p in json.loads(result.stdout)}
    oracle = projects["광양 오라클 클라우드 데이터센터"]
    assert oracle["investment"] == 700_000_000_000
    assert oracle["planned_finish"] == {"value": "..2030", "precision": "year", "text": "2030년까지"}
    assert oracle["region"] == "jeonnam" and oracle["sigungu"] == "광양시"


def test_list_milestones_carry_project_and_filter_by_region(demo_db: Path) -> None:
    result = dctracker("--db", str(demo_db), "list", "milestones", "--region", "전남", "--json")
    rows = json.loads(result.stdout)
    assert rows and all(r["region"] == "jeonnam" for r in rows)
    assert {"project_name", "sigungu"} <= rows[0].keys()


def test_list_overdue_and_search_text_output(demo_db: Path) -> None:
    overdue = dctracker("list", "milestones", "--overdue", "--db", str(demo_db))
    assert "공공데이터 이전" in overdue.stdout and "투자협약 체결" not in overdue.stdout
    found = dctracker("list", "mous", "--search", "오라클", "--db", str(demo_db))
    assert "7,000억 원" in found.stdout and "NHN" not in found.stdout


def test_check_healthy_database(demo_db: Path) -> None:
    result = dctracker("check", "--db", str(demo_db))
    assert result.returncode == 0 and "ok" in result.stdout


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["list", "projects", "--region", "부산"], 2, "unknown region"),
        (["check"], 1, "no such database"),
    ],
)
def test_errors_are_one_line_without_traceback(
    tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    path = tmp_path / "missing.db"
    if args[0] == "list":
        dctracker("init", "--db", str(path))
    result = dctracker(*args, "--db", str(path))
    assert result.returncode == code
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_not_a_database_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("회의록\n", encoding="utf-8")
    result = dctracker("check", "--db", str(path))
    assert result.returncode == 1 and "not an SQLite file" in result.stderr
    assert path.read_text(encoding="utf-8") == "회의록\n"


def test_default_database_lives_in_the_data_folder(tmp_path: Path) -> None:
    folder = tmp_path / "profile"
    assert dctracker("init", env_dir=folder).returncode == 0
    assert (folder / "dctracker.db").exists()
    result = dctracker("list", "projects", env_dir=folder)
    assert "국가 AI 데이터센터" in result.stdout


def _listed(demo_db: Path, kind: str, *options: str) -> list[int]:
    result = dctracker("list", kind, "--json", "--db", str(demo_db), *options)
    assert result.returncode == 0, result.stderr
    return [row["id"] for row in json.loads(result.stdout)]


def _window_list(demo_db: Path, kind: str, record_filter: RecordFilter) -> list[int]:
    """The ids the window's tab shows under the same filter."""
    store = open_store(demo_db)
    try:
        return [r.id for r in getattr(queries, kind)(store, record_filter)]
    finally:
        store.close()


@pytest.mark.parametrize(
    ("options", "record_filter"),
    [
        (["--status", "추진 중"], RecordFilter(statuses=frozenset({ProjectStatus.IN_PROGRESS}))),
        (
            ["--status", "planned, Operating"],  # English values and labels, any case, spaces
            RecordFilter(statuses=frozenset({ProjectStatus.PLANNED, ProjectStatus.OPERATING})),
        ),
        (
            ["--from", "2025년 상반기", "--to", "2026-03"],
            RecordFilter(period=Period(date(2025, 1, 1), date(2026, 3, 31))),
        ),
        (["--from", "2030"], RecordFilter(period=Period(date(2030, 1, 1), date.max))),
        (["--to", "2021년 4분기"], RecordFilter(period=Period(date.min, date(2021, 12, 31)))),
        (
            ["--region", "전남", "--status", "계획", "--from", "2025", "--to", "2025", "--search", "데이터"],
            RecordFilter(
                region=Region.JEONNAM,
                search="데이터",
                statuses=frozenset({ProjectStatus.PLANNED}),
                period=Period(date(2025, 1, 1), date(2025, 12, 31)),
            ),
        ),
    ],
)
def test_list_narrows_by_status_and_period_as_the_window_does(
    demo_db: Path, options: list[str], record_filter: RecordFilter
) -> None:
    for kind in ("projects", "mous", "milestones"):
        assert _listed(demo_db, kind, *options) == _window_list(demo_db, kind, record_filter), kind


def test_status_and_period_options_reach_mous_and_narrow_for_real(demo_db: Path) -> None:
    everything = _listed(demo_db, "mous")
    assert len(everything) == 2
    assert _listed(demo_db, "mous", "--status", "운영 중") == []  # both MOUs are for planned projects
    assert _listed(demo_db, "mous", "--status", "계획") == everything
    oracle = dctracker("list", "mous", "--from", "2030", "--to", "2030", "--db", str(demo_db))
    assert "오라클" in oracle.stdout and "NHN" not in oracle.stdout  # NHN's MOU is due by 2025


def test_export_lists_take_status_and_period(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "projects.csv"
    result = dctracker(
        "export", "projects", "--out", str(out), "--status", "in_progress", "--db", str(demo_db)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("1 →") and "블루 이코노미" in out.read_text(encoding="utf-8-sig")
    mous = tmp_path / "mous.csv"
    result = dctracker("export", "mous", "--out", str(mous), "--from", "2030", "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    text = mous.read_text(encoding="utf-8-sig")
    assert "오라클" in text and "NHN" not in text


@pytest.mark.parametrize(
    ("options", "named", "reason"),
    [
        (["--status", "진행"], "--status", "unknown value"),
        (["--status", "계획,,운영 중"], "--status", "empty"),
        (["--from", "2025-13"], "--from", "month must be 1..12"),
        (["--to", "내년"], "--to", "unknown format"),
        (["--from", "2030", "--to", "2020"], "--to", "before --from"),
    ],
)
def test_bad_status_or_period_says_which_option_and_why(
    demo_db: Path, tmp_path: Path, options: list[str], named: str, reason: str
) -> None:
    for command in (["list", "projects"], ["export", "mous", "--out", str(tmp_path / "m.csv")]):
        result = dctracker(*command, *options, "--db", str(demo_db))
        assert result.returncode == 2, result.stderr
        line = result.stderr.strip()
        assert len(line.splitlines()) == 1 and "Traceback" not in line
        assert named in line and reason in line and any("가" <= ch <= "힣" for ch in line), line
    assert not (tmp_path / "m.csv").exists()
