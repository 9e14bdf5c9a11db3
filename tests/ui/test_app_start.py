"""`app.run`: logging, the crash handler, open failures and the daily backup are wired in."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dctracker import app, paths
from dctracker.bootstrap import create_database
from dctracker.store.errors import DamagedDatabaseError
from dctracker.store.file.backup import list_backups
from dctracker.ui import recovery
from dctracker.ui.main_window import MainWindow
from dctracker.ui.recovery import crash, open_failure


@pytest.fixture
def started(qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[MainWindow]]:
    """run() without its event loop; the windows it would show."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(QApplication, "exec", lambda _self: 0)
    shown: list[MainWindow] = []
    monkeypatch.setattr(MainWindow, "show", lambda window: shown.append(window))
    handlers = list(logging.getLogger().handlers)
    names = (qapp.applicationName(), qapp.organizationName())
    yield shown
    qapp.setApplicationName(names[0])  # run() names the application; later tests expect theirs
    qapp.setOrganizationName(names[1])
    for window in shown:
        qtbot.addWidget(window)
    for handler in logging.getLogger().handlers:
        if handler not in handlers:
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_run_logs_catches_crashes_and_backs_up(started: list[MainWindow], tmp_path: Path) -> None:
    hook = sys.excepthook
    path = tmp_path / "office.db"
    assert app.run(path, "ko") == 0
    [window] = started
    assert window.store.path == path
    assert sys.excepthook is not hook
    assert [b.reason for b in list_backups(path)] == ["daily"]
    logging.getLogger("dctracker.test").warning("시작 확인")
    assert "시작 확인" in (paths.log_dir() / "dctracker.log").read_text(encoding="utf-8")


def test_run_on_a_damaged_file_asks_and_quitting_exits_non_zero(
    started: list[MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "office.db"
    path.write_bytes(b"")
    asked: list[Exception] = []
    monkeypatch.setattr(open_failure, "ask_open_failure", lambda error, *_: asked.append(error))
    assert app.run(path, "ko") == 1
    assert not started and len(asked) == 1 and "empty" in str(asked[0])
    assert path.read_bytes() == b""


def test_run_on_a_file_damaged_where_only_the_check_looks_asks_and_writes_nothing(
    started: list[MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    damage_page: Callable[..., bytes],
) -> None:
    """The window builds while the whole-file check runs; it is never shown
    over a file the check finds damaged, and the file is not written."""
    path = tmp_path / "office.db"
    create_database(path, demo=True).close()
    data = damage_page(path, "history_batch")
    asked: list[Exception] = []
    monkeypatch.setattr(open_failure, "ask_open_failure", lambda error, *_: asked.append(error))
    assert app.run(path, "ko") == 1
    assert not started and len(asked) == 1
    assert isinstance(asked[0], DamagedDatabaseError)
    assert path.read_bytes() == data


def test_run_with_a_backups_folder_that_takes_no_file_opens_and_warns(
    started: list[MainWindow], tmp_path: Path, block_folder: Callable[[Path], Path]
) -> None:
    """The daily backup failing is a warning in the status bar and the log, never a failed start."""
    path = tmp_path / "office.db"
    create_database(path, demo=True).close()
    folder = block_folder(tmp_path / "backups")
    assert app.run(path, "ko") == 0
    [window] = started
    shown = window.statusBar().currentMessage()
    assert shown.startswith("자동 백업 실패") and str(folder) in shown
    assert "daily backup failed" in (paths.log_dir() / "dctracker.log").read_text(encoding="utf-8")
    assert window.store.projects.count() == 8


def test_run_survives_a_bug_in_the_daily_backup_and_logs_its_traceback(
    started: list[MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("백업 중 버그")

    monkeypatch.setattr(recovery, "daily_backup", broken)
    assert app.run(tmp_path / "office.db", "ko") == 0
    [window] = started
    assert window.statusBar().currentMessage().startswith("자동 백업 실패")
    logged = (paths.log_dir() / "dctracker.log").read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: 백업 중 버그" in logged


def test_run_on_a_path_it_may_not_read_asks_like_any_open_failure(
    started: list[MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "office.db"

    def refused(where: Path, _lang: str | None = None) -> MainWindow:
        raise PermissionError(13, "Permission denied", str(where))

    monkeypatch.setattr(app, "create_main_window", refused)
    asked: list[Exception] = []
    monkeypatch.setattr(open_failure, "ask_open_failure", lambda error, *_: asked.append(error))
    assert app.run(path, "ko") == 1
    [error] = asked
    assert error.message("ko") == f"{path}: 권한이 없습니다"  # type: ignore[attr-defined]


def test_run_shows_a_bug_at_start_in_the_crash_dialog_and_exits_non_zero(
    started: list[MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_path: Path, _lang: str | None = None) -> MainWindow:
        raise RuntimeError("창을 만들다 생긴 버그")

    monkeypatch.setattr(app, "create_main_window", broken)
    shown: list[str] = []
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda dialog: shown.append(dialog.details.toPlainText()))
    assert app.run(tmp_path / "office.db", "ko") == 1
    assert not started and len(shown) == 1 and "RuntimeError: 창을 만들다 생긴 버그" in shown[0]
    assert "RuntimeError: 창을 만들다 생긴 버그" in (paths.log_dir() / "dctracker.log").read_text(
        encoding="utf-8"
    )
