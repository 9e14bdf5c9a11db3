"""Timeline panning speed with 2,000 projects and 100,000 milestones.

    uv run python -m benchmarks.timeline_bench [--projects N] [--milestones M]

Generates the data deterministically in a temporary database, draws the
timeline offscreen and times pan frames (translate + synchronous repaint)
against a baseline: one plain pyqtgraph ScatterPlotItem holding the same
points, at the same view ranges. Target: under 50 ms per frame.
`run()` returns rows {"case", "ours_s", "baseline_s", "ratio"} for the
benchmark suite.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from dctracker.domain.dates import PartialDate, Precision
from dctracker.domain.records import Milestone, MilestoneStatus, Project, ProjectStatus
from dctracker.domain.regions import SIGUNGU, Region

FRAMES = 40
TARGET_S = 0.050


def _pd(rng: random.Random, year: int) -> PartialDate:
    """A date at a random precision, as officials enter them."""
    precision = rng.choices(list(Precision), weights=(6, 2, 1, 1, 1))[0]
    month = {Precision.DAY: rng.randint(1, 12), Precision.MONTH: rng.randint(1, 12),
             Precision.QUARTER: rng.choice((1, 4, 7, 10)), Precision.HALF: rng.choice((1, 7)),
             Precision.YEAR: None}[precision]
    day = rng.randint(1, 28) if precision is Precision.DAY else None
    return PartialDate(year, precision, month, day)


def generate(path: Path, projects: int, milestones: int, seed: int = 20261126) -> None:
    """A database with `projects` projects spread over every 시군구 and
    `milestones` milestones (some done, some slipped) between 2020 and 2035."""
    from dctracker.bootstrap import create_database
    from dctracker.store.bulk import insert_many

    rng = random.Random(seed)
    places = [(region, s) for region in Region for s in SIGUNGU[region]]
    store = create_database(path, demo=False)
    rows = []
    for i in range(projects):
        region, sigungu = places[i % len(places)]
        start = rng.randint(2020, 2030)
        rows.append(Project(name=f"{sigungu} 데이터센터 {i + 1}호", region=region, sigungu=sigungu,
                            status=rng.choice(list(ProjectStatus)),
                            planned_start=_pd(rng, start),
                            planned_finish=_pd(rng, start + rng.randint(1, 5))))
    ids = insert_many(store.projects, rows, who="bench")
    per = max(milestones // max(projects, 1), 1)
    ms = []
    for n in range(milestones):
        pid = ids[min(n // per, len(ids) - 1)]
        base_year = rng.randint(2020, 2034)
        baseline = _pd(rng, base_year)
        forecast = _pd(rng, base_year + rng.choice((0, 0, 0, 1))) if rng.random() < 0.6 else None
        done = rng.random() < 0.3
        ms.append(Milestone(project_id=pid, title=f"마일스톤 {n + 1}", baseline=baseline,
                            forecast=forecast, actual=baseline if done else None,
                            status=MilestoneStatus.DONE if done else MilestoneStatus.PLANNED,
                            progress=100 if done else rng.randint(0, 90)))
    insert_many(store.milestones, ms, who="bench")
    store.close()


def _pan_seconds(plot, box, frames: int) -> float:
    """Mean seconds per frame: move the view as a drag does and let Qt run
    the one update (layout + paint) that follows, as the event loop would."""
    from PySide6.QtWidgets import QApplication

    (x0, x1), _ = box.viewRange()
    step = (x1 - x0) / 40
    QApplication.processEvents()
    start = time.perf_counter()
    for i in range(frames):
        box.translateBy(x=step if (i // 10) % 2 == 0 else -step)
        QApplication.processEvents()
    return (time.perf_counter() - start) / frames


def _baseline(layout, size):
    import numpy as np
    import pyqtgraph as pg

    plot = pg.PlotWidget()
    plot.setBackground("w")
    plot.resize(*size)
    points = pg.ScatterPlotItem(
        x=np.array([m.x0 for m in layout.marks], float),
        y=np.array([m.row for m in layout.marks], float), symbol="d", size=11,
        pen=pg.mkPen("#1f3b5c"), brush=pg.mkBrush("#ffffff"))
    plot.addItem(points)
    plot.getViewBox().invertY(True)
    plot.show()
    return plot


def run(projects: int = 2000, milestones: int = 100_000) -> list[dict]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from dctracker.domain.filters import RecordFilter
    from dctracker.store import open_store
    from dctracker.ui.charts.data import load_layout
    from dctracker.ui.charts.timeline_view import MAX_LANES_SHOWN, TimelineView

    app = QApplication.instance() or QApplication([])  # noqa: F841 (must outlive the widgets)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        generate(path, projects, milestones)
        store = open_store(path)
        started = time.perf_counter()
        layout = load_layout(store, RecordFilter())
        load_s = time.perf_counter() - started
        store.close()
    size = (1400, 900)
    view = TimelineView("ko")
    view.resize(*size)
    view.show()
    started = time.perf_counter()
    view.set_layout(layout)
    draw_s = time.perf_counter() - started
    base = _baseline(layout, size)
    rows = [{"case": f"timeline load ({projects} projects, {len(layout.marks)} marks)",
             "ours_s": load_s + draw_s, "baseline_s": None, "ratio": None}]
    cases = (("pan, 30 lanes shown", 30), (f"pan, {MAX_LANES_SHOWN} lanes (zoomed out)", MAX_LANES_SHOWN))
    for case, rows_shown in cases:
        (x0, x1), _ = view.box.viewRange()
        y1 = rows_shown - 0.5
        for box in (view.box, base.getViewBox()):
            box.setRange(xRange=(x0, x1), yRange=(-0.5, y1), padding=0)
        ours = _pan_seconds(view.plot, view.box, FRAMES)
        baseline = _pan_seconds(base, base.getViewBox(), FRAMES)
        rows.append({"case": case, "ours_s": ours, "baseline_s": baseline,
                     "ratio": ours / baseline if baseline else None})
    view.close()
    base.close()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--projects", type=int, default=2000)
    parser.add_argument("--milestones", type=int, default=100_000)
    args = parser.parse_args(argv)
    rows = run(args.projects, args.milestones)
    print(f"{'case':<48} {'ours ms':>9} {'baseline ms':>12} {'ratio':>7}")
    for row in rows:
        base = f"{row['baseline_s'] * 1000:12.1f}" if row["baseline_s"] is not None else " " * 12
        ratio = f"{row['ratio']:7.2f}" if row["ratio"] is not None else ""
        print(f"{row['case']:<48} {row['ours_s'] * 1000:9.1f} {base} {ratio}")
    slow = [r for r in rows[1:] if r["ours_s"] > TARGET_S]
    print("target < 50 ms per pan frame:", "met" if not slow else f"MISSED ({len(slow)} cases)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
