"""Connecting to the server, with its failures in words a user can act on.

Passwords come from where libpq looks (a password file, a service file,
PGPASSWORD) or, on a terminal, a prompt; dctracker never stores one.
"""

from __future__ import annotations

import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeAlias

import psycopg

from dctracker.store.errors import StoreError
from dctracker.store.server.address import ServerAddress

# Rows as tuples of whatever the column holds; each query says what it reads.
Connection: TypeAlias = psycopg.Connection[tuple[Any, ...]]


class ServerError(StoreError):
    """The server could not be reached or refused what was asked."""

    def __init__(self, address: ServerAddress, exc: psycopg.Error) -> None:
        reason = _reason(exc)
        super().__init__(
            f"{address}: 서버 데이터베이스에 연결하거나 쓰지 못했습니다: {reason}",
            f"{address}: the server database could not be reached or written: {reason}",
        )


def _reason(exc: psycopg.Error) -> str:
    # A refused connection has no diagnostics, only its text.
    return " ".join((exc.diag.message_primary or str(exc)).split())


def connect(address: ServerAddress) -> Connection:
    """A connection to `address`; on a terminal, asks for a password the
    usual places did not have."""
    try:
        return psycopg.connect(address.url)
    except psycopg.Error as exc:  # a bad URL too (ProgrammingError)
        if not (_wants_password(exc) and sys.stdin.isatty()):
            raise ServerError(address, exc) from exc
    password = getpass.getpass(f"{address} 암호 (password): ")
    try:
        return psycopg.connect(address.url, password=password)
    except psycopg.Error as exc:
        raise ServerError(address, exc) from exc


def _wants_password(exc: psycopg.Error) -> bool:
    text = str(exc)
    return "no password supplied" in text or "password authentication failed" in text


@contextmanager
def server_errors(address: ServerAddress) -> Iterator[None]:
    """What the server refuses (privileges, a role that exists, a lost
    connection) as a ServerError naming the server and the reason."""
    try:
        yield
    except psycopg.Error as exc:
        raise ServerError(address, exc) from exc
