"""Issue 13: the readers of office layouts, headers and values, one behaviour
at a time (the corpus in test_office_corpus.py shows them together)."""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from dctracker.domain.dates import PartialDate, Precision
from dctracker.domain.money import EOK
from dctracker.domain.records import MilestoneKind, MilestoneStatus, MouStatus, Project, ProjectStatus
from dctracker.domain.regions import Region
from dctracker.io import layout
from dctracker.io.candidates import project_candidates
from dctracker.io.cells import PARSERS, CellError
from dctracker.io.errors import ImportFileError
from dctracker.io.importer import mapping_for, read_table
from dctracker.io.mapping import header_scale, map_headers, match_field
from dctracker.io.plan import Action, plan_import
from dctracker.io.table import Skip, build_table
from dctracker.io.values import UNSET, Noted, label_suggestions, read_label, sigungu_suggestions
from dctracker.io.xlsx_io import hidden_rows_and_columns
from dctracker.store import Store

# --- Headers: the alias table of the issue -------------------------------------------------


@pytest.mark.parametrize(
    "kind, header, field",
    [
        ("projects", "사업명", "name"),
        ("projects", "과제명", "name"),
        ("projects", "사업 명칭", "name"),
        ("projects", "시군", "sigungu"),
        ("projects", "시군구", "sigungu"),
        ("projects", "소재지", "sigungu"),
        ("projects", "위치", "sigungu"),
        ("projects", "총사업비", "investment"),
        ("projects", "사업비(백만원)", "investment"),
        ("projects", "투자액", "investment"),
        ("projects", "투자규모", "investment"),
        ("projects", "추진상황", "status"),
        ("projects", "추진현황", "status"),
        ("projects", "진행상황", "status"),
        ("projects", "완료예정일", "planned_finish"),
        ("projects", "준공예정일", "planned_finish"),
        ("projects", "종료예정", "planned_finish"),
        ("projects", "사업기간 시작", "planned_start"),
        ("projects", "사업기간 종료", "planned_finish"),
        ("milestones", "과제명", "project_name"),
        ("milestones", "주요일정", "title"),
        ("milestones", "추진일정", "title"),
        ("milestones", "세부일정", "title"),
        ("milestones", "마일스톤", "title"),
        ("milestones", "단계", "title"),
        ("milestones", "당초계획", "baseline"),
        ("milestones", "최초계획", "baseline"),
        ("milestones", "계획", "baseline"),
        ("milestones", "변경계획", "forecast"),
        ("milestones", "조정계획", "forecast"),
        ("milestones", "예정", "forecast"),
        ("milestones", "전망", "forecast"),
        ("milestones", "완료예정일", "forecast"),
        ("milestones", "완료일", "actual"),
        ("milestones", "실적", "actual"),
        ("milestones", "완료", "actual"),
        ("milestones", "추진상황", "status"),
        ("milestones", "진척률", "progress"),
        ("milestones", "공정률", "progress"),
        ("milestones", "추진율", "progress"),
        ("mous", "투자규모(억원)", "pledged_investment"),
    ],
)
def test_office_headers_map_to_their_field(kind: str, header: str, field: str) -> None:
    found = match_field(kind, header)
    assert found is not None and found.name == field


@pytest.mark.parametrize(
    "header, scale",
    [("총사업비(억원)", EOK), ("사업비(백만원)", 10**6), ("투자액(천원)", 1000), ("투자액", 1)],
)
def test_a_header_unit_scales_its_amounts(header: str, scale: int) -> None:
    assert header_scale(header) == scale


def test_the_unit_line_applies_to_amount_columns_without_a_unit_only() -> None:
    mapping = map_headers("projects", ["사업명", "총사업비", "면적", "투자액(천원)"], default_scale=EOK)
    scales = {c.header: c.scale for c in mapping.columns}
    assert scales == {"사업명": 1, "총사업비": EOK, "면적": 1, "투자액(천원)": 1}
    mapping.assign(3, "investment")  # the user's correction keeps the table's unit rule
    assert mapping.columns[3].scale == 1000


# --- Layout ----------------------------------------------------------------------------------


def test_the_preamble_gives_the_unit_and_the_as_of_date() -> None:
    preamble = layout.read_preamble([["추진현황"], [None, "(기준일: 2025. 9. 30. / 단위: 억원)"]])
    assert (preamble.scale, preamble.as_of) == (EOK, "2025. 9. 30.")
    assert layout.read_preamble([["단위 : 백만원"]]).scale == 10**6


