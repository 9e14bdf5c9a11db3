"""`dctracker check`: integrity, foreign keys and schema, in plain words."""

from __future__ import annotations

import argparse
import sys

from dctracker.commands.base import EXIT_OK, EXIT_PROBLEMS, db_path, existing_store


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("check", parents=[common], help="check the database")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from dctracker.store.check import check_database

    store = existing_store(args)
    try:
        problems = check_database(store.db)
    finally:
        store.close()
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return EXIT_PROBLEMS
    print(f"ok: {db_path(args)}")
    return EXIT_OK
