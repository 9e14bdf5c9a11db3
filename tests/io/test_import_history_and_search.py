"""A big plain sheet (no merged cells, the shape of the benchmark workbook)
goes through the bulk path; what it stores must serve search and history
like records saved one at a time."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook

from dctracker.io.importer import mapping_for, read_table
from dctracker.io.plan import plan_import
from dctracker.services.imports import apply_plan
from dctracker.store import Store
from dctracker.store.reads.as_of import records_as_of
from dctracker.store.records.history import WHOLE_RECORD

HEADER = ["사업명", "지역", "시군구", "마일스톤", "기준일", "예정일", "진척률(%)", "비고"]


def _plain_sheet(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["데이터센터 추진 현황"])
    sheet.append(HEADER)
    for i in range(6):
        note = "전력 인입 협의" if i == 4 else "부지 협의"
        sheet.append(
            [
                f"데이터센터 사업 {i % 2}",
                "전남",
                "광양시",
                f"단계 {i}",
                date(2025, 1, 1 + i),
                "2027년 상반기",
                i * 10,
                note,
            ]
        )
    sheet.append([])
    sheet.append(["합계", None, None, None, None, None, None, None])
    workbook.save(path)
    return path


def _import(store: Store, path: Path) -> None:
    table = read_table(path)
    apply_plan(store, plan_import(store, table, mapping_for(table)))


def test_search_finds_imported_milestones_and_projects(store: Store, tmp_path: Path) -> None:
    _import(store, _plain_sheet(tmp_path / "현황.xlsx"))
    milestones = {m.title: m.id for m in store.milestones.all()}
    assert len(milestones) == 6  # the blank row and the 합계 row are skipped
    assert store.search("전력 인입").milestones == {milestones["단계 4"]}
    assert store.search("부지 협의").milestones == set(milestones.values()) - {milestones["단계 4"]}
    assert store.search("데이터센터 사업 1").projects == {
        p.id for p in store.projects.all() if p.name.endswith("1")
    }


def test_the_creation_history_holds_each_imported_record_whole(store: Store, tmp_path: Path) -> None:
    _import(store, _plain_sheet(tmp_path / "현황.xlsx"))
    for milestone in store.milestones.all():
        (created,) = store.milestone_history(milestone.id)
        assert created.field == WHOLE_RECORD and created.old is None
        assert json.loads(created.new) == {"id": milestone.id, **store.milestones.snapshot(milestone)}


def test_the_import_day_is_rebuilt_from_the_history(store: Store, tmp_path: Path) -> None:
    _import(store, _plain_sheet(tmp_path / "현황.xlsx"))
    today = records_as_of(store, date.today())
    assert today.milestones == store.milestones.all() and today.projects == store.projects.all()
    before = records_as_of(store, date.today() - timedelta(days=1))
    assert before.milestones == [] and before.projects == []
