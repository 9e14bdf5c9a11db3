"""The command line, run as a user would: in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


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
