"""The timeline's batched items draw what plain Qt/pyqtgraph items draw; they
only get there with less work."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QPainterPath
from pytestqt.qtbot import QtBot

from dctracker.domain.timeline.columns import Marks
from dctracker.ui.timeline.items import (
    PointBatch,
    boxes_path,
    bracket_path,
    rects_path,
    segments_path,
)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _elements(path: QPainterPath) -> list[tuple[int, float, float]]:
    return [
        (int(path.elementAt(i).type.value), path.elementAt(i).x, path.elementAt(i).y)
        for i in range(path.elementCount())
    ]


def test_boxes_are_the_rectangles_addrect_makes() -> None:
    rects = [(1.0, 2.0, 5.0, 2.5), (-3.0, 0.0, 40.0, 1.0)]
    x0, y0, x1, y1 = (np.array(c) for c in zip(*rects))
    assert _elements(boxes_path(x0, y0, x1, y1)) == _elements(rects_path(rects))


def test_segments_leave_out_those_of_no_length() -> None:
    path = segments_path(
        np.array([1.0, 4.0]), np.array([2.0, 3.0]), np.array([6.0, 4.0]), np.array([2.0, 3.0])
    )
    assert _elements(path) == [(0, 1.0, 2.0), (1, 6.0, 2.0)]


def test_brackets_of_until_spans_have_no_left_edge() -> None:
    marks = Marks(
        kind=[0, 0],
        record_id=[1, 2],
        row=[0, 1],
        x0=[10.0, 20.0],
        x1=[40.0, 50.0],
        style=[1, 1],
        is_span=[True, True],
        until=[False, True],
    )
    shapes = [
        [(round(p.x(), 3), round(p.y(), 3)) for p in poly] for poly in bracket_path(marks).toSubpathPolygons()
    ]
    assert shapes == [[(10, 0.3), (10, -0.3), (40, -0.3), (40, 0.3)], [(20, 0.7), (50, 0.7), (50, 1.3)]]


def _grab(qtbot: QtBot, item: pg.ScatterPlotItem):
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.setBackground("w")
    plot.resize(300, 200)
    plot.addItem(item)
    plot.setRange(xRange=(0, 100), yRange=(-1, 5), padding=0)
    plot.show()
    qtbot.waitExposed(plot)
    return plot.grab().toImage()


def test_point_batch_draws_what_a_plain_scatter_draws(qtbot: QtBot) -> None:
    x = np.array([10.0, 30.0, 30.0, 75.0])
    y = np.array([0.0, 1.0, 3.0, 2.0])
    style = {"symbol": "d", "size": 11, "pen": pg.mkPen("#d35400", width=1.6), "brush": pg.mkBrush("#ffffff")}
    batch = PointBatch(x=x, y=y, pxMode=True, **style)
    assert (batch.data["sourceRect"]["w"] > 0).all()  # every point found its symbol
    assert _grab(qtbot, batch) == _grab(qtbot, pg.ScatterPlotItem(x=x, y=y, pxMode=True, **style))


def test_lanes_out_of_view_are_drawn_in_the_background(qtbot: QtBot) -> None:
    from dctracker.domain.dates import PartialDate
    from dctracker.domain.records import Milestone, Project
    from dctracker.domain.regions import Region
    from dctracker.domain.timeline.layout import build_layout
    from dctracker.ui.timeline.view import TimelineView

    d = PartialDate.parse
    projects = [
        Project(id=i, name=f"사업 {i}", region=Region.JEONNAM, sigungu="나주시", planned_start=d("2025-01"))
        for i in range(1, 301)
    ]
    milestones = [
        Milestone(id=i, project_id=i, title="착공", forecast=d("2025-05-01")) for i in range(1, 301)
    ]
    view = TimelineView("ko")
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    view.set_layout(build_layout(projects, milestones, []))
    made = view.blocks.made
    _, (y0, y1) = view.box.viewRange()
    assert set(view.blocks.covering(y0, y1)) <= set(made)  # the first screen at once
    assert len(made) < view.blocks.count
    view.box.setYRange(280, 300, padding=0)
    assert set(view.blocks.covering(280, 300)) <= set(made)  # scrolled to: made before it is painted
    qtbot.waitUntil(lambda: len(made) == view.blocks.count)
    points = view.items["points:forecast"]
    rows = sorted(float(view.layout_data.row_of("milestones", i)) for i in range(1, 301))
    assert sorted(float(y) for item in points for y in item.getData()[1]) == rows
