"""The timeline as printed: title, scope, legend, a two-row date axis,
swimlanes, and a "기준일" footer, paged by swimlane.

Everything is drawn in points (1/72 inch) with a QPainter, so the same code
writes vector PDF and SVG (text stays text: pdftotext reads the names),
PNG at any DPI, and the printer.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen

from dctracker.domain import clock
from dctracker.domain.timeline.layout import TimelineLayout
from dctracker.domain.timeline.shapes import Lane, LaneKind, Style, date_of, x_of
from dctracker.domain.timeline.ticks import sub_label, sub_step, year_ticks
from dctracker.ui.charts import glyphs, palette
from dctracker.ui.fonts import pdf_font_families
from dctracker.ui.i18n import QT_TRANSLATE_NOOP

MARGIN, ROW, AXIS, FOOTER = 28.0, 16.0, 30.0, 22.0
HEADER = 74.0  # title, scope line and legend


def tr(text: str) -> str:
    return QCoreApplication.translate("TimelineExport", text)


TEXTS = {
    "title": QT_TRANSLATE_NOOP("TimelineExport", "Gwangju·Jeonnam data-center and AI projects: timeline"),
    "as_of": QT_TRANSLATE_NOOP("TimelineExport", "As of {date}"),
    "page": QT_TRANSLATE_NOOP("TimelineExport", "Page {n} of {total}"),
    "today": QT_TRANSLATE_NOOP("TimelineExport", "Today"),
    "empty": QT_TRANSLATE_NOOP("TimelineExport", "No projects match the filter."),
}
LEGEND = [
    ("bar", QT_TRANSLATE_NOOP("TimelineExport", "Planned period / progress")),
    (Style.ACTUAL, QT_TRANSLATE_NOOP("TimelineExport", "Actual")),
    (Style.FORECAST, QT_TRANSLATE_NOOP("TimelineExport", "Forecast")),
    (Style.PLANNED, QT_TRANSLATE_NOOP("TimelineExport", "Plan")),
    (Style.GHOST, QT_TRANSLATE_NOOP("TimelineExport", "First plan (moved)")),
    ("slip", QT_TRANSLATE_NOOP("TimelineExport", "Slippage")),
    (Style.MOU, QT_TRANSLATE_NOOP("TimelineExport", "MOU signed")),
    ("span", QT_TRANSLATE_NOOP("TimelineExport", "Month/quarter/half/year date")),
]


def font(size: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setFamilies(pdf_font_families())
    f.setPixelSize(max(1, round(size)))  # pixels of the point-based canvas
    f.setBold(bold)
    return f


@dataclass
class PrintSpec:
    scope: str  # region / search the chart is filtered by
    as_of: date
    lang: str = "ko"
    x_range: tuple[float, float] | None = None
    today: date = field(default_factory=clock.today)
    title: str = ""


class TimelinePrint:
    """Lays the chart out on pages of `page` size (points) and paints them."""

    def __init__(self, layout: TimelineLayout, spec: PrintSpec, page: QSizeF) -> None:
        self.layout = layout
        self.spec = spec
        self.page = page
        self.label_w = min(page.width() * 0.3, 250.0)
        self.chart = QRectF(
            MARGIN + self.label_w,
            MARGIN + HEADER + AXIS,
            page.width() - 2 * MARGIN - self.label_w,
            page.height() - 2 * MARGIN - HEADER - AXIS - FOOTER,
        )
        extent = spec.x_range or layout.x_extent() or (x_of(spec.today) - 365, x_of(spec.today) + 365)
        pad = 0 if spec.x_range else (extent[1] - extent[0]) * 0.02 + 10
        self.x0, self.x1 = extent[0] - pad, extent[1] + pad
        self.pages = self._paginate()
        # Bars (one per project) by lane; a lane's marks and slip lines are
        # built when its page is painted: a province has 179,194 marks.
        self._bars: dict[int, list] = defaultdict(list)
        for bar in layout.bars:
            self._bars[bar.row].append(bar)

    @staticmethod
    def height_for(lanes: int) -> float:
        """Page height that fits `lanes` on one page (PNG/SVG are one tall page)."""
        return 2 * MARGIN + HEADER + AXIS + FOOTER + max(lanes, 1) * ROW

    def _paginate(self) -> list[list[Lane]]:
        per_page = max(int(self.chart.height() // ROW), 2)
        pages: list[list[Lane]] = []
        rest = list(self.layout.lanes)
        while rest:
            take = min(per_page, len(rest))
            # never end a page on a group header: its projects are on the next
            while take > 1 and take < len(rest) and rest[take - 1].kind is not LaneKind.PROJECT:
                take -= 1
            pages.append(rest[:take])
            rest = rest[take:]
        return pages or [[]]

    def sx(self, x: float) -> float:
        return self.chart.left() + (x - self.x0) / (self.x1 - self.x0) * self.chart.width()

    def paint(self, painter: QPainter, index: int) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        lanes = self.pages[index]
        self._header(painter)
        self._axis(painter, len(lanes))
        for offset, lane in enumerate(lanes):
            self._lane(painter, lane, self.chart.top() + offset * ROW)
        self._lines(painter, len(lanes))
        if not self.layout.lanes:
            painter.setFont(font(11))
            painter.drawText(self.chart, Qt.AlignmentFlag.AlignCenter, tr(TEXTS["empty"]))
        self._footer(painter, index)

    def _header(self, painter: QPainter) -> None:
        painter.setPen(QPen(glyphs.color(palette.TEXT)))
        painter.setFont(font(17, bold=True))
        painter.drawText(QPointF(MARGIN, MARGIN + 16), self.spec.title or tr(TEXTS["title"]))
        painter.setFont(font(10))
        painter.drawText(QPointF(MARGIN, MARGIN + 34), self.spec.scope)
        self._legend(painter, MARGIN + 54)

    def _legend(self, painter: QPainter, y: float) -> None:
        painter.setFont(font(9))
        metrics = QFontMetricsF(painter.font())
        x = MARGIN
        for key, text in LEGEND:
            width = 22 + metrics.horizontalAdvance(tr(text))
            if x + width > self.page.width() - MARGIN:  # wrap on narrow (portrait) pages
                x, y = MARGIN, y + 15
            self._legend_glyph(painter, key, QRectF(x, y - 6, 18, 12))
            painter.setPen(QPen(glyphs.color(palette.TEXT)))
            painter.drawText(QPointF(x + 22, y + 3.5), tr(text))
            x += width + 14

    @staticmethod
    def _legend_glyph(painter: QPainter, key: object, box: QRectF) -> None:
        if key == "bar":
            glyphs.bar(painter, QRectF(box.left(), box.top() + 2.5, box.width(), 7), 0.5)
        elif key == "slip":
            glyphs.slip_line(painter, box.left(), box.right(), box.center().y())
        elif key == "span":
            glyphs.span_mark(painter, box.left(), box.right(), box.center().y(), 5, Style.FORECAST, False)
        else:
            glyphs.point_mark(painter, box.center(), 9, Style(str(key)))

    def _axis(self, painter: QPainter, rows: int) -> None:
        top, bottom = self.chart.top() - AXIS, self.chart.top() + rows * ROW
        painter.save()
        painter.setClipRect(QRectF(self.chart.left(), top, self.chart.width(), bottom - top))
        step = sub_step(self.x0, self.x1, self.chart.width() * 1.3)
        if step is not None:
            for tick in _month_starts(self.x0, self.x1, step):
                sx = self.sx(tick[0])
                painter.setPen(QPen(glyphs.color(palette.GRID, 140), 0.4))
                painter.drawLine(QPointF(sx, top + AXIS / 2), QPointF(sx, bottom))
                self._centered(
                    painter,
                    sub_label(tick[1], step, self.spec.lang),
                    sx,
                    self.sx(tick[0] + step * 30.44),
                    top + AXIS / 2,
                    8,
                )
        years = year_ticks(self.x0, self.x1, self.chart.width(), self.spec.lang)
        for year in years:
            sx = self.sx(year.x)
            painter.setPen(QPen(glyphs.color(palette.GRID), 0.9))
            painter.drawLine(QPointF(sx, top), QPointF(sx, bottom))
            # centred over its own year, even when only every 2nd/5th is labelled
            self._centered(painter, year.label, sx, self.sx(year.x + 365.25), top, 9.5, bold=True)
        painter.restore()
        painter.setPen(QPen(glyphs.color(palette.BAR_EDGE), 0.8))
        painter.drawLine(QPointF(MARGIN, self.chart.top()), QPointF(self.chart.right(), self.chart.top()))

    def _centered(
        self, painter: QPainter, text: str, x0: float, x1: float, top: float, size: float, bold: bool = False
    ) -> None:
        painter.setFont(font(size, bold))
        painter.setPen(QPen(glyphs.color(palette.TEXT)))
        left, right = max(x0, self.chart.left()), min(x1, self.chart.right())
        if right - left > QFontMetricsF(painter.font()).horizontalAdvance(text):
            painter.drawText(QRectF(left, top, right - left, AXIS / 2), Qt.AlignmentFlag.AlignCenter, text)

    def _lane(self, painter: QPainter, lane: Lane, top: float) -> None:
        cy = top + ROW / 2
        band = palette.HEADER_BAND.get(lane.kind)
        if band is not None:
            painter.fillRect(QRectF(MARGIN, top, self.chart.right() - MARGIN, ROW), glyphs.color(band))
        painter.setPen(QPen(glyphs.color(palette.TEXT)))
        painter.setFont(font(9.5 if band else 9, bold=band is not None))
        indent = 10 * lane.depth + 4
        width = self.label_w - indent - 6
        text = QFontMetricsF(painter.font()).elidedText(lane.label, Qt.TextElideMode.ElideRight, width)
        painter.drawText(
            QRectF(MARGIN + indent, top, width, ROW),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            text,
        )
        if lane.project_id is None:
            return
        painter.setPen(QPen(glyphs.color(palette.GRID, 120), 0.3))
        painter.drawLine(QPointF(MARGIN, top + ROW), QPointF(self.chart.right(), top + ROW))
        painter.save()
        painter.setClipRect(QRectF(self.chart.left(), top, self.chart.width(), ROW))
        self._marks(painter, lane.row, cy)
        painter.restore()

    def _marks(self, painter: QPainter, row: int, cy: float) -> None:
        for b in self._bars[row]:
            glyphs.bar(painter, QRectF(self.sx(b.x0), cy - 3.5, self.sx(b.x1) - self.sx(b.x0), 7), b.progress)
        marks = self.layout.marks.on_row(row)
        slips = self.layout.slips[self.layout.slips.rows_between(row, row + 1)]
        for m in sorted(marks, key=lambda m: (not m.is_span, m.style is not Style.GHOST)):
            if m.is_span:
                glyphs.span_mark(painter, self.sx(m.x0), self.sx(m.x1), cy, 5.5, m.style, m.until)
        for s in slips:
            glyphs.slip_line(painter, self.sx(s.x0), self.sx(s.x1), cy)
        for m in sorted(marks, key=lambda m: m.style is not Style.GHOST):
            if not m.is_span:
                glyphs.point_mark(painter, QPointF(self.sx(m.x0), cy), 8, m.style)

    def _lines(self, painter: QPainter, rows: int) -> None:
        """The today line, and the 기준일 line when it differs from today."""
        bottom = self.chart.top() + rows * ROW
        lines = [(self.spec.today, palette.TODAY, tr(TEXTS["today"]))]
        if self.spec.as_of != self.spec.today:
            lines.append(
                (self.spec.as_of, palette.AS_OF, tr(TEXTS["as_of"]).format(date=self.spec.as_of.isoformat()))
            )
        painter.setFont(font(8))
        for day, color, label in lines:
            sx = self.sx(x_of(day))
            if self.chart.left() <= sx <= self.chart.right():
                glyphs.vertical_line(painter, sx, self.chart.top(), bottom, color)
                painter.setPen(QPen(glyphs.color(color)))
                painter.drawText(QPointF(sx + 2, bottom + 9), label)

    def _footer(self, painter: QPainter, index: int) -> None:
        y = self.page.height() - MARGIN
        painter.setPen(QPen(glyphs.color(palette.BAR_EDGE), 0.6))
        painter.drawLine(QPointF(MARGIN, y - 14), QPointF(self.page.width() - MARGIN, y - 14))
        painter.setPen(QPen(glyphs.color(palette.TEXT)))
        painter.setFont(font(9))
        painter.drawText(QPointF(MARGIN, y), tr(TEXTS["as_of"]).format(date=self.spec.as_of.isoformat()))
        page = tr(TEXTS["page"]).format(n=index + 1, total=len(self.pages))
        painter.drawText(
            QRectF(MARGIN, y - 11, self.page.width() - 2 * MARGIN, 14), Qt.AlignmentFlag.AlignRight, page
        )


def _month_starts(x0: float, x1: float, step: int) -> list[tuple[float, int]]:
    return [
        (x_of(date(year, month, 1)), month)
        for year in range(date_of(x0).year, date_of(x1).year + 1)
        for month in range(1, 13, step)
    ]
