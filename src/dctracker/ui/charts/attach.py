"""Attach the timeline (and the progress charts) to the main window.

Nothing heavy is imported here: the tabs build their pyqtgraph charts the
first time they are shown, so the window opens as fast without them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from dctracker.ui.charts.progress_tab import ProgressTab
from dctracker.ui.charts.timeline_tab import TimelineTab

if TYPE_CHECKING:
    from dctracker.ui.main_window import MainWindow


def attach(window: MainWindow) -> None:
    window.add_tab(TimelineTab(window), QCoreApplication.translate("Timeline", "Timeline"))
    window.add_tab(ProgressTab(window), QCoreApplication.translate("Timeline", "Progress charts"))
