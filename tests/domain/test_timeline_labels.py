"""Milestone labels of the printed timeline: beside their marks, never overlapping."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dctracker.domain.timeline_labels import GAP, Placed, Wanted, place_labels


def overlapping(boxes: list[Placed]) -> list[tuple[Placed, Placed]]:
    return [
        (a, b)
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a.row == b.row and a.x0 < b.x1 + GAP - 1e-9 and b.x0 < a.x1 + GAP - 1e-9
    ]


def test_a_lone_label_sits_right_of_its_mark() -> None:
    (box,) = place_labels([Wanted(100, 40, 10)], 0, 500, 2)
    assert (box.row, box.x0, box.x1) == (0, 100 + GAP, 140 + GAP)


def test_a_crowded_label_takes_the_next_free_row() -> None:
    boxes = place_labels([Wanted(100, 60, 10), Wanted(110, 60, 10), Wanted(180, 60, 10)], 0, 500, 2)
    assert [(b.index, b.row) for b in boxes] == [(0, 0), (1, 1), (2, 0)]
    assert not overlapping(boxes)


def test_at_the_right_edge_a_label_goes_left_or_is_shortened() -> None:
    (box,) = place_labels([Wanted(490, 60, 10)], 0, 500, 1)
    assert box.x1 == 490 - GAP and box.width == 60


def test_labels_that_cannot_fit_are_left_out() -> None:
    boxes = place_labels([Wanted(10 + i, 80, 30) for i in range(10)], 0, 200, 1)
    assert len(boxes) < 10 and not overlapping(boxes)


@given(
    st.lists(st.tuples(st.floats(0, 1000), st.floats(1, 200), st.floats(1, 30)), min_size=0, max_size=40),
    st.integers(1, 3),
)
def test_no_two_labels_overlap_and_each_stays_beside_its_mark(
    wanted: list[tuple[float, float, float]], rows: int
) -> None:
    labels = [Wanted(a, w, min(m, w)) for a, w, m in wanted]
    boxes = place_labels(labels, 0, 1000, rows)
    assert not overlapping(boxes)
    for box in boxes:
        label = labels[box.index]
        assert box.x0 >= 0 and box.x1 <= 1000 + 1e-9 and 0 <= box.row < rows
        assert label.min_width - 1e-9 <= box.width <= label.width + 1e-9
        assert box.x0 == label.anchor + GAP or abs(box.x1 - (label.anchor - GAP)) < 1e-9
