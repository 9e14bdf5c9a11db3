"""The region tree: 전체 → 광주광역시 → 구; 전라남도 → 권역 → 시군, with counts.

Each node carries the RecordFilter it stands for; zones come from the store
(users edit them), 시군 in no zone gather under "권역 미지정", and records
with no 시군구 get a node of their own so none is unreachable.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from dctracker.domain.filters import RecordFilter
from dctracker.domain.regions import SIGUNGU, Region, Zone, sigungu_label

FilterRole = Qt.ItemDataRole.UserRole + 1
EMPTY_COUNT = QBrush(QColor("#9e9e9e"))


class RegionTree(QTreeWidget):
    """Shows project counts per node; `filterSelected` when the user picks one."""

    filterSelected = Signal(object)  # RecordFilter (without search text)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regionTree")
        self.lang = lang
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self._counts: Counter[tuple[Region, str]] = Counter()
        self.currentItemChanged.connect(self._emit_current)

    def populate(self, zones: list[Zone], places: Iterable[tuple[Region, str]]) -> None:
        """Rebuild from the zones and the (region, 시군구) of every project."""
        selected = self.current_filter()
        self._counts = Counter(places)
        self.blockSignals(True)
        self.clear()
        self._closed: list[QTreeWidgetItem] = []  # usually many 시군 with nothing in them
        root = self._node(self, self.tr("All"), RecordFilter(), sum(self._counts.values()))
        for region in Region:
            self._region(root, region, [z for z in zones if z.region is region])
        self.expandToDepth(2)
        for item in self._closed:
            item.setExpanded(False)
        self.select(selected)
        self.blockSignals(False)

    def current_filter(self) -> RecordFilter:
        item = self.currentItem()
        return item.data(0, FilterRole) if item is not None else RecordFilter()

    def select(self, record_filter: RecordFilter) -> None:
        """Show the node of a place filter (the whole tree when none matches)."""
        wanted = RecordFilter(record_filter.region, record_filter.sigungu)
        items = self.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
        match = next((i for i in items if i.data(0, FilterRole) == wanted), None)
        if (item := match or self.topLevelItem(0)) is not None:
            self.setCurrentItem(item)

    # Building

    def _region(self, root: QTreeWidgetItem, region: Region, zones: list[Zone]) -> None:
        names = list(SIGUNGU[region])
        # English region names are long ("Gwangju Metropolitan City"): the short ones fit.
        title = region.short_label(self.lang) if self.lang == "en" else region.label(self.lang)
        node = self._node(root, title, RecordFilter(region), self._count(region, self._counts_keys(region)))
        if zones:
            zoned = set()
            for zone in zones:
                members = [n for n in names if n in zone.members]
                zoned.update(members)
                self._group(node, region, zone.name, members)
            rest = [n for n in names if n not in zoned]
            if rest:
                self._closed.append(self._group(node, region, self.tr("No zone"), rest))
        else:
            for name in names:
                self._place(node, region, name)
        if self._counts[(region, "")]:
            self._node(
                node,
                self.tr("(no district)"),
                RecordFilter(region, frozenset({""})),
                self._counts[(region, "")],
            )

    def _group(
        self, parent: QTreeWidgetItem, region: Region, title: str, members: list[str]
    ) -> QTreeWidgetItem:
        group = self._node(
            parent, title, RecordFilter(region, frozenset(members)), self._count(region, members)
        )
        for name in members:
            self._place(group, region, name)
        return group

    def _place(self, parent: QTreeWidgetItem, region: Region, name: str) -> None:
        self._node(
            parent,
            sigungu_label(name, self.lang),
            RecordFilter(region, frozenset({name})),
            self._counts[(region, name)],
        )

    def _node(
        self, parent: QTreeWidget | QTreeWidgetItem, title: str, record_filter: RecordFilter, count: int
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [f"{title} ({count})"])
        item.setData(0, FilterRole, record_filter)
        if count == 0:
            item.setForeground(0, EMPTY_COUNT)
        return item

    def _counts_keys(self, region: Region) -> list[str]:
        return [name for r, name in self._counts if r is region]

    def _count(self, region: Region, names: Iterable[str]) -> int:
        return sum(self._counts[(region, name)] for name in set(names))

    def _emit_current(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is not None:
            self.filterSelected.emit(current.data(0, FilterRole))
