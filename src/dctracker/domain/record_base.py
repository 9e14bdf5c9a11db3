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

    @property
    def stored_id(self) -> int:
        """The id of a record read from or saved to the store (a new one has none)."""
        if self.id is None:
            raise ValueError(f"this {type(self).__name__} is not stored yet (it has no id)")
        return self.id
