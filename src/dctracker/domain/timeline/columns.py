"""The timeline's milestones, marks and slip lines as columns of numbers.

A province has 100,000 milestones and draws about 180,000 marks: one Python
object (and one parsed date) per value cost seconds, while the same rules
over numpy arrays take milliseconds. Dates become codes into a table of the
distinct dates (a province uses a few thousand), so each is read once.
`Marks` and `Slips` are read-only lists that build a `Mark`/`Slip` only
when one is read (hover, print, tests); the chart draws from the arrays.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Self, TypeVar, overload

import numpy as np
import numpy.typing as npt

from dctracker.domain.dates import PartialDate, Precision
from dctracker.domain.records import Milestone, MilestoneStatus
from dctracker.domain.timeline.shapes import Mark, Slip, Style, interval

T = TypeVar("T")
KINDS = ("milestones", "mous")
STYLES = tuple(Style)
STYLE_CODE = {style: code for code, style in enumerate(STYLES)}
# Plain strings: comparing with the enum member costs 3× more per milestone,
# and stored statuses and MilestoneStatus members both equal them.
_DONE, _CANCELLED = MilestoneStatus.DONE.value, MilestoneStatus.CANCELLED.value


@dataclass(frozen=True)
class DateTable:
    """Where each distinct date lies on the x axis. Entry -1 (the last) is a
    filler that code -1 ("no date") reads; masks keep it out of results."""

    start: np.ndarray  # x of the first day
    stop: np.ndarray  # x after the last day
    anchor: np.ndarray  # where a slip line meets the date (see shapes.anchor)
    is_span: np.ndarray  # coarser than a day
    until: np.ndarray

    @classmethod
    def of(cls, dates: Sequence[PartialDate]) -> DateTable:
        bounds = [interval(pd) for pd in dates] + [(0.0, 0.0)]
        start = np.array([b[0] for b in bounds], float)
        stop = np.array([b[1] for b in bounds], float)
        is_span = np.array([pd.precision is not Precision.DAY for pd in dates] + [False], bool)
        until = np.array([pd.until for pd in dates] + [False], bool)
        return cls(start, stop, np.where(is_span, stop, start), is_span, until)


@dataclass(frozen=True)
class MilestoneColumns:
    """What the timeline reads of each milestone, in parallel arrays; dates
    are codes into `dates`, -1 where unset."""

    ids: np.ndarray
    project_ids: np.ndarray
    baseline: np.ndarray
    forecast: np.ndarray
    actual: np.ndarray
    done: np.ndarray  # status is done
    cancelled: np.ndarray
    progress: np.ndarray  # percent
    dates: tuple[PartialDate, ...]

    @classmethod
    def from_values(
        cls,
        ids: Sequence[int],
        project_ids: Sequence[int],
        dates: tuple[Sequence[Hashable | None], Sequence[Hashable | None], Sequence[Hashable | None]],
        statuses: Sequence[str],
        progress: Sequence[int],
        read_date: Callable[[Any], PartialDate] = lambda value: value,
    ) -> MilestoneColumns:
        """From columns as stored or as held by records. `dates` are the
        baseline, forecast and actual values; `read_date` turns each distinct
        value into a PartialDate (stored text is read once per text)."""
        n = len(ids)
        distinct = list({v for column in dates for v in column if v is not None})
        code: dict[Any, int] = {value: i for i, value in enumerate(distinct)}
        code[None] = -1
        baseline, forecast, actual = (np.fromiter(map(code.__getitem__, c), np.intp, n) for c in dates)
        return cls(
            ids=np.fromiter(ids, np.int64, n),
            project_ids=np.fromiter(project_ids, np.int64, n),
            baseline=baseline,
            forecast=forecast,
            actual=actual,
            done=np.fromiter((s == _DONE for s in statuses), bool, n),
            cancelled=np.fromiter((s == _CANCELLED for s in statuses), bool, n),
            progress=np.fromiter(progress, np.int64, n),
            dates=tuple(read_date(v) for v in distinct),
        )

    @classmethod
    def of_records(cls, milestones: Sequence[Milestone]) -> MilestoneColumns:
        ms = milestones
        return cls.from_values(
            [m.id or 0 for m in ms],
            [m.project_id for m in ms],
            ([m.baseline for m in ms], [m.forecast for m in ms], [m.actual for m in ms]),
            [m.status for m in ms],
            [m.progress for m in ms],
        )

    def __len__(self) -> int:
        return len(self.ids)

    def current(self) -> np.ndarray:
        """Code of Milestone.current: actual, else forecast, else baseline."""
        return np.where(
            self.actual >= 0, self.actual, np.where(self.forecast >= 0, self.forecast, self.baseline)
        )

    def percent(self) -> np.ndarray:
        """Each milestone's share of its project's bar: a done (or actually
        dated) milestone counts 100 %; see timeline.project_progress."""
        return np.where(self.done | (self.actual >= 0), 100, self.progress)


class ArrayRows(Sequence[T], Generic[T]):
    """A read-only list held as equally long numpy arrays, one per field;
    subclasses build the item for index i in `_item`."""

    FIELDS: tuple[str, ...] = ()
    DTYPES: tuple[type, ...] = ()

    def __init__(self, **arrays: npt.ArrayLike) -> None:
        self.arrays: dict[str, np.ndarray] = {
            name: np.asarray(arrays[name], dtype) for name, dtype in zip(self.FIELDS, self.DTYPES)
        }

    @classmethod
    def empty(cls) -> Self:
        return cls(**{name: np.empty(0, dtype) for name, dtype in zip(cls.FIELDS, cls.DTYPES)})

    def __getattr__(self, name: str) -> np.ndarray:
        try:
            array: np.ndarray = self.__dict__["arrays"][name]
        except KeyError:
            raise AttributeError(name) from None
        return array

    def __len__(self) -> int:
        return len(self.arrays[self.FIELDS[0]])

    def _item(self, i: int) -> T:
        raise NotImplementedError

    @overload
    def __getitem__(self, i: int) -> T: ...

    @overload
    def __getitem__(self, i: slice) -> list[T]: ...

    def __getitem__(self, i: int | slice) -> T | list[T]:
        if isinstance(i, slice):
            return [self._item(j) for j in range(*i.indices(len(self)))]
        return self._item(range(len(self))[i])  # negative indexes; IndexError past the end

    def __iter__(self) -> Iterator[T]:
        return (self._item(i) for i in range(len(self)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({len(self)})"

    @classmethod
    def concat(cls, parts: Sequence[ArrayRows[T]]) -> Self:
        return cls(**{name: np.concatenate([p.arrays[name] for p in parts]) for name in cls.FIELDS})

    def take(self, index: np.ndarray | slice) -> Self:
        """The rows at `index` (an index array, boolean mask or slice)."""
        return type(self)(**{name: values[index] for name, values in self.arrays.items()})

    def rows_between(self, first: int, last: int) -> slice:
        """Where rows first..last-1 are, in a list ordered by row."""
        row = self.arrays["row"]
        return slice(*np.searchsorted(row, [first, last]))


class Marks(ArrayRows[Mark]):
    """Marks ordered by row; `kind` and `style` are codes into KINDS and STYLES."""

    FIELDS = ("kind", "record_id", "row", "x0", "x1", "style", "is_span", "until")
    DTYPES = (np.int8, np.int64, np.int64, float, float, np.int8, bool, bool)

    def _item(self, i: int) -> Mark:
        a = self.arrays
        return Mark(
            KINDS[a["kind"][i]],
            int(a["record_id"][i]),
            int(a["row"][i]),
            float(a["x0"][i]),
            float(a["x1"][i]),
            STYLES[a["style"][i]],
            bool(a["is_span"][i]),
            bool(a["until"][i]),
        )

    def on_row(self, row: int) -> list[Mark]:
        return self[self.rows_between(row, row + 1)]

    def find(self, kind: str, record_id: int) -> Mark | None:
        """The first mark of a record (its current date, before a ghost);
        None also for kinds never drawn as marks (organizations, ...)."""
        if kind not in KINDS:
            return None
        hits = np.flatnonzero((self.kind == KINDS.index(kind)) & (self.record_id == record_id))
        return self._item(int(hits[0])) if len(hits) else None

    def of_style(self, style: Style, span: bool) -> Marks:
        return self.take((self.style == STYLE_CODE[style]) & (self.is_span == span))

    def extent(self) -> tuple[float, float] | None:
        return (float(self.x0.min()), float(self.x1.max())) if len(self) else None


class Slips(ArrayRows[Slip]):
    """Slip lines ordered by row."""

    FIELDS = ("milestone_id", "row", "x0", "x1", "days")
    DTYPES = (np.int64, np.int64, float, float, np.int64)

    def _item(self, i: int) -> Slip:
        a = self.arrays
        return Slip(
            int(a["milestone_id"][i]),
            int(a["row"][i]),
            float(a["x0"][i]),
            float(a["x1"][i]),
            int(a["days"][i]),
        )
