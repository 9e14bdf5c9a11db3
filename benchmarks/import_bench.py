"""Import and export speed on a 100,000-row milestone workbook.

    uv run python -m benchmarks.import_bench

Rows: {"case", "ours_s", "baseline_s", "ratio"} (ratio = ours / baseline), or "ours",
"baseline" and "unit" "MB" for memory.
- import: our whole import (safety checks, read, map, plan, one transaction
  into an empty database, with history) against a raw read of the same file
  with python-calamine, the reader we use: what checking, parsing and storing
  cost on top of just reading the cells.
- export: our styled XLSX export of the stored 100,000 milestones against
  openpyxl write-only writing the same number of plain rows; then our peak
  traced Python memory (tracemalloc, in a second run, as tracing slows the
  timed one) against the raw size of the exported columns in SQLite.
"""

from __future__ import annotations

import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROWS = 100_000
PROJECTS = 100
HEADER = ["사업명", "지역", "시군구", "마일스톤", "기준일", "예정일", "진척률(%)", "비고"]
PLACES = [("광주", "북구"), ("전남", "광양시"), ("전남", "순천시"), ("전남", "해남군")]


def make_workbook(path: Path, rows: int = ROWS) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("마일스톤")
    sheet.append(["광주·전남 데이터센터 추진 현황"])
    sheet.append(["기준: 2025. 6. 30."])
    sheet.append(HEADER)
    for i in range(rows):
        region, sigungu = PLACES[i % PROJECTS % len(PLACES)]
        sheet.append(
            [
                f"데이터센터 사업 {i % PROJECTS}",
                region,
                sigungu,
                f"단계 {i // PROJECTS}",
                date(2025, 1, 1) + timedelta(days=i % 1500),
                "2027년 상반기",
                i % 101,
                "부지 협의",
            ]
        )
    workbook.save(path)


def timed(function: Callable[[], Any]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def raw_read(path: Path) -> int:
    from python_calamine import CalamineWorkbook

    return len(CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python())


def our_import(path: Path, db: Path) -> None:
    from dctracker.bootstrap import create_database
    from dctracker.services.imports import apply_plan, mapping_for, plan_import, read_table

    store = create_database(db, demo=False)
    try:
        table = read_table(path)
        apply_plan(store, plan_import(store, table, mapping_for(table)))
        assert store.milestones.count() == ROWS
    finally:
        store.close()


def our_export(db: Path, out: Path) -> None:
    from dctracker.domain.filters import RecordFilter
    from dctracker.services.exports import export_records
    from dctracker.store import open_store

    store = open_store(db)
    try:
        assert export_records(store, "milestones", RecordFilter(), out) == ROWS
    finally:
        store.close()


def plain_export(out: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    row = [
        "데이터센터 사업 1",
        "전남",
        "광양시",
        7000,
        "단계 1",
        "인허가",
        date(2025, 3, 1),
        "2027년 상반기",
        None,
        "계획",
        30,
        "",
        "",
        "부지 협의",
    ]
    for _ in range(ROWS + 1):
        sheet.append(row)
    workbook.save(out)


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        source, db = work / "milestones.xlsx", work / "bench.db"
        make_workbook(source)
        baseline = timed(lambda: raw_read(source))
        ours = timed(lambda: our_import(source, db))
        rows = [
            {
                "case": f"import {ROWS:,}-row milestone XLSX",
                "ours_s": round(ours, 2),
                "baseline_s": round(baseline, 2),
                "ratio": round(ours / baseline, 1),
                "max_ratio": 2.0,
                "note": "into an empty database, with history; baseline: python-calamine read",
            }
        ]
        baseline = timed(lambda: plain_export(work / "plain.xlsx"))
        ours = timed(lambda: our_export(db, work / "export.xlsx"))
        tracemalloc.start()
        our_export(db, work / "traced.xlsx")
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        rows += [
            {
                "case": f"export {ROWS:,} milestones to XLSX",
                "ours_s": round(ours, 2),
                "baseline_s": round(baseline, 2),
                "ratio": round(ours / baseline, 1),
                "note": "styled, with the project columns; baseline: openpyxl write-only, plain rows",
            },
            {
                "case": "XLSX export, peak traced memory",
                "ours": peak / 2**20,
                "baseline": raw_size(db) / 2**20,
                "unit": "MB",
                "note": "tracemalloc peak; baseline: the raw size of the exported milestone columns",
            },
        ]
    return rows


def raw_size(db: Path) -> int:
    """The bytes SQLite holds for the milestone columns an export writes."""
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        names = [row[1] for row in conn.execute("PRAGMA table_info(milestones)")]
        lengths = " + ".join(f"coalesce(length({n}), 0)" for n in names if not n.endswith(("_start", "_end")))
        return int(conn.execute(f"SELECT sum({lengths}) FROM milestones").fetchone()[0])
    finally:
        conn.close()


if __name__ == "__main__":
    for result in run():
        print(result)
