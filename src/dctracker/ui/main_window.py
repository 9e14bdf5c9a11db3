"""The main window: record tables in tabs over one open database.

Features (timeline, dashboard, import/export, backups) attach themselves via
`features.attach_all(window)` and talk to the window through its signals and
a few methods, never through its private widgets:

- `storeChanged`: the database changed (an edit here, undo, an import, or
  another window writing the same file); reload what you show.
- `filterChanged(RecordFilter)`: the region tree or the search box changed.
- `recordActivated(kind, id)`: select a record everywhere ("projects",
  "mous", "milestones", "organizations", "indicators"); emit it to ask the
  window to show a record, e.g. from a click on the timeline.
- `menus["file" | "edit" | "view" | "tools" | "help"]` and `add_tab()`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QTabWidget,
    QToolBar,
    QWidget,
)

from dctracker.domain.filters import RecordFilter
from dctracker.store import Store, queries
from dctracker.ui.features import attach_all
from dctracker.ui.models.project_model import project_model
from dctracker.ui.models.record_table import RecordTableModel


class MainWindow(QMainWindow):
    storeChanged = Signal()
    filterChanged = Signal(object)  # RecordFilter
    recordActivated = Signal(str, int)  # kind, id

    def __init__(self, store: Store, lang: str = "ko", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self._filter = RecordFilter()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("dctracker — {name}").format(name=store.path.name))
        self.menus = self._build_menus()
        self.search_box = self._build_search_bar()
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.setCentralWidget(self.tabs)
        self.project_model = project_model(lang, self)
        self.project_table = self._table("projectTable", self.project_model)
        self.add_tab(self.project_table, self.tr("Projects"))
        self.statusBar().showMessage(str(store.path))
        self.resize(1400, 860)
        self.storeChanged.connect(self.refresh)
        self.filterChanged.connect(lambda _f: self.refresh())
        self.refresh()
        attach_all(self)

    # The interface features use

    def current_filter(self) -> RecordFilter:
        return self._filter

    def set_filter(self, record_filter: RecordFilter) -> None:
        self._filter = record_filter
        self.filterChanged.emit(record_filter)

    def notify_store_changed(self) -> None:
        self.storeChanged.emit()

    def add_tab(self, widget: QWidget, title: str, index: int = -1) -> None:
        self.tabs.insertTab(index, widget, title)

    # Building

    def _build_menus(self) -> dict[str, QMenu]:
        bar = self.menuBar()
        return {
            "file": bar.addMenu(self.tr("&File")),
            "edit": bar.addMenu(self.tr("&Edit")),
            "view": bar.addMenu(self.tr("&View")),
            "tools": bar.addMenu(self.tr("&Tools")),
            "help": bar.addMenu(self.tr("&Help")),
        }

    def _build_search_bar(self) -> QLineEdit:
        toolbar = QToolBar(self.tr("Search"), self)
        toolbar.setObjectName("mainToolBar")
        box = QLineEdit(toolbar)
        box.setObjectName("searchBox")
        box.setPlaceholderText(self.tr("Search names, sites, organizations…"))
        box.setClearButtonEnabled(True)
        box.setMaximumWidth(360)
        toolbar.addWidget(box)
        self.addToolBar(toolbar)
        return box

    def _table(self, name: str, model: RecordTableModel) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def refresh(self) -> None:
        """Reload every table from the store under the current filter."""
        self.project_model.set_records(queries.projects(self.store, self._filter))
        self.project_table.resizeColumnsToContents()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.store.close()
        super().closeEvent(event)
