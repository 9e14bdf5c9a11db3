"""The main window's menus and toolbar actions: files, editing, language, zones.

Opening another database or switching the language builds a fresh window
(features attach to it anew) and closes this one.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog

from dctracker.about import about
from dctracker.bootstrap import create_database
from dctracker.domain.records import Record
from dctracker.domain.regions import Zone
from dctracker.render.i18n import install_translators
from dctracker.store import Store, open_store
from dctracker.store.errors import StoreError
from dctracker.store.records.restore import project_dependents
from dctracker.ui import settings
from dctracker.ui.dialogs import messages
from dctracker.ui.dialogs.zones import ZonesDialog

if TYPE_CHECKING:
    from dctracker.ui.main_window import MainWindow

log = logging.getLogger(__name__)
# Actions (by objectName, some added by features) that write to the database.
WRITING_ACTIONS = frozenset(
    {
        "newAction",
        "duplicateAction",
        "deleteAction",
        "undoAction",
        "redoAction",
        "milestoneUpdateAction",
        "importAction",
        "editZonesAction",
    }
)


class WindowActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.replacement: MainWindow | None = None
        self._file_menu()
        self._edit_menu()
        self._view_menu()
        zones = window.menus["tools"].addAction(self.tr("Edit zones…"), self.edit_zones)
        zones.setObjectName("editZonesAction")
        window.region_tree.addAction(zones)  # also on the tree's right-click menu
        window.region_tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    # File

    def _file_menu(self) -> None:
        menu = self.window.menus["file"]
        menu.addAction(self.tr("&New database…"), QKeySequence.StandardKey.New, self.new_database)
        menu.addAction(self.tr("&Open database…"), QKeySequence.StandardKey.Open, self.open_database)
        self.recent_menu = menu.addMenu(self.tr("Recent files"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu.addSeparator()

    def close_menus(self) -> None:
        """Entries that come after everything the features added: Quit last in
        File, as on every desktop, and About in Help."""
        w, menu = self.window, self.window.menus["file"]
        menu.addSeparator()
        menu.addAction(self.tr("&Quit"), QKeySequence.StandardKey.Quit, w.close)
        about = w.menus["help"].addAction(self.tr("&About dctracker"), self.about)
        about.setObjectName("aboutAction")

    def about(self) -> None:
        info = about()  # what `dctracker --version` says too
        text = self.tr(
            "dctracker {version}\n\nData-center and AI investment projects, MOUs and "
            "milestones of Gwangju and Jeonnam.\n\nDatabase: {path}\n"
            "Schema version: {schema}\nData folder: {folder}"
        ).format(
            version=info.version, path=self.window.store.path, schema=info.schema, folder=info.data_folder
        )
        messages.show_info(self.window, text, self.tr("About dctracker"))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in settings.recent_files():
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.switch_to(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def open_database(self) -> None:
        path = messages.ask_open_path(self.window, self.tr("Open database"))
        if path:
            self.switch_to(Path(path))

    def new_database(self) -> None:
        path = messages.ask_new_path(self.window, self.tr("New database"))
        if not path:
            return
        try:
            create_database(Path(path), demo=False).close()
        except (StoreError, OSError) as exc:
            messages.show_failure(self.window, exc, self.window.lang)
            return
        self.switch_to(Path(path))

    def switch_to(self, path: Path, lang: str | None = None) -> MainWindow | None:
        """Open `path` in a new window replacing this one."""
        try:
            store = open_store(path)
        except (StoreError, OSError) as exc:
            messages.show_failure(self.window, exc, self.window.lang)
            return None
        return self._replace(store, lang or self.window.lang)

    def _replace(self, store: Store, lang: str) -> MainWindow:
        old = self.window
        new = type(old)(store, lang)
        settings.remember_database(store.path)
        new.setGeometry(old.geometry())
        new.show()
        self.replacement = new  # keeps the new window alive while the caller holds the old
        old.close()
        return new

    # Edit

    def _edit_menu(self) -> None:
        w, menu = self.window, self.window.menus["edit"]
        undo = w.undo_stack.createUndoAction(w, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = w.undo_stack.createRedoAction(w, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        menu.addAction(undo)
        menu.addAction(redo)
        menu.addSeparator()
        new = menu.addAction(self.tr("&New record"), QKeySequence("Ctrl+N"), w.new_record)
        duplicate = menu.addAction(self.tr("D&uplicate"), QKeySequence("Ctrl+D"), w.duplicate_record)
        delete = menu.addAction(self.tr("&Delete…"), QKeySequence.StandardKey.Delete, w.delete_record)
        menu.addSeparator()
        progress = menu.addAction(self.tr("Record &progress…"), QKeySequence("Ctrl+U"), self.record_progress)
        progress.setObjectName("milestoneUpdateAction")
        # Toolbar buttons get short labels without the menus' mnemonics.
        for action, name, short in (
            (undo, "undoAction", self.tr("Undo")),
            (redo, "redoAction", self.tr("Redo")),
            (new, "newAction", self.tr("New")),
            (duplicate, "duplicateAction", self.tr("Duplicate")),
            (delete, "deleteAction", self.tr("Delete")),
        ):
            action.setObjectName(name)
            action.setIconText(short)
        # None as `before` appends; PySide6's stub does not allow it.
        w.toolbar.insertActions(
            w.toolbar.actions()[0] if w.toolbar.actions() else None,  # type: ignore[arg-type]
            [new, duplicate, delete, undo, redo],
        )
        w.toolbar.insertSeparator(w.toolbar.actions()[5])

    def disable_editing(self) -> None:
        """A read-only file: every action that would write is off and the forms
        take no edits (the status bar's file-mode label says why)."""
        for action in self.window.findChildren(QAction):
            if action.objectName() in WRITING_ACTIONS:
                action.setEnabled(False)  # Undo/Redo stay off: nothing is ever pushed
        self.window.detail.set_read_only(True)

    def record_progress(self) -> None:
        """진행 현황 입력 for the milestone selected in the milestone tab."""
        w = self.window
        if w.current_kind() != "milestones" or w.detail.kind != "milestones":
            messages.show_error(w, self.tr("Select a milestone in the Milestones tab first."))
            return
        w.detail.open_milestone_update()

    def delete_question(self, kind: str, record: Record) -> str:
        w = self.window
        title = getattr(record, "name", None) or getattr(record, "title", "")
        if kind == "projects" and record.id is not None:
            milestones, indicators, mous = project_dependents(w.store, record.id)
            if milestones or indicators or mous:
                return self.tr(
                    "Delete the project “{title}”?\n\nIts {m} milestone(s) and {i} indicator(s) are "
                    "deleted with it, and it is unlinked from {n} MOU(s). Undo (Ctrl+Z) brings "
                    "everything back."
                ).format(title=title, m=len(milestones), i=len(indicators), n=len(mous))
        return self.tr("Delete “{title}”? Undo (Ctrl+Z) brings it back.").format(title=title)

    # View

    def _view_menu(self) -> None:
        w = self.window
        menu = w.menus["view"].addMenu(self.tr("&Language"))
        group = QActionGroup(w)
        for code, label in (("ko", "한국어"), ("en", "English")):
            action = QAction(label, w, checkable=True)
            action.setObjectName(f"language_{code}")
            action.setChecked(code == w.lang)
            action.triggered.connect(lambda _checked=False, c=code: self.switch_language(c))
            group.addAction(action)
            menu.addAction(action)
        w.menus["view"].addAction(w.detail.toggleViewAction())

    def switch_language(self, lang: str) -> MainWindow | None:
        if lang == self.window.lang:
            return None
        settings.set_language(lang)
        app = QApplication.instance()
        if isinstance(app, QCoreApplication):
            install_translators(app, lang)
        return self.switch_to(self.window.store.path, lang)

    # Tools

    def edit_zones(self) -> ZonesDialog:
        w = self.window
        read = w.store.zones.all()
        dialog = ZonesDialog(read, w.lang, w)
        dialog.finished.connect(lambda result: self._save_zones(read, dialog, result))
        dialog.open()
        return dialog

    def _save_zones(self, read: list[Zone], dialog: ZonesDialog, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            self.window.editor.save_zones(read, dialog.zones)  # undoable, like any edit
