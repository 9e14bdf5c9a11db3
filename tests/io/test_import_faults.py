"""Issue 12: each import/export defect the probes found, reproduced as a user meets it."""

from __future__ import annotations

import csv
import io
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from dctracker.cli import main
from dctracker.domain.dates import PartialDate
from dctracker.domain.filters import RecordFilter
from dctracker.domain.records import Milestone, Project
from dctracker.domain.regions import Region, parse_region
from dctracker.io.errors import MAX_COLUMNS, ImportFileError
from dctracker.io.importer import mapping_for, read_table
from dctracker.io.plan import Action, plan_import
from dctracker.services.exports import export_records
from dctracker.services.imports import apply_plan
from dctracker.store import Store, open_store
from dctracker.store.file.backup import list_backups


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def write(path: Path, rows: list[list[str]]) -> Path:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8", newline="")
    return path


def cli(*args: str | Path) -> int:
    return main([str(a) for a in args])


def planned(store: Store, path: Path, kind: str | None = None):
    table = read_table(path)
    return plan_import(store, table, mapping_for(table, kind))


# 4. Decomposed Hangul (NFD) is the same text as composed (NFC).


def test_4_nfd_region_and_kind_are_understood() -> None:
    assert parse_region(nfd("전남")) is Region.JEONNAM
    from dctracker.domain.records import MilestoneKind

    assert MilestoneKind.parse(nfd("착공")) is MilestoneKind.parse("착공")


def test_4_nfd_search_finds_the_nfc_record(store: Store) -> None:
    created = store.projects.create(Project(name="광양 데이터센터", region=Region.JEONNAM))
    assert store.search(nfd("광양 데이터")).projects == {created.id}


def test_4_nfd_import_matches_and_keeps_the_stored_title(store: Store, tmp_path: Path) -> None:
    store.projects.create(Project(name="광양 데이터센터", region=Region.JEONNAM, sigungu="광양시"))
    path = write(
        tmp_path / "nfd.csv", [["사업명", "지역", "시군구"], [nfd("광양 데이터센터"), nfd("전남"), "광양시"]]
    )
    plan = planned(store, path)
    assert [r.action for r in plan.rows] == [Action.UNCHANGED]
    apply_plan(store, plan)
    assert [p.name for p in store.projects.all()] == ["광양 데이터센터"]


# 7. Every real import takes a backup first.


def test_7_cli_import_takes_a_backup_first(store: Store, db_path: Path, tmp_path: Path) -> None:
    store.close()
    path = write(tmp_path / "p.csv", [["사업명", "지역"], ["광양 데이터센터", "전남"]])
    assert cli("import", path, "--dry-run", "--db", db_path) == 0
    assert list_backups(db_path) == []  # a dry run changes nothing, so backs up nothing
    assert cli("import", path, "--db", db_path) == 0
    assert [b.reason for b in list_backups(db_path)] == ["import"]


def test_7_the_window_import_path_takes_a_backup_first(store: Store, db_path: Path, tmp_path: Path) -> None:
    path = write(tmp_path / "p.csv", [["사업명", "지역"], ["광양 데이터센터", "전남"]])
    apply_plan(store, planned(store, path))
    (backup,) = list_backups(db_path)
    assert backup.reason == "import"
    backed_up = open_store(backup.path)
    try:
        assert backed_up.projects.count() == 0  # taken before the import
    finally:
        backed_up.close()
    assert store.projects.count() == 1


# 9. The dry run runs what the import runs; a blank 태그 cell is no tags.


def test_9_export_import_round_trip_with_blank_tags(store: Store, tmp_path: Path) -> None:
    store.projects.create(Project(name="광양 데이터센터", region=Region.JEONNAM, tags=["AI"]))
    out = tmp_path / "projects.csv"
    export_records(store, "projects", RecordFilter(), out)
    text = (
        out.read_text(encoding="utf-8-sig")
        .replace("광양 데이터센터", "순천 데이터센터")
        .replace(",AI,", ",,")
    )
    out.write_text(text, encoding="utf-8-sig")
    plan = planned(store, out)
    assert [r.action for r in plan.rows] == [Action.CREATE]
    apply_plan(store, plan, dry_run=True)
    assert store.projects.count() == 1
    apply_plan(store, plan)
    assert sorted((p.name, p.tags) for p in store.projects.all()) == [
        ("광양 데이터센터", ["AI"]),
        ("순천 데이터센터", []),
    ]


