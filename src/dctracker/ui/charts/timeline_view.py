"""The interactive timeline (pyqtgraph): zoom the time axis with the wheel,
drag to pan, hover for details, click to select a record."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsItem, QToolTip, QVBoxLayout, QWidget

from dctracker.domain import clock
from dctracker.domain.timeline import Lane, LaneKind, TimelineLayout, x_of
from dctracker.domain.timeline_labels import Wanted, labelled, place_labels
from dctracker.render.timeline import palette
from dctracker.ui.charts.axes import DateAxis, LaneAxis
from dctracker.ui.charts.items import BLOCK, ItemBlocks, cosmetic_pen, path_item, rects_path
from dctracker.ui.charts.tooltip import tooltip_text

log = logging.getLogger(__name__)
LANE_PX = 28  # lane height when the chart opens
HOVER_PX = 7  # how close the pointer must be to a point mark
# Zooming out further would squeeze lanes below ~6 px, where nothing can be
# read or clicked; scroll (shift+wheel, drag) to see more lanes instead.
MAX_LANES_SHOWN = 150


PRESET_BACK_MONTHS = 2


def preset_range(today: date, years: int) -> tuple[float, float]:
    """The x range of a "1년"/"3년" preset around `today`."""
    months = today.year * 12 + today.month - 1 - PRESET_BACK_MONTHS
    start = x_of(date(months // 12, months % 12 + 1, 1))
    return start, start + 365.25 * years


class TimeViewBox(pg.ViewBox):
    """The wheel zooms dates only; lanes keep their height and scroll."""

    def wheelEvent(self, ev, axis=None):
        if ev.modifiers() & Qt.KeyboardModifier.ShiftModifier:  # shift+wheel scrolls lanes
            dy = -ev.delta() / 120 * 3
            self.translateBy(y=dy)
            ev.accept()
            return
        super().wheelEvent(ev, axis=0)


class TimelineView(QWidget):
    """Draws a TimelineLayout; knows nothing of the store or the window."""

    activated = Signal(str, int)  # kind, id: the user clicked a record
    collapseToggled = Signal(str)  # lane key of a clicked group header

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.layout_data = TimelineLayout()
        self.blocks = ItemBlocks(self.layout_data)
        # Blocks of lanes out of view are made after the first screen is
        # shown, one per turn of the event loop, so the chart stays responsive.
        self._filler = QTimer(self)
        self._filler.setInterval(0)
        self._filler.timeout.connect(self._make_next_block)
        self.box = TimeViewBox()
        self.lane_axis = LaneAxis()
        self.plot = pg.PlotWidget(viewBox=self.box, axisItems={"top": DateAxis(lang), "left": self.lane_axis})
        self.plot.setObjectName("timelinePlot")
        self.plot.setBackground("w")
        self.plot.hideAxis("bottom")
        self.plot.showAxis("top")
        self.plot.getAxis("top").setGrid(255)  # opaque light lines: no blending
        for name in ("top", "left"):
            self.plot.getAxis(name).setTextPen(palette.TEXT)
            self.plot.getAxis(name).setPen(palette.GRID)
        self.box.invertY(True)
        self.box.setMenuEnabled(False)
        # Ranges are always set explicitly (fit_all, lane height): autorange
        # would measure every item's bounds on each change, 0.1 s at province size.
        self.box.disableAutoRange()
        self.today_line = self._vline(palette.TODAY, self.tr("Today"))
        self.as_of_line = self._vline(palette.AS_OF, self.tr("As of"))
        self.as_of_line.hide()
        self.highlight = path_item(rects_path([]), cosmetic_pen(palette.HIGHLIGHT, 3), z=40)
        self.box.addItem(self.highlight)
        self.set_today(clock.today())
        self.box.sigResized.connect(self._keep_lane_height)
        self.box.sigYRangeChanged.connect(self._show_rows)
        self.plot.scene().sigMouseMoved.connect(self._hover)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.labels_on = False  # milestone titles beside their marks (a toolbar toggle)
        self.label_items: list[pg.TextItem] = []
        self.box.sigRangeChanged.connect(self._relabel)
        box_layout = QVBoxLayout(self)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.plot)

    def _vline(self, color: str, label: str) -> pg.InfiniteLine:
        line = pg.InfiniteLine(
            angle=90,
            movable=False,
            pen=pg.mkPen(color, width=1.5, style=Qt.PenStyle.DashLine),
            label=label,
            labelOpts={"position": 0.02, "color": color},
        )
        line.setZValue(30)
        self.box.addItem(line, ignoreBounds=True)
        return line

    # What the tab calls

    def set_today(self, today: date) -> None:
        self.today_line.setValue(x_of(today))

    def set_as_of(self, as_of: date | None) -> None:
        self.as_of_line.setVisible(as_of is not None)
        if as_of is not None:
            self.as_of_line.setValue(x_of(as_of))

    @property
    def items(self) -> dict[str, list[QGraphicsItem]]:
        """Every item of the chart by what it shows (making any block not made yet)."""
        self._show(range(self.blocks.count))
        return self.blocks.by_kind()

    def set_layout(self, layout: TimelineLayout) -> None:
        first = not self.layout_data.lanes
        for block in self.blocks.made.values():
            for item in block.values():
                self.box.removeItem(item)
        self.layout_data = layout
        self.blocks = ItemBlocks(layout)
        self.lane_axis.set_lanes(layout.lanes)
        rows = max(len(layout.lanes), 1)
        self.box.setLimits(
            yMin=-1.0,
            yMax=rows + 0.5,
            minYRange=3,
            maxYRange=MAX_LANES_SHOWN,
            xMin=x_of(date(1990, 1, 1)),
            xMax=x_of(date(2100, 1, 1)),
            minXRange=20,
        )
        if first:
            self.fit_all()
        else:
            self._keep_lane_height()
        self.highlight.setPath(rects_path([]))
        self._show_rows()  # the range may not have changed
        self._relabel()
        self._filler.start()

    def show_labels(self, on: bool) -> None:
        self.labels_on = on
        self._relabel()

    def _relabel(self, *_args: object) -> None:
        """Label the milestones of the lanes in view, placed as the printed
        chart places them (no overlaps; shortened, the hover has the full title)."""
        for item in self.label_items:
            self.box.removeItem(item)
        self.label_items = []
        (x0, x1), (y0, y1) = self.box.viewRange()
        lanes = self.layout_data.lanes[max(0, int(y0)) : max(0, int(y1) + 1)]
        self._say_undated(lanes, x0)
        if not self.labels_on:
            return
        per_day = max(self.box.width(), 1.0) / max(x1 - x0, 1e-9)
        font = QFont()
        font.setPointSizeF(8)
        metrics = QFontMetricsF(font)
        for lane in lanes:
            if lane.project_id is None:
                continue
            marks = [m for m in self.layout_data.marks.on_row(lane.row) if labelled(m) and x0 <= m.x1 <= x1]
            titles = [self.layout_data.milestones[m.record_id].title for m in marks]
            wanted = [
                Wanted((m.x1 - x0) * per_day + (0 if m.is_span else 6), metrics.horizontalAdvance(t), 24)
                for m, t in zip(marks, titles)
            ]
            for box in place_labels(wanted, 0, self.box.width(), 1):
                text = metrics.elidedText(titles[box.index], Qt.TextElideMode.ElideRight, box.width)
                item = pg.TextItem(text, color=palette.TEXT, anchor=(0, 0.5))
                item.setFont(font)
                item.setPos(x0 + box.x0 / per_day, lane.row + 0.3)
                item.setZValue(35)
                self.box.addItem(item, ignoreBounds=True)
                self.label_items.append(item)

    def _say_undated(self, lanes: list[Lane], x0: float) -> None:
        """A project lane without any date says so instead of an empty band."""
        dated = {bar.row for bar in self.layout_data.bars}
        for lane in lanes:
            if lane.project_id is None or lane.row in dated or len(self.layout_data.marks.on_row(lane.row)):
                continue
            item = pg.TextItem(self.tr("No dates yet"), color=palette.GRID_TEXT, anchor=(0, 0.5))
            item.setPos(x0, lane.row)
            self.box.addItem(item, ignoreBounds=True)
            self.label_items.append(item)

    def _show_rows(self, *_args: object) -> None:
        """Make the blocks in view, and half a block around it, before they are painted."""
        _, (y0, y1) = self.box.viewRange()
        self._show(self.blocks.covering(y0 - BLOCK / 2, y1 + BLOCK / 2))

    def _show(self, blocks: Iterable[int]) -> None:
        for index in blocks:
            if index not in self.blocks.made:
                for item in self.blocks.block(index).values():
                    self.box.addItem(item)

    def _make_next_block(self) -> None:
        index = next((i for i in range(self.blocks.count) if i not in self.blocks.made), None)
        if index is None:
            self._filler.stop()
        else:
            self._show([index])

    def fit_all(self) -> None:
        extent = self.layout_data.x_extent()
        if extent is None:
            year = clock.today().year
            extent = (x_of(date(year, 1, 1)), x_of(date(year + 2, 1, 1)))
        pad = (extent[1] - extent[0]) * 0.03 + 15
        self.box.setXRange(extent[0] - pad, extent[1] + pad, padding=0)
        self._fit_rows()

    def show_years(self, years: int) -> None:
        """A preset of `years` (1 or 3) that starts PRESET_BACK_MONTHS before
        today's month: what is coming matters more than what is past."""
        self.box.setXRange(*preset_range(clock.today(), years), padding=0)

    def _fit_rows(self) -> None:
        self._keep_lane_height(top=-0.5)

    def _keep_lane_height(self, *_args: object, top: float | None = None) -> None:
        """Lanes stay LANE_PX tall: resizing shows more lanes, not taller ones."""
        if top is None:
            top = self.box.viewRange()[1][0]
        lanes = min(max(self.box.height() / LANE_PX, 3.0), MAX_LANES_SHOWN)
        self.box.setYRange(top, top + lanes, padding=0)

    def select(self, kind: str, record_id: int) -> bool:
        """Outline a record and scroll to its lane; False if it is not shown."""
        row = self.layout_data.row_of(kind, record_id)
        if row is None:
            self.highlight.setPath(rects_path([]))
            return False
        if kind == "projects":
            bar = next((b for b in self.layout_data.bars if b.project_id == record_id), None)
            x0, x1 = (bar.x0, bar.x1) if bar else self.box.viewRange()[0]
        else:
            mark = self.layout_data.mark_of(kind, record_id)
            assert mark is not None  # row_of found it
            x0, x1 = mark.x0 - 4, mark.x1 + 4
        self.highlight.setPath(rects_path([(x0, row - 0.42, x1, row + 0.42)]))
        (_, _), (y0, y1) = self.box.viewRange()
        if not y0 <= row <= y1:
            half = (y1 - y0) / 2
            self.box.setYRange(row - half, row + half, padding=0)
        return True

    # Pointer

    def record_at(self, scene_pos: QPointF) -> tuple[str, int] | None:
        if not self.box.sceneBoundingRect().contains(scene_pos):
            return None
        point = self.box.mapSceneToView(scene_pos)
        days_per_px = self.box.viewPixelSize()[0]
        return self.layout_data.hit(point.x(), round(point.y()), HOVER_PX * days_per_px)

    def _hover(self, scene_pos: QPointF) -> None:
        found = self.record_at(scene_pos)
        if found is None:
            QToolTip.hideText()
            return
        try:
            text = tooltip_text(self.layout_data, *found, self.lang)
        except KeyError:  # its record was deleted elsewhere since the chart was read
            log.info("no tooltip: %s #%s is no longer stored", *found)
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), text, self)

    def _clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        scene_pos = event.scenePos()
        found = self.record_at(scene_pos)
        if found is not None:
            self.activated.emit(*found)
            return
        row = round(self.box.mapSceneToView(scene_pos).y())
        lanes = self.layout_data.lanes
        if 0 <= row < len(lanes) and lanes[row].kind is not LaneKind.PROJECT:
            self.collapseToggled.emit(lanes[row].key)
