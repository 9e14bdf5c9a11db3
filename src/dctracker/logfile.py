"""The log file: what happened before a problem, for whoever helps the user.

Both the window and the command line write to it (no Qt here), so a bug
met in either leaves its traceback in one known place.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from dctracker import paths

LOG_NAME = "dctracker.log"
MAX_BYTES = 1_000_000
KEEP_FILES = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_path(folder: Path | None = None) -> Path:
    return (folder or paths.log_dir()) / LOG_NAME


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> logging.Handler:
    """Log to a rotating file in the user log folder; calling it again adds nothing.

    The file is created when the first line is written (a command that logs
    nothing leaves none). Raises OSError when the folder cannot be made.
    """
    target = log_path(folder).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "baseFilename", None) == str(target):
            return handler
    handler = RotatingFileHandler(
        target, maxBytes=MAX_BYTES, backupCount=KEEP_FILES, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return handler
