"""The meeting report PDF: its text (pdftotext) carries the headings and figures."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import known_dashboard
import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import run_cli

from dctracker.app import create_main_window
from dctracker.domain.filters import RecordFilter
from dctracker.domain.regions import Region
from dctracker.render.i18n import install_translators
from dctracker.render.report.pdf import write_report_pdf
from dctracker.services.reports import load_dashboard
from dctracker.store import Store
from dctracker.ui import dashboard as dashboard_feature
from dctracker.ui.dashboard.view import DashboardView

if TYPE_CHECKING:
    from conftest import HistoryClock

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler's pdftotext to read the PDF"
)
HEADINGS = [
    "데이터센터·AI 투자사업 추진 현황 보고",
    "요약",
    "지연 마일스톤",
    "90일 내 도래 마일스톤",
    "지연 상위 5개 마일스톤",
    "협약 이행 현황: 약정 대비 실적",
    "지역·권역별 합계",
    "추진 일정",
]


def pdf_text(path: Path) -> str:
    # -raw keeps the content-stream order, so a table row's cells stay on one line
    result = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    return result.stdout


@pytest.fixture
def korean(qapp: QApplication) -> QApplication:
    install_translators(qapp, "ko")
    return qapp


@pytest.fixture
def known(store: Store, history_clock: HistoryClock) -> Store:
    known_dashboard.build(store, history_clock)
    return store


def test_report_text_has_headings_and_hand_computed_figures(
    korean: QApplication, known: Store, tmp_path: Path
) -> None:
    data = load_dashboard(known, RecordFilter(), known_dashboard.AS_OF)
    out = tmp_path / "회의자료.pdf"
    write_report_pdf(out, data, "ko")
    text = pdf_text(out)
    for heading in HEADINGS:
        assert heading in text
    assert "지역: 광주·전남 전체 · 기준일: 2025. 11. 26." in text
    assert "부지 매입 2025년 상반기 149" in text  # overdue row: due at precision, days late
    assert "건축 인허가 2025. 10. 31. 26 광양시" in text
    assert "환경영향평가 2025년 하반기 35" in text  # due soon
    assert "2025. 3. 31. 2025. 10. 31. 214" in text  # slipped
    assert "7,000억 원 1,750억 원 25.0% 200 30 15.0%" in text  # ledger
    assert "광주 800억 원 600억 원 75.0% 60 45 75.0%" in text  # region total
    assert "동부권 (권역) 7,000억 원 1,750억 원 25.0%" in text  # zone total


def test_report_embeds_its_fonts(korean: QApplication, known: Store, tmp_path: Path) -> None:
    if shutil.which("pdffonts") is None:
        pytest.skip("needs poppler's pdffonts")
    out = tmp_path / "report.pdf"
    write_report_pdf(out, load_dashboard(known, RecordFilter(), known_dashboard.AS_OF), "ko")
    listing = subprocess.run(
        ["pdffonts", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert listing and all(line.split()[-5] == "yes" for line in listing)  # the "emb" column


def test_report_for_a_region_and_a_past_day(korean: QApplication, known: Store, tmp_path: Path) -> None:
    data = load_dashboard(known, RecordFilter(region=Region.JEONNAM), date(2025, 5, 31))
    out = tmp_path / "jeonnam.pdf"
    write_report_pdf(out, data, "ko")
    text = pdf_text(out)
    assert "지역: 전라남도 · 기준일: 2025. 5. 31." in text
    assert "변경 이력으로 재구성" in text
    assert "건축 인허가 2025. 3. 31. 61" in text
    assert "광주 AI 센터" not in text


def test_unknown_realized_figures_show_a_dash(korean: QApplication, known: Store, tmp_path: Path) -> None:
    data = load_dashboard(known, RecordFilter(region=Region.JEONNAM), date(2025, 5, 31))
    out = tmp_path / "past.pdf"
    write_report_pdf(out, data, "ko")
    text = pdf_text(out)
    assert "7,000억 원 — — 200 — —" in text  # 광양's 실적 was not entered yet
    assert "0.0%" not in text


def test_a_day_before_the_first_entry_says_so(korean: QApplication, known: Store, tmp_path: Path) -> None:
    data = load_dashboard(known, RecordFilter(), date(2024, 12, 31))
    out = tmp_path / "early.pdf"
    write_report_pdf(out, data, "ko")
    text = pdf_text(out)
    assert "이 날짜에는 기록이 없습니다: 첫 입력 2025-01-10" in text
    for heading in HEADINGS[2:]:  # no table of zeros
        assert heading not in text


@pytest.mark.parametrize("as_of", [known_dashboard.AS_OF, date(2025, 5, 31)])
def test_the_meaning_of_the_as_of_day_is_stated_once(
    korean: QApplication, known: Store, tmp_path: Path, as_of: date
) -> None:
    data = load_dashboard(known, RecordFilter(), as_of, today=known_dashboard.AS_OF)
    out = tmp_path / "once.pdf"
    write_report_pdf(out, data, "ko")
    text = pdf_text(out).replace("\n", " ")
    assert text.count("데이터베이스에 기록되어 있던 내용") == 1


def test_export_menu_writes_what_the_dashboard_shows(
    qtbot: QtBot, known: Store, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    known.close()
    window = create_main_window(db_path, "ko")
    qtbot.addWidget(window)
    window.findChild(DashboardView, "dashboardView").set_as_of(known_dashboard.AS_OF)
    target = tmp_path / "menu.pdf"
    monkeypatch.setattr(dashboard_feature, "choose_report_path", lambda parent, suggested: target)
    action = next(a for a in window.menus["file"].actions() if a.text() == "보고서 내보내기…")
    action.trigger()
    assert "건축 인허가 2025. 10. 31. 26" in pdf_text(target)
    assert "menu.pdf" in window.statusBar().currentMessage()


def test_command_line_report(known: Store, db_path: Path, tmp_path: Path) -> None:
    known.close()
    out = tmp_path / "cli.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    result = run_cli(
        "report",
        "--db",
        str(db_path),
        "--out",
        str(out),
        "--region",
        "전남",
        "--as-of",
        "2025-11-26",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "지역: 전라남도 · 기준일: 2025. 11. 26." in text
    assert "부지 매입 2025년 상반기 149" in text
    images = subprocess.run(
        ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert len(images) == 1  # the timeline chart of the same records, above its table


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--out", "x.docx"], "must end in .pdf, .xlsx or .hwpx"),
        (["--out", "x.pdf", "--as-of", "어제"], "--as-of"),
        (["--out", "x.pdf", "--status", "진행"], "--status: 알 수 없는 값"),
        (["--out", "x.pdf", "--from", "2026", "--to", "2025"], "--to must not be before --from"),
    ],
)
def test_command_line_report_rejects_bad_arguments(
    known: Store, db_path: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    known.close()
    result = run_cli("report", "--db", str(db_path), *args, cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_unwritable_target_raises_and_leaves_no_partial_file(
    korean: QApplication, known: Store, tmp_path: Path
) -> None:
    data = load_dashboard(known, RecordFilter(), known_dashboard.AS_OF)
    with pytest.raises(OSError):
        write_report_pdf(tmp_path / "no such folder" / "report.pdf", data, "ko")
    previous = tmp_path / "report.pdf"
    previous.write_bytes(b"%PDF previous")
    write_report_pdf(previous, data, "ko")
    assert previous.read_bytes().startswith(b"%PDF-") and list(tmp_path.glob("*.part")) == []


def test_timeline_pages_print_at_the_size_they_were_drawn(
    korean: QApplication, known: Store, db_path: Path, tmp_path: Path
) -> None:
    """Drawn at CHART_PAGE_PT and placed at that width, the chart's text (8 pt
    and up when drawn) prints at 8 pt and up: the picture is not shrunk."""
    if shutil.which("pdfimages") is None:
        pytest.skip("needs poppler's pdfimages")
    known.close()
    out = tmp_path / "cli.pdf"
    assert run_cli("report", "--db", str(db_path), "--out", str(out)).returncode == 0
    rows = subprocess.run(
        ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert rows
    for row in rows:
        x_ppi, y_ppi = float(row.split()[12]), float(row.split()[13])
        assert 140 <= x_ppi <= 160 and 140 <= y_ppi <= 160  # drawn at 150 dpi, placed 1:1


def test_a_timeline_chart_picture_goes_on_the_timeline_page(
    korean: QApplication, known: Store, tmp_path: Path
) -> None:
    if shutil.which("pdfimages") is None:
        pytest.skip("needs poppler's pdfimages")
    chart = QImage(1600, 500, QImage.Format.Format_RGB32)
    chart.fill(QColor("white"))
    out = tmp_path / "chart.pdf"
    data = load_dashboard(known, RecordFilter(), known_dashboard.AS_OF)
    write_report_pdf(out, data, "ko", [chart, chart])
    rows = subprocess.run(
        ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    # the timeline split by lane: a landscape page per picture
    assert [(r.split()[0], r.split()[3], r.split()[4]) for r in rows] == [
        ("3", "1600", "500"),
        ("4", "1600", "500"),
    ]
    page_three = subprocess.run(
        ["pdftotext", "-f", "3", "-l", "3", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "추진 일정" in page_three
