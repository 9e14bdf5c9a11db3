"""Records as JSON-ready dicts: money in integer won, dates with their precision."""

from __future__ import annotations

from dataclasses import fields
from enum import Enum
from typing import Any

from dctracker.domain.dates import PartialDate
from dctracker.domain.records import Milestone, Project, Record


def date_json(value: PartialDate, lang: str = "ko") -> dict[str, str]:
    return {"value": value.to_value(), "precision": value.precision.value, "text": value.to_text(lang)}


def value_json(value: Any, lang: str = "ko") -> Any:
    if isinstance(value, PartialDate):
        return date_json(value, lang)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return [value_json(item, lang) for item in value]
    if hasattr(value, "__dataclass_fields__"):
        return _fields_json(value, lang)
    return value


def _fields_json(value: Any, lang: str) -> dict[str, Any]:
    return {f.name: value_json(getattr(value, f.name), lang) for f in fields(value)}


def record_json(record: Record, lang: str = "ko") -> dict[str, Any]:
    return _fields_json(record, lang)


def milestone_json(milestone: Milestone, project: Project, lang: str = "ko") -> dict[str, Any]:
    """A milestone with the project facts a reader of a flat list needs."""
    result = record_json(milestone, lang)
    result.update(project_name=project.name, region=project.region.value, sigungu=project.sigungu)
    return result
