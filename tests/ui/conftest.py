"""UI test fixtures: windows on a demo database, and message boxes replaced
by recorders (see ui/dialogs/messages.py) so no test blocks on a modal box."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from ui_helpers import Dialogs, show_ready

from dctracker.app import create_main_window
from dctracker.bootstrap import create_database
from dctracker.ui.dialogs import messages
from dctracker.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    recorded = Dialogs()

    def ask(_parent: object, question: str, default_yes: bool = False, title: str | None = None) -> bool:
        recorded.questions.append(question)
        return recorded.answer

    monkeypatch.setattr(messages, "show_error", lambda _p, text, title=None: recorded.errors.append(text))
    monkeypatch.setattr(messages, "ask_yes_no", ask)
    return recorded


@pytest.fixture
def demo_db(db_path: Path) -> Path:
    create_database(db_path, demo=True).close()
    return db_path


@pytest.fixture
def open_window(qtbot: QtBot, demo_db: Path) -> Iterator[Callable[..., MainWindow]]:
    """Open windows on the demo database (several may share the file)."""

    def open_one(lang: str = "ko", path: Path | None = None) -> MainWindow:
        window = create_main_window(path or demo_db, lang)
        qtbot.addWidget(window)
        return show_ready(qtbot, window)

    yield open_one


@pytest.fixture
def window(open_window: Callable[..., MainWindow]) -> MainWindow:
    return open_window()
