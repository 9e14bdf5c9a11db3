"""Issue 13: every file of the office corpus imports on the first try, each
record read as a person reads it, the rows that are not records listed with
why, and the rows that are rejected naming the cell and what is accepted."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from dctracker.cli import main
from dctracker.io.importer import mapping_for, read_table
from dctracker.io.plan import Action, ImportPlan, RowPlan, plan_import
from dctracker.io.table import Table
from dctracker.services.imports import apply_plan
from dctracker.store import Store


def _load_corpus() -> ModuleType:
    path = Path(__file__).parent / "corpus" / "make_corpus.py"
    spec = importlib.util.spec_from_file_location("make_corpus", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


corpus = _load_corpus()
CASES = {case.name: case for case in corpus.CASES}


def planned(store: Store, path: Path) -> tuple[Table, ImportPlan]:
    table = read_table(path)
    return table, plan_import(store, table, mapping_for(table))


def test_the_corpus_has_at_least_25_files_of_both_formats_and_all_kinds() -> None:
    names = list(CASES)
    assert len(names) >= 25
    assert {Path(n).suffix for n in names} >= {".xlsx", ".csv"}
    assert {c.kind for c in CASES.values()} == {"projects", "milestones", "mous"}


def test_the_generator_writes_every_file(tmp_path: Path) -> None:
    written = corpus.write_corpus(tmp_path)
    assert sorted(p.name for p in written) == sorted(CASES)
    assert all(p.stat().st_size > 0 for p in written)


@pytest.mark.parametrize("name", list(CASES))
def test_corpus_file_imports_as_expected(store: Store, tmp_path: Path, name: str) -> None:
    case = CASES[name]
    path = tmp_path / name
    case.write(path)
    table, plan = planned(store, path)
    assert plan.kind == case.kind
    assert (table.scale, table.as_of) == (case.scale, case.as_of)
    if case.sheet:
        assert table.sheet == case.sheet and case.sheet in table.sheets
    assert table.hidden_columns == case.hidden_columns
    skipped = [(s.why.value, s.text) for s in table.skipped]
    assert len(skipped) == len(case.skipped), skipped
    for (why, text), (want_why, start) in zip(skipped, case.skipped, strict=True):
        assert why == want_why and text.startswith(start), (why, text)
    rejected = [r for r in plan.rows if r.action is Action.REJECT]
    assert [r.label for r in rejected] == [label for label, _ in case.rejected], _reasons(rejected)
    for row, (_, words) in zip(rejected, case.rejected, strict=True):
        reasons = " ".join(r.ko for r in row.reasons)
        assert all(word in reasons for word in words), reasons
    created = {r.label: r for r in plan.rows if r.action is Action.CREATE}
    assert set(created) == set(case.records), _reasons(rejected)
    for label, fields in case.records.items():
        record = created[label].record
        for name_, value in fields.items():
            assert _field(plan, record, name_) == value, (label, name_)
    for label, words in case.notes.items():
        noted = " ".join(n.ko for n in created[label].notes)
        assert all(word in noted for word in words), noted
        assert all(word in created[label].record.notes for word in words)  # kept, not only shown
    assert apply_plan(store, plan, skip_invalid=True) == len(created) + len(plan.projects_to_create())


def _field(plan: ImportPlan, record: Any, name: str) -> Any:
    """A milestone row's 시군/region are its new project's."""
    if plan.kind == "milestones" and name in ("sigungu", "region"):
        (project,) = plan.new_projects.values()
        return getattr(project, name)
    return getattr(record, name)


def _reasons(rows: list[RowPlan]) -> list[tuple[int, str, list[str]]]:
    return [(r.row, r.label, [x.ko for x in r.reasons]) for r in rows]


def test_the_cli_lists_skipped_rows_and_hidden_columns(
    store: Store, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store.close()
    for name in ("01_광양시_데이터센터_추진현황.xlsx", "05_여수시_숨긴행열.xlsx"):
        CASES[name].write(tmp_path / name)
        assert main(["import", str(tmp_path / name), "--db", str(db_path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "7행 건너뜀 (소계·합계 (subtotal)): 민간투자 소계" in out
    assert "11행 건너뜀 (각주 (footnote)): ※ 총사업비는" in out
    assert "3행 건너뜀 (숨긴 행 (hidden row)): 2" in out
    assert "숨긴 열 (hidden columns, not imported): 내부검토의견" in out
