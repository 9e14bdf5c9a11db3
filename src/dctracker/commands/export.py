"""`dctracker export timeline|milestones|projects|mous --out FILE [--format ...]`.

The timeline is drawn by Qt (charts), the record lists are written by io/;
each kind's runner lives in its own module and is imported only when used.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable

from dctracker.commands.filtering import add_filter_options

RUNNERS = {
    "timeline": "dctracker.commands.export_timeline",
    "milestones": "dctracker.commands.export_records",
    "projects": "dctracker.commands.export_records",
    "mous": "dctracker.commands.export_records",
}


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("export", parents=[common], help="export a timeline or a list")
    parser.add_argument("kind", choices=list(RUNNERS))
    parser.add_argument("--out", required=True, help="file to write")
    parser.add_argument("--format", help="png|svg|pdf for the timeline; csv|xlsx|ics for lists")
    add_filter_options(parser)  # the timeline also draws just --from to --to
    parser.add_argument("--dpi", type=int, help="timeline PNG resolution (default 150)")
    parser.add_argument("--page", choices=["A4", "A3"], help="timeline PDF paper, landscape")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    runner: Callable[[argparse.Namespace], int] = importlib.import_module(RUNNERS[args.kind]).run
    return runner(args)
