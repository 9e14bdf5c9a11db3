"""The whole-file check of a database being opened, run beside the opening.

PRAGMA quick_check reads every page: about 0.25 s for a province's file, a
fifth of a start. The window needs none of its answer to build itself, only
before it is shown and before anything is written. So the check may run in a
thread on its own read-only connection (sqlite3 lets go of the GIL while
SQLite works) while the window is built; `wait()` gives its verdict, raising
what the check raised, as often as it is asked.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class BackgroundCheck:
    def __init__(self, check: Callable[[], None]) -> None:
        self._check = check
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="dctracker-file-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._check()
        except BaseException as exc:  # kept for wait(), which raises it in the caller's thread
            self._error = exc

    def wait(self) -> None:
        self._thread.join()
        if self._error is not None:
            raise self._error
