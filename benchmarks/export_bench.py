"""The timeline PDF of a whole province, in time and memory.

    uv run python -m benchmarks.export_bench

- time: what `dctracker export timeline --format pdf` does (load the layout of
  2,000 projects and 100,000 milestones, paint every A4 page) against a bare
  QPdfWriter writing the same number of pages with each lane's label and one
  dot per mark on them: the least any PDF of these marks costs.
- memory: Python's peak traced memory (tracemalloc, in a second run, as
  tracing slows the timed one) against the raw data size, the bytes SQLite
  holds for the columns the timeline reads. Qt's own buffers (the PDF
  painter's) are outside tracemalloc.
"""

from __future__ import annotations

import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

from benchmarks import datagen
from benchmarks.harness import Result

LAYOUT_COLUMNS = "id, project_id, baseline, forecast, actual, status, progress"


def run() -> list[dict]:
    from dctracker.render.headless import gui_application

    app = gui_application("ko")  # noqa: F841 (must live while Qt draws)
    db_path = datagen.ensure_database()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        ours = [_timed(lambda i=i: _our_pdf(db_path, out / f"ours{i}.pdf")) for i in range(3)]
        pages = _page_count(out / "ours0.pdf")
        base = [_timed(lambda i=i: _bare_pdf(db_path, out / f"bare{i}.pdf", pages)) for i in range(3)]
        tracemalloc.start()
        _our_pdf(db_path, out / "traced.pdf")
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    raw = _raw_bytes(db_path)
    return [
        Result(
            "timeline PDF, whole province",
            statistics.median(ours),
            statistics.median(base),
            note=f"{pages} A4 pages; baseline: QPdfWriter, the lane labels and one dot per mark",
        ).as_dict(),
        Result(
            "timeline PDF, peak traced memory",
            peak / 2**20,
            raw / 2**20,
            unit="MB",
            note="tracemalloc peak; baseline: the raw size of the milestone columns drawn",
        ).as_dict(),
    ]


def _our_pdf(db_path: Path, out: Path) -> None:
    from dctracker.domain.filters import RecordFilter
    from dctracker.render.timeline.export import default_spec, export
    from dctracker.services.timeline import load_layout
    from dctracker.store import open_store

    store = open_store(db_path)
    try:
        layout = load_layout(store, RecordFilter(), lang="ko")
    finally:
        store.close()
    export(layout, default_spec(RecordFilter(), "ko"), out, "pdf", page="A4")


def _bare_pdf(db_path: Path, out: Path, pages: int) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    from dctracker.domain.filters import RecordFilter
    from dctracker.services.timeline import load_layout
    from dctracker.store import open_store

    store = open_store(db_path)
    try:
        layout = load_layout(store, RecordFilter(), lang="ko")
    finally:
        store.close()
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    width, height = writer.width(), writer.height()
    x0, x1 = layout.x_extent() or (0.0, 1.0)
    per_page = max(1, -(-len(layout.lanes) // pages))
    marks_by_row: dict[int, list[float]] = {}
    for mark in layout.marks:
        marks_by_row.setdefault(mark.row, []).append(mark.x0)
    for page in range(pages):
        if page:
            writer.newPage()
        lanes = layout.lanes[page * per_page : (page + 1) * per_page]
        step = height / max(1, len(lanes))
        for i, lane in enumerate(lanes):
            y = (i + 0.5) * step
            painter.drawText(QPointF(0, y), lane.label)
            for x in marks_by_row.get(lane.row, ()):
                painter.drawPoint(QPointF(width * (x - x0) / (x1 - x0 or 1.0), y))
    painter.end()


def _page_count(pdf: Path) -> int:
    data = pdf.read_bytes()
    return data.count(b"/Type /Page") - data.count(b"/Type /Pages")


def _raw_bytes(db_path: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        lengths = " + ".join(f"coalesce(length({c}), 0)" for c in LAYOUT_COLUMNS.split(", "))
        milestones = conn.execute(f"SELECT sum({lengths}) FROM milestones").fetchone()[0]
        projects = conn.execute("SELECT sum(length(name) + length(region) + length(sigungu)) FROM projects")
        return int(milestones) + int(projects.fetchone()[0])
    finally:
        conn.close()


def _timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


if __name__ == "__main__":
    for result in run():
        print(result)
