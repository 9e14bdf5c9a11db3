"""A table view of one record kind: sortable, one row per record, and sized
from a sample of rows (resizeColumnsToContents reads every row: too slow for
100,000 milestones)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from dctracker.domain.records import Record
from dctracker.ui.models.record_table import RecordProxy, RecordRole, RecordTableModel

SAMPLE_ROWS = 200
MIN_WIDTH, MAX_WIDTH, PADDING = 56, 280, 20  # long names elide; the tooltip has them


class RecordView(QTableView):
    recordSelected = Signal(object)  # the Record of the new current row

    def __init__(self, kind: str, name: str, model: RecordTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(name)
        self.source = model
        self.proxy = RecordProxy(model, self)
        self.setModel(self.proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSortIndicatorShown(True)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # stored order
        self.setSortingEnabled(True)
        self._sized = False
        self.selectionModel().currentRowChanged.connect(self._row_changed)

    def set_records(self, records: Sequence[Record], keep_id: int | None = None) -> None:
        self.selectionModel().blockSignals(True)
        self.source.set_records(records)
        if keep_id is not None:
            self.select_id(keep_id)
        self.selectionModel().blockSignals(False)
        if not self._sized and records:
            self.size_columns()

    def update_records(self, fresh: Sequence[Record], gone: Collection[int]) -> None:
        """Show a change row by row (RecordTableModel.update_records). The
        form is told of the change by the window, not by the selection: a
        current row that leaves the table leaves none selected, as a reload does."""
        current = self.current_record()
        self.selectionModel().blockSignals(True)
        self.source.update_records(fresh, gone)
        if current is not None and current.id is not None and self.source.row_of(current.id) is None:
            self.selectionModel().clear()
        self.selectionModel().blockSignals(False)
        self.viewport().update()  # the selection changed with its signals blocked

    def current_record(self) -> Record | None:
        index = self.currentIndex()
        return index.data(RecordRole) if index.isValid() else None

    def select_id(self, record_id: int) -> bool:
        row = self.source.row_of(record_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.source.index(row, 0))
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.scrollTo(index)
        return True

    def size_columns(self) -> None:
        metrics = self.fontMetrics()
        header_metrics = self.horizontalHeader().fontMetrics()
        rows = min(self.source.rowCount(), SAMPLE_ROWS)
        for column in range(self.source.columnCount()):
            texts = [str(self.source.index(r, column).data() or "") for r in range(rows)]
            widest = max([metrics.horizontalAdvance(t) for t in texts] or [0])
            header = header_metrics.horizontalAdvance(self.source.column_header(column)) + 20
            self.setColumnWidth(column, max(MIN_WIDTH, min(MAX_WIDTH, max(widest, header) + PADDING)))
        self._sized = True

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.recordSelected.emit(current.data(RecordRole))
