"""Export and print from the timeline tab: what is on screen (filter, time
range, collapsed groups, 기준일) is what goes on paper, the time range fitted
to the data in it (timeline_axis.fit_to_data)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from dctracker.domain import clock
from dctracker.domain.timeline_axis import fit_to_data
from dctracker.render.timeline.export import PAGE_SIZES, default_spec, export, paint_pages
from dctracker.render.timeline.printed import PrintSpec

if TYPE_CHECKING:
    from dctracker.ui.charts.timeline_tab import TimelineTab

log = logging.getLogger(__name__)
FILTERS = {"pdf": "PDF (*.pdf)", "png": "PNG (*.png)", "svg": "SVG (*.svg)"}


def current_spec(tab: TimelineTab) -> PrintSpec:
    view = tab.ensure_built()
    window = tab.window_
    shown = view.box.viewRange()[0]
    x_range = fit_to_data((shown[0], shown[1]), view.layout_data.x_extent())
    return default_spec(window.current_filter(), window.lang, tab.as_of(), x_range=x_range)


def export_interactively(tab: TimelineTab) -> None:
    title = QCoreApplication.translate("TimelineExportDialog", "Export timeline")
    suggested = str(Path.home() / f"timeline_{clock.today().isoformat()}.pdf")
    path, chosen = QFileDialog.getSaveFileName(tab, title, suggested, ";;".join(FILTERS.values()))
    if not path:
        return
    fmt = Path(path).suffix.lstrip(".").lower()
    if fmt not in FILTERS:
        fmt = next(k for k, v in FILTERS.items() if v == chosen)
        path += "." + fmt
    dpi, page = 150, "A4"
    if fmt == "png":
        dpi, ok = QInputDialog.getInt(
            tab,
            title,
            QCoreApplication.translate("TimelineExportDialog", "Resolution (DPI):"),
            150,
            72,
            600,
            25,
        )
        if not ok:
            return
    if fmt == "pdf":
        page, ok = QInputDialog.getItem(
            tab,
            title,
            QCoreApplication.translate("TimelineExportDialog", "Paper (landscape):"),
            list(PAGE_SIZES),
            0,
            False,
        )
        if not ok:
            return
    try:
        export(tab.ensure_built().layout_data, current_spec(tab), Path(path), fmt, dpi=dpi, page=page)
    except OSError as exc:
        log.warning("timeline export failed: %s", exc)
        QMessageBox.warning(tab, title, str(exc))


def preview_dialog(tab: TimelineTab) -> QPrintPreviewDialog:
    """A print preview of the timeline, A4 landscape unless the user changes it."""
    dialog = QPrintPreviewDialog(tab)  # owns its printer (HighResolution)
    dialog.setObjectName("timelinePrintPreview")
    dialog.printer().setPageOrientation(QPageLayout.Orientation.Landscape)
    dialog.printer().setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    layout, spec = tab.ensure_built().layout_data, current_spec(tab)
    dialog.paintRequested.connect(lambda device: paint_pages(device, layout, spec))
    return dialog


def print_interactively(tab: TimelineTab) -> None:
    preview_dialog(tab).exec()
