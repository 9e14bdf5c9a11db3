"""Records as CSV, XLSX or iCalendar files (services/exports.py chooses which records)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from dctracker.domain.records import Project
from dctracker.io import export_rows
from dctracker.io.errors import ExportError

FORMATS = ("csv", "xlsx", "ics")
SHEET_TITLES = {"projects": "사업", "mous": "협약", "milestones": "마일스톤"}


def format_for(path: Path, given: str | None) -> str:
    fmt = (given or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ExportError(
            f"알 수 없는 형식입니다: {fmt or path.name} (csv, xlsx, ics) "
            f"(unknown format {fmt!r}; use csv, xlsx or ics)"
        )
    return fmt


def write_records(
    path: Path, kind: str, fmt: str, records: Sequence[Any], projects: Mapping[int, Project]
) -> int:
    """Write `records` of `kind` in `fmt` (format_for); `projects` names the
    milestones' projects. Returns how many records (events, in iCalendar) it wrote."""
    if fmt == "ics":
        if kind != "milestones":
            raise ExportError(
                "iCalendar(.ics)로는 마일스톤만 내보낼 수 있습니다 (only milestones can be exported to .ics)"
            )
        from dctracker.io.ical import write_ics

        return write_ics(path, records, projects)
    headers = export_rows.headers(kind)
    rows = export_rows.rows(kind, records, projects)
    if fmt == "csv":
        from dctracker.io.csv_io import write_csv

        write_csv(path, headers, rows)
    else:
        from dctracker.io.xlsx_io import write_xlsx

        write_xlsx(
            path, SHEET_TITLES[kind], headers, rows, export_rows.money_columns(kind), export_rows.widths(kind)
        )
    return len(records)
