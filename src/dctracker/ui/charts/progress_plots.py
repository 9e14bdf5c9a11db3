"""The progress plots (pyqtgraph): MOU pledged vs realized, milestone trend
analysis, indicator target vs actual. Each takes prepared figures from
domain/progress.py and only draws."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal

from dctracker.domain.dates import PartialDate, Precision
from dctracker.domain.progress import IndicatorSeries, LedgerBar, TrendPoint
from dctracker.domain.timeline import anchor, interval, x_of
from dctracker.render.timeline import palette
from dctracker.ui.charts.axes import DateAxis, LabelAxis

PLEDGED, REALIZED = "#b9cde2", palette.BAR_FILL
SERIES_COLORS = ("#1f3b5c", "#d35400", "#1e8449", "#6c3483", "#b7950b", "#c0392b", "#5d6d7e")


def _plot(parent, **axes) -> pg.PlotWidget:
    plot = pg.PlotWidget(parent, axisItems=axes or None)
    plot.setBackground("w")
    plot.setMenuEnabled(False)
    for name in ("left", "bottom", "top"):
        plot.getAxis(name).setTextPen(palette.TEXT)
        plot.getAxis(name).setPen(palette.GRID)
    plot.showGrid(x=True, y=True, alpha=0.25)
    return plot


class LedgerPlot(pg.PlotWidget):
    """Horizontal bar pairs (pledged, realized) per MOU and per region total."""

    activated = Signal(str, int)

    def __init__(self, parent=None) -> None:
        # The title and the unit are a word-wrapped label above the plot (the
        # tab's): drawn by pyqtgraph they were cut off when longer than the plot.
        self.labels = LabelAxis(width=220)
        super().__init__(parent, axisItems={"left": self.labels})
        self.setBackground("w")
        self.setMenuEnabled(False)
        self.getAxis("left").setTextPen(palette.TEXT)
        self.getAxis("bottom").setTextPen(palette.TEXT)
        self.showGrid(x=True, alpha=0.25)
        self.getViewBox().invertY(True)
        self.getViewBox().setMouseEnabled(x=False, y=False)
        # Below the plot, in the layout, not floating over it: a long MOU's
        # bars reach the right edge, where a corner legend hid them.
        self.legend = pg.LegendItem(colCount=2)
        self.getPlotItem().layout.addItem(self.legend, 4, 1)
        self.bars: list[LedgerBar] = []
        self.items: dict[str, pg.BarGraphItem] = {}
        self.scene().sigMouseClicked.connect(self._clicked)

    def set_bars(
        self, bars: list[LedgerBar], pledged: list[float], realized: list[float], names: tuple[str, str]
    ) -> None:
        self.clear()
        self.legend.clear()
        self.bars = bars
        rows = np.arange(len(bars), dtype=float)
        self.items = {
            "pledged": pg.BarGraphItem(
                x0=0,
                y=rows - 0.18,
                height=0.34,
                width=pledged,
                brush=PLEDGED,
                pen=pg.mkPen(palette.BAR_EDGE),
                name=names[0],
            ),
            "realized": pg.BarGraphItem(
                x0=0,
                y=rows + 0.18,
                height=0.34,
                width=realized,
                brush=REALIZED,
                pen=pg.mkPen(REALIZED),
                name=names[1],
            ),
        }
        for item in self.items.values():
            self.addItem(item)
            self.legend.addItem(item, item.opts["name"])
        self.labels.set_rows([(float(i), b.label, 0, b.is_total) for i, b in enumerate(bars)])
        top = max([*pledged, *realized, 1.0])
        self.setXRange(0, top * 1.08, padding=0)
        self.setYRange(-0.6, max(len(bars), 1) - 0.4, padding=0)

    def _clicked(self, event) -> None:
        point = self.getViewBox().mapSceneToView(event.scenePos())
        row = round(point.y())
        if 0 <= row < len(self.bars) and (mou_id := self.bars[row].mou_id) is not None:
            self.activated.emit("mous", mou_id)


def trend_plot(parent, lang: str) -> pg.PlotWidget:
    plot = _plot(parent, bottom=DateAxis(lang, "bottom"), left=DateAxis(lang, "left"))
    plot.addLegend(offset=(10, 10))
    return plot


def draw_trends(
    plot: pg.PlotWidget, series: list[tuple[str, list[TrendPoint]]], diagonal_name: str
) -> list[pg.PlotDataItem]:
    """One line per milestone: x = reporting date, y = forecast (end of its
    interval). A line rising means the date keeps slipping; the diagonal is
    where the reporting date reaches the forecast."""
    plot.clear()
    items = []
    xs_all: list[float] = []
    for index, (name, points) in enumerate(series):
        if not points:
            continue
        xs = [x_of(p.reported) for p in points]
        ys = [anchor(p.forecast) for p in points]
        xs_all += xs + ys
        color = SERIES_COLORS[index % len(SERIES_COLORS)]
        items.append(
            plot.plot(
                xs,
                ys,
                pen=pg.mkPen(color, width=2),
                symbol="o",
                symbolSize=7,
                symbolBrush=color,
                symbolPen=color,
                name=name,
            )
        )
    if xs_all:
        lo, hi = min(xs_all) - 60, max(xs_all) + 60
        plot.plot(
            [lo, hi],
            [lo, hi],
            name=diagonal_name,
            pen=pg.mkPen("#a6acaf", width=1, style=Qt.PenStyle.DashLine),
        )
        plot.setXRange(lo, hi, padding=0)
        plot.setYRange(lo, hi, padding=0)
    return items


def _position(as_of: PartialDate) -> float:
    """A day where it is; a month, quarter, half or year in its middle, so
    a figure "as of 2022" sits on 2022, not at the turn to 2023."""
    if as_of.precision is Precision.DAY:
        return x_of(as_of.start())
    start, end = interval(as_of)
    return (start + end) / 2


def indicator_plot(parent, lang: str) -> pg.PlotWidget:
    plot = _plot(parent, bottom=DateAxis(lang, "bottom"))
    plot.addLegend(offset=(10, 10))
    return plot


def draw_indicator(
    plot: pg.PlotWidget, series: IndicatorSeries | None, names: tuple[str, str]
) -> dict[str, pg.PlotDataItem]:
    plot.clear()
    plot.setLabel("left", series.unit if series else "")
    if series is None:
        return {}
    xs = [_position(p[0]) for p in series.points]
    items = {}
    for key, column, name, style in (
        ("target", 1, names[0], Qt.PenStyle.DashLine),
        ("actual", 2, names[1], Qt.PenStyle.SolidLine),
    ):
        pts = [(x, p[column]) for x, p in zip(xs, series.points) if p[column] is not None]
        if pts:
            color = palette.TARGET if key == "target" else palette.BAR_FILL
            items[key] = plot.plot(
                [x for x, _ in pts],
                [y for _, y in pts],
                name=name,
                pen=pg.mkPen(color, width=2, style=style),
                symbol="o",
                symbolBrush=color,
                symbolPen=color,
                symbolSize=8,
            )
    values = [v for p in series.points for v in p[1:] if v is not None]
    plot.setYRange(min(0.0, *values), max(1.0, *values) * 1.15, padding=0)
    plot.setXRange(min(xs) - 400, max(xs) + 400, padding=0)  # a year either side
    return items
