"""The log file: what happened before a problem, for whoever helps the user."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from dctracker import paths

LOG_NAME = "dctracker.log"
MAX_BYTES = 1_000_000
KEEP_FILES = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> logging.Handler:
    """Log to a rotating file in the user log folder; calling it again adds nothing."""
    folder = folder or paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = str((folder / LOG_NAME).resolve())
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "baseFilename", None) == target:
            return handler
    handler = RotatingFileHandler(target, maxBytes=MAX_BYTES, backupCount=KEEP_FILES, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return handler
