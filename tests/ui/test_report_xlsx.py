"""The report as a workbook: a sheet per section, figures as numbers."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

import known_dashboard
import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication
from ui_helpers import run_cli

from dctracker import cli
from dctracker.bootstrap import create_database
from dctracker.domain import clock
from dctracker.domain.filters import RecordFilter
from dctracker.render.i18n import install_translators
from dctracker.render.report.xlsx import sheet_title, write_report_xlsx
from dctracker.services.reports import load_dashboard
from dctracker.store import Store

if TYPE_CHECKING:
    from conftest import HistoryClock

KST = timezone(timedelta(hours=9))


@pytest.fixture
def known(store: Store, history_clock: HistoryClock) -> Store:
    known_dashboard.build(store, history_clock)
    return store


def rows(sheet: object) -> list[tuple[object, ...]]:
    return [tuple(r) for r in sheet.iter_rows(values_only=True)]  # type: ignore[attr-defined]


def test_workbook_has_a_sheet_per_section_with_numbers(
    qapp: QApplication, known: Store, tmp_path: Path
) -> None:
    install_translators(qapp, "ko")
    out = tmp_path / "회의자료.xlsx"
    write_report_xlsx(out, load_dashboard(known, RecordFilter(), known_dashboard.AS_OF), "ko")
    book = load_workbook(out)
    assert book.sheetnames == [
        "요약",
        "지연 마일스톤",
        "90일 내 도래 마일스톤",
        "지연 상위 5개 마일스톤",
        "협약 이행 현황",
        "지역·권역별 합계",
        "추진 일정",
    ]
    summary = rows(book["요약"])
    assert summary[1][0] == "지역: 광주·전남 전체 · 기준일: 2025. 11. 26."
    assert ("지연 마일스톤", 2, "예정일이 지났으나 미완료") in summary
    overdue = rows(book["지연 마일스톤"])
    assert overdue[0] == ("사업", "마일스톤", "예정일", "지연 일수", "담당")
    assert overdue[1] == ("해남 데이터단지", "부지 매입", "2025년 상반기", 149, None)
    ledger = book["협약 이행 현황"]
    assert [c.value for c in ledger[2]][4:10] == [7000, 1750, 0.25, 200, 30, 0.15]
    assert ledger["E2"].number_format == '#,##0"억 원"'
    assert ledger["G2"].number_format == "0.0%"
    assert ledger.freeze_panes == "A2"


def test_sheet_titles_follow_excel_rules() -> None:
    taken: set[str] = set()
    assert sheet_title("MOU ledger: pledged vs realized", taken) == "MOU ledger"
    assert sheet_title("a/b?c", taken) == "a b c"
    assert len(sheet_title("가" * 40, taken)) == 31
    assert sheet_title("MOU ledger", taken) == "MOU ledger 2"


def test_command_line_writes_xlsx(known: Store, db_path: Path, tmp_path: Path) -> None:
    known.close()
    out = tmp_path / "report.xlsx"
    result = run_cli(
        "report",
        "--db",
        str(db_path),
        "--out",
        str(out),
        "--as-of",
        "2025년 하반기",
    )
    assert result.returncode == 0, result.stderr
    summary = rows(load_workbook(out)["요약"])
    assert summary[1][0] == "지역: 광주·전남 전체 · 기준일: 2025. 12. 31."


def test_command_line_report_follows_status_and_period(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A past 기준일 reads what the database knew then: the demo is entered on
    2026-11-20 and the report asked a week later, whatever today's date is."""
    db = tmp_path / "demo.db"
    with clock.frozen(datetime(2026, 11, 20, 9, 0, tzinfo=KST)):
        create_database(db, demo=True).close()
    out = tmp_path / "planned-2030.xlsx"
    with clock.frozen(datetime(2026, 12, 4, 9, 0, tzinfo=KST)):
        code = cli.main(
            ["report", "--db", str(db), "--out", str(out)]
            + ["--status", "계획", "--from", "2030", "--to", "2030", "--as-of", "2026-11-26"]
        )
    assert code == 0, capsys.readouterr().err
    book = load_workbook(out)
    assert "상태: 계획 · 일정: 2030년 – 2030년" in rows(book["요약"])[1][0]
    cells = {str(v) for sheet in book for row in rows(sheet) for v in row if v is not None}
    assert "광양 황금산단 오라클 클라우드 데이터센터 투자협약" in cells  # due by 2030
    assert "순천 NHN 공공 클라우드 데이터센터 협약" not in cells  # due by 2025
