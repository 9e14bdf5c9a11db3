"""The toolbar's status and period filters (the region tree and the search box
are the other two parts of the window's RecordFilter).

- a status button (objectName statusFilter) with a checkable menu of project
  statuses; all checked means no status filter;
- a period: presets (all time, this year, the next three years) or dates
  typed into from/to boxes in any spelling PartialDate.parse reads ("2026",
  "2026년 3분기", "2026-05-01"); from a date's first day to the other's last.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QWidget,
)

from dctracker.domain import clock
from dctracker.domain.dates import DateParseError, PartialDate
from dctracker.domain.filters import Period, RecordFilter
from dctracker.domain.records import ProjectStatus
from dctracker.render.filter_text import day_text
from dctracker.ui.widgets.parsed_edit import ERROR_STYLE

log = logging.getLogger(__name__)
ALL, THIS_YEAR, NEXT_3_YEARS, CUSTOM = range(4)  # the preset combo's entries


def year_period(first: int, last: int) -> Period:
    return Period(date(first, 1, 1), date(last, 12, 31))


class StatusButton(QToolButton):
    """Project statuses to show; None (all checked) means every status."""

    changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusFilter")
        self.lang = lang
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # The style's corner arrow overlaps the text's last letter: an arrow in the text instead.
        self.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        menu = QMenu(self)
        menu.addAction(self.tr("All statuses"), self._check_all)
        menu.addSeparator()
        self.status_actions: dict[ProjectStatus, QAction] = {}
        for status in ProjectStatus:
            action = menu.addAction(status.label(lang))
            action.setCheckable(True)
            action.setChecked(True)
            action.setObjectName(f"status_{status.value}")
            action.toggled.connect(self._toggled)
            self.status_actions[status] = action
        menu.installEventFilter(self)
        self.setMenu(menu)
        self._show_text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A click on a status ticks it and leaves the menu open, so several
        can be chosen in one go (a menu closes on every click otherwise)."""
        if isinstance(watched, QMenu) and event.type() == QEvent.Type.MouseButtonRelease:
            assert isinstance(event, QMouseEvent)
            action = watched.actionAt(event.position().toPoint())
            if action is not None and action.isCheckable():
                action.trigger()
                return True
        return super().eventFilter(watched, event)

    def statuses(self) -> frozenset[ProjectStatus] | None:
        checked = frozenset(s for s, a in self.status_actions.items() if a.isChecked())
        return None if len(checked) == len(self.status_actions) else checked

    def show_statuses(self, statuses: frozenset[ProjectStatus] | None) -> None:
        """Show a filter set elsewhere without emitting `changed`."""
        for status, action in self.status_actions.items():
            action.blockSignals(True)
            action.setChecked(statuses is None or status in statuses)
            action.blockSignals(False)
        self._show_text()

    def _check_all(self) -> None:
        self.show_statuses(None)
        self.changed.emit()

    def _toggled(self, _checked: bool) -> None:
        self._show_text()
        self.changed.emit()

    def _show_text(self) -> None:
        statuses = self.statuses()
        if statuses is None:
            shown = self.tr("all")
        elif not statuses:
            shown = self.tr("none")
        elif len(statuses) <= 2:
            shown = ", ".join(s.label(self.lang) for s in ProjectStatus if s in statuses)
        else:
            shown = self.tr("{count} of {total}").format(count=len(statuses), total=len(ProjectStatus))
        self.setText(self.tr("Status: {shown}").format(shown=shown) + " ▾")


class PeriodPicker(QWidget):
    """A preset combo (objectName periodPreset) and from/to boxes (periodFrom, periodTo)."""

    changed = Signal()

    def __init__(self, lang: str, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.today = today  # None: the day the preset is chosen (the app may run past New Year)
        self.preset = QComboBox(self)
        self.preset.setObjectName("periodPreset")
        self.preset.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for text in (self.tr("All time"), self.tr("This year"), self.tr("Next 3 years"), self.tr("Dates…")):
            self.preset.addItem(text)
        self.from_edit = self._date_edit("periodFrom", self.tr("from"))
        self.to_edit = self._date_edit("periodTo", self.tr("to"))
        self._period: Period | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        for widget in (self.preset, self.from_edit, self.to_edit):
            layout.addWidget(widget)
        self.preset.activated.connect(self._preset_chosen)

    def period(self) -> Period | None:
        return self._period

    def show_period(self, period: Period | None) -> None:
        """Show a period set elsewhere without emitting `changed`."""
        self._period = period
        presets = {ALL: None, THIS_YEAR: self._preset(THIS_YEAR), NEXT_3_YEARS: self._preset(NEXT_3_YEARS)}
        index = next((i for i, p in presets.items() if p == period), CUSTOM)
        self.preset.setCurrentIndex(index)
        for edit, day in (
            (self.from_edit, period.start if period else None),
            (self.to_edit, period.end if period else None),
        ):
            edit.setText(self._text_of(day))
            _mark(edit, "")

    def _date_edit(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        edit.setFixedWidth(max(110, edit.fontMetrics().horizontalAdvance("2026. 12. 31.") + 34))
        edit.editingFinished.connect(self._dates_typed)
        return edit

    def _preset(self, index: int) -> Period | None:
        year = (self.today or clock.today()).year
        return {THIS_YEAR: year_period(year, year), NEXT_3_YEARS: year_period(year, year + 2)}.get(index)

    def _preset_chosen(self, index: int) -> None:
        if index == CUSTOM:
            self.from_edit.setFocus()
            return
        self._set(self._preset(index))

    def _dates_typed(self) -> None:
        try:
            first = self._read(self.from_edit)
            last = self._read(self.to_edit)
        except DateParseError:
            return  # the box says what is wrong; the filter stays as it was
        period = Period.between(first, last)
        if period is not None and period.start > period.end:
            _mark(self.to_edit, self.tr("The end of the period comes before its start."))
            return
        self._set(period)

    def _read(self, edit: QLineEdit) -> PartialDate | None:
        text = edit.text().strip()
        try:
            value = PartialDate.parse(text) if text else None
        except DateParseError as exc:
            _mark(edit, exc.message(self.lang))
            raise
        _mark(edit, "")
        return value

    def _set(self, period: Period | None) -> None:
        if period == self._period:
            self.show_period(period)  # tidy the boxes' spelling, nothing to redraw
            return
        self.show_period(period)
        self.changed.emit()

    def _text_of(self, day: date | None) -> str:
        return day_text(day, self.lang)


def _mark(edit: QLineEdit, problem: str) -> None:
    """Red text and the reason, shown at once under the box and kept as its tooltip."""
    edit.setToolTip(problem)
    edit.setStyleSheet(f"QLineEdit {{ {ERROR_STYLE} }}" if problem else "")
    if problem:
        QToolTip.showText(edit.mapToGlobal(edit.rect().bottomLeft()), problem, edit)


class FilterBar(QWidget):
    """Both controls; `changed` when either is changed by the user."""

    changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status_button = StatusButton(lang, self)
        self.period_picker = PeriodPicker(lang, parent=self)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.status_button)
        layout.addWidget(self.period_picker)
        self.status_button.changed.connect(self.changed)
        self.period_picker.changed.connect(self.changed)

    def apply_to(self, record_filter: RecordFilter) -> RecordFilter:
        """`record_filter` with the statuses and period chosen here."""
        return replace(
            record_filter, statuses=self.status_button.statuses(), period=self.period_picker.period()
        )

    def show_filter(self, record_filter: RecordFilter) -> None:
        self.status_button.show_statuses(record_filter.statuses)
        self.period_picker.show_period(record_filter.period)
