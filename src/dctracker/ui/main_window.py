"""The main window: region tree, record tables in tabs, the detail dock.

Features (timeline, dashboard, import/export, backups) attach themselves via
`features.attach_all(window)` and talk to the window through its signals and
a few methods, never through its private widgets:

- `storeChanged(Changes)`: the database changed (an edit here, undo, an
  import, or another window writing the same file); the Changes value says
  what (services/changes.py; `everything` when the change came from
  elsewhere). Update what you show, or reload it when next shown
  (widgets/when_shown.py).
- `filterChanged(RecordFilter)`: the region tree, the search box or the
  toolbar's status/period filters changed.
- `recordActivated(kind, id)`: select a record everywhere ("projects",
  "mous", "milestones", "organizations", "indicators"); emit it to ask the
  window to show a record, e.g. from a click on the timeline.
- `menus["file" | "edit" | "view" | "tools" | "help"]` and `add_tab()`.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QTabWidget, QToolBar, QWidget

from dctracker.domain.filters import RecordFilter
from dctracker.domain.records import Record
from dctracker.services import listings
from dctracker.services.changes import Changes
from dctracker.store import Store
from dctracker.store.errors import NotFoundError
from dctracker.ui import settings
from dctracker.ui.dialogs import messages
from dctracker.ui.editing.service import Editor
from dctracker.ui.features import attach_all
from dctracker.ui.forms.detail_panel import DetailPanel
from dctracker.ui.forms.lookups import Lookups
from dctracker.ui.models.milestone_model import MilestoneTableModel
from dctracker.ui.models.mou_model import mou_model
from dctracker.ui.models.other_models import indicator_model, organization_model
from dctracker.ui.models.project_model import project_model
from dctracker.ui.models.record_table import RecordTableModel
from dctracker.ui.widgets.filter_bar import FilterBar
from dctracker.ui.widgets.record_view import RecordView
from dctracker.ui.widgets.region_tree import RegionTree
from dctracker.ui.widgets.search_box import SearchBox
from dctracker.ui.widgets.when_shown import LoadWhenShown
from dctracker.ui.window_actions import WindowActions

log = logging.getLogger(__name__)
POLL_MS = 1500  # how soon another window's saves show up here
NAMED_KINDS = ("projects", "mous", "organizations")  # the forms' lookups name these


class MainWindow(QMainWindow):
    storeChanged = Signal(object)  # Changes
    filterChanged = Signal(object)  # RecordFilter
    recordActivated = Signal(str, int)  # kind, id

    def __init__(self, store: Store, lang: str = "ko", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self._filter = settings.remembered_filter()
        self.setObjectName("mainWindow")
        title = (
            self.tr("dctracker — {name} (read-only)") if store.read_only else self.tr("dctracker — {name}")
        )
        self.setWindowTitle(title.format(name=store.path.name))
        self.undo_stack = QUndoStack(self)
        self.menus = self._build_menus()
        self.search_box = self._build_search_bar()
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tables = self._build_tables()
        # Hidden tables are only marked stale (100,000 milestones take most of
        # a second): they load when shown or needed (table_ready).
        self._loaders = {
            kind: LoadWhenShown(view, partial(self._load_table, kind)) for kind, view in self.tables.items()
        }
        self.region_tree = RegionTree(lang, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.region_tree)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([210, 900])
        self.setCentralWidget(self.splitter)
        self.editor = Editor(store, lang, self, self.undo_stack, self.notify_store_changed)
        self.detail = DetailPanel(store, self.editor, lang, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.detail)
        self.actions_ = WindowActions(self)
        self.statusBar().showMessage(str(store.path))
        self.resize(1500, 900)
        self._connect()
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_for_outside_changes)
        self._poll.start()
        attach_all(self)
        self.actions_.close_menus()
        if store.read_only:
            self.actions_.disable_editing()
        settings.restore_window(self, self.splitter, self.tabs)
        # Once the first tab is known: only its table loads (reload_tables).
        self.refresh()
        self._show_filter_quietly(self._filter)
        self._select_first_row()

    # The interface features use

    def current_filter(self) -> RecordFilter:
        return self._filter

    def set_filter(self, record_filter: RecordFilter) -> None:
        self._filter = record_filter
        self._show_filter_quietly(record_filter)
        self.filterChanged.emit(record_filter)

    def _show_filter_quietly(self, record_filter: RecordFilter) -> None:
        """The region tree, search box and filter bar showing `record_filter`."""
        self.region_tree.blockSignals(True)
        self.region_tree.select(record_filter)
        self.region_tree.blockSignals(False)
        if self.search_box.text().strip() != record_filter.search:
            self.search_box.set_quietly(record_filter.search)
        self.filter_bar.show_filter(record_filter)

    def reopen(self, path: Path) -> MainWindow | None:
        """Open `path` in a new window that replaces this one; None if it cannot
        be opened (the user was told why)."""
        return self.actions_.switch_to(path)

    def notify_store_changed(self, changes: Changes = Changes.EVERYTHING) -> None:
        """Tell every view what changed (by default: anything may have)."""
        if changes:
            self.storeChanged.emit(changes)

    def add_tab(self, widget: QWidget, title: str, index: int = -1) -> None:
        self.tabs.insertTab(index, widget, title)

    # Reloading

    def refresh(self) -> None:
        """Reload everything from the store (after a change made elsewhere)."""
        self._data_version = self.store.data_version()
        self._follow_names(Changes.EVERYTHING)
        self.reload_tables()
        self.detail.reload()

    def reload_tables(self) -> None:
        """Reload the shown table; hidden ones load when shown or needed."""
        for loader in self._loaders.values():
            loader.changed()

    def table_ready(self, kind: str) -> RecordView:
        """The table of `kind`, loaded with the current filter: call this
        before reading or selecting its rows (it may be stale while hidden)."""
        self._loaders[kind].ensure()
        return self.tables[kind]

    def _load_table(self, kind: str) -> None:
        # The store filters in SQL and builds only the records a table
        # shows (RecordRows), so a filter click re-reads, keeping no copies.
        shown = self.detail.form.record
        keep = shown.id if shown is not None and self.detail.kind == kind else None
        self.tables[kind].set_records(listings.records(self.store, kind, self._filter), keep_id=keep)

    def _store_changed(self, changes: Changes) -> None:
        """Show what `changes` names: the changed rows and the shown record
        re-read once each, names and the region tree only when they changed."""
        if changes.everything:
            self.refresh()
            return
        self._follow_names(changes)
        read = {kind: self._follow_table(kind, changes) for kind in self.tables}
        self._follow_form(changes, read[self.detail.kind])

    def _follow_names(self, changes: Changes) -> None:
        """The project names, places and lookups the tables, tree and forms show."""
        if changes.touches("projects"):
            self.tables["milestones"].source.set_project_names(listings.project_names(self.store))  # type: ignore[attr-defined]
        if changes.touches("projects") or changes.zones:
            places = list(listings.project_places(self.store).values())
            self.region_tree.populate(self.store.zones.all(), places)
        if any(changes.touches(kind) for kind in NAMED_KINDS):
            self.detail.set_lookups(Lookups.of(self.store))

    def _follow_table(self, kind: str, changes: Changes) -> list[Record]:
        """Update a loaded table row by row where it can, else reload it (or
        mark it stale while hidden); the records it re-read."""
        loader = self._loaders[kind]
        if loader.stale:
            return []  # loads in full when shown
        if self._reloads(kind, changes):
            loader.changed()
            return []
        ids = changes.written(kind)
        if not ids and not changes.removed(kind):
            return []
        read = self._listed(kind, ids) if ids else []
        found = {r.id for r in read}
        gone = changes.removed(kind) | {i for i in ids if i not in found}
        self.tables[kind].update_records(read, gone)
        return read

    def _reloads(self, kind: str, changes: Changes) -> bool:
        """Whether the table of `kind` must be read again in full after `changes`."""
        if self._filter == RecordFilter():
            return kind == "mous" and changes.touches("organizations")  # it shows the parties' names
        # Which records pass a filter is decided in SQL. The milestones (there
        # may be 100,000) read just the changed ones again; a project's
        # changes may move all of its milestones in or out.
        return kind != "milestones" or changes.touches("projects")

    def _listed(self, kind: str, ids: frozenset[int]) -> list[Record]:
        """Those of `ids` that the table of `kind` lists under the filter."""
        if self._filter == RecordFilter():
            return list(getattr(self.store, kind).some(ids))
        return list(listings.milestones_among(self.store, self._filter, ids))

    def _follow_form(self, changes: Changes, read: list[Record]) -> None:
        """The shown record as now stored, from what its table read if it did."""
        shown = self.detail.form.record
        kind = self.detail.kind
        if shown is not None and shown.id in changes.written(kind) and shown.id not in {r.id for r in read}:
            read = getattr(self.store, kind).some([shown.id])
        self.detail.follow(changes, read)

    def _check_for_outside_changes(self) -> None:
        try:
            version = self.store.data_version()
        except Exception:  # the file may be briefly unreachable on a shared folder
            log.exception("cannot poll the database for changes")
            return
        if version != self._data_version:
            self.notify_store_changed()

    # Records

    def current_view(self) -> RecordView | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, RecordView) else None

    def current_kind(self) -> str:
        view = self.current_view()
        return view.kind if view is not None else "projects"

    def show_record(self, kind: str, record_id: int) -> None:
        """Switch to the record's tab and select it, clearing a filter that hides it."""
        if kind not in self.tables:
            log.warning("no table for record kind %r", kind)
            return
        view = self.table_ready(kind)
        self.tabs.setCurrentWidget(view)
        if view.source.row_of(record_id) is None and self._filter != RecordFilter():
            self.set_filter(RecordFilter())
            self.table_ready(kind)
        if not view.select_id(record_id):
            messages.show_error(self, self.tr("That record no longer exists."))

    def show_in_detail(self, kind: str, record_id: int) -> None:
        """Show a record in the detail panel and stay on the current tab (a
        click on the timeline keeps the timeline in view)."""
        if kind not in self.tables:
            log.warning("no form for record kind %r", kind)
            return
        try:
            record = getattr(self.store, kind).get(record_id)
        except NotFoundError:
            messages.show_error(self, self.tr("That record no longer exists."))
            return
        self.detail.show()
        self._show_in_form(kind, record)

    def _show_in_form(self, kind: str, record: Record) -> None:
        shown = self.detail.form.record
        if self.detail.kind == kind and shown is not None and shown.id == record.id:
            return
        if not self.detail.show_record(kind, record) and shown is not None and shown.id is not None:
            self._select_saved(self.detail.kind, shown.id)  # back to the unsaved record

    def new_record(self) -> None:
        self.detail.new_record(self.current_kind())

    def duplicate_record(self) -> None:
        view = self.current_view()
        record = view.current_record() if view is not None else None
        if record is None or view is None:
            return
        copy = replace(record, id=None, version=0, created_at=None, updated_at=None)
        for name in ("name", "title"):
            if hasattr(copy, name):
                setattr(copy, name, getattr(copy, name) + self.tr(" (copy)"))
        if self.detail.show_record(view.kind, copy):
            self.detail.form.dirty = True

    def delete_record(self) -> None:
        view = self.current_view()
        record = view.current_record() if view is not None else None
        if record is None or view is None:
            return
        if messages.ask_yes_no(self, self.actions_.delete_question(view.kind, record)):
            self.editor.delete(view.kind, record)

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

    def _build_search_bar(self) -> SearchBox:
        toolbar = QToolBar(self.tr("Search"), self)
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        box = SearchBox(toolbar)
        box.setPlaceholderText(self.tr("Search names, sites, organizations… (Esc clears)"))
        box.setMinimumWidth(320)
        box.setMaximumWidth(420)
        self.toolbar = toolbar
        toolbar.addWidget(box)
        self.filter_bar = FilterBar(self.lang, toolbar)
        toolbar.addWidget(self.filter_bar)
        self.addToolBar(toolbar)
        return box

    def _build_tables(self) -> dict[str, RecordView]:
        lang = self.lang
        specs: list[tuple[str, str, RecordTableModel[Any], str]] = [
            ("projects", "projectTable", project_model(lang, self), self.tr("Projects")),
            ("mous", "mouTable", mou_model(lang, self), self.tr("MOUs")),
            ("milestones", "milestoneTable", MilestoneTableModel(lang, self), self.tr("Milestones")),
            ("organizations", "organizationTable", organization_model(lang, self), self.tr("Organizations")),
            ("indicators", "indicatorTable", indicator_model(lang, self), self.tr("Indicators")),
        ]
        tables = {}
        for kind, name, model, title in specs:
            view = RecordView(kind, name, model, self)
            view.recordSelected.connect(lambda record, k=kind: self._show_in_form(k, record))
            self.add_tab(view, title)
            tables[kind] = view
        return tables

    def _connect(self) -> None:
        self.storeChanged.connect(self._store_changed)
        self.filterChanged.connect(lambda _f: self.reload_tables())
        self.recordActivated.connect(self.show_record)
        self.region_tree.filterSelected.connect(
            lambda f: self.set_filter(replace(self._filter, region=f.region, sigungu=f.sigungu))
        )
        self.filter_bar.changed.connect(lambda: self.set_filter(self.filter_bar.apply_to(self._filter)))
        self.search_box.searchChanged.connect(
            lambda text: self.set_filter(replace(self._filter, search=text))
        )
        self.detail.saved.connect(self._select_saved)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.undo_stack.indexChanged.connect(self._show_undo_text)

    def _show_undo_text(self, _index: int) -> None:
        what = self.undo_stack.undoText()
        if what:
            self.statusBar().showMessage(self.tr("Undo: {what}").format(what=what), 4000)

    def _tab_changed(self, _index: int) -> None:
        """The form follows the tab: its selected record, else its first row."""
        view = self.current_view()
        if view is None:
            return
        self.table_ready(view.kind)
        record = view.current_record()
        if record is None:
            self._select_first_row()
        else:
            self._show_in_form(view.kind, record)

    def _select_first_row(self) -> None:
        """Open with a record in the form rather than an empty one."""
        view = self.current_view()
        if view is not None and view.source.rowCount() and view.current_record() is None:
            view.selectRow(0)

    def _select_saved(self, kind: str, record_id: int) -> None:
        if kind not in self.tables:
            return
        view = self.table_ready(kind)
        if view.source.row_of(record_id) is not None:
            view.selectionModel().blockSignals(True)
            view.select_id(record_id)
            view.selectionModel().blockSignals(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.detail.form.dirty:
            question = self.tr("Save your changes before closing?")
            if messages.ask_yes_no(self, question, default_yes=True) and not self.detail.save():
                event.ignore()
                return
        self._poll.stop()
        settings.save_window(self, self.splitter, self.tabs)
        settings.remember_filter(self._filter)
        self.store.close()
        super().closeEvent(event)
