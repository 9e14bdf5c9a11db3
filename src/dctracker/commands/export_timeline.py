"""`dctracker export timeline --out FILE [--format png|svg|pdf] [--region R]
[--search TEXT] [--status S,...] [--from DATE] [--to DATE]`: the printed
timeline, without opening a window. The records are those the window's
filter shows; --from/--to also set the span drawn.

Qt draws it (fonts, PDF, SVG), so a QGuiApplication is created, on the
offscreen platform when there is no display (a server, a scheduled task).
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from dctracker.commands.base import EXIT_OK, EXIT_USAGE, CliError, existing_store
from dctracker.commands.filtering import period_dates, record_filter
from dctracker.domain.dates import PartialDate
from dctracker.domain.timeline import x_of

DEFAULT_DPI = 150


def output_format(args: argparse.Namespace) -> str:
    from dctracker.render.timeline.export import FORMATS

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
    return x_of(start.start()), x_of(end.end()) + 1.0


def run(args: argparse.Namespace) -> int:
    fmt = output_format(args)
    lang = getattr(args, "lang", None) or "ko"
    narrowed = record_filter(args)
    start, end = period_dates(args)
    x_range = _x_range(start, end)
    period = narrowed.period
    from dctracker.render.headless import gui_application
    from dctracker.render.timeline.export import default_spec, export
    from dctracker.services.timeline import load_layout

    app = gui_application(lang)  # noqa: F841 (must live while Qt draws)

    store = existing_store(args, read_only=True)
    try:
        window = None if period is None else (period.start, period.end)
        layout = load_layout(store, narrowed, lang=lang, window=window)
        extent = layout.x_extent()
        if x_range is None and (start or end) and extent is not None:  # one end given
            x_range = (
                x_of(start.start()) if start else extent[0],
                x_of(end.end()) + 1.0 if end else extent[1],
            )
        # The header names the period once, as typed ("기간: 2021년 ~ 2030년").
        spec = default_spec(replace(narrowed, period=None), lang, period=(start, end), x_range=x_range)
        # Open while drawing: the milestone labels read their titles as they are placed.
        export(layout, spec, Path(args.out), fmt, dpi=args.dpi or DEFAULT_DPI, page=args.page or "A4")
    finally:
        store.close()
    print(f"{args.out}: {len(layout.projects)}개 사업 ({len(layout.projects)} projects)")
    return EXIT_OK
