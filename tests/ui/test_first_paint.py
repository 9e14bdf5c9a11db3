"""The window paints its first screen before building the rest (issue 14 §4):
the frame, the region tree and the first tab's frame come first; the
dashboard's figures, the chart tabs and the detail form after that paint."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

import dctracker
from dctracker.app import create_main_window
from dctracker.ui.dashboard.view import DashboardView
from dctracker.ui.main_window import MainWindow
from dctracker.ui.timeline.tab import TimelineTab


class PaintLog(QObject):
    """What was built when the window was first painted."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.at_first_paint: dict[str, bool] | None = None
        for widget in (window, *window.findChildren(QWidget)):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.at_first_paint is None:
            self.at_first_paint = built(self.window)
        return False


def built(window: MainWindow) -> dict[str, bool]:
    dashboard = window.findChild(DashboardView, "dashboardView")
    return {
        "ready": window.is_ready(),
        "figures": dashboard is not None and dashboard.data is not None,
        "timeline tab": window.findChild(TimelineTab, "timelineView") is not None,
        "region tree": window.region_tree.topLevelItemCount() > 0,
    }


def test_the_first_paint_shows_the_frame_and_the_rest_follows(qtbot: QtBot, demo_db: Path) -> None:
    window = create_main_window(demo_db, "ko")
    qtbot.addWidget(window)
    log = PaintLog(window)
    window.show()
    with qtbot.waitSignal(window.ready):
        pass
    assert log.at_first_paint == {
        "ready": False,
        "figures": False,
        "timeline tab": False,
        "region tree": True,
    }
    assert built(window) == {"ready": True, "figures": True, "timeline tab": True, "region tree": True}
    assert window.tabs.currentWidget() is window.findChild(DashboardView, "dashboardView")


def test_a_window_never_shown_is_built_all_the_same(qtbot: QtBot, demo_db: Path) -> None:
    window = create_main_window(demo_db, "ko")
    qtbot.addWidget(window)
    qtbot.waitUntil(window.is_ready)
    assert built(window)["figures"] and built(window)["timeline tab"]


def test_a_window_closed_before_it_is_ready_builds_nothing_on_its_closed_file(
    qtbot: QtBot, demo_db: Path
) -> None:
    window = create_main_window(demo_db, "ko")
    qtbot.addWidget(window)
    window.close()
    window.finish_building()  # as the pending timer would; the store is closed
    assert not built(window)["figures"]


def test_the_tab_shown_last_comes_back_even_when_it_is_built_after_the_first_paint(
    qtbot: QtBot, demo_db: Path
) -> None:
    first = create_main_window(demo_db, "ko")
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(first.is_ready)
    first.tabs.setCurrentWidget(first.findChild(TimelineTab, "timelineView"))
    first.close()
    second = create_main_window(demo_db, "ko")
    qtbot.addWidget(second)
    second.show()
    qtbot.waitUntil(second.is_ready)
    assert isinstance(second.tabs.currentWidget(), TimelineTab)


def test_every_message_box_and_file_dialog_goes_through_messages_py() -> None:
    """Tests replace that one module; a box opened elsewhere would block them."""
    ui = Path(dctracker.__file__).parent / "ui"
    direct = re.compile(r"\b(QMessageBox|QFileDialog|QInputDialog)\.\w+\(")
    offenders = [
        f"{path.relative_to(ui)}:{number}"
        for path in sorted(ui.rglob("*.py"))
        if path != ui / "dialogs" / "messages.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if direct.search(line)
    ]
    assert offenders == []
