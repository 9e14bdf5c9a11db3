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
from dctracker.domain.slippage import is_overdue
from dctracker.domain.timeline import Lane, LaneKind, Mark, Style, TimelineLayout, date_of, x_of
from dctracker.domain.timeline_axis import sub_label, sub_step, year_ticks
from dctracker.domain.timeline_labels import Placed, Wanted, labelled, place_labels
from dctracker.render.fonts import pdf_font_families
from dctracker.render.i18n import QT_TRANSLATE_NOOP
from dctracker.render.timeline import glyphs, palette

MARGIN, ROW, AXIS, FOOTER = 28.0, 20.0, 30.0, 22.0
HEADER = 60.0  # title and scope line; the legend's lines come below
LEGEND_LINE = 15.0
# Milestone labels: rows of 8 pt text under a project's marks (never smaller
# than 8 pt on the page, so a printed A4/A3 page reads across a table).
LABEL_PT, LABEL_ROW, LABEL_ROWS, LABEL_MAX = 8.0, 10.5, 2, 120.0
SMALL_PT = 8.0
NAME_LINES = 3  # a lane's name wraps over at most this many lines


def tr(text: str) -> str:
    return QCoreApplication.translate("TimelineExport", text)


TEXTS = {
    "title": QT_TRANSLATE_NOOP("TimelineExport", "Gwangju·Jeonnam data-center and AI projects: timeline"),
    "as_of": QT_TRANSLATE_NOOP("TimelineExport", "As of {date}"),
    "page": QT_TRANSLATE_NOOP("TimelineExport", "Page {n} of {total}"),
    "today": QT_TRANSLATE_NOOP("TimelineExport", "Today"),
    "empty": QT_TRANSLATE_NOOP("TimelineExport", "No projects match the filter."),
    "undated": QT_TRANSLATE_NOOP("TimelineExport", "No dates yet"),
    "slip": QT_TRANSLATE_NOOP("TimelineExport", "+{days} days"),
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
    ("overdue", QT_TRANSLATE_NOOP("TimelineExport", "Overdue: date passed, not done")),
    ("today", QT_TRANSLATE_NOOP("TimelineExport", "Today (dashed line)")),
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
    labels: bool = True  # milestone titles beside their marks


class TimelinePrint:
    """Lays the chart out on pages of `page` size (points) and paints them."""

    def __init__(self, layout: TimelineLayout, spec: PrintSpec, page: QSizeF) -> None:
        self.layout = layout
        self.spec = spec
        self.page = page
        self.label_w = min(page.width() * 0.3, 250.0)
        self.header = HEADER + LEGEND_LINE * len(self._legend_lines(page.width()))
        self.chart = QRectF(
            MARGIN + self.label_w,
            MARGIN + self.header + AXIS,
            page.width() - 2 * MARGIN - self.label_w,
            page.height() - 2 * MARGIN - self.header - AXIS - FOOTER,
        )
        extent = spec.x_range or layout.x_extent() or (x_of(spec.today) - 365, x_of(spec.today) + 365)
        pad = 0 if spec.x_range else (extent[1] - extent[0]) * 0.02 + 10
        self.x0, self.x1 = extent[0] - pad, extent[1] + pad
        self._names: dict[int, tuple[QFont, str, float]] = {}
        self.labels = self._place_labels() if spec.labels else {}
        self.pages = self._paginate()
        # Bars (one per project) by lane; a lane's marks and slip lines are
        # built when its page is painted: a province has 179,194 marks.
        self._bars: dict[int, list] = defaultdict(list)
        for bar in layout.bars:
            self._bars[bar.row].append(bar)

    def one_page_height(self) -> float:
        """Page height that fits every lane on one page (PNG/SVG are one tall page)."""
        lanes = sum(self.lane_height(lane) for lane in self.layout.lanes) or ROW
        return 2 * MARGIN + self.header + AXIS + FOOTER + lanes

    def lane_height(self, lane: Lane) -> float:
        rows = {placed.row for placed, _text in self.labels.get(lane.row, [])}
        return max(ROW + LABEL_ROW * len(rows), self.lane_name(lane)[2])

    def lane_name(self, lane: Lane) -> tuple[QFont, str, float]:
        """The lane's name as drawn: its font, its text and the height it takes.

        One line at 9 pt when it fits; else wrapped at 8 pt over up to
        NAME_LINES lines, so a long project name stays whole in the PDF's
        text layer (only a name longer than that is elided)."""
        if lane.row in self._names:
            return self._names[lane.row]
        header = lane.kind is not LaneKind.PROJECT
        width = self._name_width(lane)
        one_line = font(9.5 if header else 9, bold=header)
        name: tuple[QFont, str, float] = (one_line, lane.label, ROW)
        if QFontMetricsF(one_line).horizontalAdvance(lane.label) > width:
            wrapped = font(SMALL_PT, bold=header)
            metrics = QFontMetricsF(wrapped)
            text = lane.label
            room = QRectF(0, 0, width, metrics.lineSpacing() * NAME_LINES)
            flags = int(Qt.TextFlag.TextWordWrap)
            while metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height() > room.height():
                text = text[:-2] + "…"  # longer than NAME_LINES lines: shortened at the end
            height = metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height() + 3
            name = (wrapped, text, max(ROW, height))
        self._names[lane.row] = name
        return name

    def _name_width(self, lane: Lane) -> float:
        return self.label_w - (10 * lane.depth + 4) - 6

    def _legend_lines(self, page_width: float) -> list[list[tuple[object, str, float]]]:
        """The legend's entries with their x, wrapped to the page width."""
        metrics = QFontMetricsF(font(9))
        lines: list[list[tuple[object, str, float]]] = [[]]
        x = MARGIN
        for key, text in LEGEND:
            width = 22 + metrics.horizontalAdvance(tr(text))
            if x + width > page_width - MARGIN and lines[-1]:
                lines.append([])
                x = MARGIN
            lines[-1].append((key, tr(text), x))
            x += width + 14
        return lines

    def _place_labels(self) -> dict[int, list[tuple[Placed, str]]]:
        """Each project lane's milestone labels: boxes and the (elided) texts."""
        metrics = QFontMetricsF(font(LABEL_PT))
        placed: dict[int, list[tuple[Placed, str]]] = {}
        for lane in self.layout.lanes:
            if lane.project_id is None:
                continue
            marks = [m for m in self.layout.marks.on_row(lane.row) if labelled(m)]
            marks = [m for m in marks if self.chart.left() <= self.sx(m.x1) <= self.chart.right()]
            titles = [self.layout.milestones[m.record_id].title for m in marks]
            wanted = [
                Wanted(
                    self.sx(m.x1 if m.is_span else m.x0) + (0 if m.is_span else 4),
                    min(metrics.horizontalAdvance(t), LABEL_MAX),
                    min(metrics.horizontalAdvance(t[:2] + "…"), metrics.horizontalAdvance(t)),
                )
                for m, t in zip(marks, titles)
            ]
            boxes = place_labels(wanted, self.chart.left(), self.chart.right(), LABEL_ROWS)
            if boxes:
                placed[lane.row] = [
                    (b, metrics.elidedText(titles[b.index], Qt.TextElideMode.ElideRight, b.width + 0.5))
                    for b in boxes
                ]
        return placed

    def _paginate(self) -> list[list[Lane]]:
        pages: list[list[Lane]] = []
        rest = list(self.layout.lanes)
        while rest:
            take, used = 0, 0.0
            while take < len(rest) and (
                take < 2 or used + self.lane_height(rest[take]) <= self.chart.height()
            ):
                used += self.lane_height(rest[take])
                take += 1
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
        bottom = self.chart.top() + sum(self.lane_height(lane) for lane in lanes)
        self._header(painter)
        self._axis(painter, bottom)
        top = self.chart.top()
        for lane in lanes:
            self._lane(painter, lane, top)
            top += self.lane_height(lane)
        self._lines(painter, bottom)
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
        """Every mark the chart draws, explained; lines wrap on narrow pages
        and the header grows with them, so nothing is cut off."""
        painter.setFont(font(9))
        for line in self._legend_lines(self.page.width()):
            for key, text, x in line:
                self._legend_glyph(painter, key, QRectF(x, y - 6, 18, 12))
                painter.setPen(QPen(glyphs.color(palette.TEXT)))
                painter.setFont(font(9))
                painter.drawText(QPointF(x + 22, y + 3.5), text)
            y += LEGEND_LINE

    @staticmethod
    def _legend_glyph(painter: QPainter, key: object, box: QRectF) -> None:
        if key == "bar":
            glyphs.bar(painter, QRectF(box.left(), box.top() + 2.5, box.width(), 7), 0.5)
        elif key == "slip":
            glyphs.slip_line(painter, box.left(), box.right(), box.center().y())
        elif key == "span":
            glyphs.span_mark(painter, box.left(), box.right(), box.center().y(), 5, Style.FORECAST, False)
        elif key == "overdue":
            glyphs.point_mark(painter, box.center(), 8, Style.FORECAST, overdue=True)
        elif key == "today":
            glyphs.vertical_line(painter, box.center().x(), box.top(), box.bottom(), palette.TODAY)
        else:
            glyphs.point_mark(painter, box.center(), 9, Style(str(key)))

    def _axis(self, painter: QPainter, bottom: float) -> None:
        top = self.chart.top() - AXIS
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
        height = self.lane_height(lane)
        band = palette.HEADER_BAND.get(lane.kind)
        if band is not None:
            painter.fillRect(QRectF(MARGIN, top, self.chart.right() - MARGIN, ROW), glyphs.color(band))
        painter.setPen(QPen(glyphs.color(palette.TEXT)))
        name_font, text, name_height = self.lane_name(lane)
        painter.setFont(name_font)
        painter.drawText(
            QRectF(MARGIN + 10 * lane.depth + 4, top, self._name_width(lane), name_height),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
            text,
        )
        if lane.project_id is None:
            return
        painter.setPen(QPen(glyphs.color(palette.GRID, 120), 0.3))
        painter.drawLine(QPointF(MARGIN, top + height), QPointF(self.chart.right(), top + height))
        if not self._bars[lane.row] and not len(self.layout.marks.on_row(lane.row)):
            painter.setPen(QPen(glyphs.color(palette.GRID_TEXT)))
            painter.setFont(font(SMALL_PT))
            painter.drawText(
                QRectF(self.chart.left() + 6, top, self.chart.width(), ROW),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                tr(TEXTS["undated"]),
            )
            return
        painter.save()
        painter.setClipRect(QRectF(self.chart.left(), top, self.chart.width(), height))
        self._marks(painter, lane.row, cy)
        self._labels(painter, lane.row, top + ROW)
        painter.restore()

    def _labels(self, painter: QPainter, row: int, top: float) -> None:
        painter.setFont(font(LABEL_PT))
        painter.setPen(QPen(glyphs.color(palette.TEXT)))
        for box, text in self.labels.get(row, []):
            rect = QRectF(box.x0, top + box.row * LABEL_ROW, box.width + 1, LABEL_ROW)
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

    def _slip_label(self, painter: QPainter, x0: float, x1: float, cy: float, days: int) -> None:
        """ "+181일" over a slip line long enough to carry it."""
        text = tr(TEXTS["slip"]).format(days=f"{days:,}")
        painter.setFont(font(SMALL_PT))
        if abs(x1 - x0) > QFontMetricsF(painter.font()).horizontalAdvance(text) + 12:
            painter.setPen(QPen(glyphs.color(palette.SLIP)))
            rect = QRectF(min(x0, x1), cy - ROW / 2, abs(x1 - x0), ROW / 2 - 1.5)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

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
            self._slip_label(painter, self.sx(s.x0), self.sx(s.x1), cy, s.days)
        for m in sorted(marks, key=lambda m: m.style is not Style.GHOST):
            overdue = self._overdue(m)
            if not m.is_span:
                glyphs.point_mark(painter, QPointF(self.sx(m.x0), cy), 8, m.style, overdue=overdue)
            elif overdue:
                glyphs.overdue_marker(painter, QPointF(self.sx(m.x1), cy), 8)

    def _overdue(self, mark: Mark) -> bool:
        """A milestone's current date, passed on the 기준일 without it being done."""
        if not labelled(mark) or mark.style is Style.ACTUAL:
            return False
        return is_overdue(self.layout.milestones[mark.record_id], self.spec.as_of)

    def _lines(self, painter: QPainter, bottom: float) -> None:
        """The today line, and the 기준일 line when it differs from today."""
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
