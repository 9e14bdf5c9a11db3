"""The 대시보드 tab as an official sees it: first tab, figures, click-through, live."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import known_dashboard
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QHeaderView, QPushButton, QTableWidget, QTabWidget
from pytestqt.qtbot import QtBot

from dctracker.app import create_main_window
from dctracker.domain.dates import PartialDate
from dctracker.domain.filters import Period, RecordFilter
from dctracker.domain.records import Milestone, Project, ProjectStatus
from dctracker.domain.regions import Region
from dctracker.services.reports import load_dashboard
from dctracker.store import Store
from dctracker.ui.dashboard.view import DashboardView
from dctracker.ui.main_window import MainWindow

if TYPE_CHECKING:
    from conftest import HistoryClock


@pytest.fixture
def window(qtbot: QtBot, store: Store, db_path: Path, history_clock: HistoryClock) -> MainWindow:
    known_dashboard.build(store, history_clock)
    store.close()
    win = create_main_window(db_path, "ko")
    qtbot.addWidget(win)
    dashboard(win).set_as_of(known_dashboard.AS_OF)
    return win


def dashboard(win: MainWindow) -> DashboardView:
    view = win.findChild(DashboardView, "dashboardView")
    assert view is not None
    return view


def cards(win: MainWindow) -> dict[str, tuple[str, str]]:
    return {c.property("card_key"): (c.title.text(), c.value.text()) for c in dashboard(win).cards}


def column(win: MainWindow, name: str, col: int) -> list[str]:
    table = win.findChild(QTableWidget, f"{name}Table")
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_dashboard_is_the_first_and_current_tab(window: MainWindow) -> None:
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert tabs.tabText(0) == "대시보드"
    assert tabs.currentWidget() is dashboard(window)
    actions = [a.text() for a in window.menus["file"].actions()]
    assert "보고서 내보내기…" in actions


def test_cards_show_hand_computed_figures(window: MainWindow) -> None:
    assert cards(window) == {
        "projects": ("사업", "3"),
        "overdue": ("지연 마일스톤", "2"),
        "due30": ("30일 내 도래", "1"),
        "due90": ("90일 내 도래", "3"),
        "quarter": ("이번 분기 완료", "1"),
    }


def test_tables_show_days_and_partial_dates(window: MainWindow) -> None:
    assert column(window, "overdue", 1) == ["부지 매입", "건축 인허가"]
    assert column(window, "overdue", 2) == ["2025년 상반기", "2025. 10. 31."]
    assert column(window, "overdue", 3) == ["149", "26"]
    assert column(window, "dueSoon", 1) == ["설계 완료", "환경영향평가", "착공"]
    assert column(window, "dueSoon", 3) == ["19", "35", "76"]
    assert column(window, "slipped", 1) == ["건축 인허가", "착공", "전력 인입"]
    assert column(window, "slipped", 4) == ["214", "133", "126"]


def test_columns_follow_their_text(window: MainWindow) -> None:
    """Every column is as wide as its widest text or takes the spare width:
    none keeps Qt's fixed default, which cut project and milestone names off."""
    project = window.store.projects.create(
        Project(
            name="해남 솔라시도 기업도시 RE100 국가 AI 컴퓨팅 센터", region=Region.JEONNAM, sigungu="해남군"
        )
    )
    window.store.milestones.create(
        Milestone(
            project_id=project.id,
            title="전력계통 영향평가 및 송전선로 협의",
            baseline=PartialDate.parse("2020-01"),
        )
    )
    dashboard(window).set_as_of(date.today())  # the fixture shows a past day, before this project
    assert "해남 솔라시도 기업도시 RE100 국가 AI 컴퓨팅 센터" in column(window, "overdue", 0) + column(
        window, "overdue", 1
    )
    for name in ("overdue", "slipped", "ledger", "totals"):
        table = window.findChild(QTableWidget, f"{name}Table")
        header = table.horizontalHeader()
        for c in range(header.count()):
            if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch:
                continue
            texts = [table.item(r, c).text() for r in range(table.rowCount()) if table.item(r, c)]
            texts.append(table.horizontalHeaderItem(c).text())
            widest = max(table.fontMetrics().horizontalAdvance(t) for t in texts)
            assert header.sectionSize(c) >= widest, (name, c)


