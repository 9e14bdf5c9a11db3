"""The timeline's axes: dates on top, lane labels (indented by level) on the left."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from dctracker.domain.timeline.shapes import Lane, LaneKind
from dctracker.domain.timeline.ticks import axis_ticks


class DateAxis(pg.AxisItem):
    """Years, halves, quarters or months as the zoom allows, in `lang`."""

    def __init__(self, lang: str, orientation: str = "top", **kwargs: object) -> None:
        super().__init__(orientation, **kwargs)
        self.lang = lang
        self._labels: dict[float, str] = {}

    def tickValues(self, minVal: float, maxVal: float, size: float):
        ticks = axis_ticks(minVal, maxVal, size, self.lang)
        self._labels = {t.x: t.label for t in ticks}
        return [(1.0, [t.x for t in ticks])]

    def tickStrings(self, values, scale, spacing):
        return [self._labels.get(v, "") for v in values]


def lane_text(lane: Lane) -> str:
    if lane.kind is LaneKind.PROJECT:
        return lane.label
    return ("▸ " if lane.collapsed else "▾ ") + lane.label


class LabelAxis(pg.AxisItem):
    """A left axis of text rows: left-aligned, indented by level, headers in
    bold, long names cut with "…" (pyqtgraph would drop them instead)."""

    INDENT = 14

    def __init__(self, width: int = 300, **kwargs: object) -> None:
        super().__init__("left", **kwargs)
        self._style: dict[str, tuple[int, bool]] = {}
        self.setWidth(width)
        self.setStyle(tickLength=0)

    def set_rows(self, rows: list[tuple[float, str, int, bool]]) -> None:
        """(y, text, depth, bold) per row."""
        ticks = []
        for y, text, depth, bold in rows:
            # cut here already: pyqtgraph drops a label wider than the axis
            shown = self._elide(text, depth, bold, QFont())
            self._style[shown] = (depth, bold)
            ticks.append((y, shown))
        self.setTicks([ticks])

    def _elide(self, text: str, depth: int, bold: bool, font: QFont) -> str:
        font.setBold(bold)
        room = self.width() - 2 * 8 - depth * self.INDENT - 8
        return QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, room)

    def drawPicture(self, p, axisSpec, tickSpecs, textSpecs):
        p.setRenderHint(p.RenderHint.TextAntialiasing, True)
        p.setPen(self.textPen())
        width = self.boundingRect().width()
        base = QFont(p.font())
        for rect, _flags, text in textSpecs:
            depth, bold = self._style.get(text, (0, False))
            font = QFont(base)
            shown = self._elide(text, depth, bold, font)  # makes `font` bold for headers
            p.setFont(font)
            left = 8 + depth * self.INDENT
            p.drawText(
                QRectF(left, rect.top(), width - left, rect.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                shown,
            )


class LaneAxis(LabelAxis):
    """The timeline's lane labels."""

    def set_lanes(self, lanes: list[Lane]) -> None:
        self.set_rows(
            [(float(ln.row), lane_text(ln), ln.depth, ln.kind is not LaneKind.PROJECT) for ln in lanes]
        )
