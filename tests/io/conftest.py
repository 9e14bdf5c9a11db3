"""Real-shaped files as 시군 and agencies send them, built fresh for each test."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

CP949_HEADER = ["연번", "사업명", "지역", "시군구", "총사업비", "면적", "상태", "완료 예정", "담당 과장"]
CP949_ROWS = [
    [
        "1",
        "광양 오라클 클라우드 데이터센터",
        "전남",
        "광양",
        "7,000억원",
        "105,000㎡",
        "추진 중",
        "2030년까지",
        "김과장",
    ],
    [
        "2",
        "순천 NHN 공공 클라우드 데이터센터",
        "전라남도",
        "순천시",
        "3,000억",
        "10만 5000㎡",
        "계획",
        "2025년 하반기",
        "이과장",
    ],
]


@pytest.fixture
def cp949_csv(tmp_path: Path) -> Path:
    """A CP949 project list with Korean headers and commas inside quoted amounts."""
    path = tmp_path / "사업현황.csv"
    path.write_bytes(make_csv([CP949_HEADER, *CP949_ROWS]).encode("cp949"))
    return path


@pytest.fixture
def csv_text() -> Callable[..., str]:
    return make_csv


def make_csv(rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    return out.getvalue()


def milestone_workbook() -> Workbook:
    """A 시군 status sheet: title rows, a merged project cell over three rows,
    Excel serial dates, real dates, a year-only number, a blank row and 합계."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "추진현황"
    sheet.append(["광주·전남 데이터센터 추진 현황"])
    sheet.merge_cells("A1:I1")
    sheet.append(["기준: 2025. 6. 30."])
    sheet.append([])
    sheet.append(
        ["사업명", "지역", "시군구", "총사업비", "마일스톤", "기준일", "예정일", "진척률(%)", "비고"]
    )
    sheet.append(
        [
            "광양 오라클 클라우드 데이터센터",
            "전남",
            "광양시",
            "7,000억원",
            "인허가",
            45839,
            "2025년 하반기",
            30,
            "부지 협의, 전력 인입",
        ]
    )
    sheet.append([None, None, None, None, "착공", datetime(2026, 3, 2), None, 0, None])
    sheet.append([None, None, None, None, "1단계 개소", 2030, "2030년까지", 0, None])
    for column in "ABCD":
        sheet.merge_cells(f"{column}5:{column}7")
    sheet.append([])
    sheet.append(["국가 AI 데이터센터", "광주", "북구", 4000, "준공", "2025-12", None, "80%", None])
    sheet.append(["합계", None, None, "1조 1,000억원", None, None, None, None, None])
    return workbook


@pytest.fixture
def milestone_xlsx(tmp_path: Path) -> Path:
    path = tmp_path / "마일스톤.xlsx"
    milestone_workbook().save(path)
    return path
