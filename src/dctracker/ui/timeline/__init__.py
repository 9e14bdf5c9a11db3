"""The 타임라인 tab: the chart on screen (pyqtgraph), its items, axes,
tooltip, and export and print (the printed drawing is render/timeline/).

The tab is added after the window's first paint and builds its chart the
first time it is shown: the window opens as fast without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from dctracker.ui.window_api import FeatureWindow


def attach(window: FeatureWindow) -> None:
    def add_tab() -> None:
        from dctracker.ui.timeline.tab import TimelineTab

        window.add_tab(TimelineTab(window), QCoreApplication.translate("Timeline", "Timeline"))

    window.after_first_paint(add_tab)
