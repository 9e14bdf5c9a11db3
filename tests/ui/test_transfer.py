"""Import and export from the File menu, as an official uses them."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QProgressDialog, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot

from dctracker.app import create_main_window
from dctracker.bootstrap import create_database
from dctracker.store.records.repository import Repository
from dctracker.ui.main_window import MainWindow
from dctracker.ui.transfer import actions
from dctracker.ui.transfer.import_dialog import ImportDialog

# The offscreen platform says so whenever a dialog is shown; nothing to do with us.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

HEADER = ["사업명", "지역", "시군구", "총사업비", "마일스톤", "기준일", "예정일", "진척률(%)", "담당 과장"]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out).writerows([HEADER, *rows])
    return path


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    create_database(tmp_path / "office.db", demo=False).close()
    opened = create_main_window(tmp_path / "office.db", "ko")
    qtbot.addWidget(opened)
    return opened


def open_import(window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch) -> ImportDialog:
    monkeypatch.setattr(actions, "ask_open_path", lambda *_a: path)
    window.findChild(actions.QAction, "importAction").trigger()
    return window.findChild(ImportDialog, "importDialog")


def cells(grid: QTableWidget, row: int) -> list[str]:
    return [grid.item(row, c).text() if grid.item(row, c) else "" for c in range(grid.columnCount())]


def test_file_menu_has_import_and_export(window: MainWindow) -> None:
    texts = [a.text() for a in window.menus["file"].actions()]
    assert "가져오기(&I)…" in texts
    export_menu = next(
        a.menu() for a in window.menus["file"].actions() if a.menu() and a.menu().objectName() == "exportMenu"
    )
    assert "마일스톤 → iCalendar (ICS)…" in [a.text() for a in export_menu.actions()]


def test_mapping_preview_shows_values_as_stored_and_can_be_fixed(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    path = write_csv(
        tmp_path / "현황.csv",
        [
            [
                "광양 데이터센터",
                "전남",
                "광양",
                "7,000억원",
                "착공",
                "2025-03-31",
                "2025년 하반기",
                "30",
                "김과장",
            ],
        ],
    )
    dialog = open_import(window, path, monkeypatch)
    preview = dialog.findChild(QTableWidget, "previewTable")
    headers = [preview.horizontalHeaderItem(c).text() for c in range(preview.columnCount())]
    row = dict(zip(headers, cells(preview, 0)))
    assert row["총사업비(억원)"] == "7,000억 원" and row["시군구"] == "광양시"
    assert row["기준일"] == "2025. 3. 31." and row["예정일"] == "2025년 하반기"
    assert "담당 과장" in dialog.findChild(QLabel, "importMessage").text()  # unknown column
    mapping = dialog.findChild(QTableWidget, "mappingTable")
    box: QComboBox = mapping.cellWidget(HEADER.index("담당 과장"), 1)
    box.setCurrentIndex(box.findData("owner"))  # the user fixes the mapping
    headers = [preview.horizontalHeaderItem(c).text() for c in range(preview.columnCount())]
    assert dict(zip(headers, cells(preview, 0)))["담당"] == "김과장"
    with qtbot.waitSignal(window.storeChanged):
        qtbot.mouseClick(dialog.findChild(QPushButton, "importButton"), qtbot_left())
    (milestone,) = window.store.milestones.all()
    assert milestone.owner == "김과장" and milestone.progress == 30


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_dry_run_lists_rejected_rows_and_nothing_is_stored(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    path = write_csv(
        tmp_path / "bad.csv",
        [
            ["광양 데이터센터", "전남", "광양", "7,000억원", "착공", "2025-03-31", "", "30", ""],
            ["광양 데이터센터", "전남", "광양", "", "준공", "2025년 13월", "", "0", ""],
        ],
    )
    dialog = open_import(window, path, monkeypatch)
    qtbot.mouseClick(dialog.findChild(QPushButton, "checkButton"), qtbot_left())
    plan = dialog.findChild(QTableWidget, "planTable")
    assert cells(plan, 0)[:3] == ["3", "거부", "준공"] and "13월" in cells(plan, 0)[3]
    assert cells(plan, 1)[:3] == ["2", "추가", "착공"]
    assert dialog.findChild(QLabel, "planSummary").text() == (
        "추가 1, 수정 0, 변경 없음 0, 거부 1 — 새 사업: 광양 데이터센터"
    )
    import_button = dialog.findChild(QPushButton, "importButton")
    assert not import_button.isEnabled()
    skip = dialog.findChild(QCheckBox, "skipInvalid")
    skip.setChecked(True)
    assert import_button.isEnabled()
    assert window.store.milestones.count() == 0
    with qtbot.waitSignal(window.storeChanged):
        qtbot.mouseClick(import_button, qtbot_left())
    assert [m.title for m in window.store.milestones.all()] == ["착공"]


def test_long_import_shows_progress_and_cancel_changes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    rows = [[f"사업 {i % 9}", "전남", "광양", "", f"단계 {i}", "2026-01", "", "0", ""] for i in range(3000)]
    dialog = open_import(window, write_csv(tmp_path / "long.csv", rows), monkeypatch)
    shown: list[int] = []
    # The import runs in a worker: its writes wait until Cancel was pressed, so
    # the cancel lands while rows are being stored however fast the machine is.
    pressed = threading.Event()
    create_many = Repository.create_many

    def create_after_cancel(repository: Repository, *args, **kwargs):  # type: ignore[no-untyped-def]
        assert pressed.wait(30), "Cancel was never pressed"
        return create_many(repository, *args, **kwargs)

    monkeypatch.setattr(Repository, "create_many", create_after_cancel)

    def cancel_when_storing() -> None:
        showing = [p for p in dialog.findChildren(QProgressDialog, "importProgress") if p.isVisible()]
        progress = showing[0] if showing else None
        if progress is not None and progress.labelText() == "가져오는 중…":
            shown.append(progress.value())
            progress.findChild(QPushButton).click()  # the user's Cancel
            pressed.set()
        else:
            QTimer.singleShot(1, cancel_when_storing)

    QTimer.singleShot(0, cancel_when_storing)
    qtbot.mouseClick(dialog.findChild(QPushButton, "importButton"), qtbot_left())
    assert shown  # the progress dialog was up while rows were being stored
    assert "취소" in dialog.findChild(QLabel, "importMessage").text()
    assert window.store.projects.count() == 0 and window.store.milestones.count() == 0
    assert window.store.db.conn.execute("SELECT count(*) FROM history").fetchone()[0] == 0


def test_unreadable_file_is_explained_in_the_dialog(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(range(256)) * 10)
    dialog = open_import(window, path, monkeypatch)
    assert "이진 파일" in dialog.findChild(QLabel, "importMessage").text()
    assert not dialog.findChild(QPushButton, "importButton").isEnabled()


def test_missing_title_column_is_explained_not_a_crash(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    """Issue 12 #12: a milestone file whose title column has a name no alias
    knows ("주요일정", the original example, is one since issue 13)."""
    path = tmp_path / "m.csv"
    path.write_text("사업명,지역,업무내용,기준일\n광양 데이터센터,전남,착공,2026-01\n", encoding="utf-8")
    dialog = open_import(window, path, monkeypatch)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("milestones"))
    qtbot.mouseClick(dialog.findChild(QPushButton, "checkButton"), qtbot_left())
    message = dialog.findChild(QLabel, "importMessage").text()
    assert "마일스톤" in message and "업무내용" in message
    qtbot.mouseClick(dialog.findChild(QPushButton, "importButton"), qtbot_left())
    assert dialog.isVisible() and window.store.milestones.count() == 0


def test_window_import_takes_a_backup_first(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    """Issue 12 #7: the README promises a backup before every import."""
    from dctracker.store.file.backup import list_backups

    path = write_csv(
        tmp_path / "ok.csv", [["광양 데이터센터", "전남", "광양", "", "착공", "2025-03-31", "", "", ""]]
    )
    dialog = open_import(window, path, monkeypatch)
    qtbot.mouseClick(dialog.findChild(QPushButton, "checkButton"), qtbot_left())
    assert list_backups(window.store.path) == []  # the dry run stores nothing, so backs up nothing
    with qtbot.waitSignal(window.storeChanged):
        qtbot.mouseClick(dialog.findChild(QPushButton, "importButton"), qtbot_left())
    assert [b.reason for b in list_backups(window.store.path)] == ["import"]


