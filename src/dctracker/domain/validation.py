"""Checks on records before they are stored; every problem names its field.

Each problem is a Message of domain/messages.py (its Korean in the
translations catalog); the UI shows the one matching its language, the CLI
and imports both. Names and dates inside a message are given in both
languages (Pair), as the labels they come from are.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dctracker.domain.dates import PartialDate
from dctracker.domain.messages import Message, Pair, say
from dctracker.domain.records import Indicator, Milestone, Mou, Organization, Project
from dctracker.domain.regions import SIGUNGU, Region, Zone


class Severity(StrEnum):
    ERROR = "error"  # the record cannot be saved
    WARNING = "warning"  # saved, but shown to the user


@dataclass(frozen=True)
class Problem:
    field: str
    said: Message | Pair
    severity: Severity = Severity.ERROR

    @property
    def ko(self) -> str:
        return self.message("ko")

    @property
    def en(self) -> str:
        return self.message("en")

    def message(self, lang: str = "ko") -> str:
        return say(self.said, lang)


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.ERROR]


def _required(field: str, value: str, ko_name: str, en_name: str) -> list[Problem]:
    if value.strip():
        return []
    return [Problem(field, Message("problem.required", {"name": Pair(ko_name, en_name)}))]


def _not_negative(field: str, value: float | None, ko_name: str, en_name: str) -> list[Problem]:
    if value is None or value >= 0:
        return []
    return [Problem(field, Message("problem.negative", {"name": Pair(ko_name, en_name)}))]


def _sigungu(region: Region | None, sigungu: str) -> list[Problem]:
    if not sigungu or region is None or sigungu in SIGUNGU[region]:
        return []
    where = {"sigungu": sigungu, "region": Pair(region.ko, region.en)}
    return [Problem("sigungu", Message("problem.not_a_district", where))]


def _order(
    first_field: str, first: PartialDate | None, second_field: str, second: PartialDate | None
) -> list[Problem]:
    if first is None or second is None or first.start() <= second.end():
        return []
    dates = {"first": _both(first), "second": _both(second)}
    return [Problem(second_field, Message("problem.before", dates))]


def _both(day: PartialDate) -> Pair:
    return Pair(day.to_text("ko"), day.to_text("en"))


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
                zones_of = {"name": name, "first": seen[name], "second": zone.name}
                problems.append(Problem("members", Message("problem.in_two_zones", zones_of)))
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
        got = {"progress": milestone.progress}
        problems.append(Problem("progress", Message("problem.progress_range", got)))
    problems.extend(_actual_before_baseline(milestone))
    return problems


def _actual_before_baseline(milestone: Milestone) -> list[Problem]:
    """Finishing early happens, but it is worth a second look."""
    base, actual = milestone.baseline, milestone.actual
    if base is None or actual is None or actual.end() >= base.start():
        return []
    dates = {"actual": _both(actual), "baseline": _both(base)}
    return [Problem("actual", Message("problem.actual_before_baseline", dates), Severity.WARNING)]


def validate_indicator(indicator: Indicator) -> list[Problem]:
    return [
        *_required("name", indicator.name, "지표명", "Indicator name"),
        *_not_negative("target", indicator.target, "목표", "Target"),
    ]
