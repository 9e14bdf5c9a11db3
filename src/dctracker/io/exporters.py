"""Write the records under a filter to CSV, XLSX or iCalendar."""

from __future__ import annotations

import logging
from pathlib import Path

from dctracker.domain.filters import RecordFilter
from dctracker.io import export_rows
from dctracker.io.errors import ExportError
from dctracker.store import Store
from dctracker.store.reads import queries

log = logging.getLogger(__name__)
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


def export_records(
    store: Store, kind: str, record_filter: RecordFilter, path: Path, fmt: str | None = None
) -> int:
    """Write the filtered records of `kind`; returns how many were written."""
    fmt = format_for(path, fmt)
    projects = {p.id: p for p in store.projects.all() if p.id is not None}
    if fmt == "ics":
        if kind != "milestones":
            raise ExportError(
                "iCalendar(.ics)로는 마일스톤만 내보낼 수 있습니다 (only milestones can be exported to .ics)"
            )
        from dctracker.io.ical import write_ics

        return write_ics(path, queries.milestones(store, record_filter), projects)
    records = {"projects": queries.projects, "mous": queries.mous, "milestones": queries.milestones}[kind](
        store, record_filter
    )
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
    log.info("exported %d %s to %s", len(records), kind, path.name)
    return len(records)
