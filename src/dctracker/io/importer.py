"""The import front door: read a file, map its headers, plan, apply.

The CLI and the UI both go through here; the UI adds a mapping preview and a
progress dialog between the steps.
"""

from __future__ import annotations

from pathlib import Path

from dctracker.io.collector import without_cycle_collection
from dctracker.io.errors import ImportFileError
from dctracker.io.mapping import KINDS, Mapping, detect_kind, map_headers
from dctracker.io.table import Cancelled, Progress, Table

SUFFIXES = (".csv", ".txt", ".xlsx", ".xlsm")


@without_cycle_collection
def read_table(
    path: Path,
    sheet: str | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Table:
    """Header and data rows of a CSV or XLSX file (the kind of file by its name)."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ImportFileError(
            f"{path.name}: CSV 또는 XLSX 파일만 가져올 수 있습니다.",
            f"{path.name}: only CSV and XLSX files can be imported.",
        )
    if not path.is_file():
        raise ImportFileError(f"{path}: 파일이 없습니다.", f"{path}: no such file.")
    if suffix in (".xlsx", ".xlsm"):
        from dctracker.io.xlsx_io import read_xlsx

        return read_xlsx(path, sheet, progress=progress, cancelled=cancelled)
    from dctracker.io.csv_io import read_csv

    return read_csv(path, progress=progress, cancelled=cancelled)


def mapping_for(table: Table, kind: str | None = None) -> Mapping:
    """Map the headers for `kind`, or for the kind the headers show."""
    kind = kind or detect_kind(table.headers)
    if kind not in KINDS:
        raise ImportFileError(
            f"{table.source}: 사업·협약·마일스톤 중 어느 목록인지 알 수 없습니다 (--kind로 지정하세요).",
            f"{table.source}: cannot tell whether it lists projects, MOUs or milestones (use --kind).",
        )
    return map_headers(kind, table.headers, table.scale)
