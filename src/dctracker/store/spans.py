"""Each milestone date is also stored as the first and last day it covers.

A stored date is a PartialDate value ("2025-H1", "..2029", "2027-03-14");
SQL cannot compare those. The dashboard orders 100,000 milestones by their
due interval and the period filter asks which touch a period: asking the
domain row by row (sql_functions.py) cost most of a start at province size.
So every write of a milestone also stores, for each date field, the ISO day
its interval starts and ends (`baseline_start`, `baseline_end`, ...), and
queries compare those columns. The domain still decides the days: these
functions are the only place that turns a value into them, for writes, for
the migration that filled older files and for the check that finds columns
another program left behind.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from dctracker.store.codec import stored_date

SPANNED = ("baseline", "forecast", "actual")  # the milestone date fields


@lru_cache(maxsize=16_384)
def first_day(value: str | None) -> str | None:
    return None if value is None else stored_date(value).start().isoformat()


@lru_cache(maxsize=16_384)
def last_day(value: str | None) -> str | None:
    return None if value is None else stored_date(value).end().isoformat()


def span_columns(row: Mapping[str, Any]) -> dict[str, str | None]:
    """The interval columns of the date fields present in `row` (stored forms)."""
    spans: dict[str, str | None] = {}
    for name in SPANNED:
        if name in row:
            spans[f"{name}_start"] = first_day(row[name])
            spans[f"{name}_end"] = last_day(row[name])
    return spans
