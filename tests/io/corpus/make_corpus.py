"""Writes the office-file corpus: spreadsheets made the way 시군 and 도 offices make them.

Each case is one file, written by code below (no binary file is committed, so
where every byte comes from is plain), with the records an import must read
from it. tests/io/test_office_corpus.py writes them into a temporary folder;
`python tests/io/corpus/make_corpus.py FOLDER` writes them for a person to open.

What the files hold is modelled on public 추진현황 tables: a title, a
"(기준일: … / 단위: 억원)" line, two-row headers with a merged 사업기간,
merged 구분 cells, 소계/합계 rows, spacer rows, footnotes, hidden rows and
columns, several sheets, CP949 CSV with CRLF, and the words offices use.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from dctracker.domain.dates import PartialDate, Precision
from dctracker.domain.money import EOK
from dctracker.domain.records import MilestoneKind, MilestoneStatus, MouStatus, ProjectStatus
from dctracker.domain.regions import Region

Rows = list[list[Any]]


@dataclass
class Sheet:
    name: str
    rows: Rows
    merges: list[str] = field(default_factory=list)  # "A5:A7"
    hidden_rows: list[int] = field(default_factory=list)  # 1-based
    hidden_columns: list[str] = field(default_factory=list)  # "D"


@dataclass
class Case:
    """One corpus file and what importing it must give."""

    name: str
    kind: str
    write: Callable[[Path], None]
    # label (project name / milestone title / MOU title) -> field -> value
    records: dict[str, dict[str, Any]]
    rejected: list[tuple[str, list[str]]] = field(default_factory=list)  # (label, words its reason says)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (why, start of the row's text)
    notes: dict[str, list[str]] = field(default_factory=dict)  # label -> words its notes say
    hidden_columns: list[str] = field(default_factory=list)
    sheet: str = ""
    scale: int = 1
    as_of: str = ""


CASES: list[Case] = []


def case(**kwargs: Any) -> Callable[[Callable[[Path], None]], Callable[[Path], None]]:
    def register(write: Callable[[Path], None]) -> Callable[[Path], None]:
        CASES.append(Case(write=write, **kwargs))
        return write

    return register


def write_csv(
    path: Path, rows: Rows, encoding: str = "utf-8", newline: str = "\r\n", delimiter: str = ","
) -> None:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator=newline).writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))


def write_xlsx(path: Path, *sheets: Sheet) -> None:
    workbook = Workbook()
    workbook.remove(workbook.active)  # type: ignore[arg-type]
    for sheet in sheets:
        worksheet = workbook.create_sheet(sheet.name)
        for row in sheet.rows:
            worksheet.append(row)
        for merge in sheet.merges:
            worksheet.merge_cells(merge)
        for number in sheet.hidden_rows:
            worksheet.row_dimensions[number].hidden = True
        for letter in sheet.hidden_columns:
            worksheet.column_dimensions[letter].hidden = True
    workbook.save(path)


def day(y: int, m: int, d: int) -> PartialDate:
    return PartialDate(y, Precision.DAY, m, d)


def month(y: int, m: int) -> PartialDate:
    return PartialDate(y, Precision.MONTH, m)


def quarter(y: int, q: int) -> PartialDate:
    return PartialDate(y, Precision.QUARTER, 3 * q - 2)


def half(y: int, h: int) -> PartialDate:
    return PartialDate(y, Precision.HALF, 1 if h == 1 else 7)


def year(y: int) -> PartialDate:
    return PartialDate(y, Precision.YEAR)


JEONNAM, GWANGJU = Region.JEONNAM, Region.GWANGJU
P = ProjectStatus
M = MilestoneStatus
K = MilestoneKind


# 1. A 시군 status table: title, 기준일/단위 line, two-row header with a merged
#    사업기간, merged 구분, 소계 and 합계 rows, footnotes.
@case(
    name="01_광양시_데이터센터_추진현황.xlsx",
    kind="projects",
    records={
        "광양 오라클 클라우드 데이터센터": {
            "category": "민간투자",
            "sigungu": "광양시",
            "region": JEONNAM,
            "investment": 7000 * EOK,
            "planned_start": year(2024),
            "planned_finish": year(2030),
            "status": P.IN_PROGRESS,
        },
        "황금산단 AI 컴퓨팅센터": {
            "category": "민간투자",
            "investment": 1200 * EOK,
            "planned_start": month(2025, 6),
            "planned_finish": month(2027, 12),
            "status": P.IDEA,
        },
        "광양만권 재난안전 데이터허브": {"category": "공공", "investment": 300 * EOK, "status": P.PLANNED},
    },
    skipped=[("subtotal", "민간투자"), ("subtotal", "합계"), ("footnote", "※"), ("footnote", "자료:")],
    scale=EOK,
    as_of="2025. 9. 30.",
)
def _gwangyang(path: Path) -> None:
    rows: Rows = [
        ["광양시 데이터센터 유치 추진현황"],
        ["(기준일: 2025. 9. 30. / 단위: 억원)"],
        ["연번", "구분", "사업명", "시군", "총사업비", "사업기간", None, "추진상황", "비고"],
        [None, None, None, None, None, "시작", "종료", None, None],
        [
            1,
            "민간투자",
            "광양 오라클 클라우드 데이터센터",
            "광양시",
            7000,
            2024,
            2030,
            "추진중",
            "1단계 착공",
        ],
        [2, None, "황금산단 AI 컴퓨팅센터", "광양", "1,200", "'25. 6월", "2027. 12월", "검토", None],
        [None, "민간투자 소계", None, None, 8200, None, None, None, None],
        [3, "공공", "광양만권 재난안전 데이터허브", "광양시", 300, None, None, "계획", None],
        [None, "합계", None, None, 8500, None, None, None, None],
        [],
        ["※ 총사업비는 협약서 기준이며 변동될 수 있음"],
        ["자료: 광양시 투자유치과"],
    ]
    merges = ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:G3", "H3:H4", "I3:I4", "B5:B6", "A11:I11"]
    write_xlsx(path, Sheet("추진현황", rows, merges))


# 2. A 도 milestone table with office kinds and date spellings.
@case(
    name="02_전남도_AI데이터센터_주요일정.xlsx",
    kind="milestones",
    records={
        "투자협약": {"kind": K.MOU_SIGNING, "baseline": month(2025, 3), "actual": day(2025, 3, 31)},
        "건축허가": {"kind": K.PERMIT, "baseline": quarter(2025, 3), "forecast": quarter(2025, 4)},
        "착공": {"kind": K.GROUNDBREAKING, "baseline": half(2025, 2), "forecast": half(2026, 1)},
        "1단계 준공": {"kind": K.COMPLETION, "baseline": year(2027), "status": M.PLANNED},
    },
    skipped=[("footnote", "주)")],
)
def _jeonnam_milestones(path: Path) -> None:
    rows: Rows = [
        ["전라남도 AI 데이터센터 주요일정 관리표"],
        [],
        ["사업명", "시군", "주요일정", "구분", "당초계획", "변경계획", "완료일", "상태"],
        [
            "솔라시도 AI 데이터센터",
            "해남군",
            "투자협약",
            "투자협약 체결",
            "'25. 3월",
            None,
            "2025. 3. 31.(월)",
            "완료",
        ],
        [
            "솔라시도 AI 데이터센터",
            "해남군",
            "건축허가",
            "인허가(건축허가)",
            "2025. 3분기",
            "2025.4Q",
            None,
            "추진 중",
        ],
        ["솔라시도 AI 데이터센터", "해남군", "착공", "착공식", "2025. 하반기", "26년 상반기", None, "지연"],
        ["솔라시도 AI 데이터센터", "해남군", "1단계 준공", "준공(예정)", 2027, None, None, "예정"],
        ["주) 일정은 사업자 사정에 따라 변경될 수 있음"],
    ]
    write_xlsx(path, Sheet("일정", rows, ["A8:H8"]))


# 3. CP949 CSV with CRLF, a 단위: 백만원 line and unit-less amounts.
@case(
    name="03_나주시_사업현황_cp949.csv",
    kind="projects",
    records={
        "나주 혁신도시 에너지 데이터센터": {
            "investment": 12_000 * 10**6,
            "sigungu": "나주시",
            "region": JEONNAM,
        },
        "빛가람 전력데이터 허브": {"investment": 850 * 10**6, "status": P.IN_PROGRESS},
    },
    scale=10**6,
)
def _naju(path: Path) -> None:
    rows: Rows = [
        ["나주시 데이터센터 관련 사업 현황", "", "", "", ""],
        ["(단위: 백만원)", "", "", "", ""],
        ["연번", "사업명", "시군구", "사업비", "진행상황"],
        ["1", "나주 혁신도시 에너지 데이터센터", "나주시", "12,000", "구상"],
        ["2", "빛가람 전력데이터 허브", "나주", "850", "추진중"],
    ]
    write_csv(path, rows, encoding="cp949")


# 4. UTF-8 with BOM; quoted commas and a line break inside a note.
@case(
    name="04_순천시_현황_utf8bom.csv",
    kind="projects",
    records={
        "순천 NHN 공공 클라우드 데이터센터": {
            "investment": 3000 * EOK,
            "notes": "부지: 해룡산단, 1단계\n2단계는 미정",
            "status": P.IN_PROGRESS,
        },
        "순천만 생태 데이터 플랫폼": {"investment": 45 * EOK, "status": P.PLANNED},
    },
)
def _suncheon(path: Path) -> None:
    rows: Rows = [
        ["사업명", "시군", "총사업비(억원)", "추진현황", "비고"],
        [
            "순천 NHN 공공 클라우드 데이터센터",
            "순천시",
            "3,000",
            "추진 중",
            "부지: 해룡산단, 1단계\n2단계는 미정",
        ],
        ["순천만 생태 데이터 플랫폼", "순천시", "45", "계획", ""],
    ]
    write_csv(path, rows, encoding="utf-8-sig")


# 5. Hidden rows and columns: not imported, and listed.
@case(
    name="05_여수시_숨긴행열.xlsx",
    kind="projects",
    records={"여수 국가산단 데이터센터": {"investment": 2500 * EOK, "notes": ""}},
    skipped=[("hidden", "2")],
    hidden_columns=["내부검토의견"],
)
def _yeosu(path: Path) -> None:
    rows: Rows = [
        ["사업명", "시군", "투자액(억원)", "내부검토의견", "비고"],
        ["여수 국가산단 데이터센터", "여수시", 2500, "대외비", None],
        [2, "여수 폐기된 안", "여수시", 10, "삭제 예정"],
    ]
    write_xlsx(path, Sheet("Sheet1", rows, hidden_rows=[3], hidden_columns=["D"]))


# 6. Several sheets: a cover and a summary before the table.
@case(
    name="06_목포시_여러시트.xlsx",
    kind="projects",
    records={"목포 해양 데이터센터": {"investment": 900 * EOK, "sigungu": "목포시"}},
    sheet="세부현황",
)
def _mokpo(path: Path) -> None:
    write_xlsx(
        path,
        Sheet("표지", [["2025년 데이터센터 추진현황 보고"], ["목포시 기획예산실"]]),
        Sheet("요약", [["총괄"], ["건수", 1], ["총 투자액", "900억"]]),
        Sheet("세부현황", [["과제명", "소재지", "투자규모(억원)"], ["목포 해양 데이터센터", "목포시", 900]]),
    )


# 7. A two-row header: "추진일정" over 당초/변경/실적; merged 사업명 cells.
@case(
    name="07_광주시_AI집적단지_일정_2행머리글.xlsx",
    kind="milestones",
    records={
        "실시설계": {
            "baseline": month(2024, 6),
            "forecast": month(2024, 9),
            "actual": month(2024, 10),
            "progress": 100,
        },
        "데이터센터 착공": {"baseline": quarter(2025, 1), "forecast": quarter(2025, 3), "progress": 35},
    },
)
def _gwangju_two_rows(path: Path) -> None:
    rows: Rows = [
        ["AI 집적단지 세부일정"],
        ["사업명", "시군구", "세부일정", "추진일정", None, None, "공정률"],
        [None, None, None, "당초", "변경", "실적", None],
        ["국가 AI 데이터센터", "북구", "실시설계", "2024. 6월", "2024. 9월", "2024. 10월", "100%"],
        [None, None, "데이터센터 착공", "2025. 1분기", "2025. 3분기", None, 0.35],
    ]
    merges = ["A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "A4:A5", "B4:B5"]
    write_xlsx(path, Sheet("일정", rows, merges))


# 8. Amounts as offices write them.
@case(
    name="08_금액표기.csv",
    kind="projects",
    records={
        "영암 대불산단 데이터센터": {"investment": 12_000 * EOK},
        "강진 그린 데이터센터": {"investment": 12_000 * EOK},
        "장흥 바이오 데이터센터": {"investment": 8000 * EOK},
        "보성 녹차 데이터 플랫폼": {"investment": None},
    },
    notes={"장흥 바이오 데이터센터": ["약 8천억"], "보성 녹차 데이터 플랫폼": ["미정"]},
)
def _amounts(path: Path) -> None:
    rows: Rows = [
        ["사업명", "시군", "투자액(억원)"],
        ["영암 대불산단 데이터센터", "영암군", "12,000"],
        ["강진 그린 데이터센터", "강진군", "1조 2,000억"],
        ["장흥 바이오 데이터센터", "장흥군", "약 8천억"],
        ["보성 녹차 데이터 플랫폼", "보성군", "미정"],
    ]
    write_csv(path, rows)


# 9. Every date spelling of the issue.
@case(
    name="09_날짜표기_일정.csv",
    kind="milestones",
    records={
        "a": {"baseline": month(2025, 3)},
        "b": {"baseline": quarter(2025, 3)},
        "c": {"baseline": quarter(2025, 3)},
        "d": {"baseline": quarter(2025, 3)},
        "e": {"baseline": half(2025, 2)},
        "f": {"baseline": half(2025, 2)},
        "g": {"baseline": month(2021, 11)},
        "h": {"baseline": day(2025, 3, 31)},
        "i": {"baseline": half(2025, 2)},
        "j": {"baseline": half(2025, 1)},
        "k": {"baseline": None},
        "l": {"baseline": None},
        "m": {"baseline": None},
    },
    notes={"k": ["미정"], "l": ["추후 결정"], "m": ["-"]},
)
def _dates(path: Path) -> None:
    spellings = ["'25. 3월", "2025. 3분기", "2025.3Q", "3Q 2025", "2025. 하반기", "25년 하반기", "2021. 11.",
                 "2025. 3. 31.(월)", "2025년 말", "2025년 초", "미정", "추후 결정", "-"]  # fmt: skip
    rows: Rows = [["사업명", "시군", "마일스톤", "계획"]]
    rows += [["담양 데이터센터", "담양군", chr(ord("a") + i), text] for i, text in enumerate(spellings)]
    write_csv(path, rows)


# 10. Kinds and statuses in office words; an unknown word is a note with suggestions.
@case(
    name="10_구분_상태_표기.csv",
    kind="milestones",
    records={
        "MOU": {"kind": K.MOU_SIGNING, "status": M.DONE},
        "협약": {"kind": K.MOU_SIGNING, "status": M.IN_PROGRESS},
        "업무": {"kind": K.MOU_SIGNING, "status": M.IN_PROGRESS},
        "착공행사": {"kind": K.GROUNDBREAKING, "status": M.DELAYED},
        "준공": {"kind": K.COMPLETION, "status": M.PLANNED},
        "허가": {"kind": K.PERMIT, "status": M.PLANNED},
        "오타": {"kind": K.OTHER, "status": M.PLANNED},
    },
    notes={"오타": ["착공싱", "가까운 값", "착공"]},
)
def _words(path: Path) -> None:
    rows: Rows = [
        ["사업명", "시군", "단계", "구분", "추진상황"],
        ["곡성 데이터센터", "곡성군", "MOU", "MOU 체결", "완료"],
        ["곡성 데이터센터", "곡성군", "협약", "투자협약 체결", "추진중"],
        ["곡성 데이터센터", "곡성군", "업무", "업무협약", "추진 중"],
        ["곡성 데이터센터", "곡성군", "착공행사", "착공식", "지연"],
        ["곡성 데이터센터", "곡성군", "준공", "준공(예정)", "검토"],
        ["곡성 데이터센터", "곡성군", "허가", "인허가(건축허가)", "구상"],
        ["곡성 데이터센터", "곡성군", "오타", "착공싱", ""],
    ]
    write_csv(path, rows)


# 11. Rejected rows say which cell, why and what is accepted; the rest imports.
@case(
    name="11_거부행.csv",
    kind="projects",
    records={"구례 산림 데이터센터": {"sigungu": "구례군"}},
    rejected=[("광양 잘못된 시군", ["시군구", "광양군", "가까운 값", "광양시"]), ("", ["사업명"])],
)
def _rejects(path: Path) -> None:
    rows: Rows = [
        ["사업명", "시군", "총사업비"],
        ["구례 산림 데이터센터", "구례군", "100억"],
        ["광양 잘못된 시군", "광양군", "100억"],
        ["", "구례군", "5억"],
    ]
    write_csv(path, rows)


# 12. 소재지 and 위치 as the 시군 column: the 시군 implies the region.
@case(
    name="12_소재지_위치.csv",
    kind="projects",
    records={
        "황금산단 클라우드센터": {"sigungu": "광양시", "region": JEONNAM},
        "첨단3지구 AI센터": {"sigungu": "북구", "region": GWANGJU},
    },
    notes={"황금산단 클라우드센터": ["황금산단"]},
)
def _places(path: Path) -> None:
    rows: Rows = [
        ["사업명", "소재지"],
        ["황금산단 클라우드센터", "광양시 황금산단"],
        ["첨단3지구 AI센터", "광주 북구"],
    ]
    write_csv(path, rows)


# 13. 과제명, 공정률 and 추진율 (a cell formatted as %).
@case(
    name="13_화순군_과제_공정률.xlsx",
    kind="milestones",
    records={"백신 데이터센터 설계": {"progress": 80}, "백신 데이터센터 착공": {"progress": 5}},
)
def _progress(path: Path) -> None:
    rows: Rows = [
        ["과제명", "시군", "추진일정", "추진율"],
        ["화순 백신 데이터센터", "화순군", "백신 데이터센터 설계", 0.8],
        ["화순 백신 데이터센터", "화순군", "백신 데이터센터 착공", "5%"],
    ]
    write_xlsx(path, Sheet("과제", rows))


# 14. Tab-separated text from an older 행정 system, CP949.
@case(
    name="14_무안군_내보내기.txt",
    kind="projects",
    records={"무안 공항 데이터센터": {"investment": 500 * EOK, "status": P.ON_HOLD}},
)
def _muan(path: Path) -> None:
    rows: Rows = [
        ["사업명", "시군구", "총사업비(억원)", "상태"],
        ["무안 공항 데이터센터", "무안군", "500", "보류"],
    ]
    write_csv(path, rows, encoding="cp949", delimiter="\t")


# 15. Plain UTF-8 with LF line ends, "사업 명칭".
@case(
    name="15_함평군_utf8_lf.csv",
    kind="projects",
    records={"함평 나비 데이터센터": {"sigungu": "함평군", "planned_finish": year(2028)}},
)
def _hampyeong(path: Path) -> None:
    rows: Rows = [["사업 명칭", "시군", "준공예정일"], ["함평 나비 데이터센터", "함평군", "2028"]]
    write_csv(path, rows, newline="\n")


# 16. Every kind of footnote; "(주)" at the start of a name is not one.
@case(
    name="16_각주_모음.csv",
    kind="projects",
    records={"(주)전남데이터 영광센터": {"sigungu": "영광군"}},
    skipped=[("footnote", "※"), ("footnote", "주)"), ("footnote", "자료:"), ("footnote", "*")],
)
def _footnotes(path: Path) -> None:
    rows: Rows = [
        ["사업명", "시군", "비고"],
        ["(주)전남데이터 영광센터", "영광군", ""],
        ["※ 민간 제안 사업 포함", "", ""],
        ["주) 금액은 부가세 포함", "", ""],
        ["자료: 영광군 경제과", "", ""],
        ["* 2025. 9월 기준", "", ""],
    ]
    write_csv(path, rows)


# 17. Amounts in 천원 from the header.
@case(
    name="17_장성군_사업비_천원.xlsx",
    kind="projects",
    records={"장성 스마트팜 데이터센터": {"investment": 3_500_000 * 1000}},
)
def _thousand(path: Path) -> None:
    rows: Rows = [["사업명", "시군", "사업비(천원)"], ["장성 스마트팜 데이터센터", "장성군", 3_500_000]]
    write_xlsx(path, Sheet("Sheet1", rows))


# 18. 사업기간 as one range cell.
@case(
    name="18_사업기간_범위.csv",
    kind="projects",
    records={
        "진도 해양 데이터센터": {"planned_start": year(2024), "planned_finish": year(2030)},
        "완도 해양바이오 데이터센터": {"planned_start": month(2024, 6), "planned_finish": month(2026, 12)},
        "신안 해상풍력 데이터센터": {"planned_start": year(2026), "planned_finish": None},
    },
)
def _ranges(path: Path) -> None:
    rows: Rows = [
        ["사업명", "시군", "사업기간"],
        ["진도 해양 데이터센터", "진도군", "2024~2030"],
        ["완도 해양바이오 데이터센터", "완도군", "'24. 6월 ~ '26. 12월"],
        ["신안 해상풍력 데이터센터", "신안군", "2026"],
    ]
    write_csv(path, rows)


# 19. An MOU list: 협약명, 체결일 "2021. 11.", 투자규모 in 억원.
@case(
    name="19_전남도_투자협약_목록.xlsx",
    kind="mous",
    records={
        "전남-오라클 데이터센터 투자협약": {"signed_on": month(2021, 11), "pledged_investment": 7000 * EOK},
        "전남-NHN 클라우드 업무협약": {"signed_on": day(2024, 5, 2), "status": MouStatus.SIGNED},
    },
)
def _mous(path: Path) -> None:
    rows: Rows = [
        ["투자협약 체결 현황"],
        ["협약명", "시군", "체결일", "투자규모(억원)", "상태"],
        ["전남-오라클 데이터센터 투자협약", "광양시", "2021. 11.", 7000, "체결"],
        ["전남-NHN 클라우드 업무협약", "순천시", datetime(2024, 5, 2), None, "체결"],
    ]
    write_xlsx(path, Sheet("협약", rows))


# 20. Spacer rows between groups and 계 rows.
@case(
    name="20_고흥군_그룹_빈행.xlsx",
    kind="projects",
    records={"고흥 우주 데이터센터": {"category": "우주"}, "고흥 드론 데이터허브": {"category": "드론"}},
    skipped=[("subtotal", "계"), ("subtotal", "계")],
)
def _spacers(path: Path) -> None:
    rows: Rows = [
        ["구분", "사업명", "시군", "총사업비(억원)"],
        ["우주", "고흥 우주 데이터센터", "고흥군", 100],
        ["계", None, None, 100],
        [],
        [],
        ["드론", "고흥 드론 데이터허브", "고흥군", 20],
        ["계", None, None, 20],
    ]
    write_xlsx(path, Sheet("Sheet1", rows))


# 21. 완료예정일 / 준공예정일 in a milestone table.
@case(
    name="21_보성군_완료예정일.csv",
    kind="milestones",
    records={"데이터센터 준공": {"forecast": quarter(2027, 2), "baseline": year(2026)}},
)
def _forecast(path: Path) -> None:
    rows: Rows = [
        ["사업명", "시군", "마일스톤", "최초계획", "완료예정일"],
        ["보성 데이터센터", "보성군", "데이터센터 준공", "2026", "2027. 2분기"],
    ]
    write_csv(path, rows)


# 22. 추진상황 as free text: kept as a note, never dropped.
@case(
    name="22_추진상황_서술.csv",
    kind="projects",
    records={
        "영광 원전 데이터센터": {"status": P.PLANNED},
        "해남 솔라시도 데이터센터": {"status": P.IN_PROGRESS},
    },
    notes={"영광 원전 데이터센터": ["부지 매입 협의 중"]},
)
def _progress_notes(path: Path) -> None:
    rows: Rows = [
        ["사업명", "시군", "추진상황"],
        ["영광 원전 데이터센터", "영광군", "부지 매입 협의 중"],
        ["해남 솔라시도 데이터센터", "해남군", "추진 중"],
    ]
    write_csv(path, rows)


# 23. 합계 first under the header (도 style), then the rows.
@case(
    name="23_전남도_시군별_합계먼저.xlsx",
    kind="projects",
    records={"여수 데이터센터": {"investment": 10 * EOK}, "순천 데이터센터": {"investment": 20 * EOK}},
    skipped=[("subtotal", "합계")],
    scale=EOK,
)
def _total_first(path: Path) -> None:
    rows: Rows = [
        ["시군별 데이터센터 현황", None, None],
        ["단위: 억원", None, None],
        ["시군", "사업명", "투자액"],
        ["합계", None, 30],
        ["여수시", "여수 데이터센터", 10],
        ["순천시", "순천 데이터센터", 20],
    ]
    write_xlsx(path, Sheet("시군별", rows))


# 24. The same row twice: reported as a duplicate, not two changes.
@case(
    name="24_중복행.csv",
    kind="projects",
    records={"담양 죽녹원 데이터센터": {"sigungu": "담양군"}},
    rejected=[("담양 죽녹원 데이터센터", ["2행과 같은 항목"])],
)
def _duplicates(path: Path) -> None:
    rows: Rows = [
        ["사업명", "시군"],
        ["담양 죽녹원 데이터센터", "담양군"],
        ["담양 죽녹원 데이터센터", "담양군"],
    ]
    write_csv(path, rows)


# 25. A 도 overview across 광주 and 전남, 기준일 and 단위 on separate lines.
@case(
    name="25_광주전남_종합현황.xlsx",
    kind="projects",
    records={
        "광주 AI 데이터센터": {"region": GWANGJU, "sigungu": "북구", "investment": 4000 * EOK},
        "나주 에너지 클라우드": {"region": JEONNAM, "sigungu": "나주시", "investment": 1500 * EOK},
    },
    as_of="2025. 6. 30.",
    scale=EOK,
)
def _overview(path: Path) -> None:
    rows: Rows = [
        ["광주·전남 데이터센터 종합현황"],
        ["기준일: 2025. 6. 30."],
        ["단위: 억원"],
        ["연번", "시군구", "사업명", "총사업비"],
        [1, "북구", "광주 AI 데이터센터", 4000],
        [2, "나주", "나주 에너지 클라우드", 1500],
    ]
    write_xlsx(path, Sheet("종합", rows, ["A1:D1"]))


# 26. A CP949 milestone CSV with CRLF, quoted commas in a title.
@case(
    name="26_곡성군_일정_cp949.csv",
    kind="milestones",
    records={"설계, 인허가 완료": {"kind": K.PERMIT, "actual": month(2025, 2)}},
)
def _gokseong(path: Path) -> None:
    rows: Rows = [
        ["사업명", "시군", "세부일정", "구분", "실적"],
        ["곡성 데이터센터", "곡성군", "설계, 인허가 완료", "인허가", "2025. 2."],
    ]
    write_csv(path, rows, encoding="cp949")


def write_corpus(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for each in CASES:
        each.write(folder / each.name)
        paths.append(folder / each.name)
    return paths


if __name__ == "__main__":
    for written in write_corpus(Path(sys.argv[1])):
        print(written)
