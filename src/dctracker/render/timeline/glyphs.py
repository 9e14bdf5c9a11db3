"""Drawing single marks with a QPainter, for print and export (the screen
chart batches them in pyqtgraph items instead; both use palette.py)."""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF

from dctracker.domain.timeline import Style
from dctracker.render.timeline import palette


def color(hex_color: str, alpha: int = 255) -> QColor:
    c = QColor(hex_color)
    c.setAlpha(alpha)
    return c


def diamond(painter: QPainter, center: QPointF, size: float, style: Style, overdue: bool = False) -> None:
    r = size / 2
    poly = QPolygonF(
        [center + QPointF(0, -r), center + QPointF(r, 0), center + QPointF(0, r), center + QPointF(-r, 0)]
    )
    _outline(painter, style, overdue)
    painter.drawPolygon(poly)


def star(painter: QPainter, center: QPointF, size: float, style: Style, overdue: bool = False) -> None:
    outer, inner = size / 2 + 1, size / 4 + 0.5
    points = [
        center + QPointF(math.cos(a) * rad, math.sin(a) * rad)
        for i in range(10)
        for a, rad in [(-math.pi / 2 + i * math.pi / 5, outer if i % 2 == 0 else inner)]
    ]
    _outline(painter, style, overdue)
    painter.drawPolygon(QPolygonF(points))


def point_mark(painter: QPainter, center: QPointF, size: float, style: Style, overdue: bool = False) -> None:
    (star if style is Style.MOU else diamond)(painter, center, size, style, overdue)
    if overdue:
        overdue_marker(painter, center, size)


def overdue_marker(painter: QPainter, center: QPointF, size: float) -> None:
    """A ring in the overdue colour around a mark: late reads at a glance,
    and in greyscale too (a shape, not only a hue)."""
    painter.setPen(QPen(color(palette.OVERDUE), 1.3))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(center, size * 0.85, size * 0.85)


def _outline(painter: QPainter, style: Style, overdue: bool = False) -> None:
    c = palette.OVERDUE if overdue else palette.MARK[style]
    painter.setPen(QPen(color(c), 1.2))
    painter.setBrush(QBrush(color(c) if style in palette.SOLID else QColor("white")))


def span_mark(
    painter: QPainter, x0: float, x1: float, cy: float, half: float, style: Style, until: bool
) -> None:
    """A soft band with a bracket over it; "until" leaves the left side open."""
    c = palette.MARK[style]
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(color(c, 25 if style is Style.GHOST else 45)))
    painter.drawRect(QRectF(x0, cy - half, x1 - x0, 2 * half))
    painter.setPen(QPen(color(c), 1.0 if style is Style.GHOST else 1.5))
    top, bottom = cy - half, cy + half
    if not until:
        painter.drawLine(QLineF(x0, bottom, x0, top))
    painter.drawLine(QLineF(x0, top, x1, top))
    painter.drawLine(QLineF(x1, top, x1, bottom))


def bar(painter: QPainter, rect: QRectF, progress: float) -> None:
    painter.setPen(QPen(color(palette.BAR_EDGE), 0.8))
    painter.setBrush(QBrush(color(palette.BAR_BACK)))
    painter.drawRect(rect)
    if progress > 0:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(color(palette.BAR_FILL, 210)))
        painter.drawRect(QRectF(rect.left(), rect.top(), rect.width() * progress, rect.height()))


def slip_line(painter: QPainter, x0: float, x1: float, cy: float) -> None:
    painter.setPen(QPen(color(palette.SLIP), 1.6))
    painter.drawLine(QLineF(x0, cy, x1, cy))


def vertical_line(painter: QPainter, x: float, top: float, bottom: float, hex_color: str) -> None:
    painter.setPen(QPen(color(hex_color), 1.0, Qt.PenStyle.DashLine))
    painter.drawLine(QLineF(x, top, x, bottom))
