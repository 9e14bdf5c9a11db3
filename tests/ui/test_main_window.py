from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QTabWidget
from pytestqt.qtbot import QtBot

from dctracker import paths
from dctracker.app import create_main_window
from dctracker.ui.main_window import MainWindow


def _headers(table: QTableView) -> list[str]:
    model = table.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def _projects_tab(window: MainWindow) -> QTableView:
    """The 사업 tab, chosen as a user would (the dashboard comes first)."""
    table = window.findChild(QTableView, "projectTable")
    window.tabs.setCurrentWidget(table)
    return table


def test_first_start_creates_default_database_with_demo_projects(qtbot: QtBot) -> None:
    window = create_main_window(paths.default_db_path())
    qtbot.addWidget(window)
    assert paths.default_db_path().exists()
    model = _projects_tab(window).model()
    names = {model.index(row, 0).data() for row in range(model.rowCount())}
    assert "광양 오라클 클라우드 데이터센터" in names and len(names) == 8
    assert "dctracker.db" in window.windowTitle()


def test_projects_table_in_korean_shows_money_in_eok(qtbot: QtBot, tmp_path: Path) -> None:
    window = create_main_window(tmp_path / "office.db", "ko")
    qtbot.addWidget(window)
    table = _projects_tab(window)
    headers = _headers(table)
    assert headers[:5] == ["사업명", "지역", "시군구", "상태", "투자액"]
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert tabs.tabText(tabs.indexOf(table)) == "사업"
    model = table.model()
    row = next(r for r in range(model.rowCount()) if "오라클" in model.index(r, 0).data())
    assert model.index(row, headers.index("투자액")).data() == "7,000억 원"
    assert model.index(row, headers.index("완료")).data() == "2030년까지"


def test_english_window(qtbot: QtBot, tmp_path: Path) -> None:
    window = create_main_window(tmp_path / "office.db", "en")
    qtbot.addWidget(window)
    table = _projects_tab(window)
    assert _headers(table)[:2] == ["Project", "Region"]
    model = table.model()
    row = next(r for r in range(model.rowCount()) if "오라클" in model.index(r, 0).data())
    assert model.index(row, 1).data() == "Jeonnam"
    assert model.index(row, 4).data() == "700 bn KRW"
