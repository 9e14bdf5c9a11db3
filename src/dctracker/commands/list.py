"""`dctracker list projects|mous|milestones`: records as text or JSON."""

from __future__ import annotations

import argparse
import json

from dctracker.commands.base import EXIT_OK, existing_store
from dctracker.commands.filtering import add_filter_options, record_filter
from dctracker.domain import clock


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("list", parents=[common], help="list records")
    parser.add_argument("kind", choices=["projects", "mous", "milestones"])
    parser.add_argument("--overdue", action="store_true", help="milestones past due only")
    add_filter_options(parser)
    parser.add_argument("--json", action="store_true", help="JSON array output")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from dctracker.services.listings import list_records

    narrowed = record_filter(args)
    store = existing_store(args, read_only=True)
    try:
        rows = list_records(store, args.kind, narrowed, overdue_as_of=clock.today() if args.overdue else None)
    finally:
        store.close()
    print(json.dumps(rows.as_json, ensure_ascii=False, indent=2) if args.json else rows.as_text)
    return EXIT_OK
