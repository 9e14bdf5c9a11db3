"""The toolbar search box: types settle for a moment before searching; Esc clears."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

SETTLE_MS = 250  # Korean input composes syllables: do not search every keystroke


class SearchBox(QLineEdit):
    searchChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBox")
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(lambda: self.searchChanged.emit(self.text().strip()))
        self.textEdited.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self._now)

    def set_quietly(self, text: str) -> None:
        """Show a search set elsewhere (e.g. cleared by the window) without re-emitting."""
        self._timer.stop()
        self.setText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self._now()
            return
        super().keyPressEvent(event)

    def _now(self) -> None:
        self._timer.stop()
        self.searchChanged.emit(self.text().strip())
