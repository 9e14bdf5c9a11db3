"""Checks on records before they are stored; every problem names its field.

Messages come in Korean and English because the CLI and imports report them
without Qt; the UI shows the one matching its language.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dctracker.domain.dates import PartialDate
from dctracker.domain.records import Indicator, Milestone, Mou, Organization, Project
from dctracker.domain.regions import SIGUNGU, Region, Zone


class Severity(StrEnum):
    ERROR = "error"  # the record cannot be saved
    WARNING = "warning"  # saved, but shown to the user


@dataclass(frozen=True)
class Problem:
    field: str
    ko: str
    en: str
    severity: Severity = Severity.ERROR

    def message(self, lang: str = "ko") -> str:
        return self.en if lang == "en" else self.ko


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.ERROR]


def _required(field: str, value: str, ko_name: str, en_name: str) -> list[Problem]:
    if value.strip():
        return []
    return [Problem(field, f"{ko_name}을(를) 입력하세요.", f"{en_name} is required.")]


def _not_negative(field: str, value: float | None, ko_name: str, en_name: str) -> list[Problem]:
    if value is None or value >= 0:
        return []
    return [Problem(field, f"{ko_name}은(는) 음수일 수 없습니다.", f"{en_name} cannot be negative.")]


def _sigungu(region: Region | None, sigungu: str) -> list[Problem]:
    if not sigungu or region is None or sigungu in SIGUNGU[region]:
        return []
    return [
        Problem(
            "sigungu",
            f"'{sigungu}'은(는) {region.ko}의 시군구가 아닙니다.",
            f"'{sigungu}' is not a district of {region.en}.",
        )
    ]


def _order(
    first_field: str, first: PartialDate | None, second_field: str, second: PartialDate | None
) -> list[Problem]:
    if first is None or second is None or first.start() <= second.end():
        return []
    return [
        Problem(
            second_field,
            f"{second.to_text('ko')}이(가) {first.to_text('ko')}보다 앞섭니다.",
            f"{second.to_text('en')} is before {first.to_text('en')}.",
        )
    ]


def validate_zone(zone: Zone) -> list[Problem]:
    return [
        *_required("name", zone.name, "권역 이름", "Zone name"),
        *(problem for name in zone.members for problem in _sigungu(zone.region, name)),
    ]


def validate_zones(zones: list[Zone]) -> list[Problem]:
    """A whole arrangement: each 시군 in one zone at most."""
    seen: dict[str, str] = {}
    problems = []
    for zone in zones:
        for name in zone.members:
            if name in seen:
                problems.append(
                    Problem(
                        "members",
                        f"'{name}'이(가) '{seen[name]}'과(와) '{zone.name}' 두 권역에 들어 있습니다.",
                        f"'{name}' is in two zones: '{seen[name]}' and '{zone.name}'.",
                    )
                )
            seen[name] = zone.name
    return problems


def validate_organization(org: Organization) -> list[Problem]:
    return _required("name", org.name, "기관명", "Name")


def validate_project(project: Project) -> list[Problem]:
    return [
        *_required("name", project.name, "사업명", "Project name"),
        *_sigungu(project.region, project.sigungu),
        *_not_negative("investment", project.investment, "투자액", "Investment"),
        *_not_negative("area_m2", project.area_m2, "면적", "Area"),
        *_not_negative("capacity_mw", project.capacity_mw, "용량", "Capacity"),
        *_not_negative("planned_jobs", project.planned_jobs, "고용 계획", "Planned jobs"),
        *_order("planned_start", project.planned_start, "planned_finish", project.planned_finish),
    ]


def validate_mou(mou: Mou) -> list[Problem]:
    return [
        *_required("title", mou.title, "협약명", "MOU title"),
        *_sigungu(mou.region, mou.sigungu),
        *_not_negative("pledged_investment", mou.pledged_investment, "약정 투자액", "Pledged investment"),
        *_not_negative("pledged_jobs", mou.pledged_jobs, "약정 고용", "Pledged jobs"),
        *_not_negative("realized_investment", mou.realized_investment, "실현 투자액", "Realized investment"),
        *_not_negative("realized_jobs", mou.realized_jobs, "실현 고용", "Realized jobs"),
        *_not_negative("area_m2", mou.area_m2, "면적", "Area"),
        *_order("signed_on", mou.signed_on, "deadline", mou.deadline),
    ]


def validate_milestone(milestone: Milestone) -> list[Problem]:
    problems = [
        *_required("title", milestone.title, "마일스톤명", "Milestone title"),
    ]
    if not 0 <= milestone.progress <= 100:
        problems.append(
            Problem(
                "progress",
                f"진척률은 0에서 100 사이여야 합니다 (입력: {milestone.progress}).",
                f"Progress must be between 0 and 100 (got {milestone.progress}).",
            )
        )
    problems.extend(_actual_before_baseline(milestone))
    return problems


def _actual_before_baseline(milestone: Milestone) -> list[Problem]:
    """Finishing early happens, but it is worth a second look."""
    base, actual = milestone.baseline, milestone.actual
    if base is None or actual is None or actual.end() >= base.start():
        return []
    return [
        Problem(
            "actual",
            f"실적일({actual.to_text('ko')})이 기준일({base.to_text('ko')})보다 빠릅니다.",
            f"The actual date ({actual.to_text('en')}) is before the baseline ({base.to_text('en')}).",
            Severity.WARNING,
        )
    ]


def validate_indicator(indicator: Indicator) -> list[Problem]:
    return [
        *_required("name", indicator.name, "지표명", "Indicator name"),
        *_not_negative("target", indicator.target, "목표", "Target"),
    ]
