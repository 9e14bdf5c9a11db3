"""Import and export from the File menu (가져오기…, 내보내기).

`attach(window)` adds the actions; openpyxl and the io/ modules load only
when an action runs, so the window starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dctracker.ui.window_api import FeatureWindow


def attach(window: FeatureWindow) -> None:
    from dctracker.ui.transfer.actions import TransferActions

    TransferActions(window)  # a child of the window: lives as long as it
