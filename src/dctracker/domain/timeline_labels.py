"""Where the printed timeline puts its milestone labels, without overlaps.

Each label belongs beside its mark: starting just right of it, or ending just
left of it. A lane has a few label rows under its marks; a label takes the
first row where it fits whole, then where it fits shortened (the renderer
elides it to the width given), else it is left out (the window's tooltip and
the report's table still name it). Pure geometry in page units, so tests
check the boxes exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dctracker.domain.timeline_shapes import Mark, Style

GAP = 3.0  # between a mark and its label, and between two labels


def labelled(mark: Mark) -> bool:
    """Milestones' current dates get a label (not MOUs, not moved first plans)."""
    return mark.kind == "milestones" and mark.style is not Style.GHOST


@dataclass(frozen=True)
class Wanted:
    anchor: float  # the mark's x (a span's right end)
    width: float  # the label's full width
    min_width: float  # the narrowest readable shortening ("두…")


@dataclass(frozen=True)
class Placed:
    index: int  # of the label in the input
    row: int
    x0: float
    x1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0


def place_labels(labels: Sequence[Wanted], left: float, right: float, rows: int) -> list[Placed]:
    """Boxes for the labels that fit between `left` and `right` in `rows`
    rows; no two boxes of a row overlap or come closer than GAP."""
    ends = [left - GAP] * rows  # the right end of the last box of each row
    placed: list[Placed] = []
    for index in sorted(range(len(labels)), key=lambda i: labels[i].anchor):
        box = _fit(labels[index], ends, right)
        if box is not None:
            row, x0, x1 = box
            ends[row] = x1
            placed.append(Placed(index, row, x0, x1))
    return placed


def _fit(label: Wanted, ends: list[float], right: float) -> tuple[int, float, float] | None:
    """Whole on the right, whole on the left, then shortened on either side."""
    start = label.anchor + GAP
    for row, end in enumerate(ends):
        if end + GAP <= start and start + label.width <= right:
            return row, start, start + label.width
    for row, end in enumerate(ends):
        x0 = label.anchor - GAP - label.width
        if x0 >= end + GAP:
            return row, x0, label.anchor - GAP
    # Shortened: the row and side with the most room beside the mark.
    best: tuple[float, int, float, float] | None = None
    for row, end in enumerate(ends):
        right_room = right - start if end + GAP <= start else 0.0
        left_room = label.anchor - GAP - (end + GAP)
        for room, x0 in ((right_room, start), (left_room, label.anchor - GAP - min(left_room, label.width))):
            room = min(room, label.width)
            if room >= label.min_width and (best is None or room > best[0]):
                best = (room, row, x0, x0 + room)
    return None if best is None else best[1:]
