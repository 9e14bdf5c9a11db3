"""Which column holds which field: the header alias table.

Offices name the same column many ways ("사업명", "사업 명", "Project name",
"투자액(억원)"). Headers are compared after folding width, case, spaces and
punctuation; a unit in the header ("(억원)", "(%)") is noted, because a bare
7000 under "투자액(억원)" means 7,000억 원. The first `ko` alias of each field
is the header our own exports write, so an export always imports again.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from dctracker.domain.money import EOK, JO, MAN
from dctracker.io.errors import ImportFileError

KINDS = ("projects", "mous", "milestones")
# Fields without which a row is not a record: its name, and a milestone's project.
REQUIRED = {"projects": ("name",), "mous": ("title",), "milestones": ("project_name", "title")}
UNKNOWN_SHOWN = 10  # unknown columns named in a message; the rest are counted


@dataclass(frozen=True)
class Field:
    """One importable field; `parse` names the converter in io/cells.py."""

    name: str
    parse: str
    ko: str
    en: str
    aliases: tuple[str, ...] = ()

    def keys(self) -> set[str]:
        return {header_key(a) for a in (self.ko, self.en, *self.aliases)}


def _f(name: str, parse: str, ko: str, en: str, *aliases: str) -> Field:
    return Field(name, parse, ko, en, aliases)


_PLACE = (
    _f("region", "region", "지역", "Region", "광역", "시도", "광역시도"),
    # A 시군 implies its region, so offices rarely add a region column.
    _f(
        "sigungu",
        "sigungu",
        "시군구",
        "District",
        "시군",
        "시·군",
        "시·군·구",
        "소재지",
        "위치",
        "sigungu",
        "city/county",
    ),
)
_TAIL = (
    _f("source", "text", "출처", "Source", "근거", "자료출처"),
    _f("notes", "text", "비고", "Notes", "메모", "remarks", "note"),
)
FIELDS: dict[str, tuple[Field, ...]] = {
    "projects": (
        _f(
            "name",
            "name",
            "사업명",
            "Project",
            "프로젝트명",
            "사업",
            "과제명",
            "사업 명칭",
            "사업명칭",
            "project name",
            "name",
        ),
        *_PLACE,
        _f("category", "text", "분류", "Category", "구분", "유형"),
        _f("site", "text", "사업지", "Site", "부지", "입지", "location"),
        _f("lead_agency", "text", "주관기관", "Lead agency", "주관", "담당기관"),
        _f("partners", "text", "참여기관", "Partners", "협력기관"),
        _f(
            "investment",
            "won",
            "총사업비(억원)",
            "Investment",
            "총사업비",
            "투자액",
            "사업비",
            "투자규모",
            "투자금액",
            "total investment",
        ),
        _f("area_m2", "area", "면적(㎡)", "Area", "면적", "부지면적", "area m2"),
        _f("capacity_mw", "number", "용량(MW)", "Capacity", "용량", "전력용량", "capacity mw"),
        _f("planned_jobs", "count", "고용 계획", "Planned jobs", "고용", "일자리", "고용인원", "jobs"),
        _f(
            "status",
            "project_status",
            "상태",
            "Status",
            "추진상태",
            "진행상태",
            "추진상황",
            "추진현황",
            "진행상황",
        ),
        _f(
            "planned_start",
            "date",
            "착수 예정",
            "Planned start",
            "착수",
            "착수일",
            "start",
            "사업기간 시작",
            "기간 시작",
            "추진기간 시작",
        ),
        _f(
            "planned_finish",
            "date",
            "완료 예정",
            "Planned finish",
            "완료",
            "준공예정",
            "finish",
            "완료예정일",
            "준공예정일",
            "종료예정",
            "종료예정일",
            "사업기간 종료",
            "기간 종료",
            "추진기간 종료",
        ),
        _f("description", "text", "사업개요", "Description", "개요", "설명"),
        _f("tags", "tags", "태그", "Tags", "키워드"),
        *_TAIL,
    ),
    "mous": (
        _f("title", "name", "협약명", "MOU", "협약", "협약제목", "mou title", "title"),
        *_PLACE,
        _f("signed_on", "date", "체결일", "Signed on", "협약일", "체결일자", "signed"),
        _f("status", "mou_status", "상태", "Status", "이행상태"),
        _f("parties", "parties", "당사자", "Parties", "협약당사자", "협약기관"),
        _f(
            "pledged_investment",
            "won",
            "약정 투자액(억원)",
            "Pledged investment",
            "약정 투자액",
            "투자약정액",
            "투자액",
            "투자규모",
        ),
        _f("pledged_jobs", "count", "약정 고용", "Pledged jobs", "고용약정", "고용"),
        _f(
            "realized_investment",
            "won",
            "실현 투자액(억원)",
            "Realized investment",
            "실현 투자액",
            "투자실적",
        ),
        _f("realized_jobs", "count", "실현 고용", "Realized jobs", "고용실적"),
        _f("realized_as_of", "date", "실적 기준일", "Realized as of", "실현 기준일"),
        _f("site", "text", "사업지", "Site", "부지", "위치"),
        _f("area_m2", "area", "면적(㎡)", "Area", "면적"),
        _f("deadline", "date", "기한", "Deadline", "이행기한", "완료기한"),
        _f("phases", "text", "단계", "Phases", "추진단계"),
        _f("binding", "bool", "구속력", "Binding", "법적구속력"),
        _f("project_ids", "names", "관련 사업", "Linked projects", "연계 사업", "관련사업명"),
        _f("documents", "text", "문서", "Documents", "관련문서"),
        *_TAIL,
    ),
    "milestones": (
        _f(
            "project_name",
            "name",
            "사업명",
            "Project",
            "프로젝트",
            "프로젝트명",
            "과제명",
            "사업 명칭",
            "project name",
        ),
        *_PLACE,
        _f(
            "project_investment",
            "won",
            "총사업비(억원)",
            "Project investment",
            "총사업비",
            "사업비",
            "투자액",
            "투자규모",
        ),
        _f(
            "title",
            "name",
            "마일스톤",
            "Milestone",
            "마일스톤명",
            "추진단계",
            "세부일정",
            "추진일정",
            "일정",
            "단계",
            "주요일정",
            "마일스톤",
            "title",
        ),
        _f("kind", "milestone_kind", "유형", "Kind", "구분", "종류"),
        _f(
            "baseline", "date", "기준일", "Baseline", "당초계획", "최초계획", "계획", "계획일", "당초", "plan"
        ),
        _f(
            "forecast",
            "date",
            "예정일",
            "Forecast",
            "변경계획",
            "조정계획",
            "예정",
            "예상일",
            "전망",
            "변경",
            "완료예정일",
            "준공예정일",
            "종료예정",
        ),
        _f("actual", "date", "실적일", "Actual", "완료일", "실적", "완료"),
        _f(
            "status",
            "milestone_status",
            "상태",
            "Status",
            "진행상태",
            "추진상황",
            "추진현황",
            "진행상황",
        ),
        _f("progress", "percent", "진척률(%)", "Progress", "진척률", "진척도", "공정률", "추진율", "추진률"),
        _f("owner", "text", "담당", "Owner", "담당자", "담당부서"),
        *_TAIL,
    ),
}
# Headers only one kind of sheet has, which tell the kind of a file.
_MARKERS = {
    "milestones": (
        "마일스톤",
        "마일스톤명",
        "milestone",
        "세부일정",
        "추진일정",
        "주요일정",
        "당초계획",
        "변경계획",
        "기준일",
        "예정일",
        "실적일",
        "진척률",
        "공정률",
        "baseline",
        "forecast",
        "actual",
        "progress",
    ),
    "mous": (
        "협약명",
        "협약",
        "mou",
        "mou title",
        "체결일",
        "협약일",
        "당사자",
        "협약당사자",
        "약정 투자액",
        "약정 고용",
        "signed on",
        "parties",
        "pledged investment",
    ),
}
_IGNORED = {"", "no", "번호", "순번", "연번", "id"}  # row numbers are not data
_PUNCT = re.compile(r"[\s·.,_\-/:*'\"]+")
_UNIT = re.compile(r"[(\[]([^)\]]*)[)\]]")
_SCALES = (("조원", JO), ("억원", EOK), ("백만원", 10**6), ("천원", 1000), ("만원", MAN),
           ("조", JO), ("억", EOK))  # fmt: skip


def header_key(text: str) -> str:
    """ "투자액 (억원)" -> "투자액"; "Project Name" -> "projectname"."""
    folded = unicodedata.normalize("NFKC", str(text)).casefold()
    return _PUNCT.sub("", _UNIT.sub("", folded))


def header_scale(text: str) -> int:
    """The money unit a header states: "투자액(억원)" -> 10**8, none -> 1."""
    for unit in _UNIT.findall(unicodedata.normalize("NFKC", str(text)).replace(" ", "")):
        if scale := unit_scale(unit):
            return scale
    return 1


def unit_scale(unit: str) -> int:
    """Won per unit of "억원", "백만원", "천원"...; 0 for no money unit."""
    unit = unit.replace(" ", "").removeprefix("단위:")
    return next((scale for word, scale in _SCALES if unit.startswith(word)), 0)


@dataclass
class Column:
    index: int
    header: str
    field: Field | None  # None: unknown, reported and not imported
    scale: int = 1


@dataclass
class Mapping:
    kind: str
    columns: list[Column] = field(default_factory=list)
    default_scale: int = 1  # the 단위 line's unit, for amount headers that state none

    @property
    def unknown(self) -> list[Column]:
        return [c for c in self.columns if c.field is None and header_key(c.header) not in _IGNORED]

    def unknown_summary(self, lang: str = "ko") -> str:
        """The unknown columns' headers, the first few named and the rest counted."""
        headers = [c.header for c in self.unknown]
        shown = ", ".join(headers[:UNKNOWN_SHOWN])
        more = len(headers) - UNKNOWN_SHOWN
        if more <= 0:
            return shown
        return f"{shown} and {more:,} more" if lang == "en" else f"{shown} 외 {more:,}개"

    def check_required(self, source: str) -> None:
        """Raise ImportFileError naming a required field no column holds, and the columns found."""
        missing = [field_named(self.kind, name) for name in REQUIRED[self.kind] if not self.has(name)]
        if not missing:
            return
        found = ", ".join(c.header for c in self.columns[:UNKNOWN_SHOWN] if c.header)
        more = len(self.columns) - UNKNOWN_SHOWN
        found += f" …(+{more:,})" if more > 0 else ""
        ko = ", ".join(f.ko for f in missing)
        en = ", ".join(f.en for f in missing)
        raise ImportFileError(
            f"{source}: '{ko}' 열을 찾지 못했습니다 (찾은 열: {found}). "
            "열 이름을 바꾸거나 가져오기 창에서 지정하세요.",
            f"{source}: no column for '{en}' (columns found: {found}); "
            "rename it or choose it in the import window.",
        )

    def mapped(self) -> list[Column]:
        return [c for c in self.columns if c.field is not None]

    def has(self, name: str) -> bool:
        return any(c.field is not None and c.field.name == name for c in self.columns)

    def assign(self, index: int, name: str | None) -> None:
        """The user's correction: column `index` holds field `name` (None: skip it).

        A field lives in one column: another column that held it is released."""
        for other in self.columns:
            if name and other.field is not None and other.field.name == name:
                other.field, other.scale = None, 1
        column = next(c for c in self.columns if c.index == index)
        column.field = field_named(self.kind, name) if name else None
        column.scale = _scale(column.field, column.header, self.default_scale)


