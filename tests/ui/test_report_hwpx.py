"""The report as a 한/글 document: written from the command line and the
File menu, it reopens with python-hwpx, passes its package checks and reads
back with the report's figures, names and 기준일 in the 개조식 form."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

import known_dashboard
import pytest
from hwpx import HwpxDocument, validate_package
from pytestqt.qtbot import QtBot
from ui_helpers import run_cli

from dctracker.app import create_main_window
from dctracker.store import Store
from dctracker.ui import dashboard as dashboard_feature
from dctracker.ui.dashboard.view import DashboardView

if TYPE_CHECKING:
    from conftest import HistoryClock


@pytest.fixture
def known(store: Store, history_clock: HistoryClock) -> Store:
    known_dashboard.build(store, history_clock)
    return store


def document_lines(path: Path) -> list[str]:
    data = path.read_bytes()
    report = validate_package(data)
    assert report.ok, report.errors
    document = HwpxDocument.open(io.BytesIO(data))
    assert not document.validate().issues
    assert len(document.tables.all) == 6  # one per table section, the summary is 개조식 lines
    assert any(part.startswith("BinData/") for part in document.package.part_names())  # the timeline
    return document.text.plain().splitlines()


def test_command_line_writes_the_report_as_hwpx(known: Store, db_path: Path, tmp_path: Path) -> None:
    known.close()
    out = tmp_path / "회의자료.hwpx"
    result = run_cli(
        "report",
        "--db",
        str(db_path),
        "--out",
        str(out),
        "--as-of",
        "2025-11-26",
        "--department",
        "투자유치과",
    )
    assert result.returncode == 0, result.stderr
    lines = document_lines(out)
    assert lines[0] == "데이터센터·AI 투자사업 추진 현황 보고"
    assert "지역: 광주·전남 전체 · 기준일: 2025. 11. 26. │ 작성 부서: 투자유치과" in lines
    assert "□ 요약" in lines
    assert " ○ 지연 마일스톤: 2" in lines
    assert "   - 예정일이 지났으나 미완료" in lines
    assert "□ 지연 마일스톤" in lines
    assert "광양 데이터센터\t건축 인허가\t2025. 10. 31.\t26\t광양시" in lines
    assert "해남 데이터단지\t부지 매입\t2025년 상반기\t149\t" in lines
    ledger = [
        "광양 데이터센터 투자협약",
        "전남 광양시",
        "2024. 11. 26.",
        "이행 중",
        "7,000억 원",
        "1,750억 원",
    ]
    ledger += ["25.0%", "200", "30", "15.0%", "2025년 9월", "365"]
    assert "\t".join(ledger) in lines
    assert "□ 추진 일정" in lines


def test_export_menu_offers_hwpx(
    qtbot: QtBot, known: Store, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    known.close()
    window = create_main_window(db_path, "ko")
    qtbot.addWidget(window)
    window.findChild(DashboardView, "dashboardView").set_as_of(known_dashboard.AS_OF)
    target = tmp_path / "menu.hwpx"
    monkeypatch.setattr(dashboard_feature, "choose_report_path", lambda parent, suggested: target)
    action = next(a for a in window.menus["file"].actions() if a.text() == "보고서 내보내기…")
    action.trigger()
    lines = document_lines(target)
    ledger = ["광주 AI 센터 협약", "광주 광산구", "2025년 3월", "체결", "800억 원", "600억 원"]
    ledger += ["75.0%", "60", "45", "75.0%", "2025년 10월", "240"]
    assert "\t".join(ledger) in lines
    assert "menu.hwpx" in window.statusBar().currentMessage()


def test_a_day_before_the_first_entry_says_so(known: Store, db_path: Path, tmp_path: Path) -> None:
    known.close()
    out = tmp_path / "early.hwpx"
    result = run_cli("report", "--db", str(db_path), "--out", str(out), "--as-of", "2024-12-31")
    assert result.returncode == 0, result.stderr
    document = HwpxDocument.open(io.BytesIO(out.read_bytes()))
    lines = document.text.plain().splitlines()
    assert " ○ 이 날짜에는 기록이 없습니다: 첫 입력 2025-01-10" in lines
    assert not document.tables.all  # no tables of zeros
    assert sum("데이터베이스에 기록되어 있던 내용" in line for line in lines) == 1
