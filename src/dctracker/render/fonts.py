"""Fonts for what dctracker prints (PDF reports and timelines)."""

from __future__ import annotations

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
