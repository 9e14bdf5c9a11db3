"""Fonts for what dctracker prints (PDF reports and timelines)."""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from PySide6.QtGui import QFontDatabase

from dctracker.paths import resources_dir

log = logging.getLogger(__name__)

# Office PCs have Malgun Gothic; Linux machines Nanum or Noto. NanumGothic
# comes last: its space glyph maps to U+0001 in a PDF's text layer, so text
# copied out of a printed page (or searched, or read by pdftotext) would lose
# its spaces; NanumBarunGothic keeps them.
KOREAN_FONT_FAMILIES = [
    "Malgun Gothic",
    "맑은 고딕",
    "NanumBarunGothic",
    "Noto Sans CJK KR",
    "Noto Sans KR",
    "NanumGothic",
]


def bundled_font_dir() -> Path:
    """Where the self-contained build keeps NanumBarunGothic (see tools/build.py)."""
    return resources_dir() / "fonts"


def korean_font(installed: list[str], font_dir: Path) -> str | None:
    """The family printed text uses: the first of KOREAN_FONT_FAMILIES
    installed, else the fonts of `font_dir` are loaded (a PC with no Korean
    font prints boxes otherwise) and the first of them that is on the list
    is used. None: no Korean font at all. Needs a QGuiApplication."""
    present = set(installed)
    found = next((family for family in KOREAN_FONT_FAMILIES if family in present), None)
    if found is not None:
        return found
    loaded: set[str] = set()
    for path in sorted(font_dir.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id == -1:
            log.warning("cannot load the font %s", path)
            continue
        loaded.update(QFontDatabase.applicationFontFamilies(font_id))
    found = next((family for family in KOREAN_FONT_FAMILIES if family in loaded), None)
    if found is None:
        log.warning("no Korean font installed or in %s: printed Korean text shows as boxes", font_dir)
    return found


@functools.cache
def printing_font() -> str | None:
    """korean_font() for this PC, worked out (and the bundled font loaded) once."""
    return korean_font(QFontDatabase.families(), bundled_font_dir())


def pdf_font_families() -> list[str]:
    """The families to set on printed text, with the bundled font loaded if it is needed."""
    printing_font()
    return KOREAN_FONT_FAMILIES
