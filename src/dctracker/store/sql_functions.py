"""SQL functions that answer with the domain's rules, registered on every connection.

Stored dates are PartialDate values ("2025-H1", "2027-03"...). SQL cannot
compare them by itself, and restating their rules in SQL would give two
truths; these functions hand each value to the domain instead, so a query
such as "open milestones whose due interval ended before today" reads
`dct_end(coalesce(forecast, baseline)) < ?` and means what the domain means.
Dates come back as ISO text, which sorts and compares as the dates do.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from functools import lru_cache

from dctracker.domain.filters import Period
from dctracker.store.codec import stored_date


@lru_cache(maxsize=16_384)
def _end(value: str | None) -> str | None:
    return None if value is None else stored_date(value).end().isoformat()


@lru_cache(maxsize=16_384)
def _start(value: str | None) -> str | None:
    return None if value is None else stored_date(value).start().isoformat()


def _touches(first: str | None, start: str, end: str) -> int:
    """Whether the date `first` touches the period from `start` to `end` (ISO)."""
    period = _period(start, end)
    return int(period.touches(None if first is None else stored_date(first)))


@lru_cache(maxsize=64)
def _period(start: str, end: str) -> Period:
    return Period(date.fromisoformat(start), date.fromisoformat(end))


def register(conn: sqlite3.Connection) -> None:
    """Make the functions above callable in SQL on `conn` (deterministic, so
    SQLite may use them in indexes and evaluate them once per value)."""
    conn.create_function("dct_end", 1, _end, deterministic=True)
    conn.create_function("dct_start", 1, _start, deterministic=True)
    conn.create_function("dct_touches", 3, _touches, deterministic=True)
