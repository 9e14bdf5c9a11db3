"""Long work in a worker thread (ui/ops.py): results and errors come back to
the UI thread, Cancel reaches the work, and the window keeps answering while
an import runs."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from dctracker.app import create_main_window
from dctracker.bootstrap import create_database
from dctracker.domain.records import Project
from dctracker.domain.regions import Region
from dctracker.io import csv_io
from dctracker.io.errors import ImportFileError
from dctracker.io.table import Cancelled, ImportCancelled, Progress
from dctracker.store import Store
from dctracker.store.records.repository import Repository
from dctracker.ui.main_window import MainWindow
from dctracker.ui.ops import Op, run_with_progress
from dctracker.ui.transfer import actions
from dctracker.ui.transfer.import_dialog import ImportDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
WAIT_MS = 10_000  # a ceiling for a broken runner, not a timing


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    create_database(tmp_path / "office.db", demo=False).close()
    opened = create_main_window(tmp_path / "office.db", "ko")
    qtbot.addWidget(opened)
    return opened


def test_the_work_runs_in_another_thread_and_its_result_comes_back_on_the_ui_thread(qtbot: QtBot) -> None:
    seen: list[tuple[str, int]] = []
    op = Op(
        lambda _store, _progress, _cancelled: threading.get_ident(),
        on_success=lambda worker: seen.append(("ok", worker)),
    )
    with qtbot.waitSignal(op.finished, timeout=WAIT_MS):
        op.start()
    assert seen == [("ok", op.result)]
    assert op.result != threading.get_ident() and op.error is None


def test_a_failure_reaches_on_failure_with_its_message(qtbot: QtBot) -> None:
    def work(_store: Store | None, _progress: Progress, _cancelled: Cancelled) -> None:
        raise ImportFileError("파일이 없습니다.", "no such file.")

    failures: list[Exception] = []
    op = Op(work, on_failure=failures.append)
    with qtbot.waitSignal(op.finished, timeout=WAIT_MS):
        op.start()
    assert [e.message("en") for e in failures if isinstance(e, ImportFileError)] == ["no such file."]
    assert op.error is failures[0] and op.result is None
    with pytest.raises(ImportFileError):
        op.wait()


def test_cancel_reaches_the_work(qtbot: QtBot) -> None:
    asked = threading.Event()

    def work(_store: Store | None, progress: Progress, cancelled: Cancelled) -> str:
        progress(1)
        assert asked.wait(WAIT_MS / 1000)  # until the UI thread has cancelled
        if cancelled():
            raise ImportCancelled
        return "not cancelled"

    op = Op(work)

    def cancel(_done: int) -> None:
        op.cancel()
        asked.set()

    op.progressed.connect(cancel)
    with qtbot.waitSignal(op.finished, timeout=WAIT_MS):
        op.start()
    assert isinstance(op.error, ImportCancelled)


def test_the_work_writes_on_its_own_connection_to_the_same_file(qtbot: QtBot, window: MainWindow) -> None:
    def work(store: Store | None, _progress: Progress, _cancelled: Cancelled) -> int:
        assert store is not None and store is not window.store
        assert store.db.conn is not window.store.db.conn
        return store.projects.create(Project(name="광양 데이터센터", region=Region.JEONNAM)).stored_id

    made = run_with_progress(QWidget(), "…", 0, work, store=window.store)
    assert window.store.projects.get(made).name == "광양 데이터센터"


def test_run_with_progress_raises_the_work_error_where_it_was_called(qtbot: QtBot) -> None:
    def work(_store: Store | None, _progress: Progress, _cancelled: Cancelled) -> None:
        raise ValueError("bad lot")

    parent = QWidget()
    qtbot.addWidget(parent)
    with pytest.raises(ValueError, match="bad lot"):
        run_with_progress(parent, "…", 0, work)


def test_the_window_keeps_answering_while_an_import_runs(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    path = tmp_path / "p.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out).writerows([["사업명", "지역"], *[[f"사업 {i}", "전남"] for i in range(50)]])
    monkeypatch.setattr(actions, "ask_open_path", lambda *_a: path)
    window.findChild(actions.QAction, "importAction").trigger()
    dialog = window.findChild(ImportDialog, "importDialog")

    # The import's writes wait for three ticks of a timer on the UI thread
    # counted once they began: they can only come if the event loop is free.
    ticks: list[int] = []
    writing, ticked = threading.Event(), threading.Event()
    timer = QTimer(window)
    timer.setInterval(1)

    def tick() -> None:
        if writing.is_set():
            ticks.append(len(ticks))
        if len(ticks) >= 3:
            ticked.set()

    timer.timeout.connect(tick)
    timer.start()
    create_many = Repository.create_many

    def create_after_ticks(repository: Repository, *args, **kwargs):  # type: ignore[no-untyped-def]
        writing.set()
        assert ticked.wait(WAIT_MS / 1000), "the UI thread was blocked"
        return create_many(repository, *args, **kwargs)

    monkeypatch.setattr(Repository, "create_many", create_after_ticks)
    with qtbot.waitSignal(window.storeChanged, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.findChild(QPushButton, "importButton"), Qt.MouseButton.LeftButton)
    timer.stop()
    assert len(ticks) >= 3
    assert window.store.projects.count() == 50


def test_records_and_the_report_are_exported_from_worker_threads(
    open_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dctracker.ui import dashboard

    window = open_window()
    threads: list[int] = []
    write_csv = csv_io.write_csv

    def write_in(path: Path, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        threads.append(threading.get_ident())
        write_csv(path, *args, **kwargs)

    monkeypatch.setattr(csv_io, "write_csv", write_in)
    monkeypatch.setattr(actions, "ask_save_path", lambda *_a: tmp_path / "projects.csv")
    assert window.findChild(actions.TransferActions).export("projects", "csv") == tmp_path / "projects.csv"
    assert "8" in window.statusBar().currentMessage()
    assert (tmp_path / "projects.csv").read_text(encoding="utf-8-sig").count("\n") == 9  # header + 8

    monkeypatch.setattr(dashboard, "choose_report_path", lambda *_a: tmp_path / "report.pdf")
    window.findChild(actions.QAction, "exportReportAction").trigger()
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    assert threads and threading.get_ident() not in threads
