"""The command line's one error boundary (cli.main): what a user can cause is
one line and exit 1 or 2, a bug is exit 70 with its traceback in the log."""

from __future__ import annotations

import argparse
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from test_cli import dctracker

from dctracker import cli, logfile
from dctracker.bootstrap import create_database
from dctracker.commands import backup as backup_command
from dctracker.commands.base import EXIT_BUG, EXIT_INTERRUPTED
from dctracker.store.file.backup import backup_folder, list_backups


@pytest.fixture
def office_db(tmp_path: Path) -> Path:
    path = tmp_path / "office.db"
    create_database(path, demo=True).close()
    return path


def _failing_backup(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    def fail(_args: argparse.Namespace) -> int:
        raise error

    monkeypatch.setattr(backup_command, "run", fail)


def _sqlite_error(text: str, code: int) -> sqlite3.Error:
    """What SQLite raises, with its result code (SQLITE_BUSY 5, SQLITE_ERROR 1)."""
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code
    return error


def _log_text() -> str:
    return logfile.log_path().read_text(encoding="utf-8")


def test_a_bug_is_exit_70_one_line_naming_the_log_which_holds_the_traceback(
    office_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _failing_backup(monkeypatch, RuntimeError("계산 중 버그"))
    assert cli.main(["backup", "--db", str(office_db)]) == EXIT_BUG
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert str(logfile.log_path()) in err and "RuntimeError" in err
    logged = _log_text()
    assert "Traceback" in logged and "RuntimeError: 계산 중 버그" in logged


@pytest.mark.parametrize(
    ("error", "code", "said"),
    [
        (_sqlite_error("database is locked", 5), 1, "office.db is locked by another program"),
        (_sqlite_error("no such column: tags", 1), 1, "office.db: the database could not be read"),
        (IsADirectoryError(21, "Is a directory", "some/where"), 2, "some/where: 파일이 아니라 폴더입니다"),
        (PermissionError(13, "Permission denied", "x.csv"), 2, "x.csv: permission denied"),
        (OSError("PDF를 저장할 수 없습니다: r.pdf (cannot write PDF)"), 2, "PDF를 저장할 수 없습니다"),
    ],
)
def test_expected_errors_are_one_line_and_logged(
    office_db: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    error: Exception,
    code: int,
    said: str,
) -> None:
    _failing_backup(monkeypatch, error)
    assert cli.main(["backup", "--db", str(office_db)]) == code
    err = capsys.readouterr().err
    assert err.startswith("dctracker: ") and len(err.strip().splitlines()) == 1, err
    assert said in err and "Traceback" not in err
    assert said in _log_text()


def test_interrupted_is_one_line_and_exit_130(
    office_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _failing_backup(monkeypatch, KeyboardInterrupt())
    assert cli.main(["backup", "--db", str(office_db)]) == EXIT_INTERRUPTED
    assert capsys.readouterr().err.strip() == "dctracker: 중단했습니다 (interrupted)"


def test_backup_into_a_folder_that_takes_no_file_is_one_line(
    office_db: Path, block_folder: Callable[[Path], Path]
) -> None:
    folder = block_folder(backup_folder(office_db))
    result = dctracker("backup", "--db", str(office_db))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and str(folder) in result.stderr


def test_backup_out_into_a_missing_folder_is_one_line(
    office_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "usb" / "copy.db"
    assert cli.main(["backup", "--db", str(office_db), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and str(out.parent) in err
    assert not out.parent.exists()


def test_check_repair_that_cannot_back_up_first_repairs_nothing(
    office_db: Path, block_folder: Callable[[Path], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(office_db)  # a date changed by hand, its interval left behind
    conn.execute("UPDATE milestones SET baseline = '2031-Q1' WHERE id = 1")
    conn.commit()
    conn.close()
    folder = block_folder(backup_folder(office_db))
    assert cli.main(["check", "--repair", "--db", str(office_db)]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and str(folder) in err
    assert cli.main(["--lang", "en", "check", "--db", str(office_db)]) == 1  # still stale
    assert "milestone #1" in capsys.readouterr().err
    assert folder.is_file() or list_backups(office_db) == []


def test_a_command_leaves_no_log_handler_behind(office_db: Path) -> None:
    import logging

    before = list(logging.getLogger().handlers)
    assert cli.main(["check", "--db", str(office_db)]) == 0
    assert logging.getLogger().handlers == before
