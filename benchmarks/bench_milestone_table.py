"""How the milestone table copes with 100,000 milestones.

    QT_QPA_PLATFORM=offscreen uv run python benchmarks/bench_milestone_table.py [ROWS]

Prints the time of each step a user waits for: loading from the store, filling
the model, first paint, sorting by slippage, selecting a record by id.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dctracker.bootstrap import create_database
from dctracker.domain.filters import RecordFilter
from dctracker.store import queries
from dctracker.domain.regions import Region
from dctracker.store.database import transaction
from dctracker.ui.main_window import MainWindow
from dctracker.ui.models.milestone_model import MilestoneTableModel
from dctracker.ui.widgets.record_view import RecordView

STAMP = "2026-01-01T00:00:00+09:00"


def _fill(path: Path, rows: int) -> None:
    """Bulk rows straight into the table: the benchmark is of the UI, not of inserts."""
    store = create_database(path, demo=True)
    project_ids = [p.id for p in store.projects.all()]
    values = [
        (project_ids[i % len(project_ids)], f"마일스톤 {i:06d}", "permit", f"{2020 + i % 10}-H{1 + i % 2}",
         f"{2021 + i % 10}-{1 + i % 12:02d}" if i % 3 else None, "planned", i % 101, STAMP, STAMP)
        for i in range(rows)
    ]
    with transaction(store.db):
        store.db.conn.executemany(
            "INSERT INTO milestones (project_id, title, kind, baseline, forecast, status, progress,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", values)
    store.close()


def _timed(label: str, action: Callable[[], object]) -> object:
    start = time.perf_counter()
    result = action()
    print(f"{label:<32} {time.perf_counter() - start:8.3f} s")
    return result


def main(rows: int) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    from dctracker.store import open_store

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        _timed(f"fill {rows:,} rows", lambda: _fill(path, rows))
        store = open_store(path)
        records = _timed("queries.milestones", lambda: queries.milestones(store, RecordFilter()))
        model = MilestoneTableModel("ko")
        model.set_project_names({p.id: p.name for p in store.projects.all()})
        view = RecordView("milestones", "milestoneTable", model)
        view.resize(1200, 800)
        _timed("set_records (+ column sizing)", lambda: view.set_records(records))  # type: ignore[arg-type]
        view.show()
        _timed("first paint", app.processEvents)
        slip = next(c for c in range(model.columnCount()) if model.column_header(c) == "Slippage")
        _timed("sort by slippage", lambda: view.sortByColumn(slip, Qt.SortOrder.DescendingOrder))
        _timed("paint after sort", app.processEvents)
        last = records[-1].id  # type: ignore[index]
        _timed("select by id", lambda: view.select_id(last))
        store.close()
        window = _timed("open the main window", lambda: MainWindow(open_store(path), "ko"))
        _timed("region filter click (전남)", lambda: window.set_filter(RecordFilter(Region.JEONNAM)))  # type: ignore[attr-defined]
        _timed("back to all", lambda: window.set_filter(RecordFilter()))  # type: ignore[attr-defined]
        window.close()  # type: ignore[attr-defined]


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
