"""`dctracker export projects|mous|milestones --out FILE [--format csv|xlsx|ics]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from dctracker.commands.base import EXIT_OK, EXIT_USAGE, CliError, existing_store


def run(args: argparse.Namespace) -> int:
    from dctracker.domain.filters import RecordFilter
    from dctracker.domain.regions import parse_region
    from dctracker.io.exporters import ExportError, export_records

    region = parse_region(args.region) if args.region else None
    record_filter = RecordFilter(region=region, search=args.search or "")
    out = Path(args.out)
    store = existing_store(args)
    try:
        count = export_records(store, args.kind, record_filter, out, args.format)
    except ExportError as exc:
        raise CliError(str(exc), EXIT_USAGE) from exc
    finally:
        store.close()
    print(f"{count} → {out}")
    return EXIT_OK
