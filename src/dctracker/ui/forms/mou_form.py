"""The MOU form: its parties (organization + role) and linked projects.

A party is picked from the existing organizations with a completer; a name
that matches none becomes a new organization when the MOU is saved (in the
same transaction), which the row says as you type.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dctracker.domain.records import Mou, MouParty, MouStatus, PartyRole
from dctracker.domain.regions import Region
from dctracker.domain.text import clean_text
from dctracker.domain.validation import validate_mou
from dctracker.services.edits import NEW_ORGANIZATION
from dctracker.ui.forms.base import Field, RecordForm
from dctracker.ui.forms.lookups import Lookups
from dctracker.ui.widgets.editors import FlagCheck, NotesEdit, TextEdit, enum_combo, sigungu_combo
from dctracker.ui.widgets.parsed_edit import AREA, DATE, MONEY, WHOLE, FieldError, ParsedEdit


class PartyRow(QWidget):
    def __init__(self, owner: PartiesEdit, party: MouParty | None) -> None:
        super().__init__(owner)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Organization"))
        self.name.setCompleter(owner.completer)
        self.role = enum_combo(PartyRole, owner.lang)
        # The name matters more than the role: the role combo may shrink (and elide).
        self.role.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.role.setMinimumContentsLength(5)
        self.name.setMinimumWidth(self.fontMetrics().horizontalAdvance("가") * 9)
        self.is_new = QLabel(self.tr("Not in the list yet: saved as a new organization"), self)
        self.is_new.setStyleSheet("color: #1565c0;")
        self.is_new.setWordWrap(True)
        remove = QPushButton("✕", self)
        remove.setToolTip(self.tr("Remove this party"))
        remove.setFixedWidth(28)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name, 3)
        row.addWidget(self.role, 2)
        row.addWidget(remove)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addLayout(row)
        column.addWidget(self.is_new)
        if party is not None:
            self.name.setText(party.name)
            self.name.setCursorPosition(0)
            self.role.set_value(party.role)
        self.name.textChanged.connect(owner.changed)
        self.name.textChanged.connect(self._show_new)
        self.role.changed.connect(owner.changed)
        remove.clicked.connect(lambda: owner.remove_row(self))
        self._owner = owner
        self._show_new()

    def _show_new(self) -> None:
        text = clean_text(self.name.text()).strip()
        self.is_new.setVisible(bool(text) and text not in self._owner.organizations)


class PartiesEdit(QWidget):
    changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.organizations: dict[str, int] = {}
        self.completer = QCompleter([], self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._rows: list[PartyRow] = []
        self._list = QVBoxLayout()
        self._list.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add party"), self)
        self.add_button.clicked.connect(lambda: self._add(None, focus=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._list)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_organizations(self, organizations: dict[str, int]) -> None:
        self.organizations = organizations
        self.completer.model().setStringList(sorted(organizations))  # type: ignore[attr-defined]

    def set_value(self, parties: list[MouParty] | None) -> None:
        for row in list(self._rows):
            self._drop(row)
        for party in parties or []:
            self._add(party)

    def value(self) -> list[MouParty]:
        parties, seen = [], set()
        for row in self._rows:
            name = clean_text(row.name.text()).strip()
            if not name:
                continue
            if name in seen:
                raise FieldError(f"'{name}'이(가) 두 번 들어 있습니다.", f"'{name}' is listed twice.")
            seen.add(name)
            org_id = self.organizations.get(name, NEW_ORGANIZATION)
            parties.append(MouParty(organization_id=org_id, role=row.role.value(), name=name))
        return parties

    def remove_row(self, row: PartyRow) -> None:
        self._drop(row)
        self.changed.emit()

    def _add(self, party: MouParty | None, focus: bool = False) -> None:
        row = PartyRow(self, party)
        self._rows.append(row)
        self._list.addWidget(row)
        if focus:
            row.name.setFocus()

    def _drop(self, row: PartyRow) -> None:
        self._rows.remove(row)
        row.setParent(None)
        row.deleteLater()


class ProjectChecklist(QListWidget):
    """Linked projects: every project with a check box."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def set_projects(self, projects: list[tuple[str, int]]) -> None:
        checked = set(self.value())
        self.blockSignals(True)
        self.clear()
        for name, project_id in projects:
            item = QListWidgetItem(name, self)
            item.setData(Qt.ItemDataRole.UserRole, project_id)
            item.setCheckState(Qt.CheckState.Checked if project_id in checked else Qt.CheckState.Unchecked)
        self.blockSignals(False)

    def set_value(self, ids: list[int] | None) -> None:
        wanted = set(ids or [])
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.blockSignals(False)

    def value(self) -> list[int]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]


class MouForm(RecordForm[Mou]):
    kind = "mous"
    validate = staticmethod(validate_mou)

    def fields(self) -> list[Field]:
        lang = self.lang
        self.parties = PartiesEdit(lang)
        self.projects = ProjectChecklist()
        return [
            Field("title", self.tr("Title"), TextEdit()),
            Field("signed_on", self.tr("Signed on"), ParsedEdit(DATE, lang, "2021년 11월")),
            Field("status", self.tr("Status"), enum_combo(MouStatus, lang)),
            Field("region", self.tr("Region"), enum_combo(Region, lang, blank=True)),
            Field("sigungu", self.tr("District"), sigungu_combo(lang)),
            Field("parties", self.tr("Parties"), self.parties),
            Field("pledged_investment", self.tr("Pledged investment"), ParsedEdit(MONEY, lang, "7,000억 원")),
            Field("pledged_jobs", self.tr("Pledged jobs"), ParsedEdit(WHOLE, lang)),
            Field("realized_investment", self.tr("Realized investment"), ParsedEdit(MONEY, lang)),
            Field("realized_jobs", self.tr("Realized jobs"), ParsedEdit(WHOLE, lang)),
            Field("realized_as_of", self.tr("Realized as of"), ParsedEdit(DATE, lang)),
            Field("site", self.tr("Site"), TextEdit()),
            Field("area_m2", self.tr("Site area"), ParsedEdit(AREA, lang)),
            Field("deadline", self.tr("Deadline"), ParsedEdit(DATE, lang, "2030년까지")),
            Field("phases", self.tr("Phases"), TextEdit()),
            Field("binding", self.tr("Binding"), FlagCheck(self.tr("legally binding"))),
            Field("project_ids", self.tr("Linked projects"), self.projects),
            Field("documents", self.tr("Documents"), NotesEdit()),
            Field("source", self.tr("Source"), TextEdit()),
            Field("notes", self.tr("Notes"), NotesEdit()),
        ]

    def set_lookups(self, lookups: Lookups) -> None:
        self.parties.set_organizations(lookups.organizations)
        self.projects.set_projects(lookups.projects)

    def blank(self) -> Mou:
        return Mou(title="")