def test_a_second_header_row_is_joined_to_its_group_header() -> None:
    top = ["사업명", "사업기간", "사업기간", "비고"]
    assert layout.sub_header(top, ["사업명", "시작", "종료", "비고"]) == [
        "사업명",
        "사업기간 시작",
        "사업기간 종료",
        "비고",
    ]
    # As CSV: the merged group header only in its first cell.
    assert layout.sub_header(["사업명", "사업기간", "", ""], [None, "시작", "종료", None]) == [
        "사업명",
        "사업기간 시작",
        "사업기간 종료",
        "",
    ]


def test_a_data_row_is_not_a_second_header_row() -> None:
    top = ["사업명", "시작", "종료"]
    assert layout.sub_header(top, ["광양 데이터센터", "2024", "2030"]) is None
    assert layout.sub_header(top, ["광양 데이터센터", 2024, 2030]) is None


@pytest.mark.parametrize(
    "cells, footnote",
    [
        (["※ 변동 가능", None], True),
        (["주) 부가세 포함", ""], True),
        (["주1) 부가세 포함"], True),
        (["자료: 투자유치과"], True),
        (["* 9월 기준", "* 9월 기준"], True),  # merged across the columns
        (["(주)전남데이터", "광양시"], False),
        (["※ 변동 가능", "광양시"], False),  # a cell of its own: a data row
        ([1, "사업"], False),
    ],
)
def test_footnotes_are_told_from_rows(cells: list[Any], footnote: bool) -> None:
    assert layout.is_footnote(cells) is footnote


@pytest.mark.parametrize(
    "cells, total",
    [(["합계", None], True), ([None, "소계", 1], True), (["광주", "광주 소계"], True), (["계"], True),
     (["광양 데이터센터", "광양시"], False)],
)  # fmt: skip
def test_subtotal_rows(cells: list[Any], total: bool) -> None:
    assert layout.is_total(cells) is total


@pytest.mark.parametrize(
    "cell, parts",
    [
        ("2024~2030", ("2024", "2030")),
        ("'24. 6월 ~ '26. 12월", ("'24. 6월", "'26. 12월")),
        ("2024. 1. ～ 2025. 12.", ("2024. 1.", "2025. 12.")),
        ("2026", ("2026", None)),
        (2026, (2026, None)),
    ],
)
def test_a_period_cell_splits_into_start_and_finish(cell: Any, parts: tuple[Any, Any]) -> None:
    assert layout.split_range(cell) == parts


def test_rows_left_out_are_listed_with_why() -> None:
    rows = [
        (1, ["사업명", "시군", "비고"]),
        (2, ["가", "광양시", None]),
        (3, ["숨김", "광양시", None]),
        (4, ["합계", None, None]),
        (5, [None, None, None]),
        (6, ["※ 각주", None, None]),
    ]
    table = build_table("t.csv", rows, hidden_rows=frozenset({3}), hidden_columns=frozenset({2}))
    assert [r.number for r in table.rows] == [2]
    assert [(s.number, s.why, s.text) for s in table.skipped] == [
        (3, Skip.HIDDEN, "숨김"),
        (4, Skip.SUBTOTAL, "합계"),
        (6, Skip.FOOTNOTE, "※ 각주"),
    ]
    assert table.hidden_columns == ["비고"] and table.headers[:2] == ["사업명", "시군"]


def test_a_csv_merged_category_is_filled_down() -> None:
    rows = [(1, ["구분", "사업명", "시군"]), (2, ["민간", "가", "광양"]), (3, [None, "나", "광양"])]
    table = build_table("t.csv", rows)
    assert [r.cells[0] for r in table.rows] == ["민간", "민간"]


def test_hidden_rows_and_columns_are_read_from_the_sheet(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "현황 & 일정"  # an escaped name in workbook.xml
    sheet.append(["사업명", "시군", "메모"])
    sheet.row_dimensions[3].hidden = True
    sheet.column_dimensions["C"].hidden = True
    path = tmp_path / "h.xlsx"
    workbook.save(path)
    assert hidden_rows_and_columns(path, "현황 & 일정") == (frozenset({3}), frozenset({2}))
    assert hidden_rows_and_columns(path, "없는 시트") == (frozenset(), frozenset())


# --- Values ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "word, kind",
    [
        ("MOU 체결", MilestoneKind.MOU_SIGNING),
        ("투자협약 체결", MilestoneKind.MOU_SIGNING),
        ("업무협약", MilestoneKind.MOU_SIGNING),
        ("착공식", MilestoneKind.GROUNDBREAKING),
        ("준공(예정)", MilestoneKind.COMPLETION),
        ("인허가(건축허가)", MilestoneKind.PERMIT),
        ("착공", MilestoneKind.GROUNDBREAKING),
    ],
)
def test_office_kinds(word: str, kind: MilestoneKind) -> None:
    assert PARSERS["milestone_kind"](word, 1) is kind