def test_ledger_and_totals(window: MainWindow) -> None:
    assert column(window, "ledger", 0) == ["광양 데이터센터 투자협약", "광주 AI 센터 협약"]
    assert column(window, "ledger", 5) == ["1,750억 원", "600억 원"]
    assert column(window, "ledger", 6) == ["25.0%", "75.0%"]
    assert column(window, "ledger", 9) == ["15.0%", "75.0%"]
    assert column(window, "ledger", 11) == ["365", "240"]
    assert column(window, "totals", 0) == ["광주", "전남", "동부권 (권역)", "서부권 (권역)"]
    assert column(window, "totals", 1) == ["800억 원", "7,000억 원", "7,000억 원", "0원"]
    assert column(window, "totals", 3) == ["75.0%", "25.0%", "25.0%", "—"]


def test_clicking_a_slipped_milestone_activates_it(window: MainWindow, qtbot: QtBot) -> None:
    table = window.findChild(QTableWidget, "slippedTable")
    permit = window.store.milestones.where("title = ?", ("건축 인허가",))[0]
    rect = table.visualItemRect(table.item(0, 1))
    with qtbot.waitSignal(window.recordActivated) as signal:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["milestones", permit.id]


def test_follows_the_region_filter(window: MainWindow) -> None:
    window.set_filter(RecordFilter(region=Region.GWANGJU))
    assert cards(window)["projects"][1] == "1"
    assert cards(window)["overdue"][1] == "0"
    assert column(window, "ledger", 0) == ["광주 AI 센터 협약"]
    assert column(window, "totals", 0) == ["광주"]
    assert "광주광역시" in dashboard(window).heading.text()


def test_a_hidden_dashboard_catches_up_when_its_tab_is_chosen(window: MainWindow) -> None:
    tabs = window.findChild(QTabWidget, "mainTabs")
    tabs.setCurrentWidget(window.tables["milestones"])
    window.set_filter(RecordFilter(region=Region.GWANGJU))
    assert dashboard(window).stale  # not recomputed while another tab is shown
    assert cards(window)["projects"][1] == "3"
    tabs.setCurrentWidget(dashboard(window))
    assert cards(window)["projects"][1] == "1"
    assert not dashboard(window).stale


def test_updates_live_after_an_edit(window: MainWindow, history_clock: HistoryClock) -> None:
    store = window.store
    permit = store.milestones.where("title = ?", ("건축 인허가",))[0]
    store.milestones.update(replace(permit, actual=permit.forecast))
    history_clock.stamp(store, "2025-11-20T15:00:00+09:00")  # entered before the 기준일
    window.notify_store_changed()
    assert cards(window)["overdue"][1] == "1"
    assert column(window, "overdue", 1) == ["부지 매입"]


def test_as_of_date_shows_the_past_from_history(window: MainWindow) -> None:
    view = dashboard(window)
    view.as_of_edit.setDate(QDate(2025, 5, 31))  # before the forecast and the realized figures
    assert view.history_note.text() != ""
    # 건축 인허가 had only its baseline 2025-03-31 then: 61 days late; 부지 매입 not yet late.
    assert column(window, "overdue", 1) == ["건축 인허가"]
    assert column(window, "overdue", 2) == ["2025. 3. 31."]
    assert column(window, "overdue", 3) == ["61"]
    # 광양's realized figures were not entered yet: unknown, never "0.0%".
    assert column(window, "ledger", 5) == ["—", "600억 원"]
    assert column(window, "ledger", 6) == ["—", "75.0%"]
    assert column(window, "ledger", 9) == ["—", "75.0%"]


def test_before_anything_was_entered_the_dashboard_is_empty(window: MainWindow) -> None:
    dashboard(window).set_as_of(date(2025, 1, 9))
    assert dashboard(window).history_note.text() == "이 날짜에는 기록이 없습니다: 첫 입력 2025-01-10"
    assert cards(window)["projects"][1] == "0"
    assert not window.findChild(QTableWidget, "ledgerTable").isVisibleTo(dashboard(window))


def test_clicking_a_mou_row_activates_the_mou(window: MainWindow, qtbot: QtBot) -> None:
    table = window.findChild(QTableWidget, "ledgerTable")
    mou = window.store.mous.where("title = ?", ("광주 AI 센터 협약",))[0]
    rect = table.visualItemRect(table.item(1, 0))
    with qtbot.waitSignal(window.recordActivated) as signal:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["mous", mou.id]


