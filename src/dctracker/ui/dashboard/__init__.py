"""The dashboard feature: the first tab, and File → Export report…"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from dctracker.io.table import Cancelled, Progress
from dctracker.render.report.write import SUFFIXES, write_report
from dctracker.services.reports import load_dashboard
from dctracker.store import Store
from dctracker.ui.dialogs import messages
from dctracker.ui.ops import run_with_progress, worker_store

if TYPE_CHECKING:
    from dctracker.ui.dashboard.view import DashboardView
    from dctracker.ui.window_api import FeatureWindow

# lupdate finds translate("Context", "...") calls through this alias too.
translate = QCoreApplication.translate
log = logging.getLogger(__name__)


def attach(window: FeatureWindow) -> None:
    from dctracker.ui.dashboard.view import DashboardView

    view = DashboardView(window.store, window.lang, window.current_filter, window.as_widget())
    window.add_tab(view, translate("DashboardFeature", "Dashboard"), 0)
    window.show_tab(view)

    # At a province's 100,000 milestones a refresh takes seconds: while
    # another tab is shown, a change only marks the dashboard for later.
    window.storeChanged.connect(view.loader.changed)
    window.filterChanged.connect(view.loader.changed)
    view.recordActivated.connect(window.recordActivated)
    action = QAction(translate("DashboardFeature", "Export report…"), window.as_widget())
    action.setObjectName("exportReportAction")
    action.triggered.connect(lambda: export_report(window, view))
    window.menus["file"].addAction(action)
    # The first screen shows the dashboard's frame; its figures (a second of
    # queries on a province) come after that paint.
    window.after_first_paint(view.loader.changed)


def choose_report_path(parent: QWidget, suggested: str) -> Path | None:
    """Ask where to save, as PDF, XLSX or HWPX; None when the user cancels. Tests replace this."""
    kinds = {
        translate("DashboardFeature", "PDF for printing (*.pdf)"): ".pdf",
        translate("DashboardFeature", "Excel workbook, a sheet per section (*.xlsx)"): ".xlsx",
        translate("DashboardFeature", "Hangul (HWP) document (*.hwpx)"): ".hwpx",
    }
    answer = messages.ask_file_to_save(
        parent, translate("DashboardFeature", "Export report"), suggested, ";;".join(kinds)
    )
    if answer is None:
        return None
    path, chosen = answer
    if path.suffix.lower() in SUFFIXES:
        return path
    return path.with_suffix(kinds.get(chosen, ".pdf"))


def export_report(window: FeatureWindow, view: DashboardView) -> Path | None:
    """Write the report of what the dashboard shows (filter and 기준일)."""
    view.loader.ensure()
    data = view.data
    if data is None:
        return None
    path = choose_report_path(window.as_widget(), f"dctracker-report-{data.as_of.isoformat()}.pdf")
    if path is None:
        return None
    record_filter, as_of, lang = data.record_filter, data.as_of, window.lang

    def work(store: Store | None, _progress: Progress, _cancelled: Cancelled) -> None:
        # Read again on the worker's connection: the view's data reads its
        # milestones lazily, on the window's connection.
        write_report(path, load_dashboard(worker_store(store), record_filter, as_of), lang)

    try:
        run_with_progress(
            window.as_widget(),
            translate("DashboardFeature", "Writing {name}…").format(name=path.name),
            0,
            work,
            store=window.store,
        )
    except OSError as exc:
        log.exception("report export failed")
        message = translate("DashboardFeature", "Could not write {path}: {error}")
        title = translate("DashboardFeature", "Export report")
        messages.show_error(window.as_widget(), message.format(path=path, error=exc), title)
        return None
    saved = translate("DashboardFeature", "Report saved: {path}")
    window.show_status(saved.format(path=path), 8000)
    return path