def _scale(field: Field | None, header: str, default: int = 1) -> int:
    """The header's money unit, else the table's, for a money field only:
    "면적(억원)" is an area."""
    if field is None or field.parse != "won":
        return 1
    return header_scale(header) if _UNIT.search(header) and header_scale(header) != 1 else default


def field_named(kind: str, name: str) -> Field:
    return next(f for f in FIELDS[kind] if f.name == name)


def match_field(kind: str, header: str) -> Field | None:
    return _fields_by_key(kind).get(header_key(header))


@cache
def _fields_by_key(kind: str) -> dict[str, Field]:
    """Each header key of `kind` to the first field that has it (finding the
    header row matches every cell of the first rows against all of them)."""
    found: dict[str, Field] = {}
    for candidate in FIELDS[kind]:
        for key in candidate.keys():  # noqa: SIM118 (a Field, not a dict)
            found.setdefault(key, candidate)
    return found


def match_any(header: str) -> bool:
    """Whether any kind of sheet knows this header."""
    return any(match_field(kind, header) for kind in KINDS)


def map_headers(kind: str, headers: list[str], default_scale: int = 1) -> Mapping:
    """Each header to its field; a field claimed twice keeps its first column.

    `default_scale`: won per unit of an amount column whose header states no unit."""
    mapping, taken = Mapping(kind, default_scale=default_scale), set()
    for index, header in enumerate(headers):
        found = match_field(kind, header)
        if found is not None and found.name in taken:
            found = None
        if found is not None:
            taken.add(found.name)
        mapping.columns.append(Column(index, header, found, _scale(found, header, default_scale)))
    return mapping


def header_score(headers: list[str]) -> int:
    """How many cells of a row read as known headers (to find the header row)."""
    return max(sum(1 for h in headers if h and match_field(k, h)) for k in KINDS)


def detect_kind(headers: list[str]) -> str | None:
    """Milestones if a milestone column is there, else MOUs, else projects.

    "단계" names a milestone in a 시군 schedule but an MOU's phases in an
    MOU list, so it tells a milestone sheet only without an MOU column."""
    keys = {header_key(h) for h in headers}
    for kind, markers in _MARKERS.items():
        if keys & {header_key(m) for m in markers}:
            return kind
    if header_key("단계") in keys:
        return "milestones"
    return "projects" if map_headers("projects", headers).has("name") else None
