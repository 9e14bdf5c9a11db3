"""The 진행 현황 차트 tab: MOU pledged vs realized, milestone trend analysis
for one project, indicator target vs actual. Built when first shown."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from dctracker.domain.progress import indicator_series, ledger_bars, mta_series
from dctracker.services import listings
from dctracker.ui.widgets.when_shown import LoadWhenShown

if TYPE_CHECKING:
    from dctracker.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class ProgressTab(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("progressChartsView")
        self.window_ = window
        self.built = False
        self.loader = LoadWhenShown(self, self.reload)
        window.storeChanged.connect(self.loader.changed)
        window.filterChanged.connect(self.loader.changed)

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()
        super().showEvent(event)

    def ensure_built(self) -> None:
        if self.built:
            return
        from dctracker.ui.charts import progress_plots as plots

        lang = self.window_.lang
        self.invest = plots.LedgerPlot(self)
        self.jobs = plots.LedgerPlot(self)
        self.invest_title = self._title(
            self.tr("MOU investment: pledged vs realized"), self.tr("100 million KRW (억원)")
        )
        self.jobs_title = self._title(self.tr("MOU jobs: pledged vs realized"), self.tr("jobs"))
        for plot in (self.invest, self.jobs):
            plot.activated.connect(self.window_.recordActivated.emit)
        self.project_box = QComboBox(self)
        self.project_box.setObjectName("mtaProject")
        self.trend = plots.trend_plot(self, lang)
        self.trend_note = QLabel(
            self.tr(
                "No forecast changes are recorded for this project's milestones yet. "
                "Enter a milestone's new forecast date with Record progress (Milestones tab) "
                "and its trend appears here."
            ),
            self,
        )
        self.trend_note.setObjectName("trendEmpty")
        self.trend_note.setWordWrap(True)
        self.trend_note.setStyleSheet("color: #5d6d7e;")
        self.indicator_box = QComboBox(self)
        self.indicator_box.setObjectName("indicatorName")
        self.indicator = plots.indicator_plot(self, lang)
        self.project_box.currentIndexChanged.connect(self._draw_trend)
        self.indicator_box.currentIndexChanged.connect(self._draw_indicator)
        grid = QGridLayout()
        for column, (title, plot) in enumerate(
            ((self.invest_title, self.invest), (self.jobs_title, self.jobs))
        ):
            cell = QVBoxLayout()
            cell.addWidget(title)
            cell.addWidget(plot, 1)
            grid.addLayout(cell, 0, column)
        grid.addLayout(
            self._titled(
                self.tr("Milestone trend (reporting date → forecast)"),
                self.project_box,
                self.trend,
                self.trend_note,
            ),
            1,
            0,
        )
        grid.addLayout(
            self._titled(self.tr("Indicator: target vs actual"), self.indicator_box, self.indicator), 1, 1
        )
        QVBoxLayout(self).addLayout(grid)
        self.built = True
        self.reload()

    def _title(self, title: str, unit: str) -> QLabel:
        label = QLabel(f"<b>{title}</b> ({unit})", self)
        label.setWordWrap(True)
        return label

    def _titled(self, title: str, box: QComboBox, plot: QWidget, note: QLabel | None = None) -> QVBoxLayout:
        column = QVBoxLayout()
        label = QLabel(f"<b>{title}</b>", self)
        column.addWidget(label)
        column.addWidget(box)
        if note is not None:
            column.addWidget(note)
        column.addWidget(plot, 1)
        return column

    def reload(self) -> None:
        if not self.built:
            return
        store, f, lang = self.window_.store, self.window_.current_filter(), self.window_.lang
        projects = listings.records(store, "projects", f)
        regions = {p.stored_id: p.region for p in store.projects.all()}
        bars = ledger_bars(listings.records(store, "mous", f), regions, lang)
        names = (self.tr("Pledged"), self.tr("Realized"))
        self.invest.set_bars(bars, [b.pledged_eok for b in bars], [b.realized_eok for b in bars], names)
        self.jobs.set_bars(
            bars, [float(b.pledged_jobs) for b in bars], [float(b.realized_jobs) for b in bars], names
        )
        self._refill(self.project_box, [(p.name, p.stored_id) for p in projects])
        shown = {p.id for p in projects}
        self.series = indicator_series(
            i for i in store.indicators.all() if i.project_id is None or i.project_id in shown
        )
        self._refill(
            self.indicator_box,
            [(f"{s.name} ({s.unit})" if s.unit else s.name, n) for n, s in enumerate(self.series)],
        )
        self._draw_trend()
        self._draw_indicator()

    @staticmethod
    def _refill(box: QComboBox, entries: list[tuple[str, int]]) -> None:
        """Replace the entries, keeping the selected one if it is still there."""
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        for text, data in entries:
            box.addItem(text, data)
        box.setCurrentIndex(max(box.findData(current), 0) if entries else -1)
        box.blockSignals(False)

    def _draw_trend(self) -> None:
        from dctracker.ui.charts.progress_plots import draw_trends

        project_id = self.project_box.currentData()
        store = self.window_.store
        milestones = store.milestones.where("project_id = ?", (project_id,)) if project_id else []
        series = [(m.title, mta_series(store.milestone_history(m.stored_id))) for m in milestones]
        self.trend_items = draw_trends(self.trend, series, self.tr("reported = forecast"))
        self.trend_note.setVisible(not self.trend_items)

    def _draw_indicator(self) -> None:
        from dctracker.ui.charts.progress_plots import draw_indicator

        index = self.indicator_box.currentData()
        series = self.series[index] if index is not None and index < len(self.series) else None
        self.indicator_items = draw_indicator(self.indicator, series, (self.tr("Target"), self.tr("Actual")))
