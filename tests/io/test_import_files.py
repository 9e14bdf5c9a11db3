"""Importing the files officials exchange: every value read as a person reads it."""

from __future__ import annotations

import codecs
from datetime import date
from pathlib import Path

import pytest

from dctracker.domain.dates import PartialDate, Precision
from dctracker.domain.money import EOK
from dctracker.domain.records import MilestoneStatus, ProjectStatus
from dctracker.domain.regions import Region
from dctracker.io.errors import ImportFileError
from dctracker.io.importer import mapping_for, read_table
from dctracker.io.plan import Action, plan_import
from dctracker.services.imports import RowsRejected, apply_plan
from dctracker.store import Store


def import_file(store: Store, path: Path, **kwargs) -> object:
    table = read_table(path)
    plan = plan_import(store, table, mapping_for(table))
    apply_plan(store, plan, **kwargs)
    return plan


def history_count(store: Store) -> int:
    return store.db.conn.execute("SELECT count(*) FROM history").fetchone()[0]


def test_cp949_csv_with_korean_headers(store: Store, cp949_csv: Path) -> None:
    table = read_table(cp949_csv)
    mapping = mapping_for(table)
    assert mapping.kind == "projects"
    assert [c.header for c in mapping.unknown] == ["담당 과장"]  # reported, not dropped silently
    plan = plan_import(store, table, mapping)
    assert [(r.row, r.action) for r in plan.rows] == [(2, Action.CREATE), (3, Action.CREATE)]
    apply_plan(store, plan)
    oracle, nhn = store.projects.all()
    assert oracle.name == "광양 오라클 클라우드 데이터센터"
    assert (oracle.region, oracle.sigungu) == (Region.JEONNAM, "광양시")
    assert oracle.investment == 7000 * EOK
    assert oracle.area_m2 == 105_000
    assert oracle.status is ProjectStatus.IN_PROGRESS
    assert oracle.planned_finish == PartialDate(2030, Precision.YEAR, until=True)
    assert (nhn.region, nhn.sigungu, nhn.investment) == (Region.JEONNAM, "순천시", 3000 * EOK)
    assert nhn.area_m2 == 105_000 and nhn.status is ProjectStatus.PLANNED
    assert nhn.planned_finish == PartialDate(2025, Precision.HALF, 7)
    comments = {row[0] for row in store.db.conn.execute("SELECT comment FROM history")}
    assert comments == {"import: 사업현황.csv"}


@pytest.mark.parametrize(
    "encoding, prefix, delimiter",
    [
        ("utf-8", b"", ","),
        ("utf-8", codecs.BOM_UTF8, ";"),
        ("cp949", b"", "\t"),
        ("euc-kr", b"", "|"),
        ("utf-16", b"", ","),
    ],
)
def test_encodings_and_delimiters(
    store: Store, tmp_path: Path, csv_text, encoding: str, prefix: bytes, delimiter: str
) -> None:
    text = csv_text(
        [
            ["사업명", "시군구", "투자액(억원)", "비고"],
            ["해남 구성지구 데이터센터", "해남", "1,200", "서부권, 데이터 클러스터"],
        ],
        delimiter,
    )
    path = tmp_path / "list.csv"
    path.write_bytes(prefix + text.encode(encoding))
    import_file(store, path)
    (project,) = store.projects.all()
    assert (project.name, project.region, project.sigungu) == (
        "해남 구성지구 데이터센터",
        Region.JEONNAM,
        "해남군",
    )
    assert project.investment == 1200 * EOK  # the (억원) header unit applies to bare numbers
    assert project.notes == "서부권, 데이터 클러스터"


def test_undecidable_encoding_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes("사업명,지역\n".encode() + bytes([0x80, 0xFF, 0xFE, 0x81]) * 50)
    with pytest.raises(ImportFileError, match="인코딩"):
        read_table(path)


