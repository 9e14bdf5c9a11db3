"""A table model over a list of records, described by its columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from dctracker.domain.records import Record
from dctracker.store.rows import RecordRows

R = TypeVar("R", bound=Record)

RecordRole = Qt.ItemDataRole.UserRole + 1  # the record itself, proxy-safe
SortRole = Qt.ItemDataRole.UserRole + 2  # a value that sorts correctly (won, dates)


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header (translated in `context`) and how to show a record."""

    header: str
    display: Callable[[R, str], str]  # (record, language) -> text
    sort_key: Callable[[R], Any] | None = None
    numeric: bool = False


class RecordTableModel(QAbstractTableModel, Generic[R]):
    def __init__(
        self, columns: Sequence[Column[R]], context: str, lang: str = "ko",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._context = context
        self._lang = lang
        self._records: Sequence[R] = []

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        # RecordRows (store.rows) builds each record when first shown: keep it
        # as it is, since copying it into a list would build all 100,000.
        self._records = records if isinstance(records, RecordRows) else list(records)
        self.endResetModel()

    def record(self, row: int) -> R:
        return self._records[row]

    def records(self) -> list[R]:
        return list(self._records)

    def row_of(self, record_id: int) -> int | None:
        if isinstance(self._records, RecordRows):
            return self._records.position_of(record_id)  # without building every record
        return next((i for i, r in enumerate(self._records) if r.id == record_id), None)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(record, self._lang)
        if role == RecordRole:
            return record
        if role == SortRole:
            key = column.sort_key(record) if column.sort_key else column.display(record, self._lang)
            return _sortable(key)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self._context, self._columns[section].header)
        return None


def _sortable(key: Any) -> Any:
    """Qt compares QVariants: give it numbers or strings, with blanks sorting last."""
    if key is None:
        return ""
    if isinstance(key, tuple):
        return "|".join(str(part) for part in key)
    return key