def test_9_dry_run_fails_where_the_import_would(store: Store, tmp_path: Path, monkeypatch) -> None:
    path = write(tmp_path / "p.csv", [["사업명", "지역"], ["광양 데이터센터", "전남"]])
    plan = planned(store, path)
    from dctracker.store.records.repository import Repository

    def failing(*_a, **_k):
        raise RuntimeError("store refused")

    monkeypatch.setattr(Repository, "create_many", failing)
    with pytest.raises(RuntimeError, match="store refused"):
        apply_plan(store, plan, dry_run=True)
    monkeypatch.undo()
    assert list_backups(store.path) == []
    assert store.projects.count() == 0


def test_9_cli_dry_run_stores_nothing(store: Store, db_path: Path, tmp_path: Path) -> None:
    store.close()
    path = write(tmp_path / "p.csv", [["사업명", "지역", "태그"], ["광양 데이터센터", "전남", ""]])
    assert cli("import", path, "--dry-run", "--db", db_path) == 0
    assert cli("import", path, "--db", db_path) == 0
    opened = open_store(db_path)
    try:
        assert [p.tags for p in opened.projects.all()] == [[]]
    finally:
        opened.close()


# 10. The meeting report neutralizes formulas like the record exports.

DDE = "=cmd|' /C calc'!A0"
LINK = '=HYPERLINK("http://example.invalid","x")'


def test_10_report_workbook_holds_no_formula(store: Store, tmp_path: Path) -> None:
    from dctracker.render.report.xlsx import write_report_xlsx
    from dctracker.services.reports import load_dashboard

    project = store.projects.create(Project(name=DDE, region=Region.JEONNAM, sigungu="광양시"))
    store.milestones.create(
        Milestone(
            project_id=project.id,
            title=LINK,
            owner="@SUM(1+1)\x07",
            forecast=PartialDate.parse("2025-01-10"),
        )
    )
    out = tmp_path / "report.xlsx"
    as_of = date(2025, 6, 30)  # measured as if today: the current records, not the history
    write_report_xlsx(out, load_dashboard(store, RecordFilter(), as_of, today=as_of), "ko")
    book = load_workbook(out)
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None]
    assert not [c.value for c in cells if c.data_type == "f"]
    texts = {c.value for c in cells if isinstance(c.value, str)}
    assert "'" + DDE in texts and "'" + LINK in texts


# 12. A missing required column is a clear mapping error.


def test_12_missing_title_column_names_the_field_and_the_columns(store: Store, tmp_path: Path) -> None:
    path = write(
        tmp_path / "m.csv",
        [["사업명", "지역", "업무내용", "기준일"], ["광양 데이터센터", "전남", "착공", "2026-01"]],
    )
    with pytest.raises(ImportFileError) as caught:
        planned(store, path, "milestones")
    message = str(caught.value)
    assert "마일스톤" in message and "업무내용" in message and "사업명" in message


def test_12_cli_says_so_in_one_line(store: Store, db_path: Path, tmp_path: Path, capsys) -> None:
    store.close()
    path = write(
        tmp_path / "m.csv", [["사업명", "지역", "업무내용", "기준일"], ["광양", "전남", "착공", "2026-01"]]
    )
    assert cli("import", path, "--db", db_path) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "업무내용" in err and len(err.strip().splitlines()) == 1


# 13. An amount SQLite cannot store is a rejected row.


@pytest.mark.parametrize("amount", ["1" * 33, "9223372036854775808", "1" * 33 + "억원"])
def test_13_huge_amount_is_rejected_in_the_dry_run(store: Store, tmp_path: Path, amount: str) -> None:
    path = write(
        tmp_path / "p.csv",
        [
            ["사업명", "지역", "총사업비", "고용 계획"],
            ["가", "전남", amount, ""],
            ["나", "전남", "", "1" * 30],
        ],
    )
    plan = planned(store, path)
    assert [r.action for r in plan.rows] == [Action.REJECT, Action.REJECT]
    assert "총사업비" in plan.rows[0].reasons[0].ko and "고용 계획" in plan.rows[1].reasons[0].ko
    apply_plan(store, plan, skip_invalid=True)
    assert store.projects.count() == 0


