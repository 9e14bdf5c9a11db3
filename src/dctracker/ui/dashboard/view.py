"""The 대시보드 tab: what is late, what is due, what each MOU promised."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import cast

from PySide6.QtCore import QDate, QSignalBlocker, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dctracker.domain import clock
from dctracker.domain.filters import RecordFilter
from dctracker.render.report import sections
from dctracker.services.reports import DashboardData, load_dashboard
from dctracker.store import Store
from dctracker.ui.dashboard.widgets import CardWidget, TableSection
from dctracker.ui.widgets.when_shown import LoadWhenShown

log = logging.getLogger(__name__)


class DashboardView(QScrollArea):
    """Shows `load_dashboard` for the current filter and 기준일; call refresh()
    after edits. Clicks on a milestone or MOU row emit `recordActivated`."""

    recordActivated = Signal(str, int)  # kind, id

    def __init__(
        self,
        store: Store,
        lang: str,
        current_filter: Callable[[], RecordFilter],
        parent: QWidget | None = None,
        today: Callable[[], date] = clock.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardView")
        self.setWidgetResizable(True)
        self._store = store
        self._lang = lang
        self._current_filter = current_filter
        self._today = today
        # Showing "today" keeps doing so past midnight; a chosen past day stays.
        self._follows_today = True
        self.data: DashboardData | None = None
        self.loader = LoadWhenShown(self, self.refresh)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setSpacing(14)
        layout.addLayout(self._build_header(page))
        self.cards = [CardWidget(page) for _ in range(5)]
        row = QHBoxLayout()
        for card in self.cards:
            row.addWidget(card, 1)
        layout.addLayout(row)
        self.slipped = self._section("slipped", "milestones", page)
        self.overdue = self._section("overdue", "milestones", page)
        self.due_soon = self._section("dueSoon", "milestones", page)
        self.ledger = self._section("ledger", "mous", page)
        self.totals = self._section("totals", "", page)
        # One below the other at full width: side by side, the overdue table's
        # project and milestone names were cut off at any usual window width.
        for section in (self.overdue, self.slipped, self.due_soon, self.ledger, self.totals):
            layout.addWidget(section)
        layout.addStretch(1)
        self.setWidget(page)

    def _build_header(self, parent: QWidget) -> QHBoxLayout:
        header = QHBoxLayout()
        self.heading = QLabel(parent)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        # (type: ignore on QDate(date): PySide6 converts a Python date; its stubs do not say so.)
        self.as_of_edit = QDateEdit(QDate(self._today()), parent)  # type: ignore[call-overload]
        self.as_of_edit.setObjectName("asOfEdit")
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        self.as_of_edit.setToolTip(self.tr("Show the dashboard as it stood at the end of this day"))
        self.as_of_edit.dateChanged.connect(self._date_chosen)
        today = QPushButton(self.tr("Today"), parent)
        today.setObjectName("asOfToday")
        today.clicked.connect(lambda: self.set_as_of(self._today()))
        self.history_note = QLabel(parent)
        self.history_note.setObjectName("historyNote")
        self.history_note.setStyleSheet("color: #8a5a00;")
        header.addWidget(self.heading)
        header.addStretch(1)
        header.addWidget(self.history_note)
        header.addWidget(QLabel(self.tr("As of:"), parent))
        header.addWidget(self.as_of_edit)
        header.addWidget(today)
        return header

    def _section(self, name: str, kind: str, parent: QWidget) -> TableSection:
        section = TableSection(name, parent)
        if kind:
            section.rowActivated.connect(lambda rid: self.recordActivated.emit(kind, rid))
        return section

    @property
    def stale(self) -> bool:
        """The store or filter changed while the tab was hidden."""
        return self.loader.stale

    def as_of(self) -> date:
        return cast("date", self.as_of_edit.date().toPython())  # typed as object by PySide6

    def set_as_of(self, day: date) -> None:
        self.as_of_edit.setDate(QDate(day))  # type: ignore[call-overload]

    def _date_chosen(self, day: QDate) -> None:
        self._follows_today = day.toPython() == self._today()
        self.refresh()

    def refresh(self) -> None:
        """Reload everything from the store (under the filter, at the 기준일)."""
        self.loader.stale = False
        if self._follows_today and self.as_of() != self._today():
            with QSignalBlocker(self.as_of_edit):
                self.as_of_edit.setDate(QDate(self._today()))  # type: ignore[call-overload]
        record_filter = self._current_filter()
        self.data = load_dashboard(self._store, record_filter, self.as_of(), self._today())
        lang = self._lang
        self.heading.setText(
            self.tr("Dashboard — {place}").format(place=sections.filter_label(record_filter, lang))
        )
        past = self.tr("Past view, rebuilt from the change history") if self.data.historical else ""
        self.history_note.setText(sections.no_records_text(self.data) or past)
        for widget, card in zip(self.cards, sections.cards(self.data, lang), strict=True):
            widget.show_card(card)
        self.overdue.show_table(sections.overdue_table(self.data, lang))
        self.slipped.show_table(sections.slipped_table(self.data, lang))
        self.due_soon.show_table(sections.due_soon_table(self.data, lang))
        self.ledger.show_table(sections.ledger_table(self.data, lang))
        self.totals.show_table(sections.totals_table(self.data, lang))
        log.debug("dashboard refreshed as of %s", self.data.as_of)
