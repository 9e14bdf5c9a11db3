"""Where each milestone is drawn: its current date, and where it has moved,
a ghost at the first plan and a slip line — the rules of layout.py
applied to whole columns at once (see columns.py).

Slippage follows `slippage()`: nothing when one interval holds the other,
else the difference of the ends of the intervals.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from dctracker.domain.timeline.columns import STYLE_CODE, DateTable, Marks, MilestoneColumns, Slips
from dctracker.domain.timeline.shapes import Style

MILESTONE, MOU = 0, 1  # codes into columns.KINDS


@dataclass(frozen=True)
class MilestoneShapes:
    """Per milestone: the current mark (where `dated`), and where `moved`
    the ghost at the baseline and the slip line; not yet on lanes."""

    columns: MilestoneColumns
    dated: np.ndarray
    style: np.ndarray
    current: np.ndarray  # date codes
    moved: np.ndarray
    slip_days: np.ndarray
    table: DateTable

    def project_sums(self) -> dict[int, tuple[float, int, float | None, float | None]]:
        """Per project id: the sum and count of its progress percents (not
        cancelled), and the first start and last stop of its current dates."""
        cols = self.columns
        pids, group = np.unique(cols.project_ids, return_inverse=True)
        counted = ~cols.cancelled
        total = np.bincount(group, np.where(counted, cols.percent(), 0), len(pids))
        count = np.bincount(group, counted, len(pids)).astype(np.int64)
        lo = np.full(len(pids), np.inf)
        hi = np.full(len(pids), -np.inf)
        np.minimum.at(lo, group[self.dated], self.table.start[self.current[self.dated]])
        np.maximum.at(hi, group[self.dated], self.table.stop[self.current[self.dated]] - 1.0)
        return {
            pid: (t, c, None if first == np.inf else first, None if last == -np.inf else last)
            for pid, t, c, first, last in zip(
                pids.tolist(), total.tolist(), count.tolist(), lo.tolist(), hi.tolist()
            )
        }

    def marks(self, ghosts: bool) -> dict[str, np.ndarray]:
        """Mark fields of the current dates (or of the ghosts), one per milestone."""
        t = self.table
        code = self.columns.baseline if ghosts else self.current
        span = t.is_span[code]
        return {
            "x0": t.start[code],
            "x1": np.where(span, t.stop[code], t.start[code]),
            "style": np.full(len(code), STYLE_CODE[Style.GHOST]) if ghosts else self.style,
            "is_span": span,
            "until": t.until[code],
        }


def milestone_shapes(columns: MilestoneColumns) -> MilestoneShapes:
    t = DateTable.of(columns.dates)
    a, f, b = columns.actual, columns.forecast, columns.baseline
    current = columns.current()
    style = np.where(
        a >= 0,
        STYLE_CODE[Style.ACTUAL],
        np.where(f >= 0, STYLE_CODE[Style.FORECAST], STYLE_CODE[Style.PLANNED]),
    )
    # milestone_slippage(): the baseline against the actual, else the forecast
    compared = (b >= 0) & ((a >= 0) | (f >= 0))
    sb, eb, sc, ec = t.start[b], t.stop[b], t.start[current], t.stop[current]
    nested = ((sb <= sc) & (ec <= eb)) | ((sc <= sb) & (eb <= ec))
    days = np.where(nested, 0.0, ec - eb).astype(np.int64)
    return MilestoneShapes(columns, current >= 0, style, current, compared & (days != 0), days, t)


def touched_projects(shapes: MilestoneShapes, lo: float, hi: float) -> set[int]:
    """Ids of projects with a current or ghost mark over [lo, hi]."""
    found: set[int] = set()
    for ghosts, keep in ((False, shapes.dated), (True, shapes.moved)):
        m = shapes.marks(ghosts)
        inside = keep & (m["x0"] <= hi) & (m["x1"] >= lo)
        found.update(shapes.columns.project_ids[inside].tolist())
    return found


class MouMark(NamedTuple):
    """An MOU's signing on the lane of a project it names."""

    row: int
    order: int  # the MOU's place in the list given to the layout
    record_id: int
    x0: float
    x1: float
    is_span: bool
    until: bool


def place(
    shapes: MilestoneShapes, row_of: Mapping[int, int], mou_marks: list[MouMark]
) -> tuple[Marks, Slips, np.ndarray]:
    """Marks and slip lines on the rows of the placed projects (`row_of`:
    project id → row), ordered as drawn: by row, then a project's milestones
    in their order (each current date before its ghost), then its MOUs.
    Also returns the mask of the milestones on a placed project.
    """
    cols = shapes.columns
    placed, row = _rows(cols.project_ids, row_of)
    index = np.arange(len(cols))
    parts, keys = [], []
    for sub, (ghosts, keep) in enumerate(((False, shapes.dated & placed), (True, shapes.moved & placed))):
        fields = {name: values[keep] for name, values in shapes.marks(ghosts).items()}
        parts.append(
            Marks(**fields, kind=np.full(keep.sum(), MILESTONE), record_id=cols.ids[keep], row=row[keep])
        )
        keys.append((row[keep], np.full(keep.sum(), MILESTONE), index[keep], np.full(keep.sum(), sub)))
    mous = Marks(
        **{name: [getattr(m, name) for m in mou_marks] for name in MouMark._fields if name != "order"},
        kind=np.full(len(mou_marks), MOU),
        style=np.full(len(mou_marks), STYLE_CODE[Style.MOU]),
    )
    parts.append(mous)
    keys.append(
        (mous.row, mous.kind, np.array([m.order for m in mou_marks], np.int64), np.zeros(len(mou_marks)))
    )
    row_key, group_key, order_key, sub_key = (np.concatenate(k) for k in zip(*keys))
    marks = Marks.concat(parts).take(np.lexsort((sub_key, order_key, group_key, row_key)))
    slipped = shapes.moved & placed
    by_row = np.argsort(row[slipped], kind="stable")
    t, b, c = shapes.table, cols.baseline[slipped], shapes.current[slipped]
    slips = Slips(
        milestone_id=cols.ids[slipped][by_row],
        row=row[slipped][by_row],
        x0=t.anchor[b][by_row],
        x1=t.anchor[c][by_row],
        days=shapes.slip_days[slipped][by_row],
    )
    return marks, slips, placed


def _rows(project_ids: np.ndarray, row_of: Mapping[int, int]) -> tuple[np.ndarray, np.ndarray]:
    """Per milestone: whether its project is placed, and the project's row (0 if not)."""
    if not row_of:
        return np.zeros(len(project_ids), bool), np.zeros(len(project_ids), np.int64)
    placed_ids = np.array(sorted(row_of), np.int64)
    rows = np.array([row_of[p] for p in placed_ids.tolist()], np.int64)
    at = np.minimum(np.searchsorted(placed_ids, project_ids), len(placed_ids) - 1)
    return placed_ids[at] == project_ids, rows[at]
