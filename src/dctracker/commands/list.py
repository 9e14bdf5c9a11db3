"""`dctracker list projects|mous|milestones`: records as text or JSON."""

from __future__ import annotations

import argparse
import json
from datetime import date

from dctracker.commands.base import EXIT_OK, existing_store


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("list", parents=[common], help="list records")
    parser.add_argument("kind", choices=["projects", "mous", "milestones"])
    parser.add_argument("--overdue", action="store_true", help="milestones past due only")
    parser.add_argument("--region", help="광주 or 전남")
    parser.add_argument("--search", default="", help="Korean substring search")
    parser.add_argument("--json", action="store_true", help="JSON array output")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from dctracker.domain.filters import RecordFilter
    from dctracker.domain.regions import parse_region
    from dctracker.io.listing import list_records

    region = parse_region(args.region) if args.region else None
    record_filter = RecordFilter(region=region, search=args.search)
    store = existing_store(args)
    try:
        rows = list_records(
            store, args.kind, record_filter, overdue_as_of=date.today() if args.overdue else None
        )
    finally:
        store.close()
    print(json.dumps(rows.as_json, ensure_ascii=False, indent=2) if args.json else rows.as_text)
    return EXIT_OK
