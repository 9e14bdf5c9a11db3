"""Reload later when shown, written once for every tab that follows the data.

A province's timeline, dashboard or 100,000 milestones take up to seconds to
load: a change while their tab is hidden only marks them stale; they load
when next shown, or when someone about to read them calls `ensure()`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class LoadWhenShown(QObject):
    """Keeps `widget` in step: `changed()` runs `load` now if the widget is
    shown (or would be with its window), else marks it stale."""

    def __init__(self, widget: QWidget, load: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._load = load
        self.stale = False
        widget.installEventFilter(self)

    def changed(self, *_what: object) -> None:
        """The data (or the filter) changed; the signal's argument does not matter."""
        if self.shown():
            self.load()
        else:
            self.stale = True

    def shown(self) -> bool:
        # Its window need not be on screen yet: a tab chosen is shown with it.
        return self._widget.isVisibleTo(self._widget.window())

    def ensure(self) -> None:
        """Load now if a change came while hidden."""
        if self.stale:
            self.load()

    def load(self) -> None:
        self.stale = False
        self._load()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # ShowToParent: its tab chosen in a window not on screen (yet), which
        # gets no Show event until the window itself is shown.
        if watched is self._widget and event.type() in SHOWN:
            self.ensure()
        return False


SHOWN = (QEvent.Type.Show, QEvent.Type.ShowToParent)
