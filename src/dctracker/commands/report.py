"""`dctracker report --out FILE.pdf|FILE.xlsx|FILE.hwpx [--region R] [--search TEXT]
[--status S,...] [--from DATE] [--to DATE] [--as-of DATE] [--department NAME]`: the meeting report
of the records the window's filter would show.

Rendered by Qt without opening a window: a QGuiApplication on the offscreen
platform when there is no display (servers, scheduled tasks).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from dctracker.commands.base import EXIT_OK, EXIT_USAGE, CliError, existing_store
from dctracker.commands.filtering import add_filter_options, record_filter
from dctracker.domain import clock


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("report", parents=[common], help="meeting report (PDF, XLSX or HWPX)")
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        help="file to write: .pdf (A4 pages), .xlsx (a sheet per section) or .hwpx (a 한/글 document)",
    )
    add_filter_options(parser)
    parser.add_argument(
        "--as-of",
        dest="as_of",
        help="기준일, e.g. 2025-06-30 (a month or half counts at its end; default: today)",
    )
    parser.add_argument("--department", default="", help="작성 부서 named under the title of a .hwpx report")
    parser.set_defaults(run=run)


def as_of_day(text: str | None, today: date) -> date:
    """The 기준일: a day, or the last day of a coarser date ("2025년 상반기" → 06-30)."""
    from dctracker.domain.dates import DateParseError, PartialDate

    if not text:
        return today
    try:
        return PartialDate.parse(text).end()
    except DateParseError as exc:
        raise CliError(f"--as-of: {exc.message_ko} ({exc.message_en})", EXIT_USAGE) from None


def run(args: argparse.Namespace) -> int:
    from dctracker.render.headless import gui_application
    from dctracker.render.report.write import SUFFIXES, write_report
    from dctracker.services.reports import load_dashboard

    if args.out.suffix.lower() not in SUFFIXES:
        raise CliError(
            f"--out: .pdf, .xlsx, .hwpx 파일이어야 합니다 ({args.out}; must end in .pdf, .xlsx or .hwpx)",
            EXIT_USAGE,
        )
    narrowed = record_filter(args)
    as_of = as_of_day(args.as_of, clock.today())
    lang = args.lang or "ko"
    gui_application(lang)

    store = existing_store(args, read_only=True)
    try:
        data = load_dashboard(store, narrowed, as_of)
        write_report(args.out, data, lang, args.department)
    finally:
        store.close()
    print(f"보고서를 저장했습니다: {args.out} (report written)")
    return EXIT_OK
