"""The printed timeline read back from its PDF (poppler's pdftotext -bbox):
milestone labels beside their marks without overlapping anything, no text
below 8 pt at A4 or A3, late marks and slips named, empty lanes said so."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import known_dashboard
import pytest
from ui_helpers import run_cli

from dctracker.store import Store

if TYPE_CHECKING:
    from conftest import HistoryClock

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
# pdftotext's word box of this font is 1.149 times its size: 8 pt text is 9.19 pt tall.
MIN_BOX = 8 * 1.14
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


@dataclass(frozen=True)
class Word:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    def overlaps(self, other: Word) -> bool:
        return (
            self.page == other.page
            and self.x0 < other.x1 - 0.5
            and other.x0 < self.x1 - 0.5
            and self.y0 < other.y1 - 0.5
            and other.y0 < self.y1 - 0.5
        )


def words(pdf: Path) -> list[Word]:
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    found = []
    for page, body in enumerate(html.split("<page ")[1:]):
        found += [Word(page, *map(float, m.groups()[:4]), m.group(5)) for m in WORD.finditer(body)]
    return found


@pytest.fixture
def known(store: Store, history_clock: HistoryClock) -> Store:
    known_dashboard.build(store, history_clock)
    return store


@pytest.mark.parametrize("page", ["A4", "A3"])
def test_no_text_below_8_pt_and_no_text_over_other_text(demo_db: Path, tmp_path: Path, page: str) -> None:
    out = tmp_path / f"timeline-{page}.pdf"
    result = run_cli("export", "timeline", "--db", str(demo_db), "--out", str(out), "--page", page)
    assert result.returncode == 0, result.stderr
    found = words(out)
    assert found
    small = [w for w in found if w.y1 - w.y0 < MIN_BOX]
    assert not small, small[:5]
    clashes = [(a, b) for i, a in enumerate(found) for b in found[i + 1 :] if a.overlaps(b)]
    assert not clashes, clashes[:5]


def test_milestone_labels_slips_and_empty_lanes_are_named(
    known: Store, db_path: Path, tmp_path: Path
) -> None:
    known.close()
    out = tmp_path / "timeline.pdf"
    result = run_cli("export", "timeline", "--db", str(db_path), "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = " ".join(w.text for w in words(out))
    for title in ("건축 인허가", "착공", "설계 완료", "전력 인입"):  # labels, on by default
        assert title in text
    assert "+214일" in text  # 건축 인허가's slip line: 2025-03-31 → 2025-10-31
    assert "지연: 예정일 경과, 미완료" in text  # the legend explains the overdue ring


def test_a_project_without_any_date_says_so(store: Store, db_path: Path, tmp_path: Path) -> None:
    from dctracker.domain.records import Project
    from dctracker.domain.regions import Region

    store.projects.create(Project(name="날짜 없는 사업", region=Region.GWANGJU, sigungu="북구"))
    store.close()
    out = tmp_path / "undated.pdf"
    assert run_cli("export", "timeline", "--db", str(db_path), "--out", str(out)).returncode == 0
    assert "일정 없음" in " ".join(w.text for w in words(out))


def test_overdue_milestones_are_the_ones_ringed(known: Store, qapp: object) -> None:
    from PySide6.QtCore import QSizeF

    from dctracker.domain.filters import RecordFilter
    from dctracker.render.timeline.export import default_spec
    from dctracker.render.timeline.printed import TimelinePrint
    from dctracker.services.timeline import load_layout

    layout = load_layout(known, RecordFilter(), lang="ko")
    chart = TimelinePrint(
        layout, default_spec(RecordFilter(), "ko", as_of=known_dashboard.AS_OF), QSizeF(1190, 842)
    )
    ringed = {
        layout.milestones[m.record_id].title
        for lane in layout.lanes
        for m in layout.marks.on_row(lane.row)
        if chart._overdue(m)
    }
    assert ringed == {"부지 매입", "건축 인허가"}  # the dashboard's overdue list on that day


def test_a_long_project_name_wraps_and_stays_whole_in_the_text(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    from dctracker.domain.dates import PartialDate
    from dctracker.domain.records import Project
    from dctracker.domain.regions import Region

    name = "해남 솔라시도 기업도시 RE100 국가 AI 컴퓨팅 센터 및 데이터 집적단지 조성 사업"
    store.projects.create(
        Project(name=name, region=Region.JEONNAM, sigungu="해남군", planned_start=PartialDate.parse("2026"))
    )
    store.close()
    out = tmp_path / "long.pdf"
    assert run_cli("export", "timeline", "--db", str(db_path), "--out", str(out)).returncode == 0
    found = words(out)
    assert " ".join(w.text for w in found).count(name) == 1  # every word of it, in order
    lines = {round(w.y0) for w in found if w.text in name.split()}
    assert len(lines) >= 2  # wrapped, not cut off
    assert min(w.y1 - w.y0 for w in found) >= MIN_BOX
