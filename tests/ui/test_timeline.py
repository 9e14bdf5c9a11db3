from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QTabWidget
from pytestqt.qtbot import QtBot

from dctracker.app import create_main_window
from dctracker.bootstrap import create_database
from dctracker.domain import clock
from dctracker.domain.dates import PartialDate
from dctracker.domain.filters import RecordFilter
from dctracker.domain.records import Milestone, MilestoneStatus, Mou, Project
from dctracker.domain.regions import Region
from dctracker.domain.timeline import Style, x_of
from dctracker.ui.charts.timeline_tab import TimelineTab
from dctracker.ui.charts.timeline_view import preset_range
from dctracker.ui.main_window import MainWindow

d = PartialDate.parse
# The offscreen platform warns on show(); nothing to do with the chart.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def timeline_db(tmp_path: Path) -> Path:
    """Three projects in both regions: on time, slipped, half-year dates."""
    path = tmp_path / "timeline.db"
    store = create_database(path, demo=False)
    pids = [
        store.projects.create(
            Project(
                name=name, region=region, sigungu=sigungu, planned_start=d(start), planned_finish=d(finish)
            )
        ).id
        for name, region, sigungu, start, finish in [
            ("광주 AI 데이터센터", Region.GWANGJU, "북구", "2024-01-01", "2026-12-31"),
            ("광양 클라우드 데이터센터", Region.JEONNAM, "광양시", "2025-03", "2030년까지"),
            ("해남 데이터 단지", Region.JEONNAM, "해남군", "2025", "2028"),
        ]
    ]
    for m in [
        Milestone(
            project_id=pids[0],
            title="착공",
            baseline=d("2024-03-01"),
            actual=d("2024-04-15"),
            status=MilestoneStatus.DONE,
        ),
        Milestone(project_id=pids[0], title="준공", baseline=d("2026-06-30"), forecast=d("2026-09-30")),
        Milestone(project_id=pids[1], title="인허가", baseline=d("2025-05-20")),
        Milestone(
            project_id=pids[1], title="1단계 개소", baseline=d("2027년 상반기"), forecast=d("2027년 하반기")
        ),
        Milestone(project_id=pids[2], title="부지 확정", forecast=d("2026-02-10")),
    ]:
        store.milestones.create(m)
    store.mous.create(Mou(title="광양 투자협약", signed_on=d("2025-02-14"), project_ids=[pids[1]]))
    store.close()
    return path


