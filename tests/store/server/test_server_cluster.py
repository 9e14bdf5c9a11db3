"""The throwaway cluster itself: a real PostgreSQL server, reached with a
password from the pgpass file, never one in the URL."""

from __future__ import annotations

import psycopg
import pytest
from pg_cluster import Cluster, _missing


def test_the_cluster_is_a_real_server_with_password_auth(pg_url: str, pg_cluster: Cluster) -> None:
    assert ":" not in pg_url.split("//")[1].split("@")[0], "no password in the URL"
    with psycopg.connect(pg_url) as conn:
        version = conn.execute("SHOW server_version_num").fetchone()
        auth = conn.execute("SHOW password_encryption").fetchone()
    assert version is not None and int(version[0]) >= 150000
    assert auth == ("scram-sha-256",)


def test_a_missing_server_fails_where_it_is_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pg_cluster.REQUIRED", True)
    with pytest.raises(pytest.fail.Exception, match="required"):
        _missing("no binaries")
    monkeypatch.setattr("pg_cluster.REQUIRED", False)
    with pytest.raises(pytest.skip.Exception, match="no binaries"):
        _missing("no binaries")
