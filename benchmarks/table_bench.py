"""The milestone table and the window at 100,000 milestones, as a user meets them.

Uses the window's own milestone table (MilestoneTableModel in a RecordView):
queries.milestones (RecordRows) handed to the model as it is, painted
offscreen; a click on a column header (the model sorts itself); and a click
on a region in the main window, which reloads every tab; a progress update
shown in the window. Baselines fetch the same rows with plain sqlite3 (the
progress update: the same write without the window).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path
from unittest import mock

from benchmarks.harness import Result, paired_medians
from dctracker.domain.filters import RecordFilter
from dctracker.domain.records import Milestone
from dctracker.domain.regions import Region
from dctracker.store import open_store
from dctracker.store.reads import queries
from dctracker.store.records.codec import columns


def run(db_path: Path, repeat: int) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt  # Qt only for this case
    from PySide6.QtWidgets import QApplication

    from dctracker.ui.models.milestone_model import MilestoneTableModel
    from dctracker.ui.widgets.record_view import RecordView

    app = QApplication.instance() or QApplication([])
    store = open_store(db_path)
    raw = sqlite3.connect(db_path)
    model = MilestoneTableModel("ko")
    model.set_project_names({p.id: p.name for p in store.projects.all()})
    view = RecordView("milestones", "milestoneTable", model)
    view.resize(1200, 800)
    view.show()

    def paint() -> None:
        view.viewport().repaint()  # paints the visible rows now, building only those
        app.processEvents()

    def show() -> None:
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # stored order
        view.set_records(queries.milestones(store, RecordFilter()))
        paint()

    def sort_by(header: str) -> None:
        show()
        view.sortByColumn(model.column_of(header), Qt.SortOrder.DescendingOrder)
        paint()

    sql = f"SELECT {', '.join(columns(Milestone))} FROM milestones ORDER BY id"
    by_date = sql.replace("ORDER BY id", "ORDER BY coalesce(actual, forecast, baseline) DESC")
    try:
        ours, base = paired_medians(show, lambda: raw.execute(sql).fetchall(), repeat)
        slip_ours, slip_base = paired_medians(
            lambda: sort_by("Slippage"), lambda: raw.execute(by_date).fetchall(), repeat
        )
        date_ours, date_base = paired_medians(
            lambda: sort_by("Baseline"), lambda: raw.execute(by_date).fetchall(), repeat
        )
    finally:
        view.close()
        store.close()
    clicks = _filter_clicks(app, db_path, raw, repeat)
    raw.close()
    return [
        Result(
            "milestone table painted (model + view)",
            ours,
            base,
            max_ratio=2.0,
            note="MilestoneTableModel over RecordRows in a RecordView; baseline: sqlite3 fetch",
        ),
        Result(
            "  + header click: sort by slippage",
            slip_ours,
            slip_base,
            note="load, sort on the stored dates and repaint; baseline: SQL ORDER BY date",
        ),
        Result(
            "  + header click: sort by baseline",
            date_ours,
            date_base,
            max_ratio=3.0,
            note="load, sort and repaint; baseline: SQL ORDER BY date",
        ),
        *clicks,
    ]


def _filter_clicks(app, db_path: Path, raw: sqlite3.Connection, repeat: int) -> list[Result]:
    """A click on 전남 in the region tree and back, on the dashboard (the first
    tab) and on the milestone tab (hidden tabs wait until they are shown)."""
    from dctracker.ui.main_window import MainWindow

    # The window keeps its settings in the data folder: not the user's.
    with (
        tempfile.TemporaryDirectory() as data_dir,
        mock.patch.dict(os.environ, {"DCTRACKER_DATA_DIR": data_dir}),
    ):
        window = MainWindow(open_store(db_path), "ko")
        window.show()
        app.processEvents()
        try:
            on_dashboard = _timed_clicks(app, window, raw, repeat)
            window.tabs.setCurrentWidget(window.tables["milestones"])
            app.processEvents()
            on_table = _timed_clicks(app, window, raw, repeat)
        finally:
            window.store.close()
            window.close()
        progress = _progress_update(app, db_path, Path(data_dir), repeat)
    note = "baseline: the two milestone fetches with sqlite3"
    return [
        Result(
            "region click on the dashboard (전남, all)",
            *on_dashboard,
            note=f"tables and dashboard reload; {note}",
        ),
        Result(
            "region click on the milestone tab",
            *on_table,
            max_ratio=3.0,
            note=f"tables reload, hidden tabs wait; {note}",
        ),
        Result(
            "progress update on the milestone tab",
            *progress,
            max_ours=0.1,  # no stall a user sees; 1.2 s before change sets (2026-12-04)
            note="진행 현황 입력 shown (its row, the form, painted); baseline: the write alone",
        ),
    ]


def _progress_update(app, db_path: Path, folder: Path, repeat: int) -> tuple[float, float]:
    """진행 현황 입력 on a milestone through the window's editor (the table
    updates its row, issue 14 §2), against the same write through the service
    alone, which nothing shows. On a copy: the cached province stays as made."""
    from dctracker.domain.records import MilestoneUpdate
    from dctracker.services.edits import Edits
    from dctracker.ui.main_window import MainWindow

    copy = folder / "progress.db"
    shutil.copyfile(db_path, copy)
    window = MainWindow(open_store(copy), "ko")
    window.show()
    window.tabs.setCurrentWidget(window.tables["milestones"])
    view = window.table_ready("milestones")
    view.selectRow(0)
    app.processEvents()
    milestone_id = view.current_record().id
    edits = Edits(window.store)
    steps = iter(range(10**6))

    def update() -> MilestoneUpdate:
        return MilestoneUpdate(milestone_id=milestone_id, progress=next(steps) % 100, comment="benchmark")

    def through_window() -> None:
        window.editor.record_update(window.store.milestones.get(milestone_id), update())
        app.processEvents()

    def write_alone() -> None:
        edits.record_progress(window.store.milestones.get(milestone_id), update())

    try:
        return paired_medians(through_window, write_alone, repeat)
    finally:
        window.store.close()
        window.close()


def _timed_clicks(app, window, raw: sqlite3.Connection, repeat: int) -> tuple[float, float]:
    sql = "SELECT * FROM milestones WHERE project_id IN (SELECT id FROM projects WHERE region = ?)"

    def click() -> None:
        window.set_filter(RecordFilter(Region.JEONNAM))
        app.processEvents()
        window.set_filter(RecordFilter())
        app.processEvents()

    def fetch() -> None:
        raw.execute(sql, (Region.JEONNAM.value,)).fetchall()
        raw.execute("SELECT * FROM milestones").fetchall()

    return paired_medians(click, fetch, max(1, repeat // 2))
