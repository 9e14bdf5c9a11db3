"""Export and print from the timeline tab: what is on screen (filter, time
range, collapsed groups, 기준일) is what goes on paper, the time range fitted
to the data in it (domain/timeline/ticks.py: fit_to_data)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintPreviewDialog

from dctracker.domain import clock
from dctracker.domain.timeline.ticks import fit_to_data
from dctracker.render.timeline.export import PAGE_SIZES, default_spec, export, paint_pages
from dctracker.render.timeline.printed import PrintSpec
from dctracker.ui.dialogs import messages

if TYPE_CHECKING:
    from dctracker.ui.timeline.tab import TimelineTab

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
    answer = messages.ask_file_to_save(tab, title, suggested, ";;".join(FILTERS.values()))
    if answer is None:
        return
    path, chosen = answer
    fmt = path.suffix.lstrip(".").lower()
    if fmt not in FILTERS:
        fmt = next(k for k, v in FILTERS.items() if v == chosen)
        path = path.with_name(f"{path.name}.{fmt}")
    dpi: int | None = 150
    page: str | None = "A4"
    if fmt == "png":
        label = QCoreApplication.translate("TimelineExportDialog", "Resolution (DPI):")
        dpi = messages.ask_number(tab, title, label, 150, (72, 600), 25)
    if fmt == "pdf":
        label = QCoreApplication.translate("TimelineExportDialog", "Paper (landscape):")
        page = messages.ask_choice(tab, title, label, list(PAGE_SIZES))
    if dpi is None or page is None:
        return
    try:
        export(tab.ensure_built().layout_data, current_spec(tab), path, fmt, dpi=dpi, page=page)
    except OSError as exc:
        log.warning("timeline export failed: %s", exc)
        messages.show_error(tab, str(exc), title)


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