@pytest.fixture
def window(qtbot: QtBot, timeline_db: Path) -> Iterator[MainWindow]:
    win = create_main_window(timeline_db, "ko")
    qtbot.addWidget(win)
    win.resize(1400, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win


def _tab(window: MainWindow) -> TimelineTab:
    tab = window.findChild(TimelineTab, "timelineView")
    tabs = window.findChild(QTabWidget, "mainTabs")
    tabs.setCurrentWidget(tab)
    assert tab.view is not None, "showing the tab builds the chart"
    return tab


def _xs(items) -> list[float]:
    """x of every point in the scatter batches of one style."""
    return sorted(float(x) for item in items for x in item.getData()[0])


def _rects(items) -> list[tuple[float, float]]:
    """x extent of every shape in the path batches of one kind."""
    return sorted(
        (p.boundingRect().left(), p.boundingRect().right())
        for item in items
        for p in item.path().toSubpathPolygons()
    )


def test_tab_is_titled_in_korean(window: MainWindow) -> None:
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert tabs.tabText(tabs.indexOf(_tab(window))) == "타임라인"


def test_one_bar_per_project_and_one_mark_per_milestone(window: MainWindow) -> None:
    items = _tab(window).view.items
    assert len(_rects(items["bars"])) == 3
    assert len(_rects(items["progress"])) == 1  # only the project with a done milestone
    assert len(_xs(items[f"points:{Style.ACTUAL}"])) == 1
    assert len(_xs(items[f"points:{Style.FORECAST}"])) == 2
    assert len(_xs(items[f"points:{Style.PLANNED}"])) == 1
    assert len(_rects(items[f"spans:{Style.FORECAST}"])) == 1
    assert len(_xs(items[f"points:{Style.MOU}"])) == 1


def test_region_filter_redraws_only_its_records(window: MainWindow) -> None:
    view = _tab(window).view
    window.set_filter(RecordFilter(region=Region.GWANGJU))
    assert len(_rects(view.items["bars"])) == 1
    assert _xs(view.items[f"points:{Style.ACTUAL}"]) == [x_of(date(2024, 4, 15))]
    assert _xs(view.items[f"points:{Style.MOU}"]) == []
    window.set_filter(RecordFilter(search="해남"))
    assert len(_rects(view.items["bars"])) == 1


def test_a_hidden_timeline_redraws_when_its_tab_is_chosen_again(window: MainWindow) -> None:
    tab = _tab(window)
    tabs = window.findChild(QTabWidget, "mainTabs")
    bars = len(_rects(tab.view.items["bars"]))
    assert bars > 1
    tabs.setCurrentWidget(window.tables["milestones"])
    window.set_filter(RecordFilter(region=Region.GWANGJU))
    assert len(_rects(tab.view.items["bars"])) == bars  # not laid out while hidden
    tabs.setCurrentWidget(tab)
    assert len(_rects(tab.view.items["bars"])) == 1


def test_slipped_milestone_has_ghost_and_slip_line_at_baseline(window: MainWindow) -> None:
    items = _tab(window).view.items
    ghosts = _xs(items[f"points:{Style.GHOST}"])
    assert x_of(date(2024, 3, 1)) in ghosts and x_of(date(2026, 6, 30)) in ghosts
    slips = _rects(items["slips"])
    assert (x_of(date(2026, 6, 30)), x_of(date(2026, 9, 30))) in slips
    # a half year moved by a half: from the end of H1 to the end of H2
    assert (x_of(date(2027, 7, 1)), x_of(date(2028, 1, 1))) in slips


def test_half_year_forecast_spans_its_half_year(window: MainWindow) -> None:
    items = _tab(window).view.items
    assert _rects(items[f"spans:{Style.FORECAST}"]) == [(x_of(date(2027, 7, 1)), x_of(date(2028, 1, 1)))]
    assert _rects(items[f"spans:{Style.GHOST}"]) == [(x_of(date(2027, 1, 1)), x_of(date(2027, 7, 1)))]


def _click(qtbot: QtBot, view, x: float, row: int) -> None:
    pos = view.plot.mapFromScene(view.box.mapViewToScene(QPointF(x, row)))
    qtbot.mouseClick(view.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_clicking_a_bar_shows_its_project_beside_the_timeline(qtbot: QtBot, window: MainWindow) -> None:
    view = _tab(window).view
    project = next(p for p in view.layout_data.projects.values() if p.name == "해남 데이터 단지")
    row = view.layout_data.row_of("projects", project.id)
    tab = _tab(window)
    _click(qtbot, view, x_of(date(2027, 6, 1)), row)
    assert window.detail.kind == "projects" and window.detail.form.record.id == project.id
    assert window.tabs.currentWidget() is tab  # the timeline stays in view


def test_clicking_a_marker_shows_its_milestone_beside_the_timeline(qtbot: QtBot, window: MainWindow) -> None:
    view = _tab(window).view
    (m_id,) = [i for i, m in view.layout_data.milestones.items() if m.title == "부지 확정"]
    tab = _tab(window)
    _click(qtbot, view, x_of(date(2026, 2, 10)), view.layout_data.row_of("milestones", m_id))
    assert window.detail.kind == "milestones" and window.detail.form.record.id == m_id
    assert window.tabs.currentWidget() is tab  # the timeline stays in view
    assert tab._selected == ("milestones", m_id)  # and outlines what it shows


def test_selection_elsewhere_is_highlighted(window: MainWindow) -> None:
    view = _tab(window).view
    project = next(p for p in view.layout_data.projects.values() if p.name == "광주 AI 데이터센터")
    window.recordActivated.emit("projects", project.id)
    rect = view.highlight.path().boundingRect()
    row = view.layout_data.row_of("projects", project.id)
    assert rect.left() == x_of(date(2024, 1, 1)) and rect.top() < row < rect.bottom()


def test_edit_redraws_without_restart(window: MainWindow) -> None:
    view = _tab(window).view
    pid = next(iter(view.layout_data.projects))
    window.store.milestones.create(Milestone(project_id=pid, title="새 마일스톤", actual=d("2025-01-02")))
    window.notify_store_changed()
    assert len(_xs(view.items[f"points:{Style.ACTUAL}"])) == 2


def test_clicking_a_group_header_collapses_it(qtbot: QtBot, window: MainWindow) -> None:
    view = _tab(window).view
    header = next(ln for ln in view.layout_data.lanes if ln.label == "전라남도")
    _click(qtbot, view, x_of(date(2020, 1, 1)), header.row)
    assert [ln.label for ln in view.layout_data.lanes][-1] == "전라남도"
    assert len(_rects(view.items["bars"])) == 1


def test_window_starts_without_importing_pyqtgraph_or_numpy(tmp_path: Path) -> None:
    code = (
        "import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from dctracker.app import create_main_window;"
        f"from pathlib import Path; w = create_main_window(Path({str(tmp_path / 'x.db')!r}));"
        "print('pyqtgraph' in sys.modules, 'numpy' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    assert out.stdout.strip() == "False False"  # both wait for the timeline tab


def test_hover_text_names_dates_at_precision_and_slippage(window: MainWindow) -> None:
    from dctracker.ui.charts.tooltip import tooltip_text

    view = _tab(window).view
    (m_id,) = [i for i, m in view.layout_data.milestones.items() if m.title == "1단계 개소"]
    row = view.layout_data.row_of("milestones", m_id)
    scene = view.box.mapViewToScene(QPointF(x_of(date(2027, 10, 1)), row))
    assert view.record_at(scene) == ("milestones", m_id)
    text = tooltip_text(view.layout_data, "milestones", m_id, "ko")
    assert "1단계 개소" in text and "2027년 상반기" in text and "2027년 하반기" in text
    assert "지연: +184일" in text and "예정" in text


def test_wheel_zooms_dates_only_and_presets_set_the_span(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent

    view = _tab(window).view
    (x0, x1), (y0, y1) = view.box.viewRange()
    centre = view.plot.viewport().rect().center()
    event = QWheelEvent(
        QPointF(centre),
        QPointF(view.plot.viewport().mapToGlobal(centre)),
        QPoint(),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.plot.viewport(), event)
    (nx0, nx1), (ny0, ny1) = view.box.viewRange()
    assert nx1 - nx0 < (x1 - x0) * 0.9
    assert (ny0, ny1) == pytest.approx((y0, y1))
    view.show_years(1)
    (px0, px1), _ = view.box.viewRange()
    assert (px0, px1) == pytest.approx(preset_range(clock.today(), 1))


def test_the_one_year_preset_reaches_months_after_today() -> None:
    x0, x1 = preset_range(date(2026, 12, 4), 1)
    assert x0 == x_of(date(2026, 10, 1))
    assert x1 > x_of(date(2027, 9, 1))  # the next nine months are in view


def test_as_of_line_follows_the_date_box(window: MainWindow) -> None:
    from PySide6.QtCore import QDate

    tab = _tab(window)
    assert not tab.view.as_of_line.isVisible()
    tab.as_of_edit.setDate(QDate(2025, 6, 30))
    tab.as_of_check.setChecked(True)
    assert tab.view.as_of_line.isVisible()
    assert tab.view.as_of_line.value() == x_of(date(2025, 6, 30))


def test_export_from_the_tab_writes_an_a3_pdf(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dctracker.ui.charts import export_dialog

    out = tmp_path / "회의자료.pdf"
    monkeypatch.setattr(
        export_dialog.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), export_dialog.FILTERS["pdf"])
    )
    monkeypatch.setattr(export_dialog.QInputDialog, "getItem", lambda *a, **k: ("A3", True))
    _tab(window).export_action.trigger()
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert "(A3)" in info.stdout
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "광양 클라우드 데이터센터" in text and "해남 데이터 단지" in text


def _hover_at(view, x: float, row: int) -> None:
    """The pointer moves over (x, row), as the chart's scene reports it."""
    view.plot.scene().sigMouseMoved.emit(view.box.mapViewToScene(QPointF(x, row)))


def test_hovering_a_mark_shows_its_milestone_read_when_asked(
    qtbot: QtBot, window: MainWindow, timeline_db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from PySide6.QtWidgets import QToolTip

    from dctracker.store import open_store

    view = _tab(window).view
    ids = {m.title: m.id for m in window.store.milestones.all()}
    at = {title: view.layout_data.row_of("milestones", ids[title]) for title in ("부지 확정", "인허가")}
    _hover_at(view, x_of(date(2026, 2, 10)), at["부지 확정"])
    assert "부지 확정" in QToolTip.text() and "2026. 2. 10." in QToolTip.text()
    # Another user deletes a milestone whose record the chart has not read yet.
    other = open_store(timeline_db)
    other.milestones.delete(ids["인허가"], version=other.milestones.get(ids["인허가"]).version)
    other.close()
    scene = view.box.mapViewToScene(QPointF(x_of(date(2025, 5, 20)), at["인허가"]))
    assert view.record_at(scene) == ("milestones", ids["인허가"])
    with caplog.at_level(logging.INFO):
        _hover_at(view, x_of(date(2025, 5, 20)), at["인허가"])
    qtbot.waitUntil(lambda: not QToolTip.isVisible())  # no tooltip, and no error
    assert f"milestones #{ids['인허가']} is no longer stored" in caplog.text


def test_selecting_a_record_the_chart_does_not_draw_clears_the_outline(window: MainWindow) -> None:
    view = _tab(window).view
    (m_id,) = [m.id for m in window.store.milestones.all() if m.title == "부지 확정"]
    window.recordActivated.emit("milestones", m_id)
    assert not view.highlight.path().isEmpty()
    window.recordActivated.emit("organizations", m_id)  # chosen on the 기관 tab
    assert view.highlight.path().isEmpty()


def test_labels_toggle_shows_titles_beside_marks_without_overlap(window: MainWindow) -> None:
    tab = _tab(window)
    view = tab.view
    assert not view.label_items  # off in the window until asked for
    tab.labels_action.setChecked(True)
    titles = {m.title for m in view.layout_data.milestones.values()}
    shown = [item.toPlainText() for item in view.label_items]
    assert shown and all(t in titles or t.endswith("…") for t in shown)
    boxes = [item.sceneBoundingRect() for item in view.label_items]
    assert not [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :] if a.intersects(b)]
    tab.labels_action.setChecked(False)
    assert not view.label_items


def test_a_project_without_any_date_says_so_in_the_view(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "undated.db"
    store = create_database(path, demo=False)
    store.projects.create(Project(name="날짜 없는 사업", region=Region.GWANGJU, sigungu="북구"))
    store.close()
    window = create_main_window(path, "ko")
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    view = _tab(window).view
    assert "일정 없음" in [item.toPlainText() for item in view.label_items]
