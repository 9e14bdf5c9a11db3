"""Forms for projects, organizations and indicators."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from dctracker.domain.records import Indicator, Organization, OrgKind, Project, ProjectStatus
from dctracker.domain.regions import Region, region_of
from dctracker.domain.validation import validate_indicator, validate_organization, validate_project
from dctracker.ui.forms.base import Field, RecordForm
from dctracker.ui.forms.lookups import Lookups
from dctracker.ui.widgets.editors import (
    ChoiceCombo,
    NotesEdit,
    TagsEdit,
    TextEdit,
    enum_combo,
    sigungu_combo,
)
from dctracker.ui.widgets.parsed_edit import AREA, DATE, MONEY, NUMBER, WHOLE, ParsedEdit


class ProjectForm(RecordForm[Project]):
    kind = "projects"
    validate = staticmethod(validate_project)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        # Picking a 시군구 settles the region; the reverse would guess.
        self.editor("sigungu").changed.connect(self._region_from_sigungu)

    def fields(self) -> list[Field]:
        lang = self.lang
        return [
            Field("name", self.tr("Name"), TextEdit()),
            Field("region", self.tr("Region"), enum_combo(Region, lang)),
            Field("sigungu", self.tr("District"), sigungu_combo(lang)),
            Field("status", self.tr("Status"), enum_combo(ProjectStatus, lang)),
            Field("investment", self.tr("Investment"), ParsedEdit(MONEY, lang, "7,000억 원")),
            Field("area_m2", self.tr("Site area"), ParsedEdit(AREA, lang, "105,000㎡")),
            Field("capacity_mw", self.tr("Capacity (MW)"), ParsedEdit(NUMBER, lang)),
            Field("planned_jobs", self.tr("Planned jobs"), ParsedEdit(WHOLE, lang)),
            Field("planned_start", self.tr("Planned start"), ParsedEdit(DATE, lang, "2025년 상반기")),
            Field("planned_finish", self.tr("Planned finish"), ParsedEdit(DATE, lang, "2030년까지")),
            Field("site", self.tr("Site"), TextEdit()),
            Field("category", self.tr("Category"), TextEdit()),
            Field("lead_agency", self.tr("Lead agency"), TextEdit()),
            Field("partners", self.tr("Partners"), TextEdit()),
            Field("description", self.tr("Description"), NotesEdit()),
            Field("source", self.tr("Source"), TextEdit()),
            Field("tags", self.tr("Tags"), TagsEdit()),
            Field("notes", self.tr("Notes"), NotesEdit()),
        ]

    def blank(self) -> Project:
        return Project(name="", region=Region.JEONNAM)

    def _region_from_sigungu(self) -> None:
        region = region_of(self.editor("sigungu").value() or "")
        if region is not None:
            self.editor("region").set_value(region)


class OrganizationForm(RecordForm[Organization]):
    kind = "organizations"
    validate = staticmethod(validate_organization)

    def fields(self) -> list[Field]:
        return [
            Field("name", self.tr("Name"), TextEdit()),
            Field("kind", self.tr("Kind"), enum_combo(OrgKind, self.lang)),
            Field("contact", self.tr("Contact"), TextEdit()),
            Field("notes", self.tr("Notes"), NotesEdit()),
        ]

    def blank(self) -> Organization:
        return Organization(name="")


class IndicatorForm(RecordForm[Indicator]):
    kind = "indicators"
    validate = staticmethod(validate_indicator)

    def fields(self) -> list[Field]:
        self._project = ChoiceCombo([], blank=True)
        return [
            Field("name", self.tr("Name"), TextEdit()),
            Field("program", self.tr("Program"), TextEdit()),
            Field("project_id", self.tr("Project"), self._project),
            Field("unit", self.tr("Unit"), TextEdit()),
            Field("target", self.tr("Target"), ParsedEdit(NUMBER, self.lang)),
            Field("actual", self.tr("Actual"), ParsedEdit(NUMBER, self.lang)),
            Field("as_of", self.tr("As of"), ParsedEdit(DATE, self.lang)),
            Field("source", self.tr("Source"), TextEdit()),
            Field("notes", self.tr("Notes"), NotesEdit()),
        ]

    def set_lookups(self, lookups: Lookups) -> None:
        self._project.set_choices(lookups.projects, blank=True)

    def blank(self) -> Indicator:
        return Indicator(name="")
