"""Exporting the records under a filter to CSV, XLSX or iCalendar."""

from __future__ import annotations

import logging
from pathlib import Path

from dctracker.domain.filters import RecordFilter
from dctracker.io.collector import without_cycle_collection
from dctracker.io.exporters import FORMATS, format_for, write_records
from dctracker.services import listings
from dctracker.store import Store

__all__ = ["FORMATS", "export_records"]

log = logging.getLogger(__name__)


@without_cycle_collection  # 100,000 rows: as an import does (io/collector.py)
def export_records(
    store: Store, kind: str, record_filter: RecordFilter, path: Path, fmt: str | None = None
) -> int:
    """Write the filtered records of `kind` to `path` in `fmt` (by default the
    file's suffix); returns how many were written. ExportError names a bad
    format or a kind the format cannot hold."""
    fmt = format_for(path, fmt)
    records = listings.records(store, kind, record_filter)
    projects = {p.stored_id: p for p in store.projects.all()}
    count = write_records(path, kind, fmt, records, projects)
    log.info("exported %d %s to %s", count, kind, path.name)
    return count
