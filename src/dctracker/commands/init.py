"""`dctracker init [--demo|--empty]`: create a database."""

from __future__ import annotations

import argparse

from dctracker.commands.base import EXIT_OK, CliError, db_path


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("init", parents=[common], help="create a database")
    content = parser.add_mutually_exclusive_group()
    content.add_argument("--demo", action="store_true", help="with the demo data (default)")
    content.add_argument("--empty", action="store_true", help="without any records")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from dctracker.bootstrap import create_database

    path = db_path(args)
    try:
        store = create_database(path, demo=not args.empty)
    except FileExistsError as exc:
        raise CliError(str(exc)) from exc
    store.close()
    print(f"created {path}")
    return EXIT_OK
