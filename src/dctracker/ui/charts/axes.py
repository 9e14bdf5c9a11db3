"""The timeline's axes: dates on top, lane labels (indented by level) on the left."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from dctracker.domain.timeline import Lane, LaneKind
from dctracker.domain.timeline_axis import axis_ticks



class DateAxis(pg.AxisItem):
    """Years, halves, quarters or months as the zoom allows, in `lang`."""

    def __init__(self, lang: str, **kwargs: object) -> None:
        super().__init__("top", **kwargs)
        self.lang = lang
        self._labels: dict[float, str] = {}

    def tickValues(self, minVal: float, maxVal: float, size: float):  # noqa: N802, N803
        ticks = axis_ticks(minVal, maxVal, size, self.lang)
        self._labels = {t.x: t.label for t in ticks}
        return [(1.0, [t.x for t in ticks])]

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        return [self._labels.get(v, "") for v in values]


def lane_text(lane: Lane) -> str:
    if lane.kind is LaneKind.PROJECT:
        return lane.label
    return ("▸ " if lane.collapsed else "▾ ") + lane.label


class LaneAxis(pg.AxisItem):
    """One label per lane, left-aligned and indented by level, group headers
    in bold; pyqtgraph only decides which lanes are in view."""

    INDENT = 14

    def __init__(self, **kwargs: object) -> None:
        super().__init__("left", **kwargs)
        self._depth: dict[str, tuple[int, bool]] = {}
        self.setWidth(300)
        self.setStyle(tickLength=0)

    def set_lanes(self, lanes: list[Lane]) -> None:
        self._depth = {lane_text(ln): (ln.depth, ln.kind is not LaneKind.PROJECT) for ln in lanes}
        self.setTicks([[(float(ln.row), lane_text(ln)) for ln in lanes]])

    def drawPicture(self, p, axisSpec, tickSpecs, textSpecs):  # noqa: N802 (pyqtgraph hook)
        p.setRenderHint(p.RenderHint.TextAntialiasing, True)
        p.setPen(self.textPen())
        width = self.boundingRect().width()
        base = QFont(p.font())
        for rect, _flags, text in textSpecs:
            depth, header = self._depth.get(text, (0, False))
            font = QFont(base)
            font.setBold(header)
            p.setFont(font)
            left = 8 + depth * self.INDENT
            shown = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width - left - 8)
            p.drawText(QRectF(left, rect.top(), width - left - 8, rect.height()),
                       int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)
