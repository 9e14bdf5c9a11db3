"""Small widgets of the dashboard: a figure card and a titled table section."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dctracker.render.report.sections import Card, Table, cell_text

# A province may have tens of thousands of overdue milestones; a page of
# 272,000 table items took seconds to build and hundreds of MB. Beyond this
# many rows the section shows the first ones and says how many there are.
MAX_ROWS_SHOWN = 200
STRETCH_MIN = 240  # px: how narrow a long-name column may get before its table scrolls

CARD_STYLE = """
QFrame#card { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }
QFrame#card[alert="true"] { border: 1px solid #c0392b; background: #fdf2f1; }
QLabel#cardValue[alert="true"] { color: #c0392b; }
"""


class CardWidget(QFrame):
    """One figure: a title, a big number and a line of detail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(CARD_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        self.title = QLabel(self)
        self.value = QLabel(self)
        self.value.setObjectName("cardValue")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.value.setFont(font)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        for label in (self.title, self.value, self.detail):
            layout.addWidget(label)
        layout.addStretch(1)  # cards of one row keep their titles level

    def show_card(self, card: Card) -> None:
        self.setProperty("card_key", card.key)
        self.title.setText(card.title)
        self.value.setText(card.value.text)
        self.detail.setText(card.detail)
        for widget in (self, self.value):
            widget.setProperty("alert", card.alert)
            widget.style().unpolish(widget)
            widget.style().polish(widget)


class TableSection(QWidget):
    """A titled read-only table that grows to fit its rows (the page scrolls,
    not each table), showing a sentence instead when it is empty."""

    rowActivated = Signal(int)  # the record id of the clicked row

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.table = QTableWidget(self)
        self.table.setObjectName(f"{name}Table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.horizontalScrollBar().rangeChanged.connect(lambda *_: self._fit_height())
        self.table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.table.cellClicked.connect(self._clicked)
        self.table.cellActivated.connect(self._clicked)  # Enter on a row
        self.empty = QLabel(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._ids: list[int | None] = []
        for widget in (self.title, self.table, self.empty, self.note):
            layout.addWidget(widget)
        layout.addStretch(1)  # side-by-side sections keep their titles level

    def show_table(self, table: Table) -> None:
        self.title.setText(table.title)
        rows, self._ids, notes = self._shown_part(table)
        self.table.clear()
        self.table.setRowCount(0)  # before the headers change: sizing them then measures no rows
        self.table.setColumnCount(len(table.headers))
        self.table.setHorizontalHeaderLabels(table.headers)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                self.table.setItem(
                    r, c, self._item(cell_text(cell), c in table.numeric, r >= len(rows) - table.totals)
                )
        self.table.setVisible(bool(rows))
        self.empty.setText(table.empty_text)
        self.empty.setVisible(not rows)
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))
        self._fit(table.stretch)

    def _shown_part(self, table: Table) -> tuple[list, list[int | None], list[str]]:
        """The rows to show (the first MAX_ROWS_SHOWN and the totals), their ids, the notes."""
        notes = [table.note] if table.note else []
        body = len(table.rows) - table.totals
        if body <= MAX_ROWS_SHOWN:
            return list(table.rows), list(table.ids), notes
        keep = [*range(MAX_ROWS_SHOWN), *range(body, len(table.rows))]
        ids = [table.ids[i] if i < len(table.ids) else None for i in keep]
        notes.append(
            self.tr("The first {shown:,} of {total:,} are shown.").format(shown=MAX_ROWS_SHOWN, total=body)
        )
        return [table.rows[i] for i in keep], ids, notes

    def _item(self, text: str, numeric: bool, total: bool) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        if numeric:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if total:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        return item

    def _fit(self, stretch: int | None) -> None:
        header = self.table.horizontalHeader()
        # Measured once per refresh: in ResizeToContents mode the header
        # measured every cell again on each layout, which made the first
        # paint of the dashboard ten times that of a record table.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        if stretch is not None and stretch < self.table.columnCount():
            # The long-name column gives way first: it takes the spare width
            # and, short of it, elides down to STRETCH_MIN; past that the
            # table scrolls sideways (long English headers, narrow windows).
            header.resizeSection(stretch, min(header.sectionSize(stretch), STRETCH_MIN))
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        # Without a column to stretch the table keeps to its columns' width.
        policy = QSizePolicy.Policy.Expanding if stretch is not None else QSizePolicy.Policy.Maximum
        self.table.setSizePolicy(policy, QSizePolicy.Policy.Fixed)
        self._fit_height()

    def _fit_height(self) -> None:
        """Every row shown, and room for the sideways scroll bar while it is needed."""
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        bar = self.table.horizontalScrollBar()
        room = bar.sizeHint().height() if bar.maximum() > 0 else 0
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + rows + 2 * self.table.frameWidth() + room)

    def _clicked(self, row: int, _column: int) -> None:
        if 0 <= row < len(self._ids) and self._ids[row] is not None:
            self.rowActivated.emit(self._ids[row])
