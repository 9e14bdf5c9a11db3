"""Issue 12, guarded for good: any text survives import -> export -> import, and
no cell or header makes the import fail with anything but its own error."""

from __future__ import annotations

import contextlib
import csv
import itertools
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dctracker.domain.filters import RecordFilter
from dctracker.io.cells import PARSERS, CellError, cell_text, is_blank
from dctracker.io.importer import mapping_for, read_table
from dctracker.io.mapping import KINDS, detect_kind, header_scale, header_score, map_headers
from dctracker.io.plan import Action, plan_import
from dctracker.services.exports import export_records
from dctracker.services.imports import apply_plan
from dctracker.store import Store

# Text as files bring it: anything, decomposed Hangul, control characters,
# formula-looking starts and line breaks.
texts = st.one_of(
    st.text(),
    st.text().map(lambda t: unicodedata.normalize("NFD", t)),
    st.builds(
        "".join,
        st.lists(
            st.sampled_from(
                [
                    "=",
                    "+",
                    "-",
                    "@",
                    "'",
                    "\t",
                    "\r",
                    "\n",
                    "\r\n",
                    "\x00",
                    "\x07",
                    "\x1b",
                    "광양",
                    "ᄀ",
                    "ᅡ",
                    " ",
                    "_x000D_",
                    "cmd|' /C calc'!A0",
                ]
            ),
            max_size=12,
        ),
    ),
)
cells = st.one_of(
    texts,
    st.none(),
    st.integers(),
    st.floats(),
    st.dates(),
    st.datetimes(),
)
_names = itertools.count()


@given(st.sampled_from(sorted(PARSERS)), cells, st.sampled_from([1, 10**8]))
def test_cell_readers_raise_only_cell_errors(
    parse: str, cell: str | int | float | date | datetime | None, scale: int
) -> None:
    with contextlib.suppress(CellError):
        PARSERS[parse](cell, scale if parse == "won" else 1)  # mapping.py: units scale money only


@given(st.lists(texts, max_size=8))
def test_header_mapping_never_fails(headers: list[str]) -> None:
    for kind in KINDS:
        map_headers(kind, headers).unknown_summary()
    detect_kind(headers)
    header_score(headers)
    for header in headers:
        header_scale(header)


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    return path


def _import(store: Store, path: Path) -> list[Action]:
    table = read_table(path)
    plan = plan_import(store, table, mapping_for(table, "projects"))
    apply_plan(store, plan)
    return [r.action for r in plan.rows]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_any_text_survives_import_export_import(store: Store, tmp_path: Path, fmt: str, text: str) -> None:
    name = f"사업 {next(_names)}"
    # A NUL in a CSV's first 64 KB makes it a binary file (refused as a whole);
    # the padding row puts the text after that, where the issue found it imported.
    padding = ["여백", "전남", "가" * 22_000, ""]  # 66 KB of UTF-8, in what an XLSX cell holds
    source = _write_csv(
        tmp_path / "in.csv", [["사업명", "지역", "비고", "사업개요"], padding, [name, "전남", text, text]]
    )
    assert _import(store, source)[-1] is Action.CREATE
    stored = store.projects.where("name = ?", (name,))[0]
    expected = "" if is_blank(text) else cell_text(text)  # cleaned (NFC, no controls), as documented
    assert stored.notes == stored.description == expected
    out = tmp_path / f"out.{fmt}"
    export_records(store, "projects", RecordFilter(), out)
    assert set(_import(store, out)) == {Action.UNCHANGED}
    assert store.projects.where("name = ?", (name,))[0].notes == expected
