"""The features that attach themselves to the main window.

Each entry is a function taking the window as a `FeatureWindow` (see
window_api.py); it adds its tab or menu actions and connects to the window's
signals. Order is the order of tabs and menu entries.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dctracker.ui.window_api import FeatureWindow

Attach = Callable[["FeatureWindow"], None]


def feature_attachers() -> list[Attach]:
    """Imported here, not at module level, so each feature loads its own
    heavy libraries (pyqtgraph, openpyxl) only when the window is built."""
    from dctracker.ui import dashboard, progress, recovery, timeline, transfer

    return [dashboard.attach, timeline.attach, progress.attach, transfer.attach, recovery.attach]


def attach_all(window: FeatureWindow) -> None:
    for attach in feature_attachers():
        attach(window)
