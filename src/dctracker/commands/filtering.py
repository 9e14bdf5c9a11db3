"""The options that narrow what a command lists, exports or reports, read
into the same RecordFilter the window's region tree, search box and filter
bar build: `--region`, `--search`, `--status` and the period `--from`/`--to`.

Values are read by the domain's own parsers (parse_region,
ProjectStatus.parse, PartialDate.parse); a bad one stops the command with
exit code 2 and a line naming the option and the reason, in Korean and English.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TypeVar

from dctracker.commands.base import EXIT_USAGE, CliError
from dctracker.domain.dates import PartialDate
from dctracker.domain.filters import Period, RecordFilter
from dctracker.domain.records import ProjectStatus
from dctracker.domain.regions import parse_region

T = TypeVar("T")


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--region", metavar="REGION", help="광주 or 전남")
    parser.add_argument("--search", default="", metavar="TEXT", help="only records matching this text")
    parser.add_argument(
        "--status",
        metavar="STATUS[,STATUS...]",
        help="project statuses, comma-separated, Korean or English: '계획,추진 중' or planned,in_progress",
    )
    parser.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        help="period start, e.g. 2025, '2025년 상반기', 2026-03 (default: open)",
    )
    parser.add_argument(
        "--to", dest="date_to", metavar="DATE", help="period end, e.g. 2030, '2030년까지' (default: open)"
    )


def record_filter(args: argparse.Namespace) -> RecordFilter:
    """The filter the options name (see RecordFilter for what each keeps)."""
    start, end = period_dates(args)
    return RecordFilter(
        region=_option("--region", parse_region, args.region) if args.region else None,
        search=args.search or "",
        statuses=statuses(args.status),
        period=Period.between(start, end),
    )


def period_dates(args: argparse.Namespace) -> tuple[PartialDate | None, PartialDate | None]:
    """--from and --to as typed (a timeline prints them in this spelling)."""
    start = _date_option("--from", args.date_from)
    end = _date_option("--to", args.date_to)
    if start and end and end.end() < start.start():
        raise CliError(
            f"--to: 기간의 끝({end.to_text()})이 시작({start.to_text()})보다 앞섭니다 "
            "(--to must not be before --from)",
            EXIT_USAGE,
        )
    return start, end


def statuses(text: str | None) -> frozenset[ProjectStatus] | None:
    """'계획,추진 중' or 'planned,in_progress'; None (every status) when not given."""
    if text is None:
        return None
    names = [name.strip() for name in text.split(",")]
    if not all(names):
        raise CliError(f"--status: 빈 값이 있습니다: {text!r} (empty value in the list)", EXIT_USAGE)
    return frozenset(_option("--status", ProjectStatus.parse, name) for name in names)


def _date_option(option: str, text: str | None) -> PartialDate | None:
    return None if text is None else _option(option, PartialDate.parse, text)


def _option(option: str, parse: Callable[[str], T], text: str) -> T:
    """parse(text), or exit 2 naming the option; the domain's messages are
    bilingual ("알 수 없는 값: ... (unknown value)")."""
    try:
        return parse(text)
    except ValueError as exc:
        raise CliError(f"{option}: {exc}", EXIT_USAGE) from None