def test_export_uses_the_current_filter(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dctracker.domain.filters import RecordFilter
    from dctracker.domain.regions import Region

    window = create_main_window(tmp_path / "demo.db", "ko")
    qtbot.addWidget(window)
    window.set_filter(RecordFilter(region=Region.GWANGJU))
    out = tmp_path / "광주사업"
    monkeypatch.setattr(actions, "ask_save_path", lambda *_a: out)
    window.findChild(actions.QAction, "export_projects_csv").trigger()
    written = out.with_suffix(".csv")
    rows = list(csv.DictReader(written.read_text(encoding="utf-8-sig").splitlines()))
    assert rows and {r["지역"] for r in rows} == {"광주"}
    assert "광주사업.csv" in window.statusBar().currentMessage()


def test_choosing_a_sheet_without_header_explains_it(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.title = "표지"
    workbook.active["A1"] = "보고서"
    data = workbook.create_sheet("현황")
    data.append(["사업명", "시군구", "마일스톤", "기준일"])
    data.append(["광양 데이터센터", "광양", "착공", "2026-01"])
    path = tmp_path / "book.xlsx"
    workbook.save(path)
    dialog = open_import(window, path, monkeypatch)
    sheets = dialog.findChild(QComboBox, "sheetBox")
    assert sheets.currentText() == "현황"  # the cover sheet is passed over
    sheets.setCurrentText("표지")
    assert "머리글" in dialog.findChild(QLabel, "importMessage").text()
    assert not dialog.findChild(QPushButton, "importButton").isEnabled()
    sheets.setCurrentText("현황")
    assert dialog.findChild(QPushButton, "importButton").isEnabled()


def test_window_start_does_not_load_the_spreadsheet_libraries(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    code = (
        "import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from pathlib import Path; from dctracker.app import create_main_window;"
        f"w = create_main_window(Path({str(tmp_path / 'w.db')!r}));"
        "print(sorted(m for m in ('openpyxl', 'python_calamine', 'icalendar', 'charset_normalizer')"
        " if m in sys.modules))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