def test_xlsx_title_rows_merged_cells_serial_dates_and_total_row(store: Store, milestone_xlsx: Path) -> None:
    table = read_table(milestone_xlsx)
    assert (table.sheet, table.header_row) == ("추진현황", 4)
    assert [r.number for r in table.rows] == [5, 6, 7, 9]  # blank row and 합계 row skipped
    mapping = mapping_for(table)
    assert mapping.kind == "milestones" and mapping.unknown == []
    plan = plan_import(store, table, mapping)
    assert plan.summary("en") == "4 new, 0 updated, 0 unchanged, 0 rejected"
    apply_plan(store, plan)
    oracle, national = store.projects.all()
    assert (oracle.name, oracle.region, oracle.sigungu) == (
        "광양 오라클 클라우드 데이터센터",
        Region.JEONNAM,
        "광양시",
    )
    assert oracle.investment == 7000 * EOK
    assert (national.region, national.sigungu, national.investment) == (
        Region.GWANGJU,
        "북구",
        4000,
    )  # no unit in the header: a bare number is won
    permit, groundbreaking, opening = store.milestones.where("project_id = ?", (oracle.id,))
    assert permit.title == "인허가"
    assert permit.baseline == PartialDate.from_date(date(2025, 7, 1))  # serial 45839
    assert permit.forecast == PartialDate(2025, Precision.HALF, 7)
    assert permit.progress == 30
    assert permit.notes == "부지 협의, 전력 인입"
    assert groundbreaking.baseline == PartialDate.from_date(date(2026, 3, 2))
    assert groundbreaking.forecast is None
    assert opening.baseline == PartialDate(2030, Precision.YEAR)  # a year stays a year
    assert opening.forecast == PartialDate(2030, Precision.YEAR, until=True)
    (completion,) = store.milestones.where("project_id = ?", (national.id,))
    assert completion.baseline == PartialDate(2025, Precision.MONTH, 12)
    assert completion.progress == 80 and completion.status is MilestoneStatus.PLANNED


