"""`dctracker list`'s output: records as a JSON array or an aligned text table.

Given the records (services/listings.py reads them)."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from dctracker.domain.dates import PartialDate
from dctracker.domain.money import format_eok
from dctracker.domain.records import Milestone, Mou, Project
from dctracker.io.records_json import milestone_json, record_json


@dataclass
class Listing:
    as_json: list[dict[str, Any]]
    as_text: str


def _date(value: PartialDate | None) -> str:
    return value.to_text("ko") if value else ""


def projects_listing(projects: Sequence[Project]) -> Listing:
    rows = [
        [
            p.id,
            p.name,
            p.region.short_label(),
            p.sigungu,
            p.status.label(),
            format_eok(p.investment),
            _date(p.planned_finish),
        ]
        for p in projects
    ]
    header = ["id", "사업명", "지역", "시군구", "상태", "투자액", "완료 예정"]
    return Listing([record_json(p) for p in projects], _table(header, rows))


def mous_listing(mous: Sequence[Mou]) -> Listing:
    rows = [
        [
            m.id,
            m.title,
            _date(m.signed_on),
            m.status.label(),
            format_eok(m.pledged_investment),
            m.pledged_jobs or "",
        ]
        for m in mous
    ]
    header = ["id", "협약명", "체결일", "상태", "약정 투자액", "약정 고용"]
    return Listing([record_json(m) for m in mous], _table(header, rows))


def milestones_listing(milestones: Sequence[Milestone], projects_by_id: Mapping[int, Project]) -> Listing:
    rows = [
        [
            m.id,
            projects_by_id[m.project_id].name,
            m.title,
            _date(m.baseline),
            _date(m.forecast),
            _date(m.actual),
            m.status.label(),
        ]
        for m in milestones
    ]
    header = ["id", "사업명", "마일스톤", "기준일", "예정일", "실적일", "상태"]
    return Listing(
        [milestone_json(m, projects_by_id[m.project_id]) for m in milestones],
        _table(header, rows),
    )


def _width(text: str) -> int:
    """Terminal columns: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _table(header: list[str], rows: list[list[Any]]) -> str:
    cells = [[str(c) for c in row] for row in [header, *rows]]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(header))]
    lines = ["  ".join(c + " " * (w - _width(c)) for c, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)
