"""Pausing Python's cycle collector while an import handles many rows.

The collector's full passes walk every live object, and they run more often
the more objects are made: while an import reads, plans and stores 100,000
rows, the passes it set off took about a third of its time (see the README's
benchmark notes). Rows, records and plans hold no reference cycles, so
reference counting frees them as before; any cycle made meanwhile is found
once the collector runs again.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


def without_cycle_collection(function: Callable[P, T]) -> Callable[P, T]:
    """Run `function` with the cycle collector paused, then resume it.

    A call inside another paused call (or while the caller has paused it)
    leaves it as it finds it. Two threads importing at once may resume it
    before both are done: that costs speed, never correctness.
    """

    @functools.wraps(function)
    def paused(*args: P.args, **kwargs: P.kwargs) -> T:
        if not gc.isenabled():
            return function(*args, **kwargs)
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            gc.enable()

    return paused
