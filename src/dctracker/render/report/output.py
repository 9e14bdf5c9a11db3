"""Writing a report file so that a failure never leaves half of one."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path


def write_whole(path: Path, write: Callable[[Path], None]) -> None:
    """Let `write` fill a side file, then move it over `path` in one step.

    The previous file at `path` survives any failure (a full disk, the old
    report open in a viewer on Windows); an unwritable folder raises OSError
    before any work is done.
    """
    partial = path.with_name(path.name + ".part")
    partial.open("wb").close()
    try:
        write(partial)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
