"""The 한/글 report writer: the package it writes opens again with python-hwpx,
passes its validators, and reads back as the 개조식 text it was given."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from hwpx import HwpxDocument, validate_package

from dctracker.io.hwpx_report import (
    HEADER_FILL,
    Grid,
    Point,
    Report,
    Section,
    picture_size_mm,
    png_size,
    report_bytes,
)


def tiny_png(width: int, height: int) -> bytes:
    """A valid one-colour PNG without any imaging library."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\x80\x90\xa0" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


REPORT = Report(
    title="데이터센터·AI 투자사업 추진 현황 보고",
    byline="기준일: 2025. 11. 26. │ 작성 부서: 투자유치과",
    sections=[
        Section(
            "요약",
            points=[Point("사업 3건", ["추진 중 1 · 구상 1"]), Point("지연 마일스톤 2건")],
        ),
        Section(
            "협약 이행 현황: 약정 대비 실적",
            grid=Grid(
                ["협약", "약정 투자", "실적"],
                [["광양 데이터센터 협약", "1조 2,000억 원", "—"], ["합계", "1조 2,000억 원", "—"]],
                numeric=frozenset({1, 2}),
                totals=1,
                widths=[3, 1, 1],
            ),
            new_page=True,
        ),
        Section("지연 마일스톤", grid=Grid(["사업"], []), empty_text="지연된 마일스톤이 없습니다."),
        Section("추진 일정", pictures=[tiny_png(40, 10)], note="≈: 월 단위 날짜"),
    ],
    notes=["dctracker가 작성했습니다."],
)


def reopened(data: bytes) -> HwpxDocument:
    return HwpxDocument.open(io.BytesIO(data))


def test_report_package_is_valid_and_reads_back_as_its_text() -> None:
    data = report_bytes(REPORT)
    assert validate_package(data).ok
    document = reopened(data)
    assert not document.validate().issues
    text = document.text.plain()
    lines = text.splitlines()
    assert lines[0] == "데이터센터·AI 투자사업 추진 현황 보고"
    assert "기준일: 2025. 11. 26. │ 작성 부서: 투자유치과" in lines
    assert "□ 요약" in lines
    assert " ○ 사업 3건" in lines
    assert "   - 추진 중 1 · 구상 1" in lines
    assert " ○ 지연된 마일스톤이 없습니다." in lines
    assert "광양 데이터센터 협약\t1조 2,000억 원\t—" in lines
    assert "※ ≈: 월 단위 날짜" in lines


def border_fill(document: HwpxDocument, fill_id: str) -> dict[str, dict[str, str]]:
    """A borderFill's parts by name: leftBorder ... winBrush (inside fillBrush)."""
    parts: dict[str, dict[str, str]] = {}
    for child in document.styles.border_fills[fill_id].children:
        parts[child.name] = child.attributes
        for grandchild in child.children:
            parts[grandchild.name] = grandchild.attributes
    return parts


def test_tables_have_a_shaded_header_row_and_borders() -> None:
    document = reopened(report_bytes(REPORT))
    (table,) = document.tables.all
    assert [table.cell(0, c).text for c in range(3)] == ["협약", "약정 투자", "실적"]
    assert table.row_count == 3
    header = border_fill(document, table.cell(0, 0).element.get("borderFillIDRef"))
    body = border_fill(document, table.cell(1, 0).element.get("borderFillIDRef"))
    assert header["winBrush"]["faceColor"] == HEADER_FILL
    for part in ("leftBorder", "rightBorder", "topBorder", "bottomBorder"):
        assert header[part]["type"] == body[part]["type"] == "SOLID"
    head = document.styles.char_property(table.cell(0, 0).paragraphs[0].char_pr_id_ref)
    assert head is not None and "bold" in head.child_attributes
    assert head.attributes["height"] == "900"  # 9 pt, in 1/100 pt


def test_timeline_picture_is_embedded_and_page_numbers_are_in_the_footer() -> None:
    data = report_bytes(REPORT)
    document = reopened(data)
    names = [part for part in document.package.part_names() if part.startswith("BinData/")]
    assert len(names) == 1
    section_xml = document.package.get_part(document.package.section_paths()[0]).decode("utf-8")
    footer = section_xml[section_xml.index("<hp:footer") : section_xml.index("</hp:footer>")]
    assert 'numType="PAGE"' in footer  # an automatic page number, counted by 한/글


def test_png_size_and_page_fit() -> None:
    assert png_size(tiny_png(40, 10)) == (40, 10)
    width, height = picture_size_mm(tiny_png(40, 10))
    assert width == pytest.approx(267) and height == pytest.approx(66.75)
    width, height = picture_size_mm(tiny_png(10, 40))
    assert height == pytest.approx(155) and width == pytest.approx(155 / 4)
    with pytest.raises(ValueError):
        png_size(b"GIF89a")
