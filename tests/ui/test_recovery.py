"""Data safety in the window: restore, check, status, crash dialog, open failures."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from dctracker.app import create_main_window
from dctracker.bootstrap import create_database
from dctracker.logfile import setup_logging
from dctracker.store import open_store
from dctracker.store.errors import (
    DamagedDatabaseError,
    DatabaseLockedError,
    NotADctrackerDatabaseError,
)
from dctracker.store.file.backup import BackupInfo, backup_before, backup_folder, copy_database, list_backups
from dctracker.ui.dialogs import messages
from dctracker.ui.main_window import MainWindow
from dctracker.ui.recovery import automatic_backup, crash, open_failure, restore_dialog


class Shown:
    """Stands in for the message-box helpers and records what the user would read."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: bool = True) -> None:
        self.texts: list[tuple[str, str]] = []
        for kind in ("show_error", "show_info"):
            monkeypatch.setattr(messages, kind, self._recorder(kind))
        monkeypatch.setattr(
            messages,
            "ask_yes_no",
            lambda _p, text, default_yes=False, title=None: self._record("confirm", text, answer),
        )

    def _recorder(self, kind: str) -> Callable[..., None]:
        return lambda _parent, text, title=None: self._record(kind, text, None)

    def _record(self, kind: str, text: str, answer: bool | None) -> bool | None:
        self.texts.append((kind, text))
        return answer


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    created = create_main_window(tmp_path / "office.db", "ko")
    qtbot.addWidget(created)
    return created


