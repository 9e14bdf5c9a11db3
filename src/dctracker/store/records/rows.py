"""Long lists of records as fetched rows, turned into dataclasses when read.

A province holds 100,000 milestones. Building a dataclass (and parsing its
dates) for each costs several times the fetch itself, while a table shows
forty rows at a time. `RecordRows` keeps the rows as sqlite3 returned them
and builds a record the first time it is read, then keeps it; sorting works
on the stored values, so a sorted list of 100,000 rows needs no records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, Generic, TypeVar, overload

from dctracker.domain.records import Record
from dctracker.store.records.codec import stored_date

R = TypeVar("R", bound=Record)
Row = tuple[Any, ...]


class LazyRecords(Sequence[R], Generic[R]):
    """A read-only list whose records are built (or fetched) when first read.

    Subclasses give `__len__` and `_record(i)` for 0 <= i < len.
    """

    def __len__(self) -> int:
        raise NotImplementedError

    def _record(self, i: int) -> R:
        raise NotImplementedError

    @overload
    def __getitem__(self, i: int) -> R: ...
    @overload
    def __getitem__(self, i: slice) -> list[R]: ...
    def __getitem__(self, i: int | slice) -> R | list[R]:
        if isinstance(i, slice):
            return [self._record(j) for j in range(*i.indices(len(self)))]
        return self._record(range(len(self))[i])  # negative indexes; IndexError past the end

    def __iter__(self) -> Iterator[R]:
        return (self._record(i) for i in range(len(self)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]  # mutable records inside

    def __repr__(self) -> str:
        return f"{type(self).__name__}({len(self)} records)"


class RecordRows(LazyRecords[R]):
    """An immutable, ordered list of records backed by stored rows."""

    def __init__(
        self,
        columns: Sequence[str],
        rows: list[Row],
        build: Callable[[Row], R],
        *,
        date_columns: frozenset[str] = frozenset(),
        made: list[R | None] | None = None,
        stored_row: Callable[[R], Row] | None = None,
    ) -> None:
        self.columns = tuple(columns)
        self.date_columns = date_columns
        self._index = {name: i for i, name in enumerate(self.columns)}
        self._rows = rows
        self._build = build
        self._made: list[R | None] = made if made is not None else [None] * len(rows)
        self._stored_row = stored_row  # a record as a row of `columns`, for edits

    def __len__(self) -> int:
        return len(self._rows)

    def _record(self, i: int) -> R:
        record = self._made[i]
        if record is None:
            record = self._made[i] = self._build(self._rows[i])
        return record

    # Stored values, without building records

    def row(self, i: int) -> Row:
        """Row `i` as stored: column values in `self.columns` order."""
        return self._rows[i]

    def value(self, i: int, column: str) -> Any:
        return self._rows[i][self._index[column]]

    def ids(self) -> list[int]:
        at = self._index["id"]
        return [row[at] for row in self._rows]

    def position_of(self, record_id: int) -> int | None:
        at = self._index["id"]
        return next((i for i, row in enumerate(self._rows) if row[at] == record_id), None)

    # New lists from this one; records already built are kept

    def filtered(self, keep: Callable[[R], bool]) -> RecordRows[R]:
        """The records for which `keep` is true (builds every record)."""
        return self._subset([i for i in range(len(self)) if keep(self[i])])

    def kept(self, keep: Callable[[Row], bool]) -> RecordRows[R]:
        """The rows for which `keep(stored row)` is true; builds no record."""
        rows = self._rows
        return self._subset([i for i in range(len(rows)) if keep(rows[i])])

    def sorted_by(self, key: Callable[[Row], Any], *, reverse: bool = False) -> RecordRows[R]:
        """Sorted by `key` of the stored row; stable, so equal keys keep their order."""
        rows = self._rows
        order = sorted(range(len(rows)), key=lambda i: key(rows[i]), reverse=reverse)
        return self._subset(order)

    def sorted_by_columns(
        self, *names: str, reverse: bool = False, blanks_last: bool = False
    ) -> RecordRows[R]:
        """Sorted by the first of `names` that is set in each row; blanks come
        last (first when reversed, unless `blanks_last`), in their present order.

        Dates sort as PartialDate does (by the end of the interval they cover):
        `sorted_by_columns("actual", "forecast", "baseline")` is the order of
        `Milestone.current`.
        """
        values = self._first_set(names)
        if all(name in self.date_columns for name in names):
            values = [None if v is None else _date_key(v) for v in values]
        return self._ordered(values, reverse=reverse, blanks_last=blanks_last)

    def sorted_by_values(
        self, names: Sequence[str], key: Callable[..., Any], *, reverse: bool = False
    ) -> RecordRows[R]:
        """Sorted by `key(*stored values of names)`; None keys come last in
        either order. Builds no record: `key` sees the stored forms."""
        at = [self._index[name] for name in names]
        values = [key(*(row[i] for i in at)) for row in self._rows]
        return self._ordered(values, reverse=reverse, blanks_last=True)

    def _ordered(self, values: list[Any], *, reverse: bool, blanks_last: bool) -> RecordRows[R]:
        blank = [i for i, v in enumerate(values) if v is None]
        present = [i for i, v in enumerate(values) if v is not None]
        present.sort(key=values.__getitem__, reverse=reverse)
        return self._subset(blank + present if reverse and not blanks_last else present + blank)

    def _first_set(self, names: Sequence[str]) -> list[Any]:
        """Per row, the value of the first column in `names` that is not NULL."""
        at = [self._index[name] for name in names]
        values = [row[at[0]] for row in self._rows]
        for i in at[1:]:
            values = [v if v is not None else row[i] for v, row in zip(values, self._rows)]
        return values

    # Edits: a record saved, created or deleted shown without reading the
    # list again (the rest of it kept as it is)

    def replaced(self, i: int, record: R) -> RecordRows[R]:
        """The list with `record` (as saved) at position `i` instead."""
        return self._edited(i, i + 1, [record])

    def removed(self, i: int) -> RecordRows[R]:
        return self._edited(i, i + 1, [])

    def inserted(self, i: int, record: R) -> RecordRows[R]:
        return self._edited(i, i, [record])

    def _edited(self, start: int, stop: int, records: list[R]) -> RecordRows[R]:
        if self._stored_row is None:
            raise TypeError("these rows were not read by a repository: they take no records")
        rows, made = self._rows.copy(), self._made.copy()  # copies in C: 100,000 rows in a millisecond
        rows[start:stop] = map(self._stored_row, records)
        made[start:stop] = records
        return RecordRows(
            self.columns,
            rows,
            self._build,
            date_columns=self.date_columns,
            made=made,
            stored_row=self._stored_row,
        )

    def _subset(self, order: list[int]) -> RecordRows[R]:
        return RecordRows(
            self.columns,
            [self._rows[i] for i in order],
            self._build,
            date_columns=self.date_columns,
            made=[self._made[i] for i in order],
            stored_row=self._stored_row,
        )


@lru_cache(maxsize=16_384)
def _date_key(value: str) -> tuple[Any, ...]:
    # Cached: a province's 100,000 milestones share a few thousand dates.
    return stored_date(value).sort_key()


class RecordsByIds(LazyRecords[R]):
    """Records in the order of `ids`, fetched a page at a time when first read.

    The dashboard lists up to 50,000 overdue milestones of a province and
    shows 200: ordering them in SQL needs only their ids, and fetching every
    column of the rest costs more than the ordering itself.
    """

    PAGE = 200

    def __init__(self, ids: list[int], fetch: Callable[[list[int]], Iterable[R]]) -> None:
        self._ids = ids
        self._fetch = fetch
        self._made: dict[int, R] = {}

    def __len__(self) -> int:
        return len(self._ids)

    def _record(self, i: int) -> R:
        if i not in self._made:
            self._load_page(i // self.PAGE)
        return self._made[i]

    def _load_page(self, page: int) -> None:
        first = page * self.PAGE
        ids = self._ids[first : first + self.PAGE]
        found = {record.id: record for record in self._fetch(ids)}
        for offset, record_id in enumerate(ids):
            if record_id not in found:  # deleted by another user since the ids were read
                raise LookupError(f"record {record_id} is no longer stored")
            self._made[first + offset] = found[record_id]

    def ids(self) -> list[int]:
        return list(self._ids)
