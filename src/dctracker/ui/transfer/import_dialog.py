"""가져오기: choose the mapping, see the rows as they will be stored, check
the plan (dry run), then import in one transaction.

Nothing is stored before the user presses Import; a file with rejected rows
imports nothing unless "import the valid rows" is ticked. The plan is the
review: unticked rows are left out, and a project name near a stored
project's is matched by the user (or said to be new) before it can import.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dctracker.io.errors import ImportFileError
from dctracker.io.mapping import FIELDS, KINDS, Mapping
from dctracker.io.plan import ImportPlan
from dctracker.io.table import ImportCancelled, Table
from dctracker.store import Store
from dctracker.store.errors import StoreError
from dctracker.ui.ops import run_with_progress, worker_store
from dctracker.ui.transfer.plan_table import fill_plan_table, plan_table
from dctracker.ui.transfer.preview import shown

log = logging.getLogger(__name__)
PREVIEW_ROWS = 5
_ERROR = QBrush(QColor("#b00020"))


class ImportDialog(QDialog):
    imported = Signal(int)  # records created or changed

    def __init__(self, store: Store, path: Path, lang: str = "ko", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.store, self.path, self.lang = store, path, lang
        self.table: Table | None = None
        self.mapping: Mapping | None = None
        self.plan: ImportPlan | None = None
        self.declined: set[int] = set()  # rows the user unticked in the review
        self.matches: dict[str, str] = {}  # the user's answers for near project names
        self.setWindowTitle(self.tr("Import {name}").format(name=path.name))
        self.resize(1100, 760)
        self._build()

    # Building

    def _build(self) -> None:
        # (type: ignore below: PySide6 takes any Qt property as a keyword, such
        # as objectName; its stubs list only each class's own.)
        self.sheet_box = QComboBox(self, objectName="sheetBox")  # type: ignore[call-arg]
        self.kind_box = QComboBox(self, objectName="kindBox")  # type: ignore[call-arg]
        for kind, text in zip(KINDS, (self.tr("Projects"), self.tr("MOUs"), self.tr("Milestones"))):
            self.kind_box.addItem(text, kind)
        form = QFormLayout()
        form.addRow(self.tr("Sheet"), self.sheet_box)
        form.addRow(self.tr("The file lists"), self.kind_box)
        self.message = QLabel(self, objectName="importMessage", wordWrap=True)  # type: ignore[call-overload]
        self.summary = QLabel(self, objectName="planSummary")  # type: ignore[call-overload]
        self.mapping_table = self._grid("mappingTable", [self.tr("Column in the file"), self.tr("Stored as")])
        self.preview_table = self._grid("previewTable", [])
        self.plan_table = plan_table(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        top = QSplitter(Qt.Orientation.Horizontal, splitter)
        top.addWidget(self.mapping_table)
        top.addWidget(self.preview_table)
        top.setSizes([360, 740])
        bottom = QWidget(splitter)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.summary)
        bottom_layout.addWidget(self.plan_table)
        self.skip_invalid = QCheckBox(
            self.tr("Import the valid rows and leave out the rejected ones"),
            self,
            objectName="skipInvalid",  # type: ignore[call-overload]
        )
        self.skip_invalid.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.check_button = QPushButton(self.tr("Check (dry run)"), self, objectName="checkButton")  # type: ignore[call-overload]
        self.import_button = QPushButton(self.tr("Import"), self, objectName="importButton")  # type: ignore[call-overload]
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(buttons)
        self.plan_table.itemChanged.connect(self._row_ticked)
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.run_import)
        self.skip_invalid.toggled.connect(self._update_buttons)
        self.sheet_box.currentTextChanged.connect(self._sheet_changed)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)

    def _grid(self, name: str, headers: list[str]) -> QTableWidget:
        grid: QTableWidget = QTableWidget(0, len(headers), self, objectName=name)  # type: ignore[call-overload]
        grid.setHorizontalHeaderLabels(headers)
        grid.verticalHeader().setDefaultSectionSize(24)
        grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        return grid

    # Steps

    def load(self, sheet: str | None = None) -> bool:
        """Read the file (with progress); False if it cannot be imported."""
        from dctracker.services.imports import mapping_for, read_table

        self._set_plan(None)
        self.declined.clear()
        self.matches.clear()
        try:
            self.table = run_with_progress(
                self,
                self.tr("Reading {name}…").format(name=self.path.name),
                0,
                lambda _store, progress, cancelled: read_table(
                    self.path, sheet, progress=progress, cancelled=cancelled
                ),
            )
            self.mapping = mapping_for(self.table, self._kind_choice())
        except ImportCancelled:
            return self._unloaded(self.tr("Reading was cancelled."))
        except ImportFileError as exc:
            return self._unloaded(exc.message(self.lang))
        self._show_sheets()
        self._show_mapping()
        self._update_buttons()
        return True

    def check(self) -> ImportPlan | None:
        """The dry run: what would be created, updated, unchanged or rejected.

        The valid rows are written as the import writes them and rolled back,
        so a row the store would refuse is found here, not at Import."""
        return self._planned(dry_run=True)

    def _planned(self, *, dry_run: bool) -> ImportPlan | None:
        """The plan of the rows as mapped now (shown), or None after saying why not."""
        from dctracker.services.imports import apply_plan, plan_import

        if self.table is None or self.mapping is None:
            return None
        table, mapping, matches = self.table, self.mapping, dict(self.matches)
        try:
            plan = run_with_progress(
                self,
                self.tr("Checking rows…"),
                len(table.rows),
                lambda store, progress, cancelled: plan_import(
                    worker_store(store),
                    table,
                    mapping,
                    matches=matches,
                    progress=progress,
                    cancelled=cancelled,
                ),
                store=self.store,
            )
            plan.declined = set(self.declined)
            if dry_run:
                run_with_progress(
                    self,
                    self.tr("Checking rows…"),
                    len(plan.to_write()),
                    lambda store, progress, cancelled: apply_plan(
                        worker_store(store), plan, dry_run=True, progress=progress, cancelled=cancelled
                    ),
                    store=self.store,
                )
        except ImportCancelled:
            self._fail(self.tr("The check was cancelled. Nothing was stored."))
            return None
        except (ImportFileError, StoreError) as exc:
            log.warning("check of %s failed: %s", self.path.name, exc)
            self._set_plan(None)
            self._fail(exc.message(self.lang))
            return None
        self._set_plan(plan)
        return plan

    def run_import(self) -> None:
        from dctracker.services.imports import apply_plan

        plan = self._planned(dry_run=False)  # the import itself runs every check the dry run does
        if plan is None:
            return
        if plan.rejected and not self.skip_invalid.isChecked():
            self._fail(
                self.tr(
                    "Rows were rejected, so nothing was imported. Correct the file, "
                    "or tick the box to import only the valid rows."
                )
            )
            return
        total = len(plan.to_write())
        skip_invalid = self.skip_invalid.isChecked()  # read here: the work runs in a worker thread
        try:
            changed = run_with_progress(
                self,
                self.tr("Importing…"),
                total,
                lambda store, progress, cancelled: apply_plan(
                    worker_store(store),
                    plan,
                    skip_invalid=skip_invalid,
                    progress=progress,
                    cancelled=cancelled,
                ),
                store=self.store,
            )
        except ImportCancelled:
            self._fail(self.tr("The import was cancelled. The database was not changed."))
            return
        except StoreError as exc:
            log.warning("import of %s failed: %s", self.path.name, exc)
            self._fail(exc.message(self.lang))
            return
        self.imported.emit(changed)
        self.accept()

    # Showing

    def _loaded(self) -> tuple[Table, Mapping]:
        """The file's table and mapping: everything below is shown once both are read."""
        assert self.table is not None and self.mapping is not None
        return self.table, self.mapping

    def _kind_choice(self) -> str | None:
        return self.kind_box.currentData() if self.mapping is not None else None

    def _unloaded(self, text: str) -> bool:
        """Nothing to import (the sheets stay listed, to pick another)."""
        self.table = self.mapping = None
        self.mapping_table.setRowCount(0)
        self.preview_table.setRowCount(0)
        self._update_buttons()
        return self._fail(text)

    def _fail(self, text: str) -> bool:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;")
        return False

    def _show_sheets(self) -> None:
        table, mapping = self._loaded()
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        self.sheet_box.addItems(table.sheets)
        self.sheet_box.setCurrentText(table.sheet)
        self.sheet_box.setEnabled(bool(table.sheets))
        self.sheet_box.blockSignals(False)
        self.kind_box.blockSignals(True)
        self.kind_box.setCurrentIndex(KINDS.index(mapping.kind))
        self.kind_box.blockSignals(False)

    def _sheet_changed(self, name: str) -> None:
        self.mapping = None
        self.load(name)

    def _kind_changed(self) -> None:
        from dctracker.services.imports import mapping_for

        if self.table is None:
            return
        self.mapping = mapping_for(self.table, self.kind_box.currentData())
        self._set_plan(None)
        self._show_mapping()

    def _show_mapping(self) -> None:
        _, mapping = self._loaded()
        self.mapping_table.setRowCount(len(mapping.columns))
        for row, column in enumerate(mapping.columns):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(column.header))
            box = QComboBox(self.mapping_table)
            box.addItem(self.tr("(not imported)"), None)
            for spec in FIELDS[mapping.kind]:
                box.addItem(spec.en if self.lang == "en" else spec.ko, spec.name)
            box.setCurrentIndex(max(box.findData(column.field.name if column.field else None), 0))
            box.currentIndexChanged.connect(
                lambda _i, b=box, c=column.index: self._assign(c, b.currentData())
            )
            self.mapping_table.setCellWidget(row, 1, box)
        self.mapping_table.resizeColumnsToContents()
        self._show_unknown()
        self._show_preview()

    def _assign(self, index: int, name: str | None) -> None:
        _, mapping = self._loaded()
        mapping.assign(index, name)
        self._set_plan(None)
        self._show_unknown()
        self._show_preview()

    def _show_unknown(self) -> None:
        table, mapping = self._loaded()
        unknown = mapping.unknown_summary(self.lang)
        self.message.setStyleSheet("")
        self.message.setText(
            self.tr("{rows} rows from row {first}. Columns not imported: {columns}").format(
                rows=len(table.rows), first=table.header_row + 1, columns=unknown
            )
            if unknown
            else self.tr("{rows} rows from row {first}; every column is recognised.").format(
                rows=len(table.rows), first=table.header_row + 1
            )
        )

    def _show_preview(self) -> None:
        table, mapping = self._loaded()
        columns = mapping.mapped()
        rows = table.rows[:PREVIEW_ROWS]
        grid = self.preview_table
        grid.clear()
        grid.setColumnCount(len(columns))
        grid.setRowCount(len(rows))
        grid.setHorizontalHeaderLabels(
            [f.en if self.lang == "en" else f.ko for c in columns if (f := c.field)]
        )
        grid.setVerticalHeaderLabels([str(r.number) for r in rows])
        for r, row in enumerate(rows):
            for c, column in enumerate(columns):
                text, ok = shown(column, row, self.lang)
                item = QTableWidgetItem(text)
                if not ok:
                    item.setForeground(_ERROR)
                grid.setItem(r, c, item)
        grid.resizeColumnsToContents()

    def _set_plan(self, plan: ImportPlan | None) -> None:
        self.plan = plan
        fill_plan_table(self.plan_table, plan, self.lang, self._matched)
        self.summary.setText(
            self._summary(plan)
            if plan
            else self.tr("Press “Check (dry run)” to see what the import would do.")
        )
        self._update_buttons()

    def _row_ticked(self, item: QTableWidgetItem) -> None:
        number = item.data(Qt.ItemDataRole.UserRole)
        if item.column() != 0 or number is None:
            return
        if item.checkState() == Qt.CheckState.Checked:
            self.declined.discard(number)
        else:
            self.declined.add(number)
        if self.plan is not None:
            self.plan.declined = set(self.declined)
            self.summary.setText(self._summary(self.plan))

    def _matched(self, name: str, stored: str) -> None:
        """The user said which stored project `name` means (or that it is new): plan again."""
        self.matches[name] = stored
        self.check()

    def _summary(self, plan: ImportPlan) -> str:
        names = [p.name for p in plan.projects_to_create().values()]
        extra = self.tr(" — new projects: {names}").format(names=", ".join(names)) if names else ""
        left_out = self.tr(" — left out: {count}").format(count=len(plan.declined)) if plan.declined else ""
        return plan.summary(self.lang) + extra + left_out

    def _update_buttons(self) -> None:
        rejected = bool(self.plan and self.plan.rejected)
        self.skip_invalid.setEnabled(rejected)
        self.import_button.setEnabled(
            self.table is not None and (not rejected or self.skip_invalid.isChecked())
        )
        self.check_button.setEnabled(self.table is not None)
