"""Exports open cleanly in Korean Excel, carry no formulas, and import back unchanged."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from dctracker.domain.dates import PartialDate, Precision
from dctracker.domain.filters import RecordFilter
from dctracker.domain.money import EOK
from dctracker.domain.regions import Region
from dctracker.io.cells import neutralize, unneutralize
from dctracker.io.errors import ExportError
from dctracker.io.importer import mapping_for, read_table
from dctracker.io.plan import Action, plan_import
from dctracker.services.exports import export_records
from dctracker.services.imports import apply_plan
from dctracker.store import Store

HOSTILE = [
    '=HYPERLINK("http://x","y")',
    "+1+2",
    "-3",
    "@SUM(A1)",
    "\tcmd",
    "\rcmd",
    "'=already quoted",
    "'",
    "plain",
]


def history_count(store: Store) -> int:
    return store.db.conn.execute("SELECT count(*) FROM history").fetchone()[0]


def reimport(store: Store, path: Path):
    table = read_table(path)
    plan = plan_import(store, table, mapping_for(table))
    apply_plan(store, plan)
    return plan


@pytest.mark.parametrize("text", HOSTILE)
def test_neutralize_is_undone_exactly(text: str) -> None:
    written = neutralize(text)
    assert written[:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert unneutralize(written) == text


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
@pytest.mark.parametrize("kind", ["projects", "mous", "milestones"])
def test_round_trip_leaves_the_database_unchanged(
    demo_store: Store, tmp_path: Path, kind: str, fmt: str
) -> None:
    path = tmp_path / f"{kind}.{fmt}"
    assert export_records(demo_store, kind, RecordFilter(), path) > 0
    before = history_count(demo_store)
    plan = reimport(demo_store, path)
    assert {r.action for r in plan.rows} == {Action.UNCHANGED}
    assert history_count(demo_store) == before


def test_hostile_text_is_neutralized_and_round_trips(demo_store: Store, tmp_path: Path) -> None:
    projects = demo_store.projects.all()
    for project, text in zip(projects, HOSTILE):
        demo_store.projects.update(replace(project, notes=text, category=text))
    csv_path, xlsx_path = tmp_path / "p.csv", tmp_path / "p.xlsx"
    export_records(demo_store, "projects", RecordFilter(), csv_path)
    export_records(demo_store, "projects", RecordFilter(), xlsx_path)

    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Korean Excel reads UTF-8
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(keepends=True)))
    notes = [row[rows[0].index("비고")] for row in rows[1:]]
    assert notes[0] == '\'=HYPERLINK("http://x","y")' and notes[2] == "'-3"
    assert not any(n[:1] in "=+-@\t\r" and n for n in notes)

    sheet = load_workbook(xlsx_path).active
    cells = [
        row[sheet[1].index(next(c for c in sheet[1] if c.value == "비고"))]
        for row in sheet.iter_rows(min_row=2)
    ]
    assert all(c.data_type != "f" for c in cells)
    assert cells[0].value == '\'=HYPERLINK("http://x","y")'

    before = history_count(demo_store)
    for path in (csv_path, xlsx_path):
        changed = [(r.row, r.changes) for r in reimport(demo_store, path).rows if r.changes]
        assert changed == [], path.name
    assert history_count(demo_store) == before
    assert [p.notes for p in demo_store.projects.all()][: len(HOSTILE)] == HOSTILE[: len(projects)]


def test_xlsx_is_styled_with_real_dates_and_money(store: Store, tmp_path: Path) -> None:
    from dctracker.domain.records import Milestone, Project

    project = store.projects.create(
        Project(
            name="광양 데이터센터",
            region=Region.JEONNAM,
            sigungu="광양시",
            investment=7000 * EOK,
            planned_finish=PartialDate(2030, Precision.YEAR, until=True),
        )
    )
    store.milestones.create(
        Milestone(
            project_id=project.id,
            title="착공",
            baseline=PartialDate.from_date(date(2025, 3, 31)),
            forecast=PartialDate(2025, Precision.HALF, 7),
        )
    )
    path = tmp_path / "m.xlsx"
    export_records(store, "milestones", RecordFilter(), path)
    sheet = load_workbook(path).active
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, sheet[2]))
    assert sheet.freeze_panes == "A2"
    assert sheet[1][0].font.b
    assert sheet.column_dimensions["A"].width >= 30
    assert row["총사업비(억원)"].value == 7000 and "억원" in row["총사업비(억원)"].number_format
    assert row["기준일"].value == datetime(2025, 3, 31) and row["기준일"].is_date
    assert row["예정일"].value == "2025년 하반기"  # coarse precision stays text


def test_export_into_an_empty_database_recreates_the_records(
    demo_store: Store, tmp_path: Path, db_path: Path
) -> None:
    from dctracker.bootstrap import create_database

    fresh = create_database(tmp_path / "fresh.db", demo=False)
    try:
        for kind in ("projects", "mous", "milestones"):
            export_records(demo_store, kind, RecordFilter(), tmp_path / f"{kind}.xlsx")
            reimport(fresh, tmp_path / f"{kind}.xlsx")
        assert {p.name for p in fresh.projects.all()} == {p.name for p in demo_store.projects.all()}
        theirs = {
            (m.title, m.baseline, m.forecast, m.actual, m.progress) for m in demo_store.milestones.all()
        }
        assert {
            (m.title, m.baseline, m.forecast, m.actual, m.progress) for m in fresh.milestones.all()
        } == theirs
        parties = {m.title: [(p.name, p.role) for p in m.parties] for m in demo_store.mous.all()}
        assert {m.title: [(p.name, p.role) for p in m.parties] for m in fresh.mous.all()} == parties
    finally:
        fresh.close()


def test_ics_validates_with_icalendar(demo_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "m.ics"
    count = export_records(demo_store, "milestones", RecordFilter(), path)
    calendar = Calendar.from_ical(path.read_bytes())
    events = calendar.walk("VEVENT")
    dated = [m for m in demo_store.milestones.all() if m.current is not None]
    assert len(events) == count == len(dated)
    for event, milestone in zip(events, dated):
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        assert type(start) is date and type(end) is date  # all-day
        assert start == milestone.current.start()
        assert (end - start).days == (milestone.current.end() - milestone.current.start()).days + 1
        if milestone.current.precision is not Precision.DAY:
            assert milestone.current.to_text("ko") in str(event["summary"])


def test_ics_only_for_milestones(demo_store: Store, tmp_path: Path) -> None:
    with pytest.raises(ExportError):
        export_records(demo_store, "projects", RecordFilter(), tmp_path / "p.ics")


def test_export_follows_the_filter(demo_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    count = export_records(demo_store, "projects", RecordFilter(region=Region.GWANGJU), path)
    rows = list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == count > 0 and {r["지역"] for r in rows} == {"광주"}
