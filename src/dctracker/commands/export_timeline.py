"""`dctracker export timeline --out FILE [--format png|svg|pdf] [--region R]
[--from DATE --to DATE]`: the printed timeline, without opening a window.

Qt draws it (fonts, PDF, SVG), so a QGuiApplication is created, on the
offscreen platform when there is no display (a server, a scheduled task).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from dctracker.commands.base import EXIT_OK, EXIT_USAGE, CliError, existing_store
from dctracker.domain.dates import PartialDate, parse_optional
from dctracker.domain.filters import RecordFilter
from dctracker.domain.regions import parse_region
from dctracker.domain.timeline import x_of

DEFAULT_DPI = 150


def output_format(args: argparse.Namespace) -> str:
    from dctracker.ui.charts.export import FORMATS

    fmt = (args.format or Path(args.out).suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise CliError(
            f"타임라인 형식은 png, svg, pdf 중 하나입니다: {fmt or args.out!r} "
            "(timeline format must be png, svg or pdf)",
            EXIT_USAGE,
        )
    return fmt


def _x_range(start: PartialDate | None, end: PartialDate | None) -> tuple[float, float] | None:
    if start is None or end is None:
        return None
    if end.end() < start.start():
        raise CliError("--to는 --from보다 뒤여야 합니다 (--to must not be before --from)", EXIT_USAGE)
    return x_of(start.start()), x_of(end.end()) + 1.0


def run(args: argparse.Namespace) -> int:
    fmt = output_format(args)
    lang = getattr(args, "lang", None) or "ko"
    region = parse_region(args.region) if args.region else None
    start, end = parse_optional(args.date_from), parse_optional(args.date_to)
    x_range = _x_range(start, end)
    window = (start.start() if start else date.min, end.end() if end else date.max)
    from dctracker.ui.charts.data import load_layout
    from dctracker.ui.charts.export import default_spec, export
    from dctracker.ui.headless import gui_application

    app = gui_application(lang)  # noqa: F841 (must live while Qt draws)

    record_filter = RecordFilter(region=region)
    store = existing_store(args)
    try:
        layout = load_layout(store, record_filter, lang=lang, window=window if start or end else None)
    finally:
        store.close()
    extent = layout.x_extent()
    if x_range is None and (start or end) and extent is not None:  # one end given
        x_range = (x_of(start.start()) if start else extent[0], x_of(end.end()) + 1.0 if end else extent[1])
    spec = default_spec(record_filter, lang, period=(start, end), x_range=x_range)
    export(layout, spec, Path(args.out), fmt, dpi=args.dpi or DEFAULT_DPI, page=args.page or "A4")
    print(f"{args.out}: {len(layout.projects)}개 사업 ({len(layout.projects)} projects)")
    return EXIT_OK
