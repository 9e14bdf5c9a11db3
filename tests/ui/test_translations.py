"""Every user-visible string of the UI has its Korean translation, compiled."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from dctracker.paths import resources_dir

ROOT = Path(__file__).resolve().parents[2]


def test_every_ui_string_is_translated_to_korean(tmp_path: Path) -> None:
    scratch = tmp_path / "scan.ts"
    sources = sorted(str(p) for p in (ROOT / "src" / "dctracker" / "ui").rglob("*.py"))
    subprocess.run(["pyside6-lupdate", *sources, "-ts", str(scratch)], check=True,
                   capture_output=True)
    in_code = {
        (ctx.findtext("name"), msg.findtext("source"))
        for ctx in ET.parse(scratch).getroot().iter("context")
        for msg in ctx.iter("message")
    }
    shipped = ET.parse(resources_dir() / "translations" / "dctracker_ko.ts").getroot()
    translated = {
        (ctx.findtext("name"), msg.findtext("source"))
        for ctx in shipped.iter("context")
        for msg in ctx.iter("message")
        if msg.find("translation").get("type") is None and msg.findtext("translation")
    }
    assert in_code and in_code - translated == set()


def test_compiled_translation_matches_its_source(tmp_path: Path) -> None:
    folder = resources_dir() / "translations"
    ts, qm = folder / "dctracker_ko.ts", folder / "dctracker_ko.qm"
    fresh = tmp_path / "fresh.qm"
    subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(fresh), "-silent"], check=True)
    assert fresh.read_bytes() == qm.read_bytes(), "run: uv run python tools/update_translations.py"
