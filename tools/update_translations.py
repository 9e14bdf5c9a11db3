"""Refresh the Qt Linguist sources from the code and compile them.

    uv run python tools/update_translations.py

New strings appear in the catalogs (resources/translations/*_ko.ts) as
unfinished; translate them (pyside6-linguist, or any editor) and run this
again. Each feature folder of ui/ has its own catalog so that work on one
feature never conflicts with another's translations; see CATALOGS.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "src" / "dctracker" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
# catalog name -> the ui/ sub-folder it covers; "dctracker" covers the rest.
# The messages of the store's and the domain's errors, by code: loaded by the
# window and by the command line alike (ui/i18n.py, cli.py).
MESSAGES = ROOT / "src" / "dctracker" / "domain" / "messages.py"
CATALOGS = {
    "charts": "charts",
    "dashboard": "dashboard",
    "transfer": "transfer",
    "recovery": "recovery",
}


def catalog_sources(catalog: str) -> list[Path]:
    """The UI modules whose strings belong in `catalog`."""
    if catalog == "messages":
        return [MESSAGES]
    if catalog in CATALOGS:
        return sorted((UI / CATALOGS[catalog]).rglob("*.py"))
    owned = {UI / folder for folder in CATALOGS.values()}
    return sorted(p for p in UI.rglob("*.py") if not any(d in p.parents for d in owned))


def all_catalogs() -> list[str]:
    return ["dctracker", "messages", *CATALOGS]


def main() -> int:
    for catalog in all_catalogs():
        sources = catalog_sources(catalog)
        if not sources:
            continue
        ts = TRANSLATIONS / f"{catalog}_ko.ts"
        subprocess.run(
            [
                "pyside6-lupdate",
                *map(str, sources),
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                "ko",
                "-ts",
                str(ts),
            ],
            check=True,
        )
        subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