@pytest.mark.parametrize(
    "word, milestone, project",
    [
        ("완료", MilestoneStatus.DONE, ProjectStatus.COMPLETED),
        ("추진중", MilestoneStatus.IN_PROGRESS, ProjectStatus.IN_PROGRESS),
        ("추진 중", MilestoneStatus.IN_PROGRESS, ProjectStatus.IN_PROGRESS),
        ("검토", MilestoneStatus.PLANNED, ProjectStatus.IDEA),
        ("구상", MilestoneStatus.PLANNED, ProjectStatus.IDEA),
        ("지연", MilestoneStatus.DELAYED, None),
        ("보류", None, ProjectStatus.ON_HOLD),
    ],
)
def test_office_statuses(word: str, milestone: MilestoneStatus | None, project: ProjectStatus | None) -> None:
    assert read_label(MilestoneStatus, word) is milestone
    assert read_label(ProjectStatus, word) is project
    assert read_label(MouStatus, "체결 완료") is MouStatus.SIGNED


def test_an_unknown_word_keeps_the_field_and_is_noted_with_the_nearest_values() -> None:
    read = PARSERS["milestone_kind"]("착공싱", 1)
    assert isinstance(read, Noted) and read.value is UNSET
    assert "착공싱" in read.ko and "착공" in read.ko.split("가까운 값:")[1]
    assert label_suggestions(MilestoneKind, "준궁")[0] == "준공"


def test_an_unknown_district_is_rejected_with_the_nearest_ones(store: Store, tmp_path: Path) -> None:
    assert sigungu_suggestions("광양군")[0] == "광양시"
    path = tmp_path / "p.csv"
    path.write_text("사업명,시군\n가,광양군\n", encoding="utf-8")
    table = read_table(path)
    (row,) = plan_import(store, table, mapping_for(table)).rows
    assert row.action is Action.REJECT
    assert "'광양군'" in row.reasons[0].ko and "가까운 값: 광양시" in row.reasons[0].ko


@pytest.mark.parametrize(
    "text, value",
    [
        ("'25. 3월", PartialDate(2025, Precision.MONTH, 3)),
        ("2025. 3분기", PartialDate(2025, Precision.QUARTER, 7)),
        ("2025.3Q", PartialDate(2025, Precision.QUARTER, 7)),
        ("3Q 2025", PartialDate(2025, Precision.QUARTER, 7)),
        ("2025. 하반기", PartialDate(2025, Precision.HALF, 7)),
        ("25년 하반기", PartialDate(2025, Precision.HALF, 7)),
        ("2021. 11.", PartialDate(2021, Precision.MONTH, 11)),
        ("2025. 3. 31.(월)", PartialDate.from_date(date(2025, 3, 31))),
        ("2025년 말", PartialDate(2025, Precision.HALF, 7)),
        ("2025년 초", PartialDate(2025, Precision.HALF, 1)),
    ],
)
def test_office_dates(text: str, value: PartialDate) -> None:
    assert PARSERS["date"](text, 1) == value


@pytest.mark.parametrize("text", ["미정", "추후 결정", "-"])
def test_an_undecided_date_or_amount_is_empty_with_a_note(text: str) -> None:
    for parse in ("date", "won"):
        read = PARSERS[parse](text, 1)
        assert isinstance(read, Noted) and read.value is None and text in read.ko


def test_a_month_and_day_without_a_year_is_not_a_date() -> None:
    with pytest.raises(CellError):
        PARSERS["date"]("10. 5.", 1)


@pytest.mark.parametrize(
    "text, scale, won",
    [("1조 2,000억", 1, 12_000 * EOK), ("12,000", EOK, 12_000 * EOK), ("7000억원", 10**6, 7000 * EOK)],
)
def test_office_amounts(text: str, scale: int, won: int) -> None:
    assert PARSERS["won"](text, scale) == won


def test_an_approximate_amount_keeps_that_it_is_approximate() -> None:
    read = PARSERS["won"]("약 8천억", 1)
    assert isinstance(read, Noted) and read.value == 8000 * EOK and "어림" in read.ko


def test_a_percent_cell_reads_whole_percent() -> None:
    assert PARSERS["percent"](0.35, 1) == 35


def test_a_note_made_while_reading_adds_to_stored_notes_never_replaces_them(
    store: Store, tmp_path: Path
) -> None:
    store.projects.create(Project(name="가", region=Region.JEONNAM, sigungu="광양시", notes="담당자 메모"))
    path = tmp_path / "p.csv"
    path.write_text("사업명,시군,추진상황\n가,광양시,부지 협의 중\n", encoding="utf-8")
    table = read_table(path)
    (row,) = plan_import(store, table, mapping_for(table)).rows
    assert row.action is Action.UPDATE
    assert row.record is not None and row.record.notes.startswith("담당자 메모\n")
    assert "부지 협의 중" in row.record.notes
    assert row.record.status is ProjectStatus.PLANNED  # kept, not guessed


