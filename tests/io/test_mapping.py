"""The header alias table: Korean and English headers, units, the user's corrections."""

from __future__ import annotations

import pytest

from dctracker.domain.money import EOK, JO
from dctracker.io.mapping import detect_kind, header_scale, map_headers


@pytest.mark.parametrize(
    "headers, kind",
    [
        (["사업명", "시군구", "투자액", "면적"], "projects"),
        (["Project", "District", "Investment", "Area (m2)"], "projects"),
        (["사업명", "지역", "시군구", "마일스톤", "기준일", "예정일", "실적일", "진척률(%)"], "milestones"),
        (["Project", "Milestone", "Baseline", "Forecast", "Actual", "Progress"], "milestones"),
        (["협약명", "체결일", "당사자", "약정 투자액", "약정 고용"], "mous"),
        (["MOU title", "Signed on", "Parties", "Pledged investment"], "mous"),
        (["이름", "전화"], None),
    ],
)
def test_detect_kind(headers: list[str], kind: str | None) -> None:
    assert detect_kind(headers) == kind


def test_headers_fold_spaces_width_and_case() -> None:
    mapping = map_headers("milestones", ["사 업 명", "ＰＲＯＪＥＣＴ", "진척률 (%)", "BASELINE", "연번"])
    assert [c.field.name if c.field else None for c in mapping.columns] == [
        "project_name",
        None,
        "progress",
        "baseline",
        None,
    ]
    # the second project column is reported; a row-number column is not
    assert [c.header for c in mapping.unknown] == ["ＰＲＯＪＥＣＴ"]


@pytest.mark.parametrize(
    "header, scale",
    [
        ("투자액(억원)", EOK),
        ("총사업비 (조원)", JO),
        ("사업비(백만원)", 10**6),
        ("투자액", 1),
        ("투자액[천원]", 1000),
    ],
)
def test_header_units(header: str, scale: int) -> None:
    assert header_scale(header) == scale


def test_assign_moves_a_field_to_the_chosen_column() -> None:
    mapping = map_headers("milestones", ["사업명", "마일스톤", "비고", "담당 과장"])
    mapping.assign(3, "notes")
    assert [c.field.name if c.field else None for c in mapping.columns] == [
        "project_name",
        "title",
        None,
        "notes",
    ]
    assert [c.header for c in mapping.unknown] == ["비고"]
