"""What a feature (dashboard, timeline, import/export, backups) may use of
the main window: this Protocol, never the MainWindow class or its widgets.

Features import this module, main_window.py imports the features
(features.py): the dependency runs one way, and a feature can be tested
against any object that has these members.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QMenu, QWidget

from dctracker.domain.filters import RecordFilter
from dctracker.services.changes import Changes
from dctracker.store import Store


class FeatureWindow(Protocol):
    """Signals:

    - `storeChanged(Changes)`: the database changed (an edit here, undo, an
      import, or another window writing the same file); the Changes value
      says what (services/changes.py; `everything` when the change came from
      elsewhere). Update what you show, or reload it when next shown
      (widgets/when_shown.py).
    - `filterChanged(RecordFilter)`: the region tree, the search box or the
      toolbar's filters changed.
    - `recordActivated(kind, id)`: a record is selected everywhere
      ("projects", "mous", "milestones", "organizations", "indicators");
      emit it to show a record, e.g. from a click on the timeline.
    """

    @property
    def storeChanged(self) -> SignalInstance: ...

    @property
    def filterChanged(self) -> SignalInstance: ...

    @property
    def recordActivated(self) -> SignalInstance: ...

    @property
    def store(self) -> Store: ...

    @property
    def lang(self) -> str: ...

    @property
    def menus(self) -> Mapping[str, QMenu]:
        """ "file", "edit", "view", "tools" and "help"."""
        ...

    def as_widget(self) -> QWidget:
        """The window as the parent of a feature's widgets, actions and dialogs."""
        ...

    def current_filter(self) -> RecordFilter: ...

    def add_tab(self, widget: QWidget, title: str, index: int = -1) -> None: ...

    def show_tab(self, widget: QWidget) -> None:
        """Bring a tab added with `add_tab` to the front."""
        ...

    def show_record(self, kind: str, record_id: int) -> None:
        """Switch to the record's tab and select it."""
        ...

    def show_in_detail(self, kind: str, record_id: int) -> None:
        """Show a record in the detail panel, staying on the current tab."""
        ...

    def notify_store_changed(self, changes: Changes = ...) -> None:
        """Say that this feature changed the database (emits storeChanged;
        by default: anything may have changed)."""
        ...

    def show_status(self, text: str, timeout_ms: int = 0) -> None: ...

    def add_status_widget(self, widget: QWidget) -> None: ...

    def after_first_paint(self, build: Callable[[], None]) -> None:
        """Run `build` once the window has been painted (at once if it has):
        work the first screen does not need waits for it."""
        ...

    def reopen(self, path: Path) -> FeatureWindow | None:
        """Open `path` in a new window that replaces this one; None if it
        cannot be opened (the user was told why)."""
        ...
