"""The timeline's axes: dates on top, lane labels (indented by level) on the left."""

from __future__ import annotations

import pyqtgraph as pg

from dctracker.domain.timeline import Lane, LaneKind
from dctracker.domain.timeline_axis import axis_ticks

LABEL_CHARS = 26  # longer names are cut with "…"; the tooltip has the full name


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
    name = lane.label if len(lane.label) <= LABEL_CHARS else lane.label[: LABEL_CHARS - 1] + "…"
    if lane.kind is LaneKind.PROJECT:
        return "   " * lane.depth + name
    return "   " * lane.depth + ("▸ " if lane.collapsed else "▾ ") + name


class LaneAxis(pg.AxisItem):
    """One label per lane; shown only where lanes are tall enough to read."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__("left", **kwargs)
        self._lanes: list[Lane] = []
        self.setWidth(300)
        self.setStyle(tickLength=0)

    def set_lanes(self, lanes: list[Lane]) -> None:
        self._lanes = lanes
        self.setTicks([[(float(ln.row), lane_text(ln)) for ln in lanes]])
