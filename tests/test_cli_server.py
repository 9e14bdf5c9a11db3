"""`dctracker server init|add-user` against a real PostgreSQL server, and
every way a server URL can fail: one line, no traceback, no password shown."""

from __future__ import annotations

import io
import secrets
from pathlib import Path

import psycopg
import pytest

from dctracker import cli
from dctracker.commands.base import EXIT_OK, EXIT_USAGE

UNREACHABLE = "postgresql://doro:s3cret-pw@127.0.0.1:1/dctracker"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_init_dry_run_prints_the_sql_without_connecting(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["server", "init", "--dry-run", "--db", UNREACHABLE], capsys)
    assert code == EXIT_OK
    assert "CREATE TABLE projects" in out and "CREATE POLICY office_writes ON milestones" in out


def test_init_then_add_an_editor_who_may_change_only_her_sigungu(
    pg_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = _run(["server", "init", "--db", pg_url], capsys)
    assert (code, err) == (EXIT_OK, "")
    assert "schema 3" in out
    name, password = f"suncheon_{secrets.token_hex(3)}", secrets.token_urlsafe(12)
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    argv = [
        "server",
        "add-user",
        name,
        "--role",
        "editor",
        "--sigungu",
        "순천",
        "--password-stdin",
        "--db",
        pg_url,
    ]
    code, out, err = _run(argv, capsys)
    assert (code, err) == (EXIT_OK, "")
    assert password not in out
    with psycopg.connect(pg_url.replace("postgres@", f"{name}@"), password=password) as conn:
        assert conn.execute("SELECT current_user, dctracker_office()").fetchone() == (name, "순천시")
        assert conn.execute("SELECT pg_has_role('dctracker_editor', 'MEMBER')").fetchone() == (True,)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f'DROP ROLE "{name}"')


def test_a_user_that_exists_already_is_one_clear_line(
    pg_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _run(["server", "init", "--db", pg_url], capsys)
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    code, _, err = _run(
        ["server", "add-user", "postgres", "--role", "viewer", "--password-stdin", "--db", pg_url], capsys
    )
    assert code != EXIT_OK and "Traceback" not in err
    assert "already exists" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["server", "init", "--db", UNREACHABLE],
        ["server", "add-user", "someone", "--role", "viewer", "--password-stdin", "--db", UNREACHABLE],
    ],
)
def test_an_unreachable_server_is_one_line_without_the_password(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("new-users-pw\n"))
    code, out, err = _run(argv, capsys)
    assert code not in (EXIT_OK, 70)
    assert "Traceback" not in out + err
    assert len(err.strip().splitlines()) == 1
    assert "127.0.0.1" in err and "***" in err
    assert "s3cret" not in out + err and "new-users-pw" not in out + err


def test_server_commands_refuse_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["server", "init", "--db", str(tmp_path / "office.db")], capsys)
    assert code == EXIT_USAGE and "postgresql://" in err


def test_file_commands_refuse_a_server_url_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["list", "projects", "--db", UNREACHABLE], capsys)
    assert code == EXIT_USAGE and len(err.strip().splitlines()) == 1
    assert "s3cret" not in err and "file" in err and "backup --db URL --out FILE.db" in err


def test_a_new_users_password_is_never_an_argument_or_empty(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: no prompt
    code, _, err = _run(["server", "add-user", "x", "--role", "viewer", "--db", UNREACHABLE], capsys)
    assert code == EXIT_USAGE and "--password-stdin" in err
    code, _, err = _run(
        ["server", "add-user", "x", "--role", "viewer", "--password-stdin", "--db", UNREACHABLE], capsys
    )
    assert code == EXIT_USAGE and "empty" in err


def test_copy_to_the_server_then_back_up_to_a_file_that_opens_offline(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from dctracker.bootstrap import create_database
    from dctracker.store.server.transfer import read

    office, laptop = tmp_path / "office.db", tmp_path / "laptop.db"
    create_database(office, demo=True).close()
    code, out, err = _run(["copy", str(office), pg_url], capsys)
    assert (code, err) == (EXIT_OK, "")
    assert "checksums match" in out
    code, out, err = _run(["backup", "--db", pg_url, "--out", str(laptop)], capsys)
    assert (code, err, out.strip()) == (EXIT_OK, "", f"backup: {laptop}")
    assert read(laptop).checksums() == read(office).checksums()
    code, out, err = _run(["list", "projects", "--db", str(laptop)], capsys)
    assert (code, err) == (EXIT_OK, "")
    assert "광양" in out
    code, _, err = _run(["backup", "--db", pg_url, "--out", str(laptop)], capsys)
    assert code != EXIT_OK and "exists" in err


def test_a_server_backup_needs_an_output_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["backup", "--db", UNREACHABLE], capsys)
    assert code == EXIT_USAGE and "--out" in err and "s3cret" not in err


def test_copying_to_an_unreachable_server_is_one_line_without_the_password(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from dctracker.bootstrap import create_database

    office = tmp_path / "office.db"
    create_database(office, demo=False).close()
    code, out, err = _run(["copy", str(office), UNREACHABLE], capsys)
    assert code not in (EXIT_OK, 70) and "Traceback" not in out + err
    assert len(err.strip().splitlines()) == 1 and "s3cret" not in out + err


def test_a_new_password_typed_differently_twice_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    typed = iter(["first-try", "second-try"])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(typed))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    code, out, err = _run(["server", "add-user", "x", "--role", "viewer", "--db", UNREACHABLE], capsys)
    assert code == EXIT_USAGE and "differ" in err
    assert "first-try" not in out + err and "second-try" not in out + err
