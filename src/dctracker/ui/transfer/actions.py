"""The File-menu actions: import a file, export the current list."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from dctracker.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def ask_open_path(parent: QWidget, title: str, filters: str) -> Path | None:
    """The file to import; None when the user cancels (tests replace this)."""
    name, _ = QFileDialog.getOpenFileName(parent, title, _documents(), filters)
    return Path(name) if name else None


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(Path(_documents()) / suggested), filters)
    return Path(name) if name else None


def show_warning(parent: QWidget, text: str) -> None:
    QMessageBox.warning(parent, "dctracker", text)


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


class TransferActions(QObject):
    """Owns the actions so they live as long as the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("transferActions")
        self.window = window
        menu = window.menus["file"]
        # (type: ignore: PySide6 takes any Qt property as a keyword; its stubs list only QAction's own.)
        self.import_action = QAction(self.tr("&Import…"), window, objectName="importAction")  # type: ignore[call-overload]
        self.import_action.triggered.connect(self.import_file)
        menu.addAction(self.import_action)
        export_menu = menu.addMenu(self.tr("&Export"))
        export_menu.setObjectName("exportMenu")
        kinds = {
            "projects": self.tr("Projects"),
            "mous": self.tr("MOUs"),
            "milestones": self.tr("Milestones"),
        }
        self.export_actions: dict[tuple[str, str], QAction] = {}
        for kind, label in kinds.items():
            for fmt in ("xlsx", "csv", "ics") if kind == "milestones" else ("xlsx", "csv"):
                text = self.tr("{what} to {format}…").format(what=label, format=_FORMAT_NAMES[fmt])
                action = QAction(text, window, objectName=f"export_{kind}_{fmt}")  # type: ignore[call-overload]
                action.triggered.connect(lambda _c=False, k=kind, f=fmt: self.export(k, f))
                export_menu.addAction(action)
                self.export_actions[(kind, fmt)] = action

    def import_file(self) -> None:
        from dctracker.ui.transfer.import_dialog import ImportDialog

        path = ask_open_path(
            self.window, self.tr("Import a list"), self.tr("Spreadsheets (*.xlsx *.xlsm *.csv *.txt)")
        )
        if path is None:
            return
        dialog = ImportDialog(self.window.store, path, self.window.lang, self.window)
        dialog.imported.connect(self._imported)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        dialog.load()

    def _imported(self, changed: int) -> None:
        self.window.notify_store_changed()
        self.window.statusBar().showMessage(
            self.tr("Imported: {count} records created or changed").format(count=changed), 8000
        )

    def export(self, kind: str, fmt: str) -> Path | None:
        from dctracker.io.errors import ExportError
        from dctracker.services.exports import export_records
        from dctracker.ui.ops import run_with_progress, worker_store

        suggested = f"{_FILE_NAMES[kind]}.{fmt}"
        path = ask_save_path(self.window, self.tr("Export"), suggested, f"{_FORMAT_NAMES[fmt]} (*.{fmt})")
        if path is None:
            return None
        if not path.suffix:
            path = path.with_suffix(f".{fmt}")
        record_filter = self.window.current_filter()
        try:
            count = run_with_progress(
                self.window,
                self.tr("Exporting to {name}…").format(name=path.name),
                0,
                lambda store, _progress, _cancelled: export_records(
                    worker_store(store), kind, record_filter, path, fmt
                ),
                store=self.window.store,
            )
        except (ExportError, OSError) as exc:
            log.warning("export to %s failed: %s", path, exc)
            show_warning(self.window, self.tr("Could not export: {reason}").format(reason=exc))
            return None
        self.window.statusBar().showMessage(
            self.tr("Exported {count} rows to {name}").format(count=count, name=path.name), 8000
        )
        return path


_FORMAT_NAMES = {"xlsx": "Excel (XLSX)", "csv": "CSV", "ics": "iCalendar (ICS)"}
_FILE_NAMES = {"projects": "사업목록", "mous": "협약목록", "milestones": "마일스톤"}
