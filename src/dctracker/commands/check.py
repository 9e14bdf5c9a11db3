"""`dctracker check`: integrity, references and schema, in plain words.

Reads only: a damaged file is reported, never "repaired" in place.
"""

from __future__ import annotations

import argparse
import sys

from dctracker.commands.base import EXIT_OK, EXIT_PROBLEMS, CliError, db_path


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("check", parents=[common], help="check the database")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from dctracker.store.check import check_file

    path = db_path(args)
    if not path.exists():
        raise CliError(f"데이터베이스가 없습니다: {path} (no such database; run 'dctracker init')")
    report = check_file(path)
    lang = getattr(args, "lang", None) or "ko"  # dctracker --lang en check
    if not report.ok:
        print(report.summary(lang), file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"ok: {path}")
    print(report.summary(lang))
    return EXIT_OK
