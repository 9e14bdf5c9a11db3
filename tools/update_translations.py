"""Refresh the Qt Linguist sources from the code and compile them.

    uv run python tools/update_translations.py

New strings appear in resources/translations/dctracker_ko.ts as unfinished;
translate them (pyside6-linguist, or any editor) and run this again.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "dctracker_ko.ts"


def ui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "src" / "dctracker" / "ui").rglob("*.py"))


def main() -> int:
    subprocess.run(
        ["pyside6-lupdate", *ui_sources(), "-no-obsolete", "-locations", "none",
         "-source-language", "en", "-target-language", "ko", "-ts", str(TS.relative_to(ROOT))],
        cwd=ROOT, check=True,
    )
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
