"""A milestone table of 100,000 rows on screen: store list, model and view together.

Uses RecordTableModel with the columns a milestone table shows, so it
measures the path the window takes: queries.milestones (RecordRows) handed
to the model as it is, a QTableView painted offscreen. The baseline fetches
the same rows with plain sqlite3.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from benchmarks.harness import Result, paired_medians
from dctracker.domain.filters import RecordFilter
from dctracker.domain.records import Milestone
from dctracker.store import open_store, queries
from dctracker.store.codec import columns

CURRENT = ("actual", "forecast", "baseline")


def run(db_path: Path, repeat: int) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTableView  # noqa: PLC0415 (Qt only for this case)

    from dctracker.ui.models.record_table import Column, RecordTableModel  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    table_columns = [
        Column("Milestone", lambda m, lang: m.title),
        Column("Kind", lambda m, lang: m.kind.label(lang)),
        Column("Baseline", lambda m, lang: m.baseline.to_text(lang) if m.baseline else ""),
        Column("Current", lambda m, lang: m.current.to_text(lang) if m.current else ""),
        Column("Status", lambda m, lang: m.status.label(lang)),
        Column("Progress", lambda m, lang: f"{m.progress}%", numeric=True),
    ]
    store = open_store(db_path)
    raw = sqlite3.connect(db_path)
    model = RecordTableModel(table_columns, "MilestoneTable", "ko")
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 800)
    view.show()

    def show(records: object) -> None:
        model.set_records(records)  # type: ignore[arg-type]
        view.viewport().repaint()  # paints the visible rows now, building only those
        app.processEvents()

    sql = f"SELECT {', '.join(columns(Milestone))} FROM milestones ORDER BY id"
    try:
        ours, base = paired_medians(
            lambda: show(queries.milestones(store, RecordFilter())),
            lambda: raw.execute(sql).fetchall(), repeat,
        )
        rows = queries.milestones(store, RecordFilter())
        model.set_records(rows)
        sort_ours, sort_base = paired_medians(
            lambda: show(rows.sorted_by_columns(*CURRENT, reverse=True)),
            lambda: raw.execute(sql.replace("ORDER BY id", "ORDER BY coalesce(actual, forecast,"
                                            " baseline) DESC")).fetchall(), repeat,
        )
    finally:
        view.close()
        raw.close()
        store.close()
    return [
        Result("milestone table painted (model + view)", ours, base, max_ratio=2.0,
               note="RecordTableModel over RecordRows, QTableView offscreen; baseline: sqlite3 fetch"),
        Result("milestone table re-sorted by date", sort_ours, sort_base, max_ratio=3.0,
               note="RecordRows.sorted_by_columns + repaint; baseline: SQL ORDER BY"),
    ]
