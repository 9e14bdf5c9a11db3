from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot

from dctracker.app import create_main_window
from dctracker.bootstrap import create_database
from dctracker.domain.dates import PartialDate
from dctracker.domain.filters import RecordFilter
from dctracker.domain.money import EOK
from dctracker.domain.records import Indicator, Milestone, MilestoneUpdate, Mou, Project
from dctracker.domain.regions import Region
from dctracker.domain.timeline import anchor
from dctracker.ui.charts.progress_tab import ProgressTab
from dctracker.ui.main_window import MainWindow

d = PartialDate.parse
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    path = tmp_path / "p.db"
    store = create_database(path, demo=False)
    gj = store.projects.create(Project(name="광주 AI 센터", region=Region.GWANGJU)).id
    jn = store.projects.create(Project(name="광양 데이터센터", region=Region.JEONNAM)).id
    store.mous.create(
        Mou(
            title="광양 협약",
            signed_on=d("2021-11"),
            project_ids=[jn],
            pledged_investment=7000 * EOK,
            realized_investment=500 * EOK,
            pledged_jobs=200,
            realized_jobs=30,
        )
    )
    store.mous.create(Mou(title="광주 협약", region=Region.GWANGJU, pledged_investment=100 * EOK))
    m = store.milestones.create(Milestone(project_id=jn, title="착공", baseline=d("2025-06-30")))
    for forecast in ("2025-12-31", "2026년 상반기"):
        current = store.milestones.get(m.id)
        store.record_milestone_update(
            MilestoneUpdate(milestone_id=m.id, forecast=d(forecast)), read_version=current.version
        )
    for year, actual in (("2022", 80.0), ("2023", 150.0)):
        store.indicators.create(
            Indicator(name="신규 고용", unit="명", project_id=gj, target=300.0, actual=actual, as_of=d(year))
        )
    store.close()
    win = create_main_window(path, "ko")
    qtbot.addWidget(win)
    win.show()
    return win


def _tab(window: MainWindow) -> ProgressTab:
    tab = window.findChild(ProgressTab, "progressChartsView")
    window.findChild(QTabWidget, "mainTabs").setCurrentWidget(tab)
    assert tab.built
    return tab


def _widths(item) -> list[float]:
    return [float(w) for w in item.opts["width"]]


def test_mou_bars_pledged_and_realized_per_mou_and_region(window: MainWindow) -> None:
    tab = _tab(window)
    labels = [b.label for b in tab.invest.bars]
    assert labels == ["광양 협약", "광주 협약", "광주광역시 합계", "전라남도 합계"]
    assert _widths(tab.invest.items["pledged"]) == [7000, 100, 100, 7000]
    assert _widths(tab.invest.items["realized"]) == [500, 0, 0, 500]
    assert _widths(tab.jobs.items["pledged"]) == [200, 0, 0, 200]
    window.set_filter(RecordFilter(region=Region.GWANGJU))
    assert [b.label for b in tab.invest.bars] == ["광주 협약", "광주광역시 합계"]


def test_mta_line_follows_each_forecast_update(window: MainWindow) -> None:
    tab = _tab(window)
    tab.project_box.setCurrentIndex(tab.project_box.findText("광양 데이터센터"))
    (line,) = tab.trend_items
    ys = list(line.getData()[1])
    assert ys == [anchor(d(t)) for t in ("2025-06-30", "2025-12-31", "2026년 상반기")]


def test_indicator_target_and_actual_over_time(window: MainWindow) -> None:
    tab = _tab(window)
    assert tab.indicator_box.currentText() == "신규 고용 (명)"
    assert list(tab.indicator_items["actual"].getData()[1]) == [80.0, 150.0]
    assert list(tab.indicator_items["target"].getData()[1]) == [300.0, 300.0]


def test_clicking_a_mou_bar_activates_the_mou(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import QPointF, Qt

    tab = _tab(window)
    box = tab.invest.getViewBox()
    pos = tab.invest.mapFromScene(box.mapViewToScene(QPointF(50, 0)))
    with qtbot.waitSignal(window.recordActivated) as signal:
        qtbot.mouseClick(tab.invest.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert signal.args == ["mous", tab.invest.bars[0].mou_id]


def test_the_legend_sits_beside_the_bars_never_over_them(window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    tab = _tab(window)
    for plot in (tab.invest, tab.jobs):
        plot.resize(600, 360)
        QApplication.processEvents()
        legend = plot.legend.sceneBoundingRect()
        assert legend.width() > 0
        assert not legend.intersects(plot.getViewBox().sceneBoundingRect())


def test_an_empty_trend_chart_says_why_and_what_to_enter(window: MainWindow) -> None:
    tab = _tab(window)
    tab.project_box.setCurrentIndex(tab.project_box.findText("광주 AI 센터"))  # no milestones
    assert not tab.trend_items
    assert tab.trend_note.isVisibleTo(tab)
    assert "예정일" in tab.trend_note.text()
    tab.project_box.setCurrentIndex(tab.project_box.findText("광양 데이터센터"))
    assert not tab.trend_note.isVisibleTo(tab)


def test_an_indicator_dated_to_a_year_sits_on_that_year(window: MainWindow) -> None:
    from dctracker.domain.timeline import x_of

    xs = list(_tab(window).indicator_items["actual"].getData()[0])
    assert x_of(date(2022, 1, 1)) < xs[0] < x_of(date(2022, 12, 31)) - 90  # well inside 2022
    assert x_of(date(2023, 1, 1)) < xs[1] < x_of(date(2023, 12, 31)) - 90


def test_titles_and_axis_names_are_never_cut_off_in_english(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    english = create_main_window(window.store.path, "en")
    qtbot.addWidget(english)
    english.show()
    tab = _tab(english)
    for plot in (tab.invest, tab.jobs):
        plot.resize(420, 320)
        QApplication.processEvents()
        inside = plot.viewport().rect()
        for item in plot.scene().items():
            if item.isVisible() and hasattr(item, "toPlainText") and item.toPlainText():
                box = plot.mapFromScene(item.sceneBoundingRect()).boundingRect()
                assert inside.contains(box), item.toPlainText()
    assert "100 million KRW" in tab.invest_title.text() and tab.invest_title.wordWrap()
