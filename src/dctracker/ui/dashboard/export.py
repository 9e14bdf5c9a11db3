"""Choosing the report's form by the file name: .pdf pages or an .xlsx workbook."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from dctracker.ui.dashboard.data import DashboardData

SUFFIXES = (".pdf", ".xlsx")


def write_report(path: Path, data: DashboardData, lang: str) -> None:
    """Write the report as PDF or XLSX by the suffix of `path` (ValueError otherwise)."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from dctracker.ui.dashboard.report import write_report_pdf

        write_report_pdf(path, data, lang, timeline_chart(data, lang))
    elif suffix == ".xlsx":
        from dctracker.ui.dashboard.report_xlsx import write_report_xlsx

        write_report_xlsx(path, data, lang)
    else:
        raise ValueError(f"{path.name}: .pdf 또는 .xlsx만 쓸 수 있습니다 (use .pdf or .xlsx)")


def timeline_chart(data: DashboardData, lang: str) -> QImage | None:
    """The timeline of the report's records as they stood on its 기준일; None
    when no project is shown."""
    from dctracker.domain.timeline.layout import build_layout
    from dctracker.ui.charts.export import default_spec, timeline_image

    zones = [zone for zone, _total in data.zone_totals]
    layout = build_layout(data.projects, data.milestones, [row.mou for row in data.ledger], zones, lang=lang)
    if not layout.projects:
        return None
    return timeline_image(layout, default_spec(data.record_filter, lang, as_of=data.as_of))
