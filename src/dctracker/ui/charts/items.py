"""The timeline's graphics items, one per kind of mark (drawn in batches).

Thousands of projects must pan smoothly, so there is never one item per
marker: every style is one ScatterPlotItem (points) or one path item (spans,
slip lines, bars) per block of lanes, rebuilt when the data changes and only
transformed while panning.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from dctracker.domain.timeline import Bar, Lane, LaneKind, Style, TimelineLayout
from dctracker.domain.timeline_columns import Marks, Slips
from dctracker.render.timeline import palette

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


def polyline_path(x: np.ndarray, y: np.ndarray, points: int) -> QPainterPath:
    """One path of many shapes of `points` corners each (x, y list them in
    turn); built from arrays in one call, not one Python call per corner."""
    if not len(x):
        return QPainterPath()
    connect = np.ones(len(x), np.int32)
    connect[points - 1 :: points] = 0  # the last corner of a shape does not lead on to the next
    path: QPainterPath = pg.arrayToQPath(
        np.asarray(x, float), np.asarray(y, float), connect=connect, finiteCheck=False
    )
    return path


def boxes_path(x0: np.ndarray, y0: np.ndarray, x1: np.ndarray, y1: np.ndarray) -> QPainterPath:
    """Rectangles, as QPainterPath.addRect draws them (closed, clockwise from the top left)."""
    x = np.stack([x0, x1, x1, x0, x0], axis=1).ravel()
    y = np.stack([y0, y0, y1, y1, y0], axis=1).ravel()
    return polyline_path(x, y, 5)


def bracket_path(marks: Marks) -> QPainterPath:
    """⌜‾‾⌝ brackets over each span; an "until" span has no left edge."""
    top, bottom = marks.row - SPAN_HALF, marks.row + SPAN_HALF
    closed, open_ = ~marks.until, marks.until
    path = polyline_path(
        np.stack([marks.x0, marks.x0, marks.x1, marks.x1], axis=1)[closed].ravel(),
        np.stack([bottom, top, top, bottom], axis=1)[closed].ravel(),
        4,
    )
    path.addPath(
        polyline_path(
            np.stack([marks.x0, marks.x1, marks.x1], axis=1)[open_].ravel(),
            np.stack([top, top, bottom], axis=1)[open_].ravel(),
            3,
        )
    )
    return path


def segments_path(x0: np.ndarray, y0: np.ndarray, x1: np.ndarray, y1: np.ndarray) -> QPainterPath:
    """Line segments; one of no length is left out (a pen's cap would draw it as a dot)."""
    keep = (x0 != x1) | (y0 != y1)
    x = np.stack([x0, x1], axis=1)[keep].ravel()
    return polyline_path(x, np.stack([y0, y1], axis=1)[keep].ravel(), 2)


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

    def updateSpots(self, dataSet: np.ndarray | None = None) -> None:
        """Every point of a batch has the batch's symbol: find it in the
        symbol atlas once. (pyqtgraph builds a style key per point, which
        was most of the set-up of a province's 100,000 points.)"""
        data = self.data if dataSet is None else dataSet
        blank = data["sourceRect"]["w"] == 0
        if blank.any():
            style = (self.opts["symbol"], self.opts["size"], self.opts["pen"], self.opts["brush"])
            (coords,) = self.fragmentAtlas[[style]]
            data["sourceRect"][blank] = coords
        self._updateMaxSpotSizes(data=data)
        self.invalidate()

    def viewTransformChanged(self) -> None:
        """The rect does not depend on the zoom: nothing to recompute."""


def scatter(marks: Marks, style: Style) -> pg.ScatterPlotItem:
    color = palette.MARK[style]
    solid = style in palette.SOLID
    item = PointBatch(
        x=marks.x0,
        y=marks.row.astype(float),
        symbol=palette.SYMBOL.get(style, "d"),
        size=POINT_SIZE + (3 if style is Style.MOU else 0),
        pen=pg.mkPen(color, width=1.6),
        brush=pg.mkBrush(color if solid else "#ffffff"),
        pxMode=True,
    )
    item.setZValue(20 if style is not Style.GHOST else 12)
    return item


@dataclass(frozen=True)
class _BarColumns:
    row: np.ndarray
    x0: np.ndarray
    x1: np.ndarray
    progress: np.ndarray

    @classmethod
    def of(cls, bars: list[Bar]) -> _BarColumns:
        return cls(
            *(np.array([getattr(b, name) for b in bars], float) for name in ("row", "x0", "x1", "progress"))
        )

    def take(self, index: slice | np.ndarray) -> _BarColumns:
        return _BarColumns(self.row[index], self.x0[index], self.x1[index], self.progress[index])


class ItemBlocks:
    """The items of a layout, made a block of BLOCK lanes at a time.

    Qt skips the blocks outside the view, so a pan frame costs what is
    visible, not the total; and a block is made only when it is first
    needed, so a province's chart opens at the cost of its first screen.
    """

    def __init__(self, layout: TimelineLayout) -> None:
        self.layout = layout
        self.count = -(-len(layout.lanes) // BLOCK)
        self.made: dict[int, dict[str, QGraphicsItem]] = {}
        self._bars = _BarColumns.of(layout.bars)  # in lane order, as marks and slips are

    def covering(self, first_row: float, last_row: float) -> range:
        """The blocks holding rows first_row..last_row."""
        return range(max(int(first_row // BLOCK), 0), min(int(last_row // BLOCK) + 1, self.count))

    def block(self, index: int) -> dict[str, QGraphicsItem]:
        """Block `index`'s items by kind, made on the first call."""
        if index not in self.made:
            first, last = index * BLOCK, (index + 1) * BLOCK
            layout = self.layout
            self.made[index] = _block_items(
                layout.lanes[first:last],
                self._bars.take(slice(*np.searchsorted(self._bars.row, [first, last]))),
                layout.marks.take(layout.marks.rows_between(first, last)),
                layout.slips.take(layout.slips.rows_between(first, last)),
            )
        return self.made[index]

    def by_kind(self) -> dict[str, list[QGraphicsItem]]:
        """Every block's items (making those not made yet), keyed by what they show."""
        items: dict[str, list[QGraphicsItem]] = defaultdict(list)
        for index in range(self.count):
            for name, item in self.block(index).items():
                items[name].append(item)
        return items


def _block_items(
    lanes: list[Lane], bars: _BarColumns, marks: Marks, slips: Slips
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
    if len(bars.row):
        items["bars"] = path_item(
            _bar_path(bars, 1.0), cosmetic_pen(palette.BAR_EDGE), _brush(palette.BAR_BACK), z=1
        )
        filled = bars.take(bars.progress > 0)
        items["progress"] = path_item(
            _bar_path(filled, filled.progress), QPen(Qt.PenStyle.NoPen), _brush(palette.BAR_FILL, 200), z=2
        )
    if len(slips):
        items["slips"] = path_item(
            segments_path(slips.x0, slips.row, slips.x1, slips.row), cosmetic_pen(palette.SLIP, 2), z=10
        )
    for style in Style:
        points = marks.of_style(style, span=False)
        spans = marks.of_style(style, span=True)
        if len(points):
            items[f"points:{style}"] = scatter(points, style)
        if len(spans):
            color = palette.MARK[style]
            ghost = style is Style.GHOST
            items[f"spans:{style}"] = path_item(
                boxes_path(spans.x0, spans.row - SPAN_HALF, spans.x1, spans.row + SPAN_HALF),
                QPen(Qt.PenStyle.NoPen),
                _brush(color, 25 if ghost else 40),
                z=5,
            )
            items[f"brackets:{style}"] = path_item(
                bracket_path(spans), cosmetic_pen(color, 1), z=6
            )  # hairline: fastest to stroke
    return items


def _bar_path(bars: _BarColumns, fraction: float | np.ndarray) -> QPainterPath:
    return boxes_path(
        bars.x0, bars.row - BAR_HALF, bars.x0 + (bars.x1 - bars.x0) * fraction, bars.row + BAR_HALF
    )
