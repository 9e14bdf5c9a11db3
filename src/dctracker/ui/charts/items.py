"""The timeline's graphics items, one per kind of mark (drawn in batches).

Thousands of projects must pan smoothly, so there is never one item per
marker: every style is one ScatterPlotItem (points) or one path item (spans,
slip lines, bars), rebuilt when the data changes and only transformed while
panning.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from dctracker.domain.timeline import Bar, LaneKind, Mark, Style, TimelineLayout
from dctracker.ui.charts import palette

BAR_HALF = 0.22  # half the bar height, in lanes
SPAN_HALF = 0.3
POINT_SIZE = 11
FAR = 1e6  # header bands reach beyond any date (days)


def cosmetic_pen(color: str, width: float = 1.0, alpha: int = 255) -> QPen:
    c = QColor(color)
    c.setAlpha(alpha)
    pen = QPen(c, width)
    pen.setCosmetic(True)  # width in pixels whatever the zoom
    return pen


def _brush(color: str, alpha: int = 255) -> QBrush:
    c = QColor(color)
    c.setAlpha(alpha)
    return QBrush(c)


def path_item(path: QPainterPath, pen: QPen, brush: QBrush | None = None,
              z: float = 0) -> QGraphicsPathItem:
    item = QGraphicsPathItem(path)
    item.setPen(pen)
    item.setBrush(brush or QBrush())
    item.setZValue(z)
    return item


def rects_path(rects: Iterable[tuple[float, float, float, float]]) -> QPainterPath:
    path = QPainterPath()
    for x0, y0, x1, y1 in rects:
        path.addRect(QRectF(x0, y0, x1 - x0, y1 - y0))
    return path


def bracket_path(marks: Iterable[Mark]) -> QPainterPath:
    """⌜‾‾⌝ brackets over each span; an "until" span has no left edge."""
    path = QPainterPath()
    for m in marks:
        top, bottom = m.row - SPAN_HALF, m.row + SPAN_HALF
        if m.until:
            path.moveTo(m.x0, top)
        else:
            path.moveTo(m.x0, bottom)
            path.lineTo(m.x0, top)
        path.lineTo(m.x1, top)
        path.lineTo(m.x1, bottom)
    return path


def segments_path(segments: Iterable[tuple[float, float, float, float]]) -> QPainterPath:
    path = QPainterPath()
    for x0, y0, x1, y1 in segments:
        path.moveTo(x0, y0)
        path.lineTo(x1, y1)
    return path


def scatter(marks: list[Mark], style: Style) -> pg.ScatterPlotItem:
    color = palette.MARK[style]
    solid = style in palette.SOLID
    item = pg.ScatterPlotItem(
        x=np.fromiter((m.x0 for m in marks), float, len(marks)),
        y=np.fromiter((m.row for m in marks), float, len(marks)),
        symbol=palette.SYMBOL.get(style, "d"),
        size=POINT_SIZE + (3 if style is Style.MOU else 0),
        pen=pg.mkPen(color, width=1.6),
        brush=pg.mkBrush(color if solid else "#ffffff"),
        pxMode=True,
    )
    item.setZValue(20 if style is not Style.GHOST else 12)
    return item


def build_items(layout: TimelineLayout) -> dict[str, object]:
    """All items for `layout`, keyed by what they show (tests read them)."""
    items: dict[str, object] = {
        "bands": path_item(rects_path(
            (-FAR, ln.row - 0.5, FAR, ln.row + 0.5) for ln in layout.lanes
            if ln.kind is not LaneKind.PROJECT), cosmetic_pen("#ffffff", 0, 0),
            _brush(palette.HEADER_BAND[LaneKind.ZONE]), z=-10),
        "bars": path_item(rects_path(_bar_rect(b, 1.0) for b in layout.bars),
                          cosmetic_pen(palette.BAR_EDGE), _brush(palette.BAR_BACK), z=1),
        "progress": path_item(rects_path(_bar_rect(b, b.progress) for b in layout.bars
                                         if b.progress > 0),
                              cosmetic_pen(palette.BAR_FILL, 0, 0), _brush(palette.BAR_FILL, 200), z=2),
        "slips": path_item(segments_path((s.x0, s.row, s.x1, s.row) for s in layout.slips),
                           cosmetic_pen(palette.SLIP, 2), z=10),
    }
    for style in Style:
        points = [m for m in layout.marks if m.style is style and not m.is_span]
        spans = [m for m in layout.marks if m.style is style and m.is_span]
        items[f"points:{style}"] = scatter(points, style)
        color = palette.MARK[style]
        items[f"spans:{style}"] = path_item(
            rects_path((m.x0, m.row - SPAN_HALF, m.x1, m.row + SPAN_HALF) for m in spans),
            cosmetic_pen(color, 0, 0), _brush(color, 40 if style is not Style.GHOST else 25), z=5)
        items[f"brackets:{style}"] = path_item(
            bracket_path(spans), cosmetic_pen(color, 2 if style is not Style.GHOST else 1.2), z=6)
    return items


def _bar_rect(bar: Bar, fraction: float) -> tuple[float, float, float, float]:
    return (bar.x0, bar.row - BAR_HALF, bar.x0 + (bar.x1 - bar.x0) * fraction, bar.row + BAR_HALF)
