"""Attach the timeline (and the progress charts) to the main window.

The tabs are added after the window's first paint, and build their
pyqtgraph charts the first time they are shown: the window opens as fast
without them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from dctracker.ui.window_api import FeatureWindow


def attach(window: FeatureWindow) -> None:
    window.after_first_paint(lambda: _add_tabs(window))


def _add_tabs(window: FeatureWindow) -> None:
    from dctracker.ui.charts.progress_tab import ProgressTab
    from dctracker.ui.charts.timeline_tab import TimelineTab

    window.add_tab(TimelineTab(window), QCoreApplication.translate("Timeline", "Timeline"))
    window.add_tab(ProgressTab(window), QCoreApplication.translate("Timeline", "Progress charts"))
