"""Hidden record tables read the store only when their tab is chosen or a
record on them is asked for (a province's 100,000 milestones take most of a
second), and then show what the current filter selects."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from dctracker.domain.filters import RecordFilter
from dctracker.domain.regions import Region
from dctracker.store.reads import queries
from dctracker.ui.main_window import MainWindow
from dctracker.ui.models.record_table import RecordRole


def _shown_ids(view: QTableView) -> set[int]:
    model = view.model()
    return {model.index(r, 0).data(RecordRole).id for r in range(model.rowCount())}


def test_a_hidden_table_loads_with_the_filter_when_its_tab_is_chosen(window: MainWindow) -> None:
    milestones = window.findChild(QTableView, "milestoneTable")
    assert window.tabs.currentWidget() is not milestones
    gwangju = RecordFilter(region=Region.GWANGJU)
    window.set_filter(gwangju)
    assert milestones.model().rowCount() == 0  # not read while hidden
    window.tabs.setCurrentWidget(milestones)
    expected = {m.id for m in queries.milestones(window.store, gwangju)}
    assert expected and _shown_ids(milestones) == expected


def test_activating_a_record_of_a_hidden_table_selects_it(window: MainWindow) -> None:
    wanted = window.store.milestones.all()[-1]
    window.recordActivated.emit("milestones", wanted.id)
    milestones = window.findChild(QTableView, "milestoneTable")
    assert window.tabs.currentWidget() is milestones
    assert milestones.currentIndex().data(RecordRole).id == wanted.id
    assert window.detail.form.record.id == wanted.id
