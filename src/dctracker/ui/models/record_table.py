"""A table model over a list of records, described by its columns.

Built for large tables (100,000 milestones): nothing is computed per cell
until the view asks for it, the records are kept as the sequence given
(store rows stay lazy, also when sorted by a column with stored values),
sorting happens once in Python over precomputed keys (not through Qt's
per-comparison calls), and lookups by id use a dict built on first use.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from dctracker.domain.records import Record
from dctracker.store.records.rows import RecordRows

R = TypeVar("R", bound=Record)

RecordRole = Qt.ItemDataRole.UserRole + 1  # the record itself, proxy-safe
SortRole = Qt.ItemDataRole.UserRole + 2  # a value that sorts correctly (won, dates)

# Tone names a column may return; colours chosen to stay readable on white.
TONES = {
    "late": QColor("#c62828"),
    "early": QColor("#2e7d32"),
    "overdue": QColor("#c62828"),
}
OVERDUE_BACKGROUND = QBrush(QColor("#fdecea"))


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header (translated in `context`) and how to show a record."""

    header: str
    display: Callable[[R, str], str]  # (record, language) -> text
    sort_key: Callable[[R], Any] | None = None
    numeric: bool = False
    tone: Callable[[R], str | None] | None = None  # a key of TONES, e.g. "late"
    # Stored columns (first set wins) that order rows as sort_key does: a
    # RecordRows list then sorts on its stored values without building records.
    stored: tuple[str, ...] = ()
    # With `stored`: the sort key from those columns' stored values, in that
    # order, when the first set value is not the key (a computed column).
    stored_key: Callable[..., Any] | None = None


class RecordTableModel(QAbstractTableModel, Generic[R]):
    def __init__(
        self,
        columns: Sequence[Column[R]],
        context: str,
        lang: str = "ko",
        parent: QObject | None = None,
        *,
        row_flag: Callable[[R], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._context = context
        self._lang = lang
        self._records: Sequence[R] = []
        self._rows: dict[int, int] | None = None
        self._row_flag = row_flag  # True marks the whole row (overdue milestones)
        self._sorted: tuple[int, Qt.SortOrder] | None = None

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._records = records
        if self._sorted is not None:
            self._sort_records(*self._sorted)
        self._reindex()
        self.endResetModel()

    def record(self, row: int) -> R:
        return self._records[row]

    def records(self) -> list[R]:
        return list(self._records)

    def row_of(self, record_id: int) -> int | None:
        if self._rows is None:
            self._rows = self._index_ids()
        return self._rows.get(record_id)

    def column_of(self, header: str) -> int:
        """The index of the column whose untranslated header is `header`."""
        return next(i for i, c in enumerate(self._columns) if c.header == header)

    def column_header(self, column: int) -> str:
        return QCoreApplication.translate(self._context, self._columns[column].header)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.display(record, self._lang)
        if role == RecordRole:
            return record
        if role == SortRole:
            return _sortable(self._key(column, record))
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.tone is not None:
            tone = column.tone(record)
            return TONES.get(tone) if tone else None
        if role == Qt.ItemDataRole.BackgroundRole and self._row_flag is not None:
            return OVERDUE_BACKGROUND if self._row_flag(record) else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.column_header(section)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """One Python sort over precomputed keys; blanks last in either order.
        Column -1 (the view's "unsorted") keeps the rows as they are."""
        self._sorted = (column, order) if 0 <= column < len(self._columns) else None
        if self._sorted is not None:
            self._relayout()

    def resort(self, column: int | None = None) -> None:
        """Sort again after values changed (rows may move), if sorted (by `column`, if given)."""
        if self._sorted is not None and column in (None, self._sorted[0]):
            self._relayout()

    # Showing a change row by row: no reset, so the selection, the scroll
    # position and the rows not named stay as they are (issue 14 §2)

    def update_records(self, fresh: Sequence[R], gone: Collection[int]) -> None:
        """Show `fresh` records (as saved or created) and drop the `gone` ids."""
        for record in fresh:
            row = self.row_of(record.stored_id)
            if row is None:
                self._insert(record)
            else:
                self._records = _replaced(self._records, row, record)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))
        for record_id in gone:
            row = self.row_of(record_id)
            if row is not None:
                self.beginRemoveRows(QModelIndex(), row, row)
                self._records = _removed(self._records, row)
                self._reindex()
                self.endRemoveRows()
        if fresh:
            self.resort()

    def _insert(self, record: R) -> None:
        """Unsorted rows are in id order (as read): a new or restored record
        takes its place among them; sorted ones are sorted again after."""
        row = len(self._records) if self._sorted else bisect_left(self._ids(), record.stored_id)
        self.beginInsertRows(QModelIndex(), row, row)
        self._records = _inserted(self._records, row, record)
        self._reindex()
        self.endInsertRows()

    def _relayout(self) -> None:
        """Sort with the persistent indexes (the selection) following their records."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = self._ids()
        kept = [ids[index.row()] for index in before]
        assert self._sorted is not None
        self._sort_records(*self._sorted)
        self._reindex()
        after = []
        for index, record_id in zip(before, kept, strict=True):
            row = self.row_of(record_id)
            after.append(self.index(row, index.column()) if row is not None else QModelIndex())
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _sort_records(self, column: int, order: Qt.SortOrder) -> None:
        spec = self._columns[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if spec.stored and isinstance(self._records, RecordRows):
            if spec.stored_key is not None:
                self._records = self._records.sorted_by_values(
                    spec.stored, spec.stored_key, reverse=descending
                )
            else:
                self._records = self._records.sorted_by_columns(
                    *spec.stored, reverse=descending, blanks_last=True
                )
            return
        keyed = [(self._key(spec, r), r) for r in self._records]
        present = [pair for pair in keyed if pair[0] not in (None, "")]
        blank = [r for key, r in keyed if key in (None, "")]
        present.sort(key=lambda pair: pair[0], reverse=descending)
        self._records = [r for _key, r in present] + blank

    def _key(self, column: Column[R], record: R) -> Any:
        return column.sort_key(record) if column.sort_key else column.display(record, self._lang)

    def _reindex(self) -> None:
        self._rows = None  # built on first use by row_of

    def _index_ids(self) -> dict[int, int]:
        return {record_id: row for row, record_id in enumerate(self._ids())}

    def _ids(self) -> list[int]:
        # A lazily built sequence (store rows) can tell its ids without building records.
        ids = getattr(self._records, "ids", None)
        return list(ids()) if callable(ids) else [r.stored_id for r in self._records]


class RecordProxy(QSortFilterProxyModel):
    """Sorts by asking the source model to sort itself (fast on 100,000 rows);
    the proxy keeps the view's selection mapping stable across reloads."""

    def __init__(self, source: RecordTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SortRole)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


def _replaced(records: Sequence[R], row: int, record: R) -> Sequence[R]:
    if isinstance(records, RecordRows):
        return records.replaced(row, record)
    return [*records[:row], record, *records[row + 1 :]]


def _removed(records: Sequence[R], row: int) -> Sequence[R]:
    if isinstance(records, RecordRows):
        return records.removed(row)
    return [*records[:row], *records[row + 1 :]]


def _inserted(records: Sequence[R], row: int, record: R) -> Sequence[R]:
    if isinstance(records, RecordRows):
        return records.inserted(row, record)
    return [*records[:row], record, *records[row:]]


def _sortable(key: Any) -> Any:
    """Qt compares QVariants: give it numbers or strings, with blanks sorting last."""
    if key is None:
        return ""
    if isinstance(key, tuple):
        return "|".join(str(part) for part in key)
    return key
