"""The status-bar label saying how the file is open: read-only, WAL or rollback journal."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from dctracker.store import Store


class StoreModeLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storeModeLabel")

    def show_store(self, store: Store) -> None:
        parts = []
        if store.read_only:
            parts.append(self.tr("Read-only"))
        if store.journal_mode == "wal":
            parts.append(self.tr("WAL mode"))
        elif store.network:
            parts.append(self.tr("Network folder: rollback journal"))
        else:
            parts.append(self.tr("Rollback journal"))
        self.setText(" · ".join(parts))
        self.setToolTip(self._explain(store))
        self.setStyleSheet("QLabel { color: #b3261e; font-weight: bold; }" if store.read_only else "")

    def _explain(self, store: Store) -> str:
        if store.read_only:
            return self.tr(
                "This file cannot be written (check the permissions of the file and "
                "its folder): records can be viewed but not changed."
            )
        if store.network:
            return self.tr(
                "The file is in a network folder, where SQLite's WAL mode is unsafe: "
                "changes are saved with a rollback journal instead."
            )
        return self.tr("Changes are saved with SQLite's write-ahead log (WAL).")
