"""Every user-visible string of the UI has its Korean translation, compiled."""

from __future__ import annotations

import importlib.util
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


TOOL = _tool()
CATALOGS = [c for c in TOOL.all_catalogs() if TOOL.catalog_sources(c)]


def _messages(ts: Path, translated_only: bool) -> set[tuple[str | None, str | None]]:
    return {
        (ctx.findtext("name"), msg.findtext("source"))
        for ctx in ET.parse(ts).getroot().iter("context")
        for msg in ctx.iter("message")
        if not translated_only
        or (msg.find("translation").get("type") is None and msg.findtext("translation"))
    }


@pytest.mark.parametrize("catalog", CATALOGS)
def test_every_ui_string_is_translated_to_korean(catalog: str, tmp_path: Path) -> None:
    scratch = tmp_path / "scan.ts"
    sources = [str(p) for p in TOOL.catalog_sources(catalog)]
    subprocess.run(["pyside6-lupdate", *sources, "-ts", str(scratch)], check=True, capture_output=True)
    shipped = TOOL.TRANSLATIONS / f"{catalog}_ko.ts"
    assert _messages(scratch, False) - _messages(shipped, True) == set()


@pytest.mark.parametrize("catalog", CATALOGS)
def test_compiled_translation_matches_its_source(catalog: str, tmp_path: Path) -> None:
    ts = TOOL.TRANSLATIONS / f"{catalog}_ko.ts"
    fresh = tmp_path / "fresh.qm"
    subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(fresh), "-silent"], check=True)
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        "run: uv run python tools/update_translations.py"
    )
