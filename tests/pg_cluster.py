"""A throwaway PostgreSQL cluster for the server-mode tests.

One cluster per test session (initdb takes seconds), one fresh database per
test. initdb refuses to run as root, so as root (CI) the cluster runs as the
unprivileged `nobody`; the tests themselves connect over TCP on 127.0.0.1 at
a free port, as the superuser `postgres` with a password read from a pgpass
file (the way an office's client finds it too).

Without server binaries the PostgreSQL tests are skipped with the reason,
except where DCTRACKER_REQUIRE_POSTGRESQL=1 (.ci/run sets it): there a
missing server fails the run instead of quietly testing less.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SUPERUSER = "postgres"
REQUIRED = os.environ.get("DCTRACKER_REQUIRE_POSTGRESQL") == "1"


@dataclass(frozen=True)
class Cluster:
    port: int
    pgpass: Path

    def url(self, database: str, user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"


def server_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl: on PATH, or Debian's versioned folder."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True)
    return candidates[0].parent if candidates else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_cluster_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", "nobody", "--", *command] if os.geteuid() == 0 else command


def _run(command: list[str]) -> None:
    done = subprocess.run(_as_cluster_user(command), capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} failed: {done.stdout}{done.stderr}")


def _missing(reason: str) -> None:
    if REQUIRED:
        pytest.fail(f"PostgreSQL is required here (DCTRACKER_REQUIRE_POSTGRESQL=1): {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    binaries = server_binaries()
    if binaries is None:
        _missing("no PostgreSQL server binaries (initdb, pg_ctl) on this machine")
        raise AssertionError("unreachable")  # _missing always raises
    # Not under pytest's root-only temp folder: the cluster's user must reach it.
    folder = Path(tempfile.mkdtemp(prefix="dctracker-pg-"))
    try:
        yield _start(binaries, folder)
    finally:
        _run([str(binaries / "pg_ctl"), "stop", "-D", str(folder / "data"), "-m", "immediate"])
        shutil.rmtree(folder, ignore_errors=True)


def _start(binaries: Path, folder: Path) -> Cluster:
    password = secrets.token_urlsafe(16)
    pwfile = folder / "pw"
    pwfile.write_text(password, encoding="utf-8")
    if os.geteuid() == 0:
        shutil.chown(folder, "nobody")
        shutil.chown(pwfile, "nobody")
    data = folder / "data"
    _run([
        str(binaries / "initdb"), "-D", str(data), "-U", SUPERUSER, "--pwfile", str(pwfile),
        "--auth", "scram-sha-256", "--encoding", "UTF8", "--locale", "C.UTF-8",
    ])  # fmt: skip
    pwfile.unlink()
    port = _free_port()
    options = f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories=''"
    _run([str(binaries / "pg_ctl"), "start", "-w", "-D", str(data), "-l", str(folder / "log"), "-o", options])
    pgpass = folder / "pgpass"
    pgpass.write_text(f"127.0.0.1:{port}:*:{SUPERUSER}:{password}\n", encoding="utf-8")
    pgpass.chmod(0o600)
    return Cluster(port, pgpass)


@pytest.fixture
def pg_url(pg_cluster: Cluster, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh, empty database on the session's cluster, as its superuser's URL."""
    import psycopg

    monkeypatch.setenv("PGPASSFILE", str(pg_cluster.pgpass))
    name = f"t_{secrets.token_hex(6)}"
    with psycopg.connect(pg_cluster.url("postgres"), autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    yield pg_cluster.url(name)
    with psycopg.connect(pg_cluster.url("postgres"), autocommit=True) as admin:
        admin.execute(f"DROP DATABASE {name} WITH (FORCE)")
