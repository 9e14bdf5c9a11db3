"""Records as spreadsheet rows, with the same headers the importer reads.

Headers are each field's first Korean name from io/mapping.py, so an export
imports again unchanged. Values are typed for the writer: dates of day
precision as `date`, other dates as their Korean text (which keeps their
precision), money as numbers in 억 원 under an "(억원)" header.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any

from dctracker.domain.dates import PartialDate, Precision
from dctracker.domain.labels import LabelledEnum
from dctracker.domain.money import EOK
from dctracker.domain.records import Milestone, Project
from dctracker.domain.regions import Region
from dctracker.io.cells import Cell
from dctracker.io.mapping import FIELDS, Field

_WIDE = {"name", "title", "project_name", "description", "notes", "parties", "source", "site"}


def headers(kind: str) -> list[str]:
    return [f.ko for f in FIELDS[kind]]


def money_columns(kind: str) -> set[int]:
    return {i for i, f in enumerate(FIELDS[kind]) if f.parse == "won"}


def widths(kind: str) -> list[int]:
    return [36 if f.name in _WIDE else max(10, 2 * len(f.ko) + 4) for f in FIELDS[kind]]


def rows(kind: str, records: Sequence[Any], projects: Mapping[int, Project]) -> Iterator[list[Cell]]:
    """One row per record, made as the writer asks for it (flat memory for big lists)."""
    fields = FIELDS[kind]
    for record in records:
        if kind == "milestones":
            project = projects[record.project_id]
            yield [_cell(f, _milestone_value(record, project, f.name)) for f in fields]
        elif kind == "mous":
            yield [
                _cell(
                    f,
                    [projects[i].name for i in record.project_ids]
                    if f.name == "project_ids"
                    else getattr(record, f.name),
                )
                for f in fields
            ]
        else:
            yield [_cell(f, getattr(record, f.name)) for f in fields]


def _milestone_value(milestone: Milestone, project: Project, name: str) -> Any:
    if name == "project_name":
        return project.name
    if name in ("region", "sigungu"):
        return getattr(project, name)
    if name == "project_investment":
        return project.investment
    return getattr(milestone, name)


def _cell(spec: Field, value: Any) -> Cell:
    if value is None:
        return None
    if isinstance(value, PartialDate):
        day = value.precision is Precision.DAY and not value.until
        return value.start() if day else value.to_text("ko")
    if spec.parse == "won":
        amount = Decimal(value) / EOK
        return int(amount) if amount == amount.to_integral_value() else float(amount)
    if isinstance(value, Region):
        return value.short_label("ko")
    if isinstance(value, LabelledEnum):
        return value.label("ko")
    if isinstance(value, bool):
        return "예" if value else "아니오"
    if spec.parse == "tags":
        return ", ".join(value)
    if spec.parse == "names":
        return "; ".join(value)
    if spec.parse == "parties":
        return "; ".join(f"{p.name}({p.role.label('ko')})" for p in value)
    plain: Cell = value  # text and numbers are written as they are
    return plain
