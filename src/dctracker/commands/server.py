"""`dctracker server init|add-user --db postgresql://…`: set up a province server database.

`init` creates the schema, roles and row-level security on an empty database
(`--dry-run` prints the SQL instead); `add-user` adds a login for the 도
(admin), a 시군구 office (editor, with --sigungu) or a reader (viewer).
"""

from __future__ import annotations

import argparse
import getpass
import sys

from dctracker.commands.base import EXIT_OK, EXIT_USAGE, CliError, server_address

ROLES = ("admin", "editor", "viewer")  # services.server.Role, without importing psycopg at start-up


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "server", parents=[common], help="set up a province server database (PostgreSQL)"
    )
    actions = parser.add_subparsers(dest="server_action", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init", parents=[common], help="create the schema, roles and policies on an empty database"
    )
    init.add_argument("--dry-run", action="store_true", help="print the SQL instead of running it")
    init.set_defaults(run=run_init)
    add = actions.add_parser(
        "add-user", parents=[common], help="add a login: 도 admin, 시군구 editor or viewer"
    )
    add.add_argument("name", help="the login name")
    add.add_argument("--role", choices=ROLES, required=True)
    add.add_argument("--sigungu", help="the editor's 시군구 (e.g. 순천시)")
    add.add_argument(
        "--password-stdin", action="store_true", help="read the new login's password from standard input"
    )
    add.set_defaults(run=run_add_user)


def run_init(args: argparse.Namespace) -> int:
    from dctracker.services.server import init_sql, set_up

    address = server_address(args)
    if args.dry_run:
        print(init_sql())
        return EXIT_OK
    version = set_up(address)
    print(f"server ready: {address} (schema {version})")
    return EXIT_OK


def run_add_user(args: argparse.Namespace) -> int:
    from dctracker.services.server import Role, add_user

    address = server_address(args)
    password = _new_password(args.name, from_stdin=args.password_stdin)
    add_user(address, args.name, Role(args.role), args.sigungu, password)
    print(f"added {args.role} {args.name}" + (f" ({args.sigungu})" if args.sigungu else ""))
    return EXIT_OK


def _new_password(name: str, *, from_stdin: bool) -> str:
    """From standard input (scripts) or typed twice on a terminal; never an argument,
    where other users of the machine would see it in the process list."""
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = getpass.getpass(f"{name}의 암호 (password): ")
        if getpass.getpass("한 번 더 (again): ") != password:
            raise CliError("두 암호가 다릅니다 (the passwords differ)", EXIT_USAGE)
    else:
        raise CliError(
            "새 사용자의 암호가 없습니다 (no password: type it on a terminal or use --password-stdin)",
            EXIT_USAGE,
        )
    if not password:
        raise CliError("암호가 비어 있습니다 (the password is empty)", EXIT_USAGE)
    return password
