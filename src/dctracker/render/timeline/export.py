"""Writing the printed timeline to PNG (at a DPI), SVG, PDF (A4/A3
landscape) or a printer. All go through printed.TimelinePrint."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from dctracker.domain import clock
from dctracker.domain.dates import PartialDate
from dctracker.domain.filters import RecordFilter
from dctracker.domain.timeline import TimelineLayout
from dctracker.render.filter_text import narrowing_texts
from dctracker.render.i18n import QT_TRANSLATE_NOOP
from dctracker.render.timeline.printed import TEXTS, PrintSpec, TimelinePrint, tr

log = logging.getLogger(__name__)
FORMATS = ("png", "svg", "pdf")
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3}
IMAGE_WIDTH_PT = 1190.0  # A3 landscape width: room for long names and a decade
PDF_RESOLUTION = 1200
SCOPE = {
    "all": QT_TRANSLATE_NOOP("TimelineExport", "All regions"),
    "region": QT_TRANSLATE_NOOP("TimelineExport", "Region: {region}"),
    "search": QT_TRANSLATE_NOOP("TimelineExport", "Search: {text}"),
    "period": QT_TRANSLATE_NOOP("TimelineExport", "Period: {start} – {end}"),
}


def scope_text(
    record_filter: RecordFilter,
    lang: str,
    period: tuple[PartialDate | None, PartialDate | None] = (None, None),
) -> str:
    """ "지역: 전라남도 · 검색: 광양 · 기간: 2025년 – 2030년" for the page header."""
    region = record_filter.region.label(lang) if record_filter.region else tr(SCOPE["all"])
    if record_filter.sigungu:
        region += " (" + ", ".join(sorted(s for s in record_filter.sigungu if s)) + ")"
    parts = [tr(SCOPE["region"]).format(region=region)]
    if record_filter.search.strip():
        parts.append(tr(SCOPE["search"]).format(text=record_filter.search.strip()))
    parts += narrowing_texts(record_filter, lang)
    if any(period):
        start, end = (p.to_text(lang) if p else "…" for p in period)
        parts.append(tr(SCOPE["period"]).format(start=start, end=end))
    return " · ".join(parts)


def export(
    layout: TimelineLayout, spec: PrintSpec, path: Path, fmt: str, *, dpi: int = 150, page: str = "A4"
) -> None:
    """Write `path` in `fmt` (png|svg|pdf); raises OSError if it cannot be written."""
    if fmt == "png":
        export_png(layout, spec, path, dpi)
    elif fmt == "svg":
        export_svg(layout, spec, path)
    elif fmt == "pdf":
        export_pdf(layout, spec, path, page)
    else:
        raise ValueError(f"unknown format {fmt!r}: use png, svg or pdf")


def _single_page(layout: TimelineLayout, spec: PrintSpec) -> TimelinePrint:
    # Labels are placed along the width alone: measure once, then size the page.
    probe = TimelinePrint(layout, spec, QSizeF(IMAGE_WIDTH_PT, 1e9))
    return TimelinePrint(layout, spec, QSizeF(IMAGE_WIDTH_PT, probe.one_page_height()))


def timeline_image(layout: TimelineLayout, spec: PrintSpec, dpi: int = 150) -> QImage:
    """The whole timeline as one picture (for PNG files and the meeting report)."""
    chart = _single_page(layout, spec)
    scale = dpi / 72
    image = QImage(
        round(chart.page.width() * scale), round(chart.page.height() * scale), QImage.Format.Format_RGB32
    )
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    chart.paint(painter, 0)
    painter.end()
    return image


def timeline_page_images(
    layout: TimelineLayout, spec: PrintSpec, page: QSizeF, dpi: int = 150
) -> list[QImage]:
    """The timeline paged by swimlane onto pages of `page` points, one picture
    each: placed at that size (the meeting report's timeline pages), its text
    prints at the sizes it was drawn, never below 8 pt."""
    chart = TimelinePrint(layout, spec, page)
    scale = dpi / 72
    images = []
    for index in range(len(chart.pages)):
        image = QImage(round(page.width() * scale), round(page.height() * scale), QImage.Format.Format_RGB32)
        image.setDotsPerMeterX(round(dpi / 0.0254))
        image.setDotsPerMeterY(round(dpi / 0.0254))
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.scale(scale, scale)
        chart.paint(painter, index)
        painter.end()
        images.append(image)
    return images


def export_png(layout: TimelineLayout, spec: PrintSpec, path: Path, dpi: int = 150) -> None:
    # PySide6 takes the format as str; its stub lists only bytes.
    if not timeline_image(layout, spec, dpi).save(str(path), "PNG"):  # type: ignore[call-overload]
        raise OSError(f"PNG를 저장할 수 없습니다: {path} (cannot write PNG)")


def export_svg(layout: TimelineLayout, spec: PrintSpec, path: Path) -> None:
    chart = _single_page(layout, spec)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    size = QSize(round(chart.page.width()), round(chart.page.height()))
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setResolution(72)
    generator.setTitle(chart.spec.title or tr(TEXTS["title"]))
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"SVG를 저장할 수 없습니다: {path} (cannot write SVG)")
    painter.fillRect(0, 0, size.width(), size.height(), QColor("white"))
    chart.paint(painter, 0)
    painter.end()


def export_pdf(layout: TimelineLayout, spec: PrintSpec, path: Path, page: str = "A4") -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle(spec.title or tr(TEXTS["title"]))
    writer.setCreator("dctracker")
    writer.setPageLayout(
        QPageLayout(QPageSize(PAGE_SIZES[page]), QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0))
    )
    if not paint_pages(writer, layout, spec):
        raise OSError(f"PDF를 저장할 수 없습니다: {path} (cannot write PDF)")


def paint_pages(device: QPagedPaintDevice, layout: TimelineLayout, spec: PrintSpec) -> bool:
    """Paint every page on a PDF writer or printer; False if it cannot start."""
    rect = device.pageLayout().paintRect(QPageLayout.Unit.Point)
    chart = TimelinePrint(layout, spec, QSizeF(rect.width(), rect.height()))
    painter = QPainter()
    if not painter.begin(device):
        return False
    scale = device.logicalDpiX() / 72
    for index in range(len(chart.pages)):
        if index:
            device.newPage()
        painter.resetTransform()
        painter.scale(scale, scale)
        chart.paint(painter, index)
    painter.end()
    return True


def default_spec(
    record_filter: RecordFilter,
    lang: str,
    as_of: date | None = None,
    period: tuple[PartialDate | None, PartialDate | None] = (None, None),
    x_range: tuple[float, float] | None = None,
) -> PrintSpec:
    return PrintSpec(
        scope=scope_text(record_filter, lang, period),
        as_of=as_of or clock.today(),
        lang=lang,
        x_range=x_range,
    )
