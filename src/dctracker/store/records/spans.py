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

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from dctracker.store.records.codec import stored_date

SPANNED = ("baseline", "forecast", "actual")  # the milestone date fields


@lru_cache(maxsize=16_384)
def first_day(value: str | None) -> str | None:
    return None if value is None else stored_date(value).start().isoformat()


@lru_cache(maxsize=16_384)
def last_day(value: str | None) -> str | None:
    return None if value is None else stored_date(value).end().isoformat()


@lru_cache(maxsize=64)
def span_columns(names: tuple[str, ...]) -> tuple[list[str], Callable[[Sequence[Any]], list[str | None]]]:
    """For rows holding the stored columns `names` (in that order): the
    interval columns of the date fields among them, and a function giving
    those columns' values for one row."""
    at = [names.index(name) for name in SPANNED if name in names]
    columns = [f"{names[i]}_{side}" for i in at for side in ("start", "end")]

    def values(row: Sequence[Any]) -> list[str | None]:
        spans: list[str | None] = []
        for i in at:
            spans += (first_day(row[i]), last_day(row[i]))
        return spans

    return columns, values


# Rows whose interval columns disagree with their dates: another program
# changed a date and left the columns behind (dct_* are first_day/last_day,
# registered on every connection by sql_functions.py).
STALE = " OR ".join(
    f"{name}_{side} IS NOT dct_{side}({name})" for name in SPANNED for side in ("start", "end")
)
