"""Setting up a server database and its users (db/postgresql/access.sql says who may do what)."""

from __future__ import annotations

import enum

from psycopg import sql

from dctracker.domain.regions import normalize_sigungu
from dctracker.paths import migrations_dir
from dctracker.store.errors import StoreError
from dctracker.store.server.address import ServerAddress
from dctracker.store.server.connection import Connection
from dctracker.store.server.migrations import migrate, pending_sql


class Role(enum.StrEnum):
    ADMIN = "admin"
    EDITOR = "editor"
    VIEWER = "viewer"

    @property
    def group(self) -> str:
        return f"dctracker_{self.value}"


def access_sql() -> str:
    return (migrations_dir() / "postgresql" / "access.sql").read_text(encoding="utf-8")


def init_sql() -> str:
    """All `init` runs on an empty database: the migrations, then the access rules."""
    return f"{pending_sql(None)}\n-- access.sql\n{access_sql()}"


def init(conn: Connection, address: ServerAddress) -> int:
    """Schema, roles and policies, in one transaction; the schema version reached."""
    with conn.transaction():
        version = migrate(conn, address)
        conn.execute(access_sql().encode())
    return version


def add_user(conn: Connection, name: str, role: Role, sigungu: str | None, password: str) -> None:
    """A login `name` in `role`'s group (an editor for `sigungu`). Only the
    password's SCRAM hash leaves this machine: libpq computes it here."""
    office = _office(role, sigungu)
    secret = conn.pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256")
    options = sql.SQL(" CREATEROLE") if role is Role.ADMIN else sql.SQL("")
    with conn.transaction():
        conn.execute(
            sql.SQL("CREATE ROLE {} LOGIN{} PASSWORD {} IN ROLE {}").format(
                sql.Identifier(name), options, sql.Literal(secret.decode()), sql.Identifier(role.group)
            )
        )
        conn.execute(
            "INSERT INTO dctracker_users (name, role, sigungu) VALUES (%s, %s, %s)",
            (name, role.value, office),
        )


def _office(role: Role, sigungu: str | None) -> str:
    if role is not Role.EDITOR:
        if sigungu:
            raise StoreError("--sigungu는 편집자(editor)에게만 씁니다.", "--sigungu is only for an editor.")
        return ""
    office = normalize_sigungu(sigungu or "")
    if office is None:
        raise StoreError(
            f"편집자에게는 광주·전남의 시군구가 필요합니다 (받은 값: {sigungu or '없음'}).",
            f"an editor needs a 시군구 of Gwangju or Jeonnam (got: {sigungu or 'none'}).",
        )
    return office
