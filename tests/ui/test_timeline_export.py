from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QPageLayout
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot
from ui_helpers import show_ready

from dctracker.app import create_main_window
from dctracker.bootstrap import create_database
from dctracker.domain.dates import PartialDate
from dctracker.domain.records import Project
from dctracker.domain.regions import SIGUNGU, Region
from dctracker.ui.timeline.export_dialog import preview_dialog
from dctracker.ui.timeline.tab import TimelineTab

GWANGJU = ["국가 AI 데이터센터", "AI형 자율주행 대형 드라이빙 시뮬레이터"]
JEONNAM = ["광양 오라클 클라우드 데이터센터", "순천 NHN 공공 클라우드 데이터센터·IT 밸리"]
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """The real command line, in its own process (it starts its own Qt)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run(
        [sys.executable, "-m", "dctracker.cli", *map(str, args)], capture_output=True, text=True, env=env
    )


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(ln.split()[-1] for ln in info.stdout.splitlines() if ln.startswith("Pages:")))


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    create_database(path, demo=True).close()
    return path


def test_cli_pdf_has_korean_names_title_and_as_of_footer(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "타임라인.pdf"
    result = _cli("export", "timeline", "--db", demo_db, "--out", out)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    text = _pdf_text(out)
    for name in GWANGJU + JEONNAM:
        assert name in text
    assert "광주·전남 데이터센터·AI 투자사업 추진 일정" in text
    assert "지역: 전체" in text and "기준일 20" in text and "협약 체결" in text


def test_cli_region_and_period_narrow_the_pdf(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "jeonnam.pdf"
    result = _cli(
        "export",
        "timeline",
        "--db",
        demo_db,
        "--out",
        out,
        "--region",
        "전남",
        "--from",
        "2021",
        "--to",
        "2030",
    )
    assert result.returncode == 0, result.stderr
    text = _pdf_text(out)
    assert all(name in text for name in JEONNAM)
    assert not any(name in text for name in GWANGJU)
    assert "지역: 전라남도" in text and "기간: 2021년 ~ 2030년" in text


def test_cli_png_at_chosen_resolution_and_svg(demo_db: Path, tmp_path: Path) -> None:
    png = tmp_path / "t.png"
    assert _cli("export", "timeline", "--db", demo_db, "--out", png).returncode == 0
    image = QImage(str(png))
    assert not image.isNull() and image.width() == round(1190 * 150 / 72)
    assert round(image.dotsPerMeterX() * 0.0254) == 150
    assert image.pixelColor(image.width() // 2, image.height() // 2).name() != "#000000"
    result = _cli("export", "timeline", "--db", demo_db, "--out", tmp_path / "t.out", "--format", "svg")
    assert result.returncode == 0, result.stderr
    root = ET.parse(tmp_path / "t.out").getroot()
    texts = "".join(el.text or "" for el in root.iter("{http://www.w3.org/2000/svg}text"))
    assert root.tag.endswith("svg") and all(name in texts for name in JEONNAM)


def test_cli_dpi_and_a3_paper(demo_db: Path, tmp_path: Path) -> None:
    png = tmp_path / "t.png"
    assert _cli("export", "timeline", "--db", demo_db, "--out", png, "--dpi", "96").returncode == 0
    assert QImage(str(png)).width() == round(1190 * 96 / 72)
    pdf = tmp_path / "t.pdf"
    assert _cli("export", "timeline", "--db", demo_db, "--out", pdf, "--page", "A3").returncode == 0
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    size = next(line for line in info.stdout.splitlines() if line.startswith("Page size"))
    assert "(A3)" in size and size.index("1191") < size.index("842")  # landscape


def test_cli_rejects_an_unknown_format(demo_db: Path, tmp_path: Path) -> None:
    result = _cli("export", "timeline", "--db", demo_db, "--out", tmp_path / "t.docx")
    assert result.returncode == 2
    assert "png, svg, pdf" in result.stderr and "Traceback" not in result.stderr


def test_tall_chart_breaks_pages_between_swimlanes(tmp_path: Path) -> None:
    path = tmp_path / "many.db"
    store = create_database(path, demo=False)
    names = []
    for i, sigungu in enumerate(list(SIGUNGU[Region.JEONNAM]) * 3):
        names.append(f"{sigungu} 데이터 사업 {i + 1}호")
        store.projects.create(
            Project(
                name=names[-1],
                region=Region.JEONNAM,
                sigungu=sigungu,
                planned_start=PartialDate.parse("2025"),
                planned_finish=PartialDate.parse("2028"),
            )
        )
    store.close()
    out = tmp_path / "many.pdf"
    assert _cli("export", "timeline", "--db", path, "--out", out).returncode == 0
    pages = _pages(out)
    assert pages >= 3
    text = _pdf_text(out)
    assert all(name in text for name in names)
    assert text.count("기준일") == pages
    assert f"{pages}/{pages}쪽" in text.replace(" ", "")
    # a page never ends on a group header whose projects are on the next page
    for page in text.split("\f")[:-1]:
        lines = [ln for ln in page.splitlines() if ln.strip()]
        lanes = [ln for ln in lines if "데이터 사업" in ln or ln in SIGUNGU[Region.JEONNAM]]
        assert lanes and "데이터 사업" in lanes[-1]


def test_print_preview_paints_the_timeline(qtbot: QtBot, demo_db: Path, tmp_path: Path) -> None:
    window = create_main_window(demo_db, "ko")
    qtbot.addWidget(window)
    show_ready(qtbot, window)
    tab = window.findChild(TimelineTab, "timelineView")
    window.findChild(QTabWidget, "mainTabs").setCurrentWidget(tab)
    dialog = preview_dialog(tab)
    qtbot.addWidget(dialog)
    out = tmp_path / "printed.pdf"
    printer = dialog.printer()  # as the user would print it: A4 landscape by default
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    dialog.paintRequested.emit(printer)
    text = _pdf_text(out)
    assert all(name in text for name in GWANGJU + JEONNAM), text


def test_cli_status_and_search_narrow_the_timeline_like_the_window(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "operating.pdf"
    result = _cli("export", "timeline", "--db", demo_db, "--out", out, "--status", "운영 중,완료")
    assert result.returncode == 0, result.stderr
    text = _pdf_text(out)
    assert "국가 AI 데이터센터" in text and not any(name in text for name in JEONNAM)
    assert "상태: 운영 중, 완료" in text
    found = tmp_path / "found.pdf"
    assert _cli("export", "timeline", "--db", demo_db, "--out", found, "--search", "오라클").returncode == 0
    text = _pdf_text(found)
    assert "광양 오라클 클라우드 데이터센터" in text and "국가 AI 데이터센터" not in text


def test_cli_period_is_named_once_in_the_header(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "from.pdf"
    result = _cli("export", "timeline", "--db", demo_db, "--out", out, "--from", "2026년 상반기")
    assert result.returncode == 0, result.stderr
    text = _pdf_text(out)
    assert "기간: 2026년 상반기" in text and "일정:" not in text
