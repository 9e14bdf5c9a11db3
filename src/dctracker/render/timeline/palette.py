"""Colours shared by the on-screen chart and the printed export, chosen to
stay readable when printed in greyscale (fill vs outline, not hue alone)."""

from __future__ import annotations

from dctracker.domain.timeline import LaneKind, Style

BAR_BACK = "#dbe6f1"
BAR_EDGE = "#8ba9c6"
BAR_FILL = "#2f6ea5"
SLIP = "#c0392b"
TODAY = "#c0392b"
AS_OF = "#6c3483"
GRID = "#d0d5db"
TEXT = "#1d2733"
HIGHLIGHT = "#f1c40f"
TARGET = "#d35400"  # indicator targets (dashed)
OVERDUE = "#c0392b"  # a date passed without the milestone done
GRID_TEXT = "#7b8794"  # quiet notes on the chart ("일정 없음")

MARK = {
    Style.ACTUAL: "#1f3b5c",
    Style.FORECAST: "#d35400",
    Style.PLANNED: "#5d6d7e",
    Style.GHOST: "#a6acaf",
    Style.MOU: "#1e8449",
}
SOLID = {Style.ACTUAL, Style.MOU}  # the others are drawn hollow
SYMBOL = {Style.MOU: "star"}  # the others are diamonds
HEADER_BAND = {
    LaneKind.REGION: "#dde4ec",
    LaneKind.ZONE: "#e8edf2",
    LaneKind.SIGUNGU: "#f2f5f8",
}
