"""Refresh the Qt Linguist sources from the code and compile them.

    uv run python tools/update_translations.py

New strings appear in the catalogs (resources/translations/*_ko.ts) as
unfinished; translate them (pyside6-linguist, or any editor) and run this
again. Each feature folder of ui/ (with its drawing in render/) has its own catalog so that work on one
feature never conflicts with another's translations; see CATALOGS.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "dctracker"
# The packages with translated strings: ui/ and render/ (its drawing, shared with the CLI).
TRANSLATED = (PACKAGE / "ui", PACKAGE / "render")
TRANSLATIONS = ROOT / "resources" / "translations"
# catalog name -> the folders it covers; "dctracker" covers the rest. A feature's
# drawing moved to render/ keeps its catalog (the strings and contexts are the same).
CATALOGS = {
    "charts": ("ui/charts", "render/timeline"),
    "dashboard": ("ui/dashboard", "render/report"),
    "transfer": ("ui/transfer",),
    "recovery": ("ui/recovery",),
}


def catalog_sources(catalog: str) -> list[Path]:
    """The modules whose strings belong in `catalog`."""
    if catalog in CATALOGS:
        return sorted(p for folder in CATALOGS[catalog] for p in (PACKAGE / folder).rglob("*.py"))
    owned = {PACKAGE / folder for folders in CATALOGS.values() for folder in folders}
    return sorted(
        p for top in TRANSLATED for p in top.rglob("*.py") if not any(d in p.parents for d in owned)
    )


def all_catalogs() -> list[str]:
    return ["dctracker", *CATALOGS]


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
