"""Text as it enters the program: one form for the same words.

macOS and some web forms write Hangul decomposed (NFD: ᄀ+ᅡ+ᆼ for 강), which
compares unequal to the composed form (NFC) everything else writes; a search,
a region name or an import match typed one way would miss the other. Control
characters below U+0020 other than tab, line feed and carriage return are
never meant as text (they come from terminals and broken exports) and XML,
hence XLSX, cannot hold them. Every text read from a user or a file passes
through `clean_text`, once, where it enters.
"""

from __future__ import annotations

import re
import unicodedata

# The C0 controls XML 1.0 forbids: all but \t, \n and \r.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def clean_text(text: str) -> str:
    """`text` composed (NFC), without control characters."""
    if CONTROL_CHARACTERS.search(text):
        text = CONTROL_CHARACTERS.sub("", text)
    return unicodedata.normalize("NFC", text)


def has_control_characters(text: str) -> bool:
    return CONTROL_CHARACTERS.search(text) is not None
