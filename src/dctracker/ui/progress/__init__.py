"""The 진행 현황 차트 tab: MOU pledges against what was realized, each
MOU's timeline and the indicators over time (pyqtgraph).

The tab is added after the window's first paint and builds its plots the
first time it is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from dctracker.ui.window_api import FeatureWindow


def attach(window: FeatureWindow) -> None:
    def add_tab() -> None:
        from dctracker.ui.progress.tab import ProgressTab

        window.add_tab(ProgressTab(window), QCoreApplication.translate("Timeline", "Progress charts"))

    window.after_first_paint(add_tab)
