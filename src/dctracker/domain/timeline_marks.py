"""Where each milestone is drawn: its current date, and where it has moved,
a ghost at the first plan and a slip line — the rules of timeline.py
applied to whole columns at once (see timeline_columns.py).

Slippage follows `slippage()`: nothing when one interval holds the other,
else the difference of the ends of the intervals.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from dctracker.domain.timeline_columns import STYLE_CODE, DateTable, Marks, MilestoneColumns, Slips
from dctracker.domain.timeline_shapes import Style

MILESTONE, MOU = 0, 1  # codes into timeline_columns.KINDS


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


def place(
    shapes: MilestoneShapes, row_of: Mapping[int, int], mou_marks: list[tuple[int, int, int, tuple]]
) -> tuple[Marks, Slips, np.ndarray]:
    """Marks and slip lines on the rows of the placed projects (`row_of`:
    project id → row), ordered as drawn: by row, then a project's milestones
    in their order (each current date before its ghost), then its MOUs.

    `mou_marks` are (row, order, record id, (x0, x1, is_span, until)).
    Also returns the mask of milestones on a placed project.
    """
    cols = shapes.columns
    placed_ids = np.array(sorted(row_of), np.int64)
    rows_sorted = np.array([row_of[p] for p in placed_ids.tolist()], np.int64)
    at = np.clip(np.searchsorted(placed_ids, cols.project_ids), 0, max(len(placed_ids) - 1, 0))
    placed = (placed_ids[at] == cols.project_ids) if len(placed_ids) else np.zeros(len(cols), bool)
    row = rows_sorted[at] if len(placed_ids) else np.zeros(len(cols), np.int64)
    order = np.arange(len(cols))
    parts = []
    for sub, (ghosts, keep) in enumerate(((False, shapes.dated & placed), (True, shapes.moved & placed))):
        fields = {name: values[keep] for name, values in shapes.marks(ghosts).items()}
        n = int(keep.sum())
        parts.append(
            {**fields, "kind": np.full(n, MILESTONE), "record_id": cols.ids[keep], "row": row[keep]}
            | {"_key": np.stack([row[keep], np.zeros(n, np.int64), order[keep], np.full(n, sub)])}
        )
    parts.append(_mou_part(mou_marks))
    merged = {name: np.concatenate([p[name] for p in parts], axis=-1) for name in parts[0]}
    key = merged.pop("_key")
    marks = Marks(**merged).take(np.lexsort(key[::-1]))
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


def _mou_part(mou_marks: list[tuple[int, int, int, tuple]]) -> dict[str, np.ndarray]:
    n = len(mou_marks)
    rows = np.array([m[0] for m in mou_marks], np.int64)
    return {
        "x0": np.array([m[3][0] for m in mou_marks], float),
        "x1": np.array([m[3][1] for m in mou_marks], float),
        "style": np.full(n, STYLE_CODE[Style.MOU]),
        "is_span": np.array([m[3][2] for m in mou_marks], bool),
        "until": np.array([m[3][3] for m in mou_marks], bool),
        "kind": np.full(n, MOU),
        "record_id": np.array([m[2] for m in mou_marks], np.int64),
        "row": rows,
        "_key": np.stack(
            [rows, np.ones(n, np.int64), np.array([m[1] for m in mou_marks], np.int64), np.zeros(n, np.int64)]
        )
        if n
        else np.empty((4, 0), np.int64),
    }