def test_a_zone_selection_narrows_figures_and_names_its_places(window: MainWindow) -> None:
    east = frozenset({"여수시", "순천시", "광양시"})
    window.set_filter(RecordFilter(region=Region.JEONNAM, sigungu=east))
    assert cards(window)["projects"][1] == "1"
    assert column(window, "overdue", 1) == ["건축 인허가"]
    assert column(window, "ledger", 0) == ["광양 데이터센터 투자협약"]
    assert "광양시, 순천시, 여수시" in dashboard(window).heading.text()


def test_today_stays_today_after_midnight_but_a_chosen_day_stays(qtbot: QtBot, store: Store) -> None:
    clock = [date(2026, 3, 31)]
    view = DashboardView(store, "ko", RecordFilter, today=lambda: clock[0])
    qtbot.addWidget(view)
    view.refresh()
    clock[0] = date(2026, 4, 1)
    view.refresh()  # e.g. after an edit the next morning
    assert view.as_of() == date(2026, 4, 1) and view.history_note.text() == ""
    view.set_as_of(date(2026, 1, 31))
    clock[0] = date(2026, 4, 2)
    view.refresh()
    assert view.as_of() == date(2026, 1, 31) and view.history_note.text() != ""
    view.findChild(QPushButton, "asOfToday").click()
    assert view.as_of() == date(2026, 4, 2)


def _shown(view: DashboardView) -> dict[str, list[list[str]]]:
    shown = {"cards": [[c.title.text(), c.value.text()] for c in view.cards]}
    for table in view.findChildren(QTableWidget):
        shown[table.objectName()] = [
            [table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())
        ]
    return shown


@pytest.mark.parametrize("region", [None, Region.JEONNAM])
def test_today_counted_in_sql_shows_what_the_history_shows(
    qtbot: QtBot, store: Store, history_clock: HistoryClock, region: Region | None
) -> None:
    """On its own day the tab counts in SQL; the day after, the same day is
    rebuilt from the history and counted in memory: the two must agree."""
    known_dashboard.build(store, history_clock)

    def view_on(today: date) -> DashboardView:
        view = DashboardView(store, "ko", lambda: RecordFilter(region=region), today=lambda: today)
        qtbot.addWidget(view)
        view.set_as_of(known_dashboard.AS_OF)
        view.refresh()
        return view

    on_the_day, the_day_after = view_on(known_dashboard.AS_OF), view_on(date(2025, 11, 27))
    assert on_the_day.history_note.text() == "" and the_day_after.history_note.text() != ""
    assert _shown(on_the_day) == _shown(the_day_after)
    assert any(row[1] == "건축 인허가" for row in _shown(on_the_day)["overdueTable"])


@pytest.mark.parametrize(
    ("record_filter", "expected"),
    [
        (RecordFilter(statuses=frozenset({ProjectStatus.OPERATING})), set()),
        (RecordFilter(period=Period(date(2030, 1, 1), date(2030, 12, 31))), {"오라클"}),  # due by 2030
        (RecordFilter(period=Period(date(2025, 1, 1), date(2025, 12, 31))), {"오라클", "NHN"}),
    ],
)
def test_ledger_from_history_follows_status_and_period_as_today(
    demo_store: Store, record_filter: RecordFilter, expected: set[str]
) -> None:
    today = date.today()
    now = load_dashboard(demo_store, record_filter, today, today)
    past = load_dashboard(demo_store, record_filter, today, today + timedelta(days=1))  # rebuilt from history
    assert not now.historical and past.historical
    for data in (now, past):
        assert {
            word for row in data.ledger for word in ("오라클", "NHN") if word in row.mou.title
        } == expected


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_no_column_is_cut_off_in_a_narrow_window(qtbot: QtBot, demo_db: Path, lang: str) -> None:
    """English headers are long: in a narrow window a table that cannot show
    all its columns scrolls sideways (its scroll bar shown, not covering a
    row); the page itself keeps to the window, so the 기준일 stays in view."""
    win = create_main_window(demo_db, lang)
    qtbot.addWidget(win)
    win.resize(1500, 900)  # the window's own first size
    win.show()
    qtbot.waitExposed(win)
    assert dashboard(win).horizontalScrollBar().maximum() == 0
    for name in ("overdue", "ledger", "totals"):
        table = win.findChild(QTableWidget, f"{name}Table")
        header, bar = table.horizontalHeader(), table.horizontalScrollBar()
        hidden = header.length() - table.viewport().width()
        assert hidden <= 1 or (bar.isVisible() and bar.maximum() >= hidden - 1), (lang, name)
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        assert table.viewport().height() >= rows, (lang, name)
