from __future__ import annotations

from datetime import date

from dctracker.domain.dates import PartialDate, Precision
from dctracker.io.cells import PARSERS, CellError, column_reader


def test_a_column_reader_gives_what_the_parser_gives_and_blank_for_blank_cells() -> None:
    read = column_reader("date", blank="비어 있음")
    day, half, none, spaces = read([date(2025, 3, 31), "2025년 상반기", None, "  "])
    assert day == PARSERS["date"](date(2025, 3, 31), 1) == PartialDate.parse("2025-03-31")
    assert half == PartialDate.parse("2025년 상반기")
    assert none == spaces == "비어 있음"


def test_a_column_reader_returns_the_error_of_a_bad_cell_every_time() -> None:
    # (An unknown status word is a note since issue 13, not an error; a date is.)
    read = column_reader("date")
    done, first = read(["2025-03", "언젠가"])
    (again,) = read(["언젠가"])
    assert done == PartialDate(2025, Precision.MONTH, 3)
    assert isinstance(first, CellError) and again is first
    assert first.__traceback__ is None  # a remembered error holds no frames


def test_a_column_reader_tells_equal_cells_of_different_types_apart() -> None:
    """1 and True are equal dict keys but different cells, within a lot or
    across lots."""
    read = column_reader("text")
    assert read([1, True, 1.0]) == ["1", "True", "1"]
    read = column_reader("text")
    assert read([1, 2]) == ["1", "2"]
    assert read([True, 1]) == ["True", "1"]


def test_list_results_are_not_shared_between_rows() -> None:
    first, second = column_reader("tags")(["클라우드, AI", "클라우드, AI"])
    assert first == second == ["클라우드", "AI"] and first is not second


def test_scale_applies_to_bare_numbers() -> None:
    assert column_reader("won", 10**8)([7000]) == [7000 * 10**8]
