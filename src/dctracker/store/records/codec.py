"""Converting record dataclasses to table rows and back.

Column names equal field names; the conversion is decided by each field's
type, so adding a field to a record and a column to a migration is enough.
"""

from __future__ import annotations

import operator
import types
import typing
from collections.abc import Callable
from dataclasses import fields
from enum import Enum
from functools import cache, lru_cache
from typing import Any, TypeVar

from dctracker.domain.dates import PartialDate
from dctracker.domain.records import Record

R = TypeVar("R", bound=Record)

# Fields that live in link tables rather than columns.
RELATION_FIELDS = frozenset({"parties", "project_ids", "members"})
TAG_SEPARATOR = ", "
_PLAIN = frozenset({str, int, float})  # stored as they are (bool, a subclass of int, is not)
_C = TypeVar("_C", bound=type)
_T = TypeVar("_T")


def _per_class(function: Callable[[_C], _T]) -> Callable[[_C], _T]:
    """functools.cache for a function of a record class. Typed apart because
    mypy takes a dataclass's `__hash__ = None` (for its instances) to make the
    class itself unhashable."""
    return cache(function)


@_per_class
def _field_types(cls: type) -> dict[str, type]:
    """Each column field's concrete type, with `X | None` reduced to X."""
    hints = typing.get_type_hints(cls)
    result = {}
    for f in fields(cls):
        if f.name in RELATION_FIELDS:
            continue
        hint = hints[f.name]
        if isinstance(hint, types.UnionType):
            hint = next(arg for arg in typing.get_args(hint) if arg is not type(None))
        result[f.name] = typing.get_origin(hint) or hint
    return result


def columns(cls: type[Record]) -> list[str]:
    return list(_field_types(cls))


def to_row(record: Record) -> dict[str, Any]:
    return {name: to_column(getattr(record, name)) for name in _field_types(type(record))}


@_per_class
def row_values(cls: type[Record]) -> Callable[[Record], list[Any]]:
    """A function giving to_row(record) as a list in the order of columns(cls).

    For bulk writes: one C-level attribute fetch for all columns, and only the
    values that are not stored as they are go through to_column.
    """
    names = columns(cls)
    fetch = operator.attrgetter(*names)  # a tuple: every record has id, version and stamps
    plain = _PLAIN

    def values(record: Record) -> list[Any]:
        return [v if v is None or type(v) in plain else to_column(v) for v in fetch(record)]

    return values


def to_column(value: Any) -> Any:
    """The stored form of one field value."""
    if value is None or type(value) in _PLAIN:  # most values: checked first (bulk writes)
        return value
    if isinstance(value, PartialDate):
        return value.to_value()
    if isinstance(value, Enum):
        return value._value_  # what .value gives, without its descriptor call
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, list):
        return TAG_SEPARATOR.join(value)
    return value


def from_row(cls: type[R], row: dict[str, Any]) -> R:
    readers = _readers(cls)
    return cls(**{name: read(row[name]) for name, read in readers.items() if name in row})


def row_reader(cls: type[R], names: tuple[str, ...]) -> Callable[[tuple[Any, ...]], R]:
    """A function building `cls` from a row tuple of the columns `names`.

    The per-column conversions are chosen once, not per value: reading every
    milestone of a province (timeline, overdue lists) builds 100,000 records.
    """
    readers = _readers(cls)
    plan = tuple((name, readers[name]) for name in names)

    def read(row: tuple[Any, ...]) -> R:
        return cls(**{name: convert(value) for (name, convert), value in zip(plan, row)})

    return read


def date_columns(cls: type[Record]) -> frozenset[str]:
    return frozenset(name for name, kind in _field_types(cls).items() if kind is PartialDate)


@lru_cache(maxsize=16_384)
def stored_date(value: str) -> PartialDate:
    """PartialDate.from_value, remembered: a province's 100,000 milestones share
    a few thousand dates, and PartialDate is frozen, so sharing one is safe."""
    return PartialDate.from_value(value)


@_per_class
def _readers(cls: type) -> dict[str, Callable[[Any], Any]]:
    return {name: _reader(kind) for name, kind in _field_types(cls).items()}


def _reader(kind: object) -> Callable[[Any], Any]:
    """How to turn one column's stored value (None stays None) into a field value."""
    if kind is PartialDate:
        convert: Callable[[Any], Any] = stored_date
    elif isinstance(kind, type) and issubclass(kind, Enum):
        members = {member.value: member for member in kind}
        convert = lambda value: members.get(value) or kind(value)  # noqa: E731 (kind() raises)
    elif kind is bool:
        convert = bool
    elif kind is list:
        convert = _tags
    else:
        return _same
    return lambda value: None if value is None else convert(value)


def _same(value: Any) -> Any:
    return value


def _tags(value: str) -> list[str]:
    return [tag.strip() for tag in value.split(",") if tag.strip()]


def column_from_text(cls: type[Record], name: str, text: str | None) -> Any:
    """The column form of a value the history table kept as text (see history.as_text)."""
    kind = _field_types(cls).get(name)
    if text is None or kind is None:
        return text
    if kind is int or kind is bool:
        return int(text)
    if kind is float:
        return float(text)
    return text
