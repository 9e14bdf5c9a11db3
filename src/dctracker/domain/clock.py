"""The one clock of the application: history stamps, "today", due-soon windows,
backup names and report dates all read it.

Code asks `now()` or `today()` here instead of `datetime.now()` so that a test
can move time (`frozen`) and see every part of the program move with it: a
suite that passes only on the day it was written is a suite that will fail.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime


def _system_now() -> datetime:
    return datetime.now().astimezone()


_source: Callable[[], datetime] = _system_now


def now() -> datetime:
    """The current local time, with its UTC offset."""
    return _source()


def today() -> date:
    return now().date()


@contextmanager
def frozen(at: datetime) -> Iterator[None]:
    """Stop the clock at `at` (given its local offset if it has none) for the block."""
    global _source
    pinned = at if at.tzinfo is not None else at.astimezone()
    previous = _source
    _source = lambda: pinned  # noqa: E731 - a constant source needs no def
    try:
        yield
    finally:
        _source = previous
