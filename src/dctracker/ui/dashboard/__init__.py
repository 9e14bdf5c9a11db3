"""The dashboard feature: the first tab, and File → Export report…"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from dctracker.io.table import Cancelled, Progress
from dctracker.render.report.write import SUFFIXES, write_report
from dctracker.services.reports import load_dashboard
from dctracker.store import Store
from dctracker.ui.ops import run_with_progress, worker_store

if TYPE_CHECKING:
    from dctracker.ui.dashboard.view import DashboardView
    from dctracker.ui.main_window import MainWindow

# lupdate finds translate("Context", "...") calls through this alias too.
translate = QCoreApplication.translate
log = logging.getLogger(__name__)


def attach(window: MainWindow) -> None:
    from dctracker.ui.dashboard.view import DashboardView

    view = DashboardView(window.store, window.lang, window.current_filter, window)
    window.add_tab(view, translate("DashboardFeature", "Dashboard"), 0)
    window.tabs.setCurrentWidget(view)

    # At a province's 100,000 milestones a refresh takes seconds: while
    # another tab is shown, a change only marks the dashboard for later.
    window.storeChanged.connect(view.loader.changed)
    window.filterChanged.connect(view.loader.changed)
    view.recordActivated.connect(window.recordActivated)
    action = QAction(translate("DashboardFeature", "Export report…"), window)
    action.setObjectName("exportReportAction")
    action.triggered.connect(lambda: export_report(window, view))
    window.menus["file"].addAction(action)
    view.refresh()


def choose_report_path(parent: QWidget, suggested: str) -> Path | None:
    """Ask where to save, as PDF, XLSX or HWPX; None when the user cancels. Tests replace this."""
    kinds = {
        translate("DashboardFeature", "PDF for printing (*.pdf)"): ".pdf",
        translate("DashboardFeature", "Excel workbook, a sheet per section (*.xlsx)"): ".xlsx",
        translate("DashboardFeature", "Hangul (HWP) document (*.hwpx)"): ".hwpx",
    }
    name, chosen = QFileDialog.getSaveFileName(
        parent, translate("DashboardFeature", "Export report"), suggested, ";;".join(kinds)
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() in SUFFIXES:
        return path
    return path.with_suffix(kinds.get(chosen, ".pdf"))


def export_report(window: MainWindow, view: DashboardView) -> Path | None:
    """Write the report of what the dashboard shows (filter and 기준일)."""
    view.loader.ensure()
    data = view.data
    if data is None:
        return None
    path = choose_report_path(window, f"dctracker-report-{data.as_of.isoformat()}.pdf")
    if path is None:
        return None
    record_filter, as_of, lang = data.record_filter, data.as_of, window.lang

    def work(store: Store | None, _progress: Progress, _cancelled: Cancelled) -> None:
        # Read again on the worker's connection: the view's data reads its
        # milestones lazily, on the window's connection.
        write_report(path, load_dashboard(worker_store(store), record_filter, as_of), lang)

    try:
        run_with_progress(
            window,
            translate("DashboardFeature", "Writing {name}…").format(name=path.name),
            0,
            work,
            store=window.store,
        )
    except OSError as exc:
        log.exception("report export failed")
        message = translate("DashboardFeature", "Could not write {path}: {error}")
        QMessageBox.warning(
            window, translate("DashboardFeature", "Export report"), message.format(path=path, error=exc)
        )
        return None
    saved = translate("DashboardFeature", "Report saved: {path}")
    window.statusBar().showMessage(saved.format(path=path), 8000)
    return path
