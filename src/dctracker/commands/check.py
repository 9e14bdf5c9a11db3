"""`dctracker check`: integrity, references and schema, in plain words.

Reads only: a damaged file is reported, never "repaired" in place. With
--repair, and only when the records are whole, the values the store derives
from them (milestone date intervals another program left stale) are
recomputed, after a backup.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dctracker.commands.base import EXIT_OK, EXIT_PROBLEMS, CliError, db_path


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("check", parents=[common], help="check the database")
    parser.add_argument(
        "--repair", action="store_true", help="recompute stale derived values (after a backup)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from dctracker.services.files import check_file

    path = db_path(args)
    if not path.exists():
        raise CliError(f"데이터베이스가 없습니다: {path} (no such database; run 'dctracker init')")
    report = check_file(path)
    lang = getattr(args, "lang", None) or "ko"  # dctracker --lang en check
    if args.repair and report.repairable and not report.problems:
        _repair(path)
        report = check_file(path)
    if not report.ok:
        print(report.summary(lang), file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"ok: {path}")
    print(report.summary(lang))
    return EXIT_OK


def _repair(path: Path) -> None:
    from dctracker.services.files import repair_spans
    from dctracker.store import open_store

    store = open_store(path)
    try:
        count = repair_spans(store)
    finally:
        store.close()
    print(f"다시 계산함: 마일스톤 {count}건의 기간 (recomputed the intervals of {count} milestone(s))")
