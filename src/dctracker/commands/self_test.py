"""`dctracker self-test [--db FILE]`: open the window offscreen, show every
tab, export a timeline PDF and check a copy of the demo data, one line per
step; for support calls. With --db, first `check` that file (reading only).

The steps live in dctracker/selftest.py, beside app.py: they drive the
window, which commands/ does not import itself."""

from __future__ import annotations

import argparse


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "self-test", parents=[common], help="check this installation (window, tabs, PDF, check)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from dctracker.selftest import self_test

    return self_test(args.lang or "ko", getattr(args, "db", None))
