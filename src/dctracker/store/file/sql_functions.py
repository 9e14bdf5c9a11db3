"""SQL functions that answer with the domain's rules, registered on every connection.

Stored dates are PartialDate values ("2025-H1", "2027-03"...). SQL cannot
compare them by itself; restating their rules in SQL would give two truths.
Milestones keep their intervals in columns (spans.py); these functions give
the same days to the migration that fills those columns and to the check
that compares them. Dates come back as ISO text, which sorts and compares as
the dates do.
"""

from __future__ import annotations

import sqlite3

from dctracker.store.records.spans import first_day, last_day


def register(conn: sqlite3.Connection) -> None:
    """Make the functions above callable in SQL on `conn` (deterministic, so
    SQLite may use them in indexes and evaluate them once per value)."""
    conn.create_function("dct_end", 1, last_day, deterministic=True)
    conn.create_function("dct_start", 1, first_day, deterministic=True)
