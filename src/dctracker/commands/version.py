"""`dctracker --version`: version, schema version and data folder (see about.py)."""

from __future__ import annotations

import argparse
from typing import Any, NoReturn


class _ShowVersion(argparse.Action):
    # Worked out only when asked: every other command starts without it.
    def __call__(
        self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any, option: Any = None
    ) -> NoReturn:
        from dctracker.about import about, version_text

        print(version_text(about()))
        parser.exit()


def add_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--version", action=_ShowVersion, nargs=0, help="version, schema version and data folder"
    )