def test_13_huge_number_cell_in_a_workbook_is_rejected(store: Store, tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["사업명", "지역", "총사업비"])
    book.active.append(["가", "전남", 1e30])
    path = tmp_path / "p.xlsx"
    book.save(path)
    assert [r.action for r in planned(store, path).rows] == [Action.REJECT]


# 14. Control characters are stripped at import, with a note; exports never crash.


def test_14_control_characters_are_stripped_with_a_note(store: Store, tmp_path: Path, capsys) -> None:
    padding = "가" * 22_000  # 66 KB of UTF-8: the NUL comes after the first 64 KB
    path = write(
        tmp_path / "p.csv",
        [["사업명", "지역", "비고"], ["광양\x1b[31m 센터", "전남", padding + "\x00끝\x07\tok\n다음"]],
    )
    plan = planned(store, path)
    (row,) = plan.rows
    assert row.action is Action.CREATE
    assert row.record.name == "광양[31m 센터"
    assert row.record.notes == padding + "끝\tok\n다음"
    assert any("제어 문자" in n.ko for n in row.notes)
    apply_plan(store, plan)
    out = tmp_path / "out.xlsx"
    export_records(store, "projects", RecordFilter(), out)
    assert load_workbook(out).active["A2"].value == "광양[31m 센터"


def test_14_cli_report_mentions_the_stripped_characters(
    store: Store, db_path: Path, tmp_path: Path, capsys
) -> None:
    store.close()
    path = write(tmp_path / "p.csv", [["사업명", "지역"], ["광양\x07 센터", "전남"]])
    assert cli("import", path, "--dry-run", "--db", db_path) == 0
    assert "제어 문자" in capsys.readouterr().out


def test_14_stored_control_characters_do_not_break_exports(store: Store, tmp_path: Path) -> None:
    store.projects.create(Project(name="광양\x1b 센터", region=Region.JEONNAM, notes="=1+1\x00"))
    out = tmp_path / "out.xlsx"
    export_records(store, "projects", RecordFilter(), out)
    sheet = load_workbook(out).active
    assert sheet["A2"].value == "광양 센터"
    assert "'=1+1" in [c.value for c in sheet[2]]


# 19. Columns are capped like rows; unknown columns are summarised.


def test_19_too_many_columns_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(",".join(["사업명", "지역", *(f"c{i}" for i in range(MAX_COLUMNS))]) + "\n가,전남\n")
    with pytest.raises(ImportFileError, match=f"{MAX_COLUMNS:,}"):
        read_table(path)


def test_19_trailing_empty_columns_do_not_count(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("사업명,지역" + "," * (2 * MAX_COLUMNS) + "\n가,전남\n")
    assert read_table(path).headers == ["사업명", "지역"]


def test_19_unknown_columns_are_summarised(store: Store, db_path: Path, tmp_path: Path, capsys) -> None:
    store.close()
    path = tmp_path / "wide.csv"
    path.write_text(",".join(["사업명", "지역", *(f"c{i}" for i in range(500))]) + "\n가,전남\n")
    assert cli("import", path, "--dry-run", "--db", db_path) == 0
    out = capsys.readouterr().out
    unknown = [line for line in out.splitlines() if "unknown column" in line]
    assert len(unknown) == 1 and "c0, c1" in unknown[0] and "c9" in unknown[0]
    assert "c10" not in unknown[0] and "490" in unknown[0]


# Found by the property tests: a money unit in a header of another field.


def test_money_unit_in_a_non_money_header_is_ignored(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "p.csv", [["사업명", "지역", "면적(억원)"], ["가", "전남", "105,000㎡"]])
    (row,) = planned(store, path).rows
    assert row.action is Action.CREATE and row.record.area_m2 == 105_000


def test_text_too_long_for_an_xlsx_cell_is_refused_not_cut(store: Store, tmp_path: Path) -> None:
    from dctracker.io.errors import ExportError

    store.projects.create(Project(name="가", region=Region.JEONNAM, notes="x" * 40_000))
    out = tmp_path / "out.xlsx"
    with pytest.raises(ExportError, match="CSV"):
        export_records(store, "projects", RecordFilter(), out)
    assert not out.exists()
    export_records(store, "projects", RecordFilter(), tmp_path / "out.csv")  # CSV holds it