# --- Never anything but their own error ---------------------------------------------------------

office_words = st.sampled_from(
    ["사업기간", "시작", "종료", "※", "주)", "자료:", "*", "합계", "소계", "단위:", "억원", "기준일:",
     "~", "'25.", "3Q", "하반기", "년", "(월)", "약", "조", "천", "미정", "-", "광양", "시", "(", ")",
     " ", "\n", "2025", "."]
)  # fmt: skip
office_text = st.one_of(st.text(max_size=20), st.lists(office_words, max_size=8).map("".join))
office_cells = st.one_of(st.none(), office_text, st.integers(-(10**12), 10**12), st.floats(allow_nan=True))


@given(st.lists(st.lists(office_cells, max_size=6), max_size=6), st.lists(office_cells, max_size=6))
def test_layout_readers_never_raise(rows: list[list[Any]], below: list[Any]) -> None:
    layout.read_preamble(rows)
    layout.sub_header([str(c) for c in below], below)
    for cells in rows:
        layout.is_footnote(cells)
        layout.is_total(cells)
        if cells:
            layout.split_range(cells[0])


@given(st.lists(st.lists(office_cells, min_size=1, max_size=5), max_size=12))
def test_building_a_table_raises_only_its_own_error(rows: list[list[Any]]) -> None:
    numbered = [
        (n, cells) for n, cells in enumerate([["사업명", "시군", "사업기간", "구분"], *rows], start=1)
    ]
    with contextlib.suppress(ImportFileError):
        build_table("t.csv", numbered, hidden_rows=frozenset({3}), hidden_columns=frozenset({1}))


@given(st.sampled_from(sorted(PARSERS)), office_cells, st.sampled_from([1, 1000, 10**6, EOK]))
def test_value_readers_raise_only_cell_errors_on_office_text(parse: str, cell: Any, scale: int) -> None:
    with contextlib.suppress(CellError):
        PARSERS[parse](cell, scale if parse == "won" else 1)


@given(office_text)
def test_suggestions_never_raise(text: str) -> None:
    assert len(sigungu_suggestions(text)) <= 3
    assert len(label_suggestions(MilestoneKind, text)) <= 3


# --- Project names spelled differently: candidates by 시군 ----------------------------------------


def _project(name: str, sigungu: str) -> Project:
    return Project(name=name, region=Region.JEONNAM, sigungu=sigungu)


CANDIDATE_PROJECTS = [
    _project("오라클 클라우드 데이터센터 (광양시 황금산단)", "광양시"),
    _project("광양 AI 데이터센터", "광양시"),
    _project("광양만권 재난안전 데이터허브", "광양시"),
    _project("순천 오라클 클라우드 데이터센터", "순천시"),
    _project("전남 오라클 클라우드 데이터센터 협력사업", ""),
]


def test_a_differently_spelled_project_is_the_first_candidate_of_its_district() -> None:
    found = project_candidates("광양 오라클 클라우드 데이터센터", "광양시", CANDIDATE_PROJECTS)
    names = [c.project.name for c in found]
    assert names[0] == "오라클 클라우드 데이터센터 (광양시 황금산단)"
    assert "순천 오라클 클라우드 데이터센터" not in names  # another 시군
    assert "광양 AI 데이터센터" not in names  # shares only "데이터센터"
    assert "전남 오라클 클라우드 데이터센터 협력사업" in names  # region-wide projects are candidates
    assert all(0 < c.score <= 1 for c in found) and found == sorted(found, key=lambda c: -c.score)


def test_without_a_district_another_districts_namesake_scores_lower() -> None:
    found = project_candidates("광양 오라클 클라우드 데이터센터", "", CANDIDATE_PROJECTS)
    scores = {c.project.name: c.score for c in found}
    assert scores["오라클 클라우드 데이터센터 (광양시 황금산단)"] > scores["순천 오라클 클라우드 데이터센터"]


def test_the_same_name_folded_scores_one_and_nothing_alike_gives_no_candidate() -> None:
    same = project_candidates("광양 ＡＩ  데이터센터", "광양시", CANDIDATE_PROJECTS)
    assert same[0].project.name == "광양 AI 데이터센터" and same[0].score == 1.0
    assert project_candidates("목포 해양 박물관", "광양시", CANDIDATE_PROJECTS) == []


@given(office_text, st.sampled_from(["", "광양시", "순천시"]))
def test_project_candidates_never_raise(name: str, sigungu: str) -> None:
    assert len(project_candidates(name, sigungu, CANDIDATE_PROJECTS)) <= 3