def _action(window: MainWindow, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None, name
    return action


def _project_names(window: MainWindow) -> set[str]:
    model = window.table_ready("projects").model()
    return {model.index(row, 0).data() for row in range(model.rowCount())}


def test_menus_and_status_bar(window: MainWindow) -> None:
    assert _action(window, "restoreBackupAction") in window.menus["file"].actions()
    assert _action(window, "restoreBackupAction").text() == "백업에서 복원(&B)…"
    assert _action(window, "checkDatabaseAction") in window.menus["tools"].actions()
    assert _action(window, "checkDatabaseAction").text() == "데이터베이스 검사(&C)…"
    assert window.findChild(QLabel, "storeModeLabel").text() == "WAL 모드"


def test_read_only_file_says_so_and_cannot_be_restored_over(
    qtbot: QtBot, tmp_path: Path, make_read_only: Callable[[Path], None]
) -> None:
    path = tmp_path / "shared.db"
    create_database(path, demo=True).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    make_read_only(path)
    window = create_main_window(path, "ko")
    qtbot.addWidget(window)
    assert window.store.read_only
    assert window.findChild(QLabel, "storeModeLabel").text().startswith("읽기 전용")
    assert not _action(window, "restoreBackupAction").isEnabled()
    assert "광양 오라클 클라우드 데이터센터" in _project_names(window)


def test_restore_from_backup_brings_back_a_deleted_project(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    shown = Shown(monkeypatch)
    backup_before(window.store, "import")
    oracle = next(p for p in window.store.projects.all() if "오라클" in p.name)
    window.store.delete_project(oracle.id)
    window.notify_store_changed()
    assert oracle.name not in _project_names(window)
    monkeypatch.setattr(restore_dialog, "choose_backup", lambda _w, backups: backups[0])
    _action(window, "restoreBackupAction").trigger()
    reopened = window.actions_.replacement
    qtbot.addWidget(reopened)
    assert oracle.name in _project_names(reopened)
    assert reopened.store.projects.get(oracle.id).name == oracle.name
    kinds = [kind for kind, _ in shown.texts]
    assert kinds == ["confirm", "show_info"] and "먼저 백업" in shown.texts[0][1]
    assert {b.reason for b in list_backups(reopened.store.path)} == {"import", "prerestore"}


def test_restore_declined_changes_nothing(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    Shown(monkeypatch, answer=False)
    backup_before(window.store, "manual")
    store = window.store
    monkeypatch.setattr(restore_dialog, "choose_backup", lambda _w, backups: backups[0])
    _action(window, "restoreBackupAction").trigger()
    assert window.store is store and len(list_backups(store.path)) == 1


def test_restore_dialog_lists_backups_newest_first(window: MainWindow, qtbot: QtBot) -> None:
    backup_before(window.store, "daily")
    backup_before(window.store, "import")
    backups = list_backups(window.store.path)
    dialog = restore_dialog.RestoreDialog(backups, window)
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget, "backupTable")
    assert table.rowCount() == 2
    assert table.item(0, 1).text() == restore_dialog.reason_label(backups[0].reason)
    assert {table.item(r, 1).text() for r in range(2)} == {"매일 자동", "가져오기 전"}
    assert table.item(0, 2).text().endswith(("KB", "KiB", "MB", "MiB"))
    assert dialog.selected() == backups[0]


def test_no_backups_yet_is_said(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = Shown(monkeypatch)
    _action(window, "restoreBackupAction").trigger()
    assert shown.texts == [("show_info", "이 파일의 백업이 아직 없습니다.")]


def test_check_database_reports_in_plain_words(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = Shown(monkeypatch)
    _action(window, "checkDatabaseAction").trigger()
    [(kind, text)] = shown.texts
    assert kind == "show_info" and text.startswith("이상 없음") and "사업 8건" in text


def test_back_up_now(window: MainWindow) -> None:
    _action(window, "backupNowAction").trigger()
    [backup] = list_backups(window.store.path)
    assert backup.reason == "manual" and str(backup.path) in window.statusBar().currentMessage()


def test_automatic_backup_once_a_day(window: MainWindow) -> None:
    automatic_backup(window)
    automatic_backup(window)
    assert [b.reason for b in list_backups(window.store.path)] == ["daily"]


class Emitter(QObject):
    fire = Signal()


@pytest.mark.qt_no_exception_capture
@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, on show()
def test_uncaught_exception_is_logged_shown_and_the_app_goes_on(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        crash, "show_crash_dialog", lambda headline, details: shown.append((headline, details))
    )
    crash.install_excepthook("ko")
    emitter, after = Emitter(), []

    def broken_slot() -> None:
        raise RuntimeError("계산 중 오류")

    emitter.fire.connect(broken_slot)
    emitter.fire.connect(lambda: after.append("still running"))
    window.show()
    with caplog.at_level(logging.CRITICAL):
        emitter.fire.emit()
    assert shown and "RuntimeError: 계산 중 오류" in shown[0][1] and "저장된 데이터는 안전" in shown[0][0]
    assert any("계산 중 오류" in record.getMessage() for record in caplog.records)
    emitter.fire.disconnect(broken_slot)
    emitter.fire.emit()
    assert after[-1] == "still running" and window.isVisible()
    _action(window, "backupNowAction").trigger()  # the window still works
    assert list_backups(window.store.path)


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_crash_dialog_copies_details(qtbot: QtBot) -> None:
    crash.show_crash_dialog("문제가 생겼습니다", "Traceback: 상세 내용")
    crash.show_crash_dialog("문제가 생겼습니다", "Traceback: 두 번째")
    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, crash.CrashDialog) and w.isVisible()
    ]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    dialog.findChild(QPushButton, "copyDetailsButton").click()
    copied = QGuiApplication.clipboard().text()
    assert "상세 내용" in copied and "두 번째" in copied
    dialog.close()
    crash.show_crash_dialog("문제가 생겼습니다", "Traceback: 세 번째")  # a new error, a fresh dialog
    [fresh] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, crash.CrashDialog) and w.isVisible()
    ]
    assert fresh.findChild(QPlainTextEdit, "crashDetails").toPlainText() == "Traceback: 세 번째"
    fresh.close()


def test_logging_goes_to_a_rotating_file(tmp_path: Path) -> None:
    handler = setup_logging(tmp_path / "logs")
    try:
        assert setup_logging(tmp_path / "logs") is handler
        logging.getLogger("dctracker.test").warning("백업 실패")
        handler.flush()
        assert "백업 실패" in (tmp_path / "logs" / "dctracker.log").read_text(encoding="utf-8")
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()


def _damaged_db_with_backup(tmp_path: Path) -> tuple[Path, bytes]:
    path = tmp_path / "office.db"
    store = create_database(path, demo=True)
    backup_before(store, "daily")
    store.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    damaged = b"SQLite format 3\x00" + b"\x00" * 200
    path.write_bytes(damaged)
    return path, damaged


