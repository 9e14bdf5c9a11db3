"""The main window: record tables in tabs over one open database."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QMainWindow, QTableView, QTabWidget, QWidget

from dctracker.domain.filters import RecordFilter
from dctracker.store import Store, queries
from dctracker.ui.models.project_model import project_model



class MainWindow(QMainWindow):
    def __init__(self, store: Store, lang: str = "ko", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("dctracker — {name}").format(name=store.path.name))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.setCentralWidget(self.tabs)
        self.project_model = project_model(lang, self)
        self.project_table = self._table("projectTable", self.project_model)
        self.tabs.addTab(self.project_table, self.tr("Projects"))
        self.statusBar().showMessage(str(store.path))
        self.resize(1280, 800)
        self.refresh()

    def _table(self, name: str, model: object) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)  # type: ignore[arg-type]
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def refresh(self) -> None:
        """Reload every table from the store."""
        self.project_model.set_records(queries.projects(self.store, RecordFilter()))
        self.project_table.resizeColumnsToContents()

    def closeEvent(self, event: object) -> None:  # noqa: N802 (Qt override)
        self.store.close()
        super().closeEvent(event)  # type: ignore[arg-type]



