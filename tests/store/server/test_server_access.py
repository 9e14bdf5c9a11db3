"""Who may change what, enforced by PostgreSQL: raw SQL from each role's own
connection, bypassing dctracker entirely."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest

from dctracker.store.errors import StoreError
from dctracker.store.server.access import Role, add_user, init, init_sql
from dctracker.store.server.address import ServerAddress

NOW = "2026-01-01T09:00:00+09:00"
SUNCHEON_MILESTONE, GWANGYANG_MILESTONE = 10, 20


@dataclass(frozen=True)
class Office:
    url: str
    names: dict[str, str]
    password: str

    def connect(self, who: str) -> psycopg.Connection[tuple[object, ...]]:
        user = self.names[who]
        return psycopg.connect(self.url.replace("postgres@", f"{user}@"), password=self.password)


@pytest.fixture
def office(pg_url: str) -> Iterator[Office]:
    """A server database set up by `init`, two editors, a viewer and an
    administrator (role names are cluster-wide: each test has its own)."""
    suffix = secrets.token_hex(3)
    names = {who: f"{who}_{suffix}" for who in ("suncheon", "gwangyang", "viewer", "admin")}
    password = secrets.token_urlsafe(12)
    with psycopg.connect(pg_url) as conn:
        init(conn, ServerAddress(pg_url))
        add_user(conn, names["suncheon"], Role.EDITOR, "순천", password)
        add_user(conn, names["gwangyang"], Role.EDITOR, "광양시", password)
        add_user(conn, names["viewer"], Role.VIEWER, None, password)
        add_user(conn, names["admin"], Role.ADMIN, None, password)
        conn.execute(
            "INSERT INTO projects (id, name, region, sigungu, created_at, updated_at) VALUES"
            " (1, '순천 데이터센터', 'jeonnam', '순천시', %(now)s, %(now)s),"
            " (2, '광양 데이터센터', 'jeonnam', '광양시', %(now)s, %(now)s)",
            {"now": NOW},
        )
        conn.execute(
            "INSERT INTO milestones (id, project_id, title, created_at, updated_at) VALUES"
            " (%(s)s, 1, '착공', %(now)s, %(now)s), (%(g)s, 2, '준공', %(now)s, %(now)s)",
            {"s": SUNCHEON_MILESTONE, "g": GWANGYANG_MILESTONE, "now": NOW},
        )
        conn.commit()
    yield Office(pg_url, names, password)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        for user in names.values():
            conn.execute(f'DROP OWNED BY "{user}"; DROP ROLE "{user}"')


def _progress(office: Office, milestone: int) -> object:
    with office.connect("admin") as conn:
        row = conn.execute("SELECT progress FROM milestones WHERE id = %s", (milestone,)).fetchone()
    return row[0] if row else None


def test_an_editor_cannot_update_another_offices_milestone_even_with_raw_sql(office: Office) -> None:
    with office.connect("suncheon") as conn:
        other = conn.execute("UPDATE milestones SET progress = 90 WHERE id = %s", (GWANGYANG_MILESTONE,))
        own = conn.execute("UPDATE milestones SET progress = 40 WHERE id = %s", (SUNCHEON_MILESTONE,))
        deleted = conn.execute("DELETE FROM milestones WHERE id = %s", (GWANGYANG_MILESTONE,))
        conn.commit()
    assert (other.rowcount, own.rowcount, deleted.rowcount) == (0, 1, 0)
    assert _progress(office, GWANGYANG_MILESTONE) == 0
    assert _progress(office, SUNCHEON_MILESTONE) == 40


def test_an_editor_reads_every_office_but_cannot_move_or_create_records_there(office: Office) -> None:
    with office.connect("suncheon") as conn:
        assert conn.execute("SELECT count(*) FROM milestones").fetchone() == (2,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("UPDATE projects SET sigungu = '광양시' WHERE id = 1")
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("UPDATE milestones SET project_id = 2 WHERE id = %s", (SUNCHEON_MILESTONE,))
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(
                "INSERT INTO projects (name, region, sigungu, created_at, updated_at)"
                " VALUES ('남의 사업', 'jeonnam', '광양시', %s, %s)",
                (NOW, NOW),
            )
        conn.rollback()
        conn.execute(
            "INSERT INTO mous (title, region, sigungu, created_at, updated_at)"
            " VALUES ('순천 협약', 'jeonnam', '순천시', %s, %s)",
            (NOW, NOW),
        )
        conn.commit()


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE zones SET name = '새 권역'",
        "UPDATE organizations SET name = '다른 이름'",
        "INSERT INTO dctracker_users (name, role) VALUES ('me', 'admin')",
        "UPDATE history SET who = 'nobody'",
        "UPDATE dctracker_schema SET version = 1",
    ],
)
def test_what_only_the_province_may_change(office: Office, statement: str) -> None:
    with office.connect("suncheon") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(statement)


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE milestones SET progress = 5",
        "DELETE FROM projects",
        "INSERT INTO history (batch, table_name, record_id, field, at, who)"
        f" VALUES (1, 'projects', 1, 'x', '{NOW}', 'v')",
        f"INSERT INTO organizations (name, created_at, updated_at) VALUES ('새 기관', '{NOW}', '{NOW}')",
    ],
)
def test_a_viewer_cannot_write_at_all(office: Office, statement: str) -> None:
    with office.connect("viewer") as conn:
        assert conn.execute("SELECT count(*) FROM projects").fetchone() == (2,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(statement)


def test_an_administrator_changes_everything(office: Office) -> None:
    with office.connect("admin") as conn:
        assert conn.execute("UPDATE milestones SET progress = 70").rowcount == 2
        conn.execute(
            "INSERT INTO zones (name, region, created_at, updated_at) VALUES ('동부권', 'jeonnam', %s, %s)",
            (NOW, NOW),
        )
        assert conn.execute("UPDATE zones SET version = version + 1").rowcount == 1
        conn.execute("DELETE FROM projects WHERE id = 2")
        conn.commit()
    assert _progress(office, SUNCHEON_MILESTONE) == 70


def _history_row(office: Office, who: str, *, keep_who: bool) -> object:
    with office.connect(who) as conn:
        if keep_who:
            conn.execute("SET LOCAL dctracker.keep_who = 'on'")
        row = conn.execute(
            "INSERT INTO history (batch, table_name, record_id, field, at, who)"
            " VALUES (1, 'milestones', %s, 'progress', %s, '도지사') RETURNING who",
            (SUNCHEON_MILESTONE, NOW),
        ).fetchone()
        conn.commit()
    return row[0] if row else None


def test_history_records_the_database_user_whatever_the_client_claims(office: Office) -> None:
    assert _history_row(office, "suncheon", keep_who=False) == office.names["suncheon"]
    assert _history_row(office, "suncheon", keep_who=True) == office.names["suncheon"]
    assert _history_row(office, "admin", keep_who=False) == office.names["admin"]
    # Only a 도 administrator copying a database keeps the names already recorded.
    assert _history_row(office, "admin", keep_who=True) == "도지사"


def test_init_is_one_script_and_running_it_twice_changes_nothing(pg_url: str) -> None:
    assert "CREATE POLICY office_writes ON milestones" in init_sql()
    assert "CREATE TABLE projects" in init_sql()
    with psycopg.connect(pg_url) as conn:
        assert init(conn, ServerAddress(pg_url)) == init(conn, ServerAddress(pg_url)) == 3


@pytest.mark.parametrize(
    ("role", "sigungu"), [(Role.EDITOR, None), (Role.EDITOR, "서울"), (Role.VIEWER, "순천시")]
)
def test_an_editor_needs_a_sigungu_and_no_one_else_has_one(
    role: Role, sigungu: str | None, pg_url: str
) -> None:
    with psycopg.connect(pg_url) as conn:
        init(conn, ServerAddress(pg_url))
        with pytest.raises(StoreError, match="sigungu|시군구"):
            add_user(conn, f"u_{secrets.token_hex(3)}", role, sigungu, "pw")


def test_on_a_terminal_a_password_the_usual_places_lack_is_asked_for(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dctracker.store.server.connection import ServerError, connect

    user = office.names["viewer"]
    address = ServerAddress(office.url.replace("postgres@", f"{user}@"))  # no pgpass line for it
    asked: list[str] = []

    def typed(prompt: str) -> str:
        asked.append(prompt)
        return office.password

    monkeypatch.setattr("getpass.getpass", typed)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    with connect(address) as conn:
        assert conn.execute("SELECT current_user").fetchone() == (user,)
    assert len(asked) == 1 and office.password not in asked[0]
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)  # a script: no prompt, one clear error
    with pytest.raises(ServerError, match="password"):
        connect(address)
