"""A read-only file opens with editing off and says so; a failed save keeps
what the user typed and writes nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot
from ui_helpers import Dialogs, click_row, save, type_into, type_text

from dctracker.bootstrap import create_database
from dctracker.store.errors import DiskFullError
from dctracker.ui.main_window import MainWindow

WRITING = (
    "newAction",
    "duplicateAction",
    "deleteAction",
    "undoAction",
    "redoAction",
    "milestoneUpdateAction",
    "importAction",
    "editZonesAction",
)


@pytest.fixture
def read_only_window(
    tmp_path: Path, make_read_only: Callable[[Path], None], open_window: Callable[..., MainWindow]
) -> MainWindow:
    path = tmp_path / "shared.db"
    create_database(path, demo=True).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")  # no -wal/-shm files beside it
    conn.close()
    make_read_only(path)
    window = open_window("ko", path)
    assert window.store.read_only
    return window


def test_read_only_file_disables_every_write_and_says_so(read_only_window: MainWindow) -> None:
    window = read_only_window
    assert "읽기 전용" in window.windowTitle()
    assert window.findChild(QLabel, "storeModeLabel").text().startswith("읽기 전용")
    for name in WRITING:
        action = window.findChild(QAction, name)
        assert action is not None and not action.isEnabled(), name


def test_read_only_form_shows_values_but_takes_no_edits(qtbot: QtBot, read_only_window: MainWindow) -> None:
    window = read_only_window
    project = click_row(qtbot, window, "projects", "광양")
    form = window.detail.forms["projects"]
    name = form.editor("name")
    assert name.text() == project.name and name.isReadOnly()
    type_text(name, "바뀐 이름")
    assert name.text() == project.name
    assert not form.editor("status").isEnabled()
    assert not window.detail.save_button.isEnabled()
    qtbot.keyClick(name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.store.projects.get(project.id).version == project.version


def test_read_only_mou_party_rows_are_locked(qtbot: QtBot, read_only_window: MainWindow) -> None:
    window = read_only_window
    click_row(qtbot, window, "mous", "")
    parties = window.detail.forms["mous"].editor("parties")
    combos = parties.findChildren(QComboBox)
    assert combos and not any(c.isEnabled() for c in combos)
    assert all(e.isReadOnly() for e in parties.findChildren(QLineEdit))


def test_read_only_milestone_progress_button_is_off(qtbot: QtBot, read_only_window: MainWindow) -> None:
    window = read_only_window
    click_row(qtbot, window, "milestones", "")
    assert not window.detail.forms["milestones"].update_button.isEnabled()
    assert window.detail.open_milestone_update() is None


def test_failed_save_says_why_and_keeps_the_typing(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = click_row(qtbot, window, "projects", "광양")
    repo = window.store.projects

    def full(*_args: object, **_kwargs: object) -> None:
        raise DiskFullError(str(window.store.path))

    monkeypatch.setattr(repo, "update", full)
    form = window.detail.forms["projects"]
    type_into(qtbot, form.editor("name"), "바뀐 이름")
    save(qtbot, window)
    assert dialogs.errors == [DiskFullError(str(window.store.path)).message("ko")]
    assert form.editor("name").text() == "바뀐 이름" and form.dirty
    assert window.detail.save_button.isEnabled()
    monkeypatch.undo()
    stored = window.store.projects.get(project.id)
    assert stored.name == project.name and stored.version == project.version
    save(qtbot, window)
    assert window.store.projects.get(project.id).name == "바뀐 이름"
