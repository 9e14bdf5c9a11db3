"""The 타임라인 tab: builds the chart the first time it is shown (pyqtgraph is
heavy to import), keeps it in step with the window's data, filter and
selection, and offers export and print."""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QDate
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QCheckBox, QDateEdit, QLabel, QToolBar, QVBoxLayout, QWidget

from dctracker.domain import clock
from dctracker.domain.timeline_shapes import Style
from dctracker.ui.widgets.when_shown import LoadWhenShown

if TYPE_CHECKING:
    from dctracker.ui.charts.timeline_view import TimelineView
    from dctracker.ui.main_window import MainWindow

log = logging.getLogger(__name__)
LEGEND_GLYPHS = {
    "bar": "▬",
    Style.ACTUAL: "◆",
    Style.FORECAST: "◇",
    Style.PLANNED: "◇",
    Style.GHOST: "◇",
    "slip": "━",
    Style.MOU: "★",
    "span": "⊓",
}


class TimelineTab(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("timelineView")
        self.window_ = window
        self.view: TimelineView | None = None
        self.collapsed: frozenset[str] = frozenset()
        self._selected: tuple[str, int] | None = None
        # A province's timeline takes half a second to lay out: not for a hidden tab.
        self.loader = LoadWhenShown(self, self._reload)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        window.storeChanged.connect(self.loader.changed)
        window.filterChanged.connect(self.loader.changed)
        window.recordActivated.connect(self._record_activated)

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()
        super().showEvent(event)

    def ensure_built(self) -> TimelineView:
        if self.view is None:
            from dctracker.ui.charts.timeline_view import TimelineView

            self.view = TimelineView(self.window_.lang, self)
            self.view.activated.connect(self._show_detail)
            self.view.collapseToggled.connect(self._toggle)
            self._layout.addWidget(self._toolbar())
            self._layout.addWidget(self._legend())
            self._layout.addWidget(self.view)
            self._load()
        else:  # changed while hidden; shown or exported now
            self.loader.ensure()
        return self.view

    def _toolbar(self) -> QToolBar:
        bar = QToolBar(self)
        bar.setObjectName("timelineToolBar")
        view = self.view
        assert view is not None
        for text, slot in (
            (self.tr("Fit all"), view.fit_all),
            (self.tr("1 year"), lambda: view.show_years(1)),
            (self.tr("3 years"), lambda: view.show_years(3)),
            (self.tr("All"), view.fit_all),
        ):
            bar.addAction(text).triggered.connect(slot)
        bar.addSeparator()
        self.labels_action = bar.addAction(self.tr("Labels"))
        self.labels_action.setObjectName("timelineLabels")
        self.labels_action.setCheckable(True)
        self.labels_action.setToolTip(self.tr("Show milestone titles beside their marks"))
        self.labels_action.toggled.connect(view.show_labels)
        bar.addSeparator()
        self.as_of_check = QCheckBox(self.tr("As of"), bar)
        # PySide6 converts a Python date; its stubs do not say so.
        self.as_of_edit = QDateEdit(QDate(clock.today()), bar)  # type: ignore[call-overload]
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        self.as_of_check.toggled.connect(self._as_of_changed)
        self.as_of_edit.dateChanged.connect(self._as_of_changed)
        bar.addWidget(self.as_of_check)
        bar.addWidget(self.as_of_edit)
        bar.addSeparator()
        self.export_action = QAction(self.tr("Export…"), self)
        self.export_action.triggered.connect(self.export)
        self.print_action = QAction(self.tr("Print…"), self)
        self.print_action.triggered.connect(self.print_preview)
        bar.addAction(self.export_action)
        bar.addAction(self.print_action)
        return bar

    def _legend(self) -> QLabel:
        """The printed legend's entries for the marks the view draws, as coloured symbols."""
        from dctracker.render.timeline import palette
        from dctracker.render.timeline.printed import LEGEND, tr

        colors: dict[str, str] = {
            "bar": palette.BAR_FILL,
            "slip": palette.SLIP,
            "span": palette.MARK[Style.FORECAST],
            **{style: palette.MARK[style] for style in Style},
        }
        parts = [
            f'<span style="color:{colors[key]}">{LEGEND_GLYPHS[key]}</span> {tr(text)}'
            for key, text in LEGEND
            if key in LEGEND_GLYPHS  # the marks this view draws
        ]
        label = QLabel("&nbsp;&nbsp;&nbsp;".join(parts), self)
        label.setWordWrap(True)  # a narrow window wraps the legend rather than cutting it off
        label.setObjectName("timelineLegend")
        label.setContentsMargins(8, 2, 8, 2)
        return label

    def as_of(self) -> date | None:
        if self.view is None or not self.as_of_check.isChecked():
            return None
        return cast("date", self.as_of_edit.date().toPython())  # typed as object by PySide6

    def _as_of_changed(self) -> None:
        if self.view is not None:
            self.view.set_as_of(self.as_of())

    def _reload(self) -> None:
        if self.view is not None:  # else built (and loaded) when first shown
            self._load()

    def _load(self) -> None:
        from dctracker.services.timeline import load_layout

        assert self.view is not None
        self.loader.stale = False
        self.view.set_layout(
            load_layout(
                self.window_.store,
                self.window_.current_filter(),
                lang=self.window_.lang,
                collapsed=self.collapsed,
            )
        )
        if self._selected is not None:
            self.view.select(*self._selected)

    def _toggle(self, key: str) -> None:
        self.collapsed = self.collapsed ^ {key}
        self.loader.changed()

    def _show_detail(self, kind: str, record_id: int) -> None:
        """A click on a mark or bar: the record in the detail panel, outlined
        here, without leaving the timeline."""
        self._record_activated(kind, record_id)
        self.window_.show_in_detail(kind, record_id)

    def _record_activated(self, kind: str, record_id: int) -> None:
        self._selected = (kind, record_id)
        if self.view is not None:
            self.view.select(kind, record_id)

    def export(self) -> None:
        from dctracker.ui.charts.export_dialog import export_interactively

        export_interactively(self)

    def print_preview(self) -> None:
        from dctracker.ui.charts.export_dialog import print_interactively

        print_interactively(self)
