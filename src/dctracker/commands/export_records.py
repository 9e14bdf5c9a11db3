"""`dctracker export projects|mous|milestones --out FILE [--format csv|xlsx|ics]`
[--region R] [--search TEXT] [--status S,...] [--from DATE] [--to DATE]."""

from __future__ import annotations

import argparse
from pathlib import Path

from dctracker.commands.base import EXIT_OK, EXIT_USAGE, CliError, existing_store
from dctracker.commands.filtering import record_filter


def run(args: argparse.Namespace) -> int:
    from dctracker.io.errors import ExportError
    from dctracker.services.exports import export_records

    narrowed = record_filter(args)
    out = Path(args.out)
    store = existing_store(args, read_only=True)
    try:
        count = export_records(store, args.kind, narrowed, out, args.format)
    except ExportError as exc:
        raise CliError(str(exc), EXIT_USAGE) from exc
    finally:
        store.close()
    print(f"{count} → {out}")
    return EXIT_OK
