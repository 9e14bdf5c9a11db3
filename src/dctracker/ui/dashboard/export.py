"""Choosing the report's form by the file name: .pdf pages or an .xlsx workbook."""

from __future__ import annotations

from pathlib import Path

from dctracker.ui.dashboard.data import DashboardData

SUFFIXES = (".pdf", ".xlsx")


def write_report(path: Path, data: DashboardData, lang: str) -> None:
    """Write the report as PDF or XLSX by the suffix of `path` (ValueError otherwise)."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from dctracker.ui.dashboard.report import write_report_pdf

        write_report_pdf(path, data, lang)
    elif suffix == ".xlsx":
        from dctracker.ui.dashboard.report_xlsx import write_report_xlsx

        write_report_xlsx(path, data, lang)
    else:
        raise ValueError(f"{path.name}: .pdf 또는 .xlsx만 쓸 수 있습니다 (use .pdf or .xlsx)")
