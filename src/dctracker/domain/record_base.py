"""The fields every stored record has (its own module so that regions.py's
zones can be records without importing the record kinds that use regions)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(kw_only=True)
class Record:
    """Fields every stored record has; `version` guards against lost updates."""

    id: int | None = None
    version: int = 0
    created_at: str | None = None
    updated_at: str | None = None