def test_open_failure_restores_the_newest_backup(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, damaged = _damaged_db_with_backup(tmp_path)
    asked: list[tuple[Exception, BackupInfo | None]] = []

    def ask(error: Exception, newest: BackupInfo | None, _lang: str):  # type: ignore[no-untyped-def]
        asked.append((error, newest))
        return open_failure.Choice.RESTORE, newest.path if newest else None

    monkeypatch.setattr(open_failure, "ask_open_failure", ask)
    window = open_failure.open_with_recovery(path, lambda p: create_main_window(p, "ko"), "ko")
    assert window is not None
    qtbot.addWidget(window)
    [(error, newest)] = asked
    assert isinstance(error, DamagedDatabaseError) and newest is not None
    assert "광양 오라클 클라우드 데이터센터" in _project_names(window)
    kept = [b for b in list_backups(path) if b.reason == "damaged"]
    assert kept and kept[0].path.read_bytes() == damaged


def test_open_failure_quit_leaves_the_file_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, damaged = _damaged_db_with_backup(tmp_path)
    monkeypatch.setattr(open_failure, "ask_open_failure", lambda *_: None)
    assert open_failure.open_with_recovery(path, lambda p: create_main_window(p, "ko"), "ko") is None
    assert path.read_bytes() == damaged


def test_open_failure_can_open_another_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "notes.db"
    path.write_text("회의록", encoding="utf-8")
    other = tmp_path / "other.db"
    create_database(other, demo=False).close()
    monkeypatch.setattr(open_failure, "ask_open_failure", lambda *_: (open_failure.Choice.OTHER_FILE, other))
    window = open_failure.open_with_recovery(path, lambda p: create_main_window(p, "ko"), "ko")
    assert window is not None and window.store.path == other
    qtbot.addWidget(window)
    assert path.read_text(encoding="utf-8") == "회의록"


@pytest.mark.parametrize(
    ("error", "buttons"),
    [
        (
            DamagedDatabaseError("office.db", "잘린 파일", "truncated"),
            {"restoreNewestButton", "otherFileButton", "quitButton"},
        ),
        (DatabaseLockedError("office.db"), {"retryButton", "otherFileButton", "quitButton"}),
        (
            NotADctrackerDatabaseError("office.db", "다른 프로그램의 데이터", "another program's data"),
            {"otherFileButton", "quitButton"},
        ),
    ],
)
def test_open_failure_dialog_offers_what_fits(
    qtbot: QtBot, tmp_path: Path, error: Exception, buttons: set[str]
) -> None:
    newest = BackupInfo(tmp_path / "b.db", __import__("datetime").datetime(2025, 6, 2, 9), "daily", 10)
    offered = newest if isinstance(error, DamagedDatabaseError) else None
    dialog = open_failure.OpenFailureDialog(error, offered, "ko")  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    names = {b.objectName() for b in dialog.findChildren(QPushButton) if b.objectName()}
    assert names == buttons
    assert dialog.findChild(QLabel, "openFailureMessage").text() == error.message("ko")  # type: ignore[attr-defined]
    if offered:
        assert "2025-06-02 09:00:00" in dialog.findChild(QPushButton, "restoreNewestButton").text()


@pytest.mark.parametrize("recompute", [True, False])
def test_check_database_offers_to_recompute_what_another_program_left_stale(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, recompute: bool
) -> None:
    outside = sqlite3.connect(window.store.path)  # a date changed by hand, its interval left behind
    outside.execute("UPDATE milestones SET baseline = '2031-Q1' WHERE id = 1")
    outside.commit()
    outside.close()
    shown = Shown(monkeypatch, answer=recompute)
    _action(window, "checkDatabaseAction").trigger()
    kinds = [kind for kind, _ in shown.texts]
    assert kinds[0] == "confirm" and "마일스톤 #1" in shown.texts[0][1]
    if recompute:
        assert kinds[1:] == ["show_info"] and shown.texts[1][1].startswith("이상 없음")
        assert [b.reason for b in list_backups(window.store.path)] == ["repair"]
    else:
        assert kinds[1:] == [] and list_backups(window.store.path) == []


def test_a_restore_that_cannot_back_up_first_leaves_the_window_on_its_open_file(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, block_folder: Callable[[Path], Path]
) -> None:
    shown = Shown(monkeypatch)
    chosen = copy_database(window.store.path, tmp_path / "chosen.db")
    folder = block_folder(backup_folder(window.store.path))
    before = _project_names(window)
    assert restore_dialog.restore_into_window(window, chosen) is window
    [(kind, text)] = shown.texts
    assert kind == "show_error" and str(folder) in text
    assert window.actions_.replacement is None
    assert window.store.projects.count() == 8 and _project_names(window) == before  # still open
    _action(window, "backupNowAction").trigger()  # and usable (this backup fails the same way)
    assert shown.texts[-1][0] == "show_error"


def test_a_restore_refused_because_the_file_is_open_elsewhere_reopens_the_original(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    shown = Shown(monkeypatch)
    backup = backup_before(window.store, "manual")
    assert backup is not None
    other = open_store(window.store.path)  # another window on the same file
    try:
        reopened = restore_dialog.restore_into_window(window, backup)
    finally:
        other.close()
    assert reopened is not None and reopened is not window
    qtbot.addWidget(reopened)
    assert [kind for kind, _ in shown.texts] == ["show_error"] and "잠그고" in shown.texts[0][1]
    assert reopened.store.projects.count() == 8


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize(
    ("error", "said"),
    [
        (DatabaseLockedError("office.db"), "office.db: 다른 프로그램이나 사용자가 파일을 잠그고"),
        (PermissionError(13, "Permission denied", "보고서.pdf"), "보고서.pdf: 권한이 없습니다"),
    ],
)
def test_an_expected_error_a_feature_did_not_catch_is_a_message_not_the_crash_dialog(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, error: Exception, said: str
) -> None:
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    crashes: list[str] = []
    monkeypatch.setattr(crash, "show_crash_dialog", lambda headline, details: crashes.append(details))
    shown = Shown(monkeypatch)
    crash.install_excepthook("ko")
    emitter = Emitter()

    def failing_slot() -> None:
        raise error

    emitter.fire.connect(failing_slot)
    emitter.fire.emit()
    assert crashes == [] and shown.texts == [("show_error", shown.texts[0][1])]
    assert shown.texts[0][1].startswith(said)


@pytest.mark.parametrize("how", ["open", "new"])
def test_a_database_path_one_may_not_use_is_said_in_the_users_language(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, how: str
) -> None:
    from dctracker.ui import window_actions

    path = tmp_path / "공유" / "office.db"

    def refused(where: Path, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(where))

    shown = Shown(monkeypatch)
    monkeypatch.setattr(window_actions, "open_store" if how == "open" else "create_database", refused)
    monkeypatch.setattr(messages, "ask_open_path", lambda *_: str(path))
    monkeypatch.setattr(messages, "ask_new_path", lambda *_: str(path))
    getattr(window.actions_, f"{how}_database")()
    assert shown.texts == [("show_error", f"{path}: 권한이 없습니다")]
    assert window.actions_.replacement is None and window.store.projects.count() == 8


@pytest.mark.usefixtures("window")  # the Korean translators are installed
def test_a_network_folder_says_so_in_the_status_bar(qtbot: QtBot, tmp_path: Path) -> None:
    from dctracker.store import open_store as open_file
    from dctracker.ui.recovery.status import StoreModeLabel

    create_database(tmp_path / "shared.db", demo=False).close()
    store = open_file(tmp_path / "shared.db", network=True)
    try:
        label = StoreModeLabel()
        qtbot.addWidget(label)
        label.show_store(store)
        assert label.text() == "네트워크 폴더: 롤백 저널 모드"
        assert "WAL" in label.toolTip()
    finally:
        store.close()


def test_the_log_file_rotates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dctracker import logfile

    monkeypatch.setattr(logfile, "MAX_BYTES", 2_000)
    monkeypatch.setattr(logfile, "KEEP_FILES", 2)
    handler = setup_logging(tmp_path / "logs")
    try:
        for n in range(200):
            logging.getLogger("dctracker.test").warning("줄 %d", n)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in (tmp_path / "logs").iterdir())
    assert names == ["dctracker.log", "dctracker.log.1", "dctracker.log.2"]
    assert all(p.stat().st_size <= 2_000 for p in (tmp_path / "logs").iterdir())
