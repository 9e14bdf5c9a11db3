"""The README's queries with the sqlite-utils CLI work on a copy of the file
made by `dctracker backup --out` (README, "sqlite-utils")."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

from dctracker.bootstrap import create_database
from dctracker.cli import main


def _sqlite_utils(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "sqlite_utils", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    return done.stdout


def test_the_cli_reads_a_backup_copy_as_the_readme_shows(tmp_path: Path) -> None:
    office = tmp_path / "office.db"
    store = create_database(office, demo=True)
    by_region: dict[str, int] = {}
    for project in store.projects.all():
        by_region[project.region.value] = by_region.get(project.region.value, 0) + 1
    store.close()
    copy = tmp_path / "copy.db"
    assert main(["backup", "--db", str(office), "--out", str(copy)]) == 0

    counts = {t["table"]: t["count"] for t in json.loads(_sqlite_utils("tables", str(copy), "--counts"))}
    assert counts["projects"] == sum(by_region.values())
    query = "SELECT region, count(*) AS n FROM projects GROUP BY region"
    rows = csv.DictReader(_sqlite_utils("query", str(copy), query, "--csv").splitlines())
    assert {row["region"]: int(row["n"]) for row in rows} == by_region