def test_one_bad_row_changes_nothing(store: Store, milestone_xlsx: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(milestone_xlsx)
    workbook.active["H9"] = 140  # progress over 100
    workbook.active["F6"] = "2025년 13월"
    bad = tmp_path / "bad.xlsx"
    workbook.save(bad)
    table = read_table(bad)
    plan = plan_import(store, table, mapping_for(table))
    rejected = {r.row: " ".join(x.ko for x in r.reasons) for r in plan.rejected}
    assert set(rejected) == {6, 9}
    assert "기준일" in rejected[6] and "진척률" in rejected[9]
    with pytest.raises(RowsRejected):
        apply_plan(store, plan)
    assert store.projects.count() == 0 and store.milestones.count() == 0
    assert history_count(store) == 0
    apply_plan(store, plan, skip_invalid=True)  # the user's explicit choice
    assert store.milestones.count() == 2 and store.projects.count() == 1


def test_reimport_is_idempotent_and_updates_in_place(
    store: Store, milestone_xlsx: Path, tmp_path: Path
) -> None:
    import_file(store, milestone_xlsx)
    before = (history_count(store), store.projects.count(), store.milestones.count())
    again = import_file(store, milestone_xlsx)
    assert {r.action for r in again.rows} == {Action.UNCHANGED}
    assert (history_count(store), store.projects.count(), store.milestones.count()) == before

    from openpyxl import load_workbook

    workbook = load_workbook(milestone_xlsx)
    workbook.active["H5"] = 60
    changed = tmp_path / "6월.xlsx"
    workbook.save(changed)
    plan = import_file(store, changed)
    assert [(r.row, r.action, r.changes) for r in plan.rows if r.action is not Action.UNCHANGED] == [
        (5, Action.UPDATE, {"progress": (30, 60)})
    ]
    assert store.milestones.count() == before[2]
    permit = store.milestones.where("title = ?", ("인허가",))[0]
    (change,) = [c for c in store.milestone_history(permit.id) if c.field == "progress"]
    assert (change.old, change.new, change.comment) == ("30", "60", "import: 6월.xlsx")


def test_choose_sheet_and_missing_sheet(milestone_xlsx: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(milestone_xlsx)
    cover = workbook.create_sheet("표지", 0)
    cover["A1"] = "보고서 표지"
    path = tmp_path / "two.xlsx"
    workbook.save(path)
    table = read_table(path)  # the cover sheet has no header row: the next sheet is read
    assert (table.sheet, table.sheets, len(table.rows)) == ("추진현황", ["표지", "추진현황"], 4)
    with pytest.raises(ImportFileError, match="머리글"):
        read_table(path, "표지")
    with pytest.raises(ImportFileError, match="없습니다"):
        read_table(path, "없는시트")


def test_blank_cells(store: Store, tmp_path: Path, csv_text) -> None:
    """A blank date or note clears it; a blank status or progress keeps what is stored."""
    path = tmp_path / "m.csv"
    rows = [
        ["사업명", "시군구", "마일스톤", "기준일", "상태", "진척률(%)", "비고"],
        ["광양 데이터센터", "광양", "착공", "2026-01", "진행 중", "40", "메모"],
    ]
    path.write_text(csv_text(rows), encoding="utf-8")
    import_file(store, path)
    rows[1][3:] = ["", "", "", ""]
    path.write_text(csv_text(rows), encoding="utf-8")
    import_file(store, path)
    (milestone,) = store.milestones.all()
    assert (milestone.baseline, milestone.notes) == (None, "")
    assert (milestone.status, milestone.progress) == (MilestoneStatus.IN_PROGRESS, 40)


def test_new_project_without_place_is_rejected(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text("사업명,마일스톤,기준일\n새 사업,착공,2026-01\n", encoding="utf-8")
    table = read_table(path)
    (row,) = plan_import(store, table, mapping_for(table)).rows
    assert row.action is Action.REJECT and "지역" in row.reasons[0].ko


def test_mou_with_parties_and_linked_projects(demo_store: Store, tmp_path: Path, csv_text) -> None:
    path = tmp_path / "협약.csv"
    path.write_text(
        csv_text(
            [
                ["협약명", "체결일", "당사자", "약정 투자액", "약정 고용", "관련 사업", "구속력"],
                [
                    "해남 데이터센터 투자협약",
                    "2025. 6. 30.",
                    "전라남도(지방자치단체); 해남군; 새회사(기업)",
                    "2조 원",
                    "300명",
                    "광양 오라클 클라우드 데이터센터",
                    "아니오",
                ],
                ["없는 사업 협약", "2025-07", "전라남도", "", "", "그런 사업 없음", ""],
            ]
        ),
        encoding="utf-8",
    )
    table = read_table(path)
    plan = plan_import(demo_store, table, mapping_for(table))
    assert plan.kind == "mous"
    (rejected,) = plan.rejected
    assert rejected.row == 3 and "그런 사업 없음" in rejected.reasons[0].ko
    apply_plan(demo_store, plan, skip_invalid=True)
    (mou,) = demo_store.mous.where("title = ?", ("해남 데이터센터 투자협약",))
    oracle = demo_store.projects.where("name = ?", ("광양 오라클 클라우드 데이터센터",))[0]
    assert mou.project_ids == [oracle.id]
    assert mou.signed_on == PartialDate.from_date(date(2025, 6, 30))
    assert (mou.pledged_investment, mou.pledged_jobs, mou.binding) == (2 * 10**12, 300, False)
    assert [(p.name, p.role.value) for p in mou.parties] == [
        ("전라남도", "local_government"),
        ("해남군", "other"),
        ("새회사", "company"),
    ]
    assert {o.name for o in demo_store.organizations.all()} >= {"해남군", "새회사"}


def batches(store: Store) -> list[tuple]:
    return store.db.conn.execute("SELECT DISTINCT batch, comment FROM history").fetchall()


def test_an_import_is_one_change_in_the_history(store: Store, milestone_xlsx: Path) -> None:
    """New projects and their milestones are saved as one batch, undone together."""
    plan = import_file(store, milestone_xlsx)
    assert len(plan.projects_to_create()) == 2 and store.milestones.count() == 4
    assert batches(store) == [(1, f"import: {milestone_xlsx.name}")]
    who = {row[0] for row in store.db.conn.execute("SELECT who FROM history")}
    assert len(who) == 1


def test_reimported_mou_changes_its_parties_and_links(demo_store: Store, tmp_path: Path, csv_text) -> None:
    path = tmp_path / "협약.csv"
    header = ["협약명", "당사자", "관련 사업"]
    path.write_text(
        csv_text([header, ["해남 투자협약", "전라남도; 새회사(기업)", "광양 오라클 클라우드 데이터센터"]]),
        encoding="utf-8",
    )
    import_file(demo_store, path)
    path.write_text(
        csv_text([header, ["해남 투자협약", "새회사(투자사); 또다른회사(기업)", ""]]), encoding="utf-8"
    )
    plan = import_file(demo_store, path)
    assert [r.action for r in plan.rows] == [Action.UPDATE]
    (mou,) = demo_store.mous.where("title = ?", ("해남 투자협약",))
    assert [(p.name, p.role.value) for p in mou.parties] == [
        ("새회사", "investor"),
        ("또다른회사", "company"),
    ]
    assert mou.project_ids == [] and mou.version == 2
    last = demo_store.db.conn.execute(
        "SELECT table_name, field FROM history WHERE batch = (SELECT max(batch) FROM history) ORDER BY id"
    ).fetchall()
    assert last == [("organizations", "*"), ("mous", "parties"), ("mous", "project_ids")]
