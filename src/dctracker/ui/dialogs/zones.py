"""Editing the zones (권역): create, rename, delete, and assign 시군 to them.

A 시군 belongs to at most one zone, so ticking it in one zone takes it out of
any other. The whole arrangement is saved at once (ZoneRepository.save_all).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dctracker.domain.regions import SIGUNGU, Region, Zone, sigungu_label
from dctracker.ui.dialogs import messages


class ZonesDialog(QDialog):
    def __init__(self, zones: list[Zone], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zonesDialog")
        self.setWindowTitle(self.tr("Zones"))
        self.lang = lang
        # copies keeping id and version: the save names the version each was read at
        self.zones = [replace(z, members=list(z.members)) for z in zones]
        self.zone_list = QListWidget(self)
        self.zone_list.setObjectName("zoneList")
        self.members = QListWidget(self)
        self.members.setObjectName("zoneMembers")
        add = QPushButton(self.tr("New zone…"), self)
        rename = QPushButton(self.tr("Rename…"), self)
        remove = QPushButton(self.tr("Delete"), self)
        add.clicked.connect(self._add)
        rename.clicked.connect(self._rename)
        remove.clicked.connect(self._remove)
        self.zone_list.currentRowChanged.connect(self._show_members)
        self.members.itemChanged.connect(self._member_toggled)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(self.zone_list)
        row = QHBoxLayout()
        for button in (add, rename, remove):
            row.addWidget(button)
        left.addLayout(row)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self.members, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self._fill_zones()
        self.resize(560, 460)

    def add_zone(self, name: str, region: Region = Region.JEONNAM) -> None:
        if name.strip() and not any(z.name == name and z.region is region for z in self.zones):
            self.zones.append(Zone(name.strip(), region, []))
            self._fill_zones(len(self.zones) - 1)

    def set_member(self, zone_name: str, sigungu: str, on: bool) -> None:
        """Put a 시군 in (or out of) a zone, taking it out of every other."""
        for zone in self.zones:
            if sigungu in zone.members:
                zone.members.remove(sigungu)
            if on and zone.name == zone_name:
                zone.members.append(sigungu)
        self._show_members(self.zone_list.currentRow())

    def _fill_zones(self, select: int = 0) -> None:
        self.zone_list.clear()
        for zone in self.zones:
            self.zone_list.addItem(f"{zone.name} ({zone.region.short_label(self.lang)})")
        if self.zones:
            self.zone_list.setCurrentRow(min(select, len(self.zones) - 1))
        else:
            self.members.clear()

    def _show_members(self, row: int) -> None:
        self.members.blockSignals(True)
        self.members.clear()
        if 0 <= row < len(self.zones):
            zone = self.zones[row]
            owner = {m: z.name for z in self.zones for m in z.members}
            for name in SIGUNGU[zone.region]:
                other = owner.get(name)
                label = sigungu_label(name, self.lang)
                if other and other != zone.name:
                    label += f"  ({other})"
                item = QListWidgetItem(label, self.members)
                item.setData(Qt.ItemDataRole.UserRole, name)
                item.setCheckState(Qt.CheckState.Checked if name in zone.members else Qt.CheckState.Unchecked)
        self.members.blockSignals(False)

    def _member_toggled(self, item: QListWidgetItem) -> None:
        row = self.zone_list.currentRow()
        if 0 <= row < len(self.zones):
            on = item.checkState() == Qt.CheckState.Checked
            self.set_member(self.zones[row].name, item.data(Qt.ItemDataRole.UserRole), on)

    def _add(self) -> None:
        name = messages.ask_text(self, self.tr("New zone"), self.tr("Zone name (e.g. 중부권):"))
        if name is not None:
            self.add_zone(name)

    def _rename(self) -> None:
        row = self.zone_list.currentRow()
        if not 0 <= row < len(self.zones):
            return
        name = messages.ask_text(self, self.tr("Rename zone"), self.tr("Zone name:"), self.zones[row].name)
        if name is not None and name.strip():
            self.zones[row].name = name.strip()
            self._fill_zones(row)

    def _remove(self) -> None:
        row = self.zone_list.currentRow()
        if 0 <= row < len(self.zones):
            del self.zones[row]
            self._fill_zones(row)
