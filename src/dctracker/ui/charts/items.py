"""The timeline's graphics items, one per kind of mark (drawn in batches).

Thousands of projects must pan smoothly, so there is never one item per
marker: every style is one ScatterPlotItem (points) or one path item (spans,
slip lines, bars), rebuilt when the data changes and only transformed while
panning.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from dctracker.domain.timeline import Bar, Lane, LaneKind, Mark, Slip, Style, TimelineLayout
from dctracker.ui.charts import palette

BAR_HALF = 0.22  # half the bar height, in lanes
SPAN_HALF = 0.3
POINT_SIZE = 11
FAR = 1e6  # header bands reach beyond any date (days)
BLOCK = 24  # lanes per batch: about one screenful


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


def path_item(path: QPainterPath, pen: QPen, brush: QBrush | None = None, z: float = 0) -> QGraphicsPathItem:
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


class PointBatch(pg.ScatterPlotItem):
    """A ScatterPlotItem with a fixed bounding rect.

    pyqtgraph recomputes a scatter's bounds (in Python) on every view change;
    with a hundred batches that alone took most of a pan frame. Ours pads
    the data bounds by half a lane and a year, wider than any symbol at any
    zoom the view allows, so the rect never needs to change.
    """

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)
        x, y = self.getData()
        if len(x):
            pad = (float(x.max()) - float(x.min())) * 0.1 + 365.0
            self._rect = QRectF(
                float(x.min()) - pad,
                float(y.min()) - 0.5,
                float(x.max()) - float(x.min()) + 2 * pad,
                float(y.max()) - float(y.min()) + 1.0,
            )
        else:
            self._rect = QRectF()

    def boundingRect(self) -> QRectF:
        return self._rect

    def viewTransformChanged(self) -> None:
        """The rect does not depend on the zoom: nothing to recompute."""


def scatter(marks: list[Mark], style: Style) -> pg.ScatterPlotItem:
    color = palette.MARK[style]
    solid = style in palette.SOLID
    item = PointBatch(
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


def build_items(layout: TimelineLayout) -> dict[str, list[QGraphicsItem]]:
    """All items for `layout`, keyed by what they show (tests read them).

    Each kind is cut into blocks of BLOCK lanes: Qt then skips the blocks
    outside the view, so a pan frame costs what is visible, not the total.
    """
    blocks: dict[int, tuple[list, list, list, list]] = defaultdict(lambda: ([], [], [], []))
    for group, things in enumerate((layout.lanes, layout.bars, layout.marks, layout.slips)):
        for thing in things:
            blocks[thing.row // BLOCK][group].append(thing)
    items: dict[str, list[QGraphicsItem]] = defaultdict(list)
    for block in sorted(blocks):
        for name, item in _block_items(*blocks[block]).items():
            items[name].append(item)
    return items


def _block_items(
    lanes: list[Lane], bars: list[Bar], marks: list[Mark], slips: list[Slip]
) -> dict[str, QGraphicsItem]:
    items: dict[str, QGraphicsItem] = {}
    headers = [ln for ln in lanes if ln.kind is not LaneKind.PROJECT]
    if headers:
        items["bands"] = path_item(
            rects_path((-FAR, ln.row - 0.5, FAR, ln.row + 0.5) for ln in headers),
            QPen(Qt.PenStyle.NoPen),
            _brush(palette.HEADER_BAND[LaneKind.ZONE]),
            z=-10,
        )
    if bars:
        items["bars"] = path_item(
            rects_path(_bar_rect(b, 1.0) for b in bars),
            cosmetic_pen(palette.BAR_EDGE),
            _brush(palette.BAR_BACK),
            z=1,
        )
        items["progress"] = path_item(
            rects_path(_bar_rect(b, b.progress) for b in bars if b.progress > 0),
            QPen(Qt.PenStyle.NoPen),
            _brush(palette.BAR_FILL, 200),
            z=2,
        )
    if slips:
        items["slips"] = path_item(
            segments_path((s.x0, s.row, s.x1, s.row) for s in slips), cosmetic_pen(palette.SLIP, 2), z=10
        )
    for style in Style:
        points = [m for m in marks if m.style is style and not m.is_span]
        spans = [m for m in marks if m.style is style and m.is_span]
        if points:
            items[f"points:{style}"] = scatter(points, style)
        if spans:
            color = palette.MARK[style]
            ghost = style is Style.GHOST
            items[f"spans:{style}"] = path_item(
                rects_path((m.x0, m.row - SPAN_HALF, m.x1, m.row + SPAN_HALF) for m in spans),
                QPen(Qt.PenStyle.NoPen),
                _brush(color, 25 if ghost else 40),
                z=5,
            )
            items[f"brackets:{style}"] = path_item(
                bracket_path(spans), cosmetic_pen(color, 1), z=6
            )  # hairline: fastest to stroke
    return items


def _bar_rect(bar: Bar, fraction: float) -> tuple[float, float, float, float]:
    return (bar.x0, bar.row - BAR_HALF, bar.x0 + (bar.x1 - bar.x0) * fraction, bar.row + BAR_HALF)
