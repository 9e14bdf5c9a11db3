"""Issue 13, review before apply in the window: the plan shows each update's
fields (old → new), rows can be unticked to leave them out, and a project
name near a stored project's waits for the user to pick that project or say
it is new."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot

from dctracker.app import create_main_window
from dctracker.bootstrap import create_database
from dctracker.domain.records import Project
from dctracker.domain.regions import Region
from dctracker.ui.dialogs import messages
from dctracker.ui.main_window import MainWindow
from dctracker.ui.transfer import actions
from dctracker.ui.transfer.import_dialog import ImportDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

HEADER = ["사업명", "지역", "시군구", "마일스톤", "예정일"]
ORACLE = "오라클 클라우드 데이터센터 (광양시 황금산단)"
ORACLE_IN_FILE = "광양 오라클 클라우드 데이터센터"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    store = create_database(tmp_path / "office.db", demo=False)
    store.projects.create(Project(name=ORACLE, region=Region.JEONNAM, sigungu="광양시"))
    store.close()
    opened = create_main_window(tmp_path / "office.db", "ko")
    qtbot.addWidget(opened)
    return opened


def open_import(
    window: MainWindow, tmp_path: Path, rows: list[list[str]], monkeypatch: pytest.MonkeyPatch
) -> ImportDialog:
    path = tmp_path / "광양시_일정.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out).writerows([HEADER, *rows])
    monkeypatch.setattr(messages, "ask_file_to_open", lambda *_a: path)
    window.findChild(actions.QAction, "importAction").trigger()
    dialog = window.findChild(ImportDialog, "importDialog")
    dialog.findChild(QPushButton, "checkButton").click()
    return dialog


def plan_rows(dialog: ImportDialog) -> dict[str, list[str]]:
    """The plan table's rows by their file row number."""
    grid = dialog.findChild(QTableWidget, "planTable")
    return {
        grid.item(r, 0).text(): [grid.item(r, c).text() for c in range(4)] for r in range(grid.rowCount())
    }


def row_item(dialog: ImportDialog, number: int):  # type: ignore[no-untyped-def]
    grid = dialog.findChild(QTableWidget, "planTable")
    return next(grid.item(r, 0) for r in range(grid.rowCount()) if grid.item(r, 0).text() == str(number))


def import_now(dialog: ImportDialog, window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.storeChanged):
        dialog.findChild(QPushButton, "importButton").click()


def test_an_unticked_row_is_left_out_of_the_import(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    dialog = open_import(
        window,
        tmp_path,
        [
            ["목포 센터", "전남", "목포시", "착공", "2026-03"],
            ["목포 센터", "전남", "목포시", "준공", "2028-12"],
        ],
        monkeypatch,
    )
    item = row_item(dialog, 3)
    assert item.checkState() == Qt.CheckState.Checked
    item.setCheckState(Qt.CheckState.Unchecked)  # the user leaves 준공 out
    assert "제외: 1" in dialog.findChild(QLabel, "planSummary").text()
    import_now(dialog, window, qtbot)
    assert [m.title for m in window.store.milestones.all()] == ["착공"]
    comments = [r[0] for r in window.store.db.conn.execute("SELECT DISTINCT comment FROM history")]
    assert any("광양시_일정.csv" in c for c in comments)


def test_updated_rows_show_each_field_old_and_new(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    rows = [["목포 센터", "전남", "목포시", "착공", "2026-03"]]
    import_now(open_import(window, tmp_path, rows, monkeypatch), window, qtbot)
    rows = [["목포 센터", "전남", "목포시", "착공", "2026-09"]]
    dialog = open_import(window, tmp_path, rows, monkeypatch)
    action, details = plan_rows(dialog)["2"][1], plan_rows(dialog)["2"][3]
    assert action == "수정" and "2026-03" in details and "→" in details and "2026-09" in details


def test_a_near_project_name_is_matched_in_the_review(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    dialog = open_import(
        window, tmp_path, [[ORACLE_IN_FILE, "전남", "광양시", "착공", "2026-03"]], monkeypatch
    )
    assert plan_rows(dialog)["2"][1] == "거부" and "확인 필요" in plan_rows(dialog)["2"][3]
    assert not dialog.findChild(QPushButton, "importButton").isEnabled()
    box = dialog.findChild(QComboBox, "matchBox2")
    assert [box.itemText(i) for i in range(box.count())] == [
        "(어느 사업입니까?)",
        f"{ORACLE} (92%)",
        "새 사업",
    ]
    box.setCurrentIndex(1)  # the user: it is the stored project
    assert plan_rows(dialog)["2"][1] == "추가"
    import_now(dialog, window, qtbot)
    (oracle,) = window.store.projects.all()
    assert [(m.title, m.project_id) for m in window.store.milestones.all()] == [("착공", oracle.stored_id)]


def test_a_near_project_name_can_be_a_new_project(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    dialog = open_import(
        window, tmp_path, [[ORACLE_IN_FILE, "전남", "광양시", "착공", "2026-03"]], monkeypatch
    )
    box = dialog.findChild(QComboBox, "matchBox2")
    box.setCurrentIndex(box.count() - 1)
    assert "새 사업: " + ORACLE_IN_FILE in dialog.findChild(QLabel, "planSummary").text()
    import_now(dialog, window, qtbot)
    assert sorted(p.name for p in window.store.projects.all()) == sorted([ORACLE, ORACLE_IN_FILE])
