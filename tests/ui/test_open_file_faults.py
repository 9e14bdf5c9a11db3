"""The window on a database file it cannot use (issue 12, items 15 and 16):
the reason in the app's language, and the backups offered where damage is
what stands in the way."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dctracker.app import create_main_window
from dctracker.bootstrap import create_database
from dctracker.store.errors import CannotOpenError, DamagedDatabaseError, OrphanJournalError, StoreError
from dctracker.store.file.backup import BackupInfo, make_backup
from dctracker.ui.recovery import open_failure

Answer = tuple[open_failure.Choice, Path | None] | None


class Asked:
    """Stands in for the open-failure dialog: records what it was shown, answers `answer`."""

    def __init__(
        self, monkeypatch: pytest.MonkeyPatch, answer: Callable[[BackupInfo | None], Answer]
    ) -> None:
        self.shown: list[tuple[StoreError, BackupInfo | None]] = []
        self._answer = answer
        monkeypatch.setattr(open_failure, "ask_open_failure", self)

    def __call__(self, error: StoreError, newest: BackupInfo | None, _lang: str) -> Answer:
        self.shown.append((error, newest))
        return self._answer(newest)


def _open(path: Path, lang: str = "en"):  # type: ignore[no-untyped-def]
    return open_failure.open_with_recovery(path, lambda p: create_main_window(p, lang), lang)


def test_15_a_folder_is_refused_with_the_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "dctracker.db"
    folder.mkdir()
    asked = Asked(monkeypatch, lambda _newest: None)
    assert _open(folder) is None
    [(error, newest)] = asked.shown
    assert isinstance(error, CannotOpenError) and newest is None
    assert "folder" in error.message("en") and "폴더" in error.message("ko")


def test_15_an_orphan_wal_is_refused_not_overwritten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "dctracker.db"
    wal = Path(f"{path}-wal")
    wal.write_bytes(b"\x37\x7f\x06\x82" + os.urandom(4000))
    before = wal.read_bytes()
    asked = Asked(monkeypatch, lambda _newest: None)
    assert _open(path) is None
    [(error, _)] = asked.shown
    assert isinstance(error, OrphanJournalError)
    assert wal.read_bytes() == before and not path.exists()


def _restore_newest(newest: BackupInfo | None) -> Answer:
    return open_failure.Choice.RESTORE, newest.path if newest else None


def _demo_with_backup(path: Path) -> Path:
    create_database(path, demo=True).close()
    make_backup(path, "daily")
    return path


def _zero_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = bytes(100)
    path.write_bytes(bytes(data))


def _drop_search_trigger(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER projects_search_insert")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("damage", [_zero_header, _drop_search_trigger])
def test_15_16_damage_offers_the_newest_backup(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: Callable[[Path], None]
) -> None:
    path = _demo_with_backup(tmp_path / "dctracker.db")
    damage(path)
    asked = Asked(monkeypatch, _restore_newest)
    window = _open(path)
    assert window is not None
    qtbot.addWidget(window)
    [(error, newest)] = asked.shown
    assert isinstance(error, DamagedDatabaseError) and newest is not None
    assert window.store.projects.count() == 8
