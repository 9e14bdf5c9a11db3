"""Issue 13, review before apply: `dctracker import FILE --dry-run --json` for
scripts, and rows naming a project near a stored one wait for a person to say
which project they mean instead of creating a near-duplicate."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from dctracker.cli import main
from dctracker.domain.records import Project, ProjectStatus
from dctracker.domain.regions import Region
from dctracker.io.importer import mapping_for, read_table
from dctracker.io.plan import plan_import
from dctracker.io.plan_json import ACTIONS
from dctracker.store import Store, open_store

EOK = 100_000_000  # won per 억원
ORACLE = "오라클 클라우드 데이터센터 (광양시 황금산단)"
ORACLE_IN_FILE = "광양 오라클 클라우드 데이터센터"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def _document(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any]]:
    code, out = _run(capsys, *args)
    return code, json.loads(out)


def _project_names(db_path: Path) -> set[str]:
    store = open_store(db_path)
    try:
        return {p.name for p in store.projects.all()}
    finally:
        store.close()


@pytest.fixture
def projects_csv(store: Store, tmp_path: Path) -> Path:
    """A 시군 list against a database holding two of its projects."""
    store.projects.create(
        Project(name="순천 NHN 데이터센터", region=Region.JEONNAM, sigungu="순천시", investment=1000 * EOK)
    )
    store.projects.create(
        Project(
            name="여수 데이터센터",
            region=Region.JEONNAM,
            sigungu="여수시",
            investment=2000 * EOK,
            status=ProjectStatus.PLANNED,
        )
    )
    store.close()
    rows = [
        ["사업명", "시군", "총사업비(억원)", "추진상황"],
        ["순천 NHN 데이터센터", "순천시", "3,000", "추진 중"],
        ["여수 데이터센터", "여수시", "2,000", "계획"],
        ["나주 AI 센터", "나주시", "500", "계획"],
        ["나주 AI 센터", "나주시", "500", "계획"],
        ["없는 센터", "없는군", "100", "계획"],
        ["합계", "", "5,600", ""],
        ["※ 총사업비는 민간투자 포함", "", "", ""],
    ]
    path = tmp_path / "사업현황.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out).writerows(rows)
    return path


def test_dry_run_json_lists_every_row_with_its_action(
    projects_csv: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, document = _document(
        capsys, "import", str(projects_csv), "--dry-run", "--json", "--db", str(db_path)
    )
    assert code == 1  # a row is rejected
    actions = [(r["row"], r["action"], r.get("label", r.get("text"))) for r in document["rows"]]
    assert actions == [
        (2, "updated", "순천 NHN 데이터센터"),
        (3, "unchanged", "여수 데이터센터"),
        (4, "created", "나주 AI 센터"),
        (5, "duplicate", "나주 AI 센터"),
        (6, "rejected", "없는 센터"),
        (7, "skipped", "합계"),
        (8, "skipped", "※ 총사업비는 민간투자 포함"),
    ]
    rows = {r["row"]: r for r in document["rows"]}
    assert {"field": "investment", "old": 1000 * EOK, "new": 3000 * EOK} in rows[2]["changes"]
    assert "status" in {c["field"] for c in rows[2]["changes"]}
    assert rows[5]["duplicate_of"] == 4
    assert "없는군" in rows[6]["reasons"][0]["ko"] and rows[6]["reasons"][0]["en"]
    assert (rows[7]["why"], rows[8]["why"]) == ("subtotal", "footnote")
    assert document["applied"] is False and document["changed"] == 2  # one update, one creation
    assert document["counts"] == dict.fromkeys(ACTIONS, 0) | {
        "created": 1,
        "updated": 1,
        "unchanged": 1,
        "rejected": 1,
        "duplicate": 1,
        "skipped": 2,
    }
    assert _project_names(db_path) == {"순천 NHN 데이터센터", "여수 데이터센터"}  # nothing stored


def test_json_keeps_korean_text_as_written(
    projects_csv: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _code, out = _run(capsys, "import", str(projects_csv), "--dry-run", "--json", "--db", str(db_path))
    assert "순천 NHN 데이터센터" in out and "\\u" not in out


def test_json_document_shape(projects_csv: Path, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _code, document = _document(
        capsys, "import", str(projects_csv), "--dry-run", "--json", "--db", str(db_path)
    )
    assert set(document) == {
        "file",
        "kind",
        "applied",
        "changed",
        "counts",
        "unknown_columns",
        "hidden_columns",
        "new_projects",
        "rows",
    }
    assert document["file"] == "사업현황.csv" and document["kind"] == "projects"
    for row in document["rows"]:
        assert isinstance(row["row"], int) and row["action"] in ACTIONS
        if row["action"] == "skipped":
            assert set(row) == {"row", "action", "why", "text"}
            continue
        assert {"label", "reasons", "notes"} <= set(row)
        assert all(set(r) == {"ko", "en"} for r in row["reasons"] + row["notes"])
        assert ("changes" in row) == (row["action"] == "updated")
        for change in row.get("changes", []):
            assert set(change) == {"field", "old", "new"} and change["old"] != change["new"]


def test_json_after_the_real_import_says_it_was_applied(
    projects_csv: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, document = _document(
        capsys, "import", str(projects_csv), "--skip-invalid", "--json", "--db", str(db_path)
    )
    assert code == 1 and document["applied"] is True and document["changed"] == 2
    assert "나주 AI 센터" in _project_names(db_path)


@pytest.fixture
def oracle_milestones(store: Store, tmp_path: Path) -> Path:
    """A 시군 milestone sheet spelling a stored project its own way."""
    store.projects.create(Project(name=ORACLE, region=Region.JEONNAM, sigungu="광양시"))
    store.close()
    rows = [
        ["사업명", "시군", "주요일정", "예정"],
        [ORACLE_IN_FILE, "광양시", "착공", "2025. 3분기"],
        [ORACLE_IN_FILE, "광양시", "준공", "2027. 하반기"],
        ["순천 AI 센터", "순천시", "착공", "2026. 1. 5."],
    ]
    path = tmp_path / "광양시_일정.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out).writerows(rows)
    return path


def test_a_near_name_needs_confirmation_instead_of_a_new_project(
    oracle_milestones: Path, db_path: Path
) -> None:
    reopened = open_store(db_path)
    try:
        table = read_table(oracle_milestones)
        plan = plan_import(reopened, table, mapping_for(table))
    finally:
        reopened.close()
    first, second, other = plan.rows
    assert first.needs_confirmation and second.needs_confirmation and first in plan.rejected
    assert [c.project.name for c in first.candidates] == [ORACLE]
    assert first.project_name == ORACLE_IN_FILE and "확인 필요" in first.reasons[0].ko
    assert not other.needs_confirmation and other.new_project is not None  # nothing near: a new project
    assert [p.name for p in plan.projects_to_create().values()] == ["순천 AI 센터"]


def test_cli_lists_candidates_and_refuses_without_match(
    oracle_milestones: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, document = _document(
        capsys, "import", str(oracle_milestones), "--dry-run", "--json", "--db", str(db_path)
    )
    assert code == 1
    row = document["rows"][0]
    assert row["action"] == "needs_confirmation" and row["project_name"] == ORACLE_IN_FILE
    assert row["candidates"][0]["name"] == ORACLE and row["candidates"][0]["sigungu"] == "광양시"
    assert document["counts"]["needs_confirmation"] == 2
    assert [p["name"] for p in document["new_projects"]] == ["순천 AI 센터"]

    code, out = _run(capsys, "import", str(oracle_milestones), "--db", str(db_path))
    assert code == 1 and "확인 필요" in out and ORACLE in out and "아무것도 저장하지 않았습니다" in out
    assert _project_names(db_path) == {ORACLE}


def test_cli_match_attaches_the_rows_to_the_stored_project(
    oracle_milestones: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    match = f"{ORACLE_IN_FILE}={ORACLE}"
    code, _out = _run(capsys, "import", str(oracle_milestones), "--match", match, "--db", str(db_path))
    assert code == 0
    assert _project_names(db_path) == {ORACLE, "순천 AI 센터"}
    store = open_store(db_path)
    try:
        oracle = next(p for p in store.projects.all() if p.name == ORACLE)
        titles = sorted(m.title for m in store.milestones.all() if m.project_id == oracle.stored_id)
    finally:
        store.close()
    assert titles == ["준공", "착공"]


def test_cli_match_to_nothing_makes_a_new_project(
    oracle_milestones: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out = _run(
        capsys, "import", str(oracle_milestones), "--match", f"{ORACLE_IN_FILE}=", "--db", str(db_path)
    )
    assert code == 0
    assert _project_names(db_path) == {ORACLE, ORACLE_IN_FILE, "순천 AI 센터"}


@pytest.mark.parametrize("match", ["no equals sign", "=오라클"])
def test_cli_bad_match_is_one_line(
    oracle_milestones: Path, db_path: Path, match: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(oracle_milestones), "--match", match, "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert "--match" in err and "Traceback" not in err


def test_match_naming_no_stored_project_rejects_the_row(oracle_milestones: Path, db_path: Path) -> None:
    reopened = open_store(db_path)
    try:
        table = read_table(oracle_milestones)
        plan = plan_import(reopened, table, mapping_for(table), matches={ORACLE_IN_FILE: "없는 사업"})
    finally:
        reopened.close()
    assert [r.row for r in plan.rejected] == [2, 3]
    assert "없는 사업" in plan.rows[0].reasons[0].ko and not plan.rows[0].needs_confirmation
