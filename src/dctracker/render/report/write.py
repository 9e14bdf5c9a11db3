"""Choosing the report's form by the file name: .pdf pages, an .xlsx workbook
or a .hwpx 한/글 document."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from dctracker.services.reports import DashboardData

SUFFIXES = (".pdf", ".xlsx", ".hwpx")
# One timeline page of the report, in points: the A4 landscape text width,
# and low enough to sit under the section heading; drawn at this size, so
# its text prints at 8 pt or more in the PDF and the HWPX alike.
CHART_PAGE_PT = (713.0, 400.0)


def write_report(path: Path, data: DashboardData, lang: str, department: str = "") -> None:
    """Write the report as PDF, XLSX or HWPX by the suffix of `path` (ValueError
    otherwise); `department` is named under the HWPX's title."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from dctracker.render.report.pdf import write_report_pdf

        write_report_pdf(path, data, lang, timeline_chart(data, lang))
    elif suffix == ".xlsx":
        from dctracker.render.report.xlsx import write_report_xlsx

        write_report_xlsx(path, data, lang)
    elif suffix == ".hwpx":
        from dctracker.render.report.hwpx import write_report_hwpx

        write_report_hwpx(path, data, lang, timeline_chart(data, lang), department)
    else:
        raise ValueError(f"{path.name}: .pdf, .xlsx, .hwpx만 쓸 수 있습니다 (use .pdf, .xlsx or .hwpx)")


def timeline_chart(data: DashboardData, lang: str) -> list[QImage]:
    """The timeline of the report's records as they stood on its 기준일, one
    picture per landscape report page (split by lane); none when no project
    is shown."""
    from PySide6.QtCore import QSizeF

    from dctracker.domain.timeline import build_layout
    from dctracker.render.timeline.export import default_spec, timeline_page_images

    zones = [zone for zone, _total in data.zone_totals]
    layout = build_layout(data.projects, data.milestones, [row.mou for row in data.ledger], zones, lang=lang)
    if not layout.projects:
        return []
    spec = default_spec(data.record_filter, lang, as_of=data.as_of)
    return timeline_page_images(layout, spec, QSizeF(*CHART_PAGE_PT))
