"""Run work once a window has been painted, so it shows before it is complete."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Calls `then` on the event loop's turn after the first paint of
    `window` or of one of `parts`: a window covered by opaque children may
    never get a paint event of its own, and Qt paints all of a window's
    dirty widgets in one pass, so any part always on screen (the status bar,
    the central widget) marks the first frame. Watching every child instead
    cost 30 ms of a province's start-up to enumerate them."""

    def __init__(self, window: QWidget, parts: list[QWidget], then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        self._watched = [window, *parts]
        for widget in self._watched:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._watched:
            self.stop()
            # After this paint has reached the screen, not within it.
            QTimer.singleShot(0, self._then)
        return False

    def stop(self) -> None:
        for widget in self._watched:
            if shiboken6.isValid(widget):  # a child may be gone since
                widget.removeEventFilter(self)
        self._watched = []
