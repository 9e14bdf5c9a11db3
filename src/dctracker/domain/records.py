"""The records officials keep: plain dataclasses, no storage or UI concerns."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from dctracker.domain.dates import PartialDate
from dctracker.domain.labels import LabelledEnum
from dctracker.domain.record_base import Record as Record  # re-exported beside the record kinds
from dctracker.domain.regions import Region


class OrgKind(LabelledEnum):
    LOCAL_GOVERNMENT = ("local_government", "지방자치단체", "Local government")
    COMPANY = ("company", "기업", "Company")
    INVESTOR = ("investor", "투자사", "Investor")
    PUBLIC_AGENCY = ("public_agency", "공공기관", "Public agency")
    RESEARCH = ("research", "연구·교육기관", "Research institute")
    OTHER = ("other", "기타", "Other")


class PartyRole(LabelledEnum):
    LOCAL_GOVERNMENT = ("local_government", "지방자치단체", "Local government")
    COMPANY = ("company", "기업", "Company")
    INVESTOR = ("investor", "투자사", "Investor")
    PUBLIC_AGENCY = ("public_agency", "공공기관", "Public agency")
    OTHER = ("other", "기타", "Other")


class ProjectStatus(LabelledEnum):
    IDEA = ("idea", "구상", "Idea")
    PLANNED = ("planned", "계획", "Planned")
    IN_PROGRESS = ("in_progress", "추진 중", "In progress")
    OPERATING = ("operating", "운영 중", "Operating")
    COMPLETED = ("completed", "완료", "Completed")
    ON_HOLD = ("on_hold", "보류", "On hold")
    CANCELLED = ("cancelled", "중단", "Cancelled")


class MouStatus(LabelledEnum):
    NEGOTIATING = ("negotiating", "협의 중", "Negotiating")
    SIGNED = ("signed", "체결", "Signed")
    IN_PROGRESS = ("in_progress", "이행 중", "Being carried out")
    FULFILLED = ("fulfilled", "이행 완료", "Fulfilled")
    LAPSED = ("lapsed", "실효", "Lapsed")
    TERMINATED = ("terminated", "해지", "Terminated")


class MilestoneKind(LabelledEnum):
    MOU_SIGNING = ("mou_signing", "협약 체결", "MOU signing")
    DESIGN = ("design", "설계", "Design")
    PERMIT = ("permit", "인허가", "Permit")
    GROUNDBREAKING = ("groundbreaking", "착공", "Groundbreaking")
    PHASE_OPENING = ("phase_opening", "단계 개소", "Phase opening")
    COMPLETION = ("completion", "준공", "Completion")
    OPERATION_START = ("operation_start", "운영 개시", "Operation start")
    DATA_MIGRATION = ("data_migration", "데이터 이전", "Data migration")
    OTHER = ("other", "기타", "Other")


class MilestoneStatus(LabelledEnum):
    PLANNED = ("planned", "예정", "Planned")
    IN_PROGRESS = ("in_progress", "진행 중", "In progress")
    DONE = ("done", "완료", "Done")
    DELAYED = ("delayed", "지연", "Delayed")
    CANCELLED = ("cancelled", "취소", "Cancelled")


@dataclass(kw_only=True)
class Organization(Record):
    name: str
    kind: OrgKind = OrgKind.OTHER
    contact: str = ""
    notes: str = ""


@dataclass(kw_only=True)
class Project(Record):
    name: str
    region: Region
    sigungu: str = ""
    description: str = ""
    category: str = ""
    site: str = ""
    lead_agency: str = ""
    partners: str = ""
    investment: int | None = None  # won
    area_m2: float | None = None
    capacity_mw: float | None = None
    planned_jobs: int | None = None
    status: ProjectStatus = ProjectStatus.PLANNED
    planned_start: PartialDate | None = None
    planned_finish: PartialDate | None = None
    source: str = ""
    tags: list[str] = field(default_factory=list)
    notes: str = ""


@dataclass(kw_only=True)
class MouParty:
    organization_id: int
    role: PartyRole
    name: str = ""  # the organization's name, filled in when read


@dataclass(kw_only=True)
class Mou(Record):
    title: str
    region: Region | None = None
    sigungu: str = ""
    signed_on: PartialDate | None = None
    status: MouStatus = MouStatus.SIGNED
    pledged_investment: int | None = None  # won
    pledged_jobs: int | None = None
    realized_investment: int | None = None  # won, as of realized_as_of
    realized_jobs: int | None = None
    realized_as_of: PartialDate | None = None
    site: str = ""
    area_m2: float | None = None
    deadline: PartialDate | None = None
    phases: str = ""
    binding: bool = False
    documents: str = ""  # one reference (file name, document number, URL) per line
    source: str = ""
    notes: str = ""
    parties: list[MouParty] = field(default_factory=list)
    project_ids: list[int] = field(default_factory=list)


@dataclass(kw_only=True)
class Milestone(Record):
    project_id: int
    title: str
    kind: MilestoneKind = MilestoneKind.OTHER
    mou_id: int | None = None
    baseline: PartialDate | None = None
    forecast: PartialDate | None = None
    actual: PartialDate | None = None
    status: MilestoneStatus = MilestoneStatus.PLANNED
    progress: int = 0  # percent
    owner: str = ""
    source: str = ""
    notes: str = ""

    @property
    def current(self) -> PartialDate | None:
        """The best knowledge of when it happens: actual, else forecast, else plan."""
        return self.actual or self.forecast or self.baseline


@dataclass(kw_only=True)
class Indicator(Record):
    """One measurement of a figure (성과지표) for a project or a whole program."""

    name: str
    unit: str = ""
    program: str = ""
    project_id: int | None = None
    target: float | None = None
    actual: float | None = None
    as_of: PartialDate | None = None
    source: str = ""
    notes: str = ""


@dataclass(frozen=True)
class FieldChange:
    """One field of one record changed from `old` to `new` (stored text forms)."""

    table: str
    record_id: int
    field: str
    old: str | None
    new: str | None
    at: str
    who: str
    comment: str = ""
    batch: int | None = None  # changes saved together share a batch


@dataclass(kw_only=True)
class MilestoneUpdate:
    """What an official enters in 진행 현황 입력; None leaves a field as it was."""

    milestone_id: int
    forecast: PartialDate | None = None
    actual: PartialDate | None = None
    progress: int | None = None
    status: MilestoneStatus | None = None
    comment: str = ""

    def apply(self, milestone: Milestone) -> Milestone:
        """The milestone as it stands after this update (the input is unchanged)."""
        changes = {
            name: value
            for name in ("forecast", "actual", "progress", "status")
            if (value := getattr(self, name)) is not None
        }
        return replace(milestone, **changes)
