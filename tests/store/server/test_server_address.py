"""Server URLs: recognised, and shown without any password written into them."""

from __future__ import annotations

import pytest

from dctracker.store.server.address import ServerAddress, is_server_url


@pytest.mark.parametrize(
    ("text", "server"),
    [
        ("postgresql://doro@db.jeonnam.go.kr/dctracker", True),
        ("postgres://doro@10.0.0.5:5433/dct?sslmode=require", True),
        ("postgresql:///dctracker?service=province", True),
        ("office.db", False),
        ("postgresql.db", False),
        ("C:/data/postgresql/office.db", False),
    ],
)
def test_server_urls_are_told_from_files(text: str, server: bool) -> None:
    assert is_server_url(text) is server


def test_a_password_in_the_url_is_never_shown() -> None:
    address = ServerAddress("postgresql://doro:s3cret@db.example:5433/dct?sslmode=require")
    assert str(address) == "postgresql://doro:***@db.example:5433/dct?sslmode=require"
    assert "s3cret" not in repr(address)
    assert str(ServerAddress("postgresql://doro@db/dct")) == "postgresql://doro@db/dct"
