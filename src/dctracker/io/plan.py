"""What an import would do, row by row, before anything is stored.

Each data row becomes one RowPlan: create, update, unchanged or reject (with
reasons naming the column). Rows are matched to stored records by natural
key: a project by name + 시군구, a milestone by its title within its project,
an MOU by its title. A column missing from the file leaves that field as it
is; a blank cell in a present column clears it, so the file decides.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, cast

from dctracker.domain.records import Milestone, Mou, MouParty, PartyRole, Project, Record
from dctracker.domain.regions import Region, normalize_sigungu, region_of
from dctracker.domain.text import has_control_characters
from dctracker.domain.validation import Problem, errors, validate_milestone, validate_mou, validate_project
from dctracker.io.candidates import Candidate, project_candidates
from dctracker.io.cells import Cell, CellError, column_reader, normalize_key
from dctracker.io.collector import without_cycle_collection
from dctracker.io.mapping import Field, Mapping
from dctracker.io.table import PROGRESS_EVERY, Cancelled, ImportCancelled, Progress, SourceRow, Table
from dctracker.io.values import UNSET, Noted, choices_text, sigungu_suggestions
from dctracker.store import Store
from dctracker.store.records.repository import Repository

log = logging.getLogger(__name__)
ProjectKey = tuple[str, str]  # (name, 시군구)
NEW_ORG = -1  # organization_id of a party whose organization the import creates
NEW_PROJECT = ""  # a `matches` answer: the file's project name is a new project


# Fields that always hold a value: a blank cell keeps the stored one (or the default).
_REQUIRED_VALUE = {"percent", "bool", "project_status", "mou_status", "milestone_status", "milestone_kind"}
_KEEP = object()  # what a blank cell of such a field means
_NO_ITEMS = object()  # a blank cell of a list field: a fresh empty list, not a shared one
_LISTS = {"tags", "parties", "names"}


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    REJECT = "reject"


@dataclass
class Reason:
    ko: str
    en: str

    def text(self, lang: str = "ko") -> str:
        return self.en if lang == "en" else self.ko


@dataclass
class RowPlan:
    row: int
    action: Action
    label: str
    reasons: list[Reason] = field(default_factory=list)
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    record: Record | None = None
    new_project: ProjectKey | None = None  # a milestone of a project this import creates
    new_orgs: list[str] = field(default_factory=list)  # MOU parties this import creates
    notes: list[Reason] = field(default_factory=list)  # what the import changed in the row's text
    duplicate_of: int | None = None  # rejected as the same record as this earlier row
    # Rejected until a person says which stored project the row's project name means
    # (or that it is a new one): never a near-duplicate project without asking.
    candidates: list[Candidate] = field(default_factory=list)
    project_name: str = ""  # the file's spelling that the candidates are for

    @property
    def needs_confirmation(self) -> bool:
        return bool(self.candidates)


@dataclass
class ImportPlan:
    kind: str
    source: str
    mapping: Mapping
    matches: dict[str, str] = field(default_factory=dict)  # file spelling -> stored name (or NEW)
    rows: list[RowPlan] = field(default_factory=list)
    new_projects: dict[ProjectKey, Project] = field(default_factory=dict)
    declined: set[int] = field(default_factory=set)  # row numbers the person left out in the review

    def count(self, action: Action) -> int:
        return sum(1 for r in self.rows if r.action is action)

    @property
    def rejected(self) -> list[RowPlan]:
        return [r for r in self.rows if r.action is Action.REJECT]

    def to_write(self) -> list[RowPlan]:
        """The creations and updates the person accepted (all, unless some were left out)."""
        return [
            r for r in self.rows if r.action in (Action.CREATE, Action.UPDATE) and r.row not in self.declined
        ]

    def summary(self, lang: str = "ko") -> str:
        tally = Counter(r.action for r in self.rows)  # one pass over 100,000 rows, not four
        counts = [tally[a] for a in Action]
        if lang == "en":
            return "{} new, {} updated, {} unchanged, {} rejected".format(*counts)
        return "추가 {}, 수정 {}, 변경 없음 {}, 거부 {}".format(*counts)

    def projects_to_create(self) -> dict[ProjectKey, Project]:
        """Projects named by milestone rows, not stored yet, that a valid row needs."""
        needed = {r.new_project for r in self.to_write() if r.action is Action.CREATE}
        return {key: p for key, p in self.new_projects.items() if key in needed}


@without_cycle_collection
def plan_import(
    store: Store,
    table: Table,
    mapping: Mapping,
    *,
    matches: dict[str, str] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportPlan:
    """Raises ImportFileError when a required field has no column.

    `matches`: a person's answers to "needs confirmation" rows, the file's
    spelling of a project name -> the stored project's name, or NEW_PROJECT
    for a project the file adds.
    """
    mapping.check_required(table.source)
    planner = _Planner(store, table.source, mapping, matches or {})
    rows = table.rows
    for start in range(0, len(rows), PROGRESS_EVERY):
        if start:
            if cancelled is not None and cancelled():
                raise ImportCancelled
            if progress is not None:
                progress(start)
        planner.add_lot(rows[start : start + PROGRESS_EVERY])
    return planner.plan


class _Planner:
    def __init__(self, store: Store, source: str, mapping: Mapping, matches: dict[str, str]) -> None:
        self.store, self.mapping = store, mapping
        self.plan = ImportPlan(mapping.kind, source, mapping, dict(matches))
        self.matches = {normalize_key(k): v for k, v in matches.items()}
        self.projects = {_project_key(p.name, p.sigungu): p for p in store.projects.all()}
        self.names: dict[str, list[Project]] = {}
        for p in self.projects.values():
            self.names.setdefault(normalize_key(p.name), []).append(p)
        self.seen: dict[tuple[object, ...], int] = {}  # natural key -> first row number
        # Decided once, not per row: which parser reads each column, what a blank means.
        # (every mapped column has a field: the test only narrows its type)
        self.columns = [
            (c.index, c.header, f.name, _reader(f, c.scale)) for c in mapping.mapped() if (f := c.field)
        ]
        self.fields = frozenset(name for _, _, name, _ in self.columns)
        self.places: dict[tuple[Region | None, str], str | None] = {}
        if mapping.kind == "milestones":
            self.milestones = {(m.project_id, normalize_key(m.title)): m for m in store.milestones.all()}
        if mapping.kind == "mous":
            self.mous = {normalize_key(m.title): m for m in store.mous.all()}
            self.orgs = {normalize_key(o.name): o for o in store.organizations.all()}

    def add_lot(self, rows: list[SourceRow]) -> None:
        """Plan rows a lot at a time: each column of the lot is read in one pass
        (build_table gives every row a cell for each header)."""
        columns = [
            (header, name, read([row.cells[index] for row in rows]))
            for index, header, name, read in self.columns
        ]
        # Looked up per lot, not kept on self: a bound method there would make
        # the planner a reference cycle, freed only by the cycle collector.
        adder = {"projects": self._project, "mous": self._mou, "milestones": self._milestone}[
            self.mapping.kind
        ]
        cleaned = self._cleaned(rows)
        for position, row in enumerate(rows):
            values, reasons, notes = self._values(columns, position)
            self._add(adder, row, _with_notes(values, notes), reasons)
            self.plan.rows[-1].notes.extend(notes)
            if position in cleaned:
                headers = ", ".join(cleaned[position])
                self.plan.rows[-1].notes.append(
                    Reason(f"제어 문자를 지웠습니다: {headers}", f"control characters removed: {headers}")
                )

    def _cleaned(self, rows: list[SourceRow]) -> dict[int, list[str]]:
        """Rows (by position in the lot) whose text cells lose control characters
        (io/cells.py cell_text strips them), with those cells' headers. One search
        per column of the lot; cell by cell only in a column that has some."""
        found: dict[int, list[str]] = {}
        for index, header, _name, _read in self.columns:
            cells = [row.cells[index] for row in rows]
            if not has_control_characters("".join(c for c in cells if type(c) is str)):
                continue
            for position, cell in enumerate(cells):
                if type(cell) is str and has_control_characters(cell):
                    found.setdefault(position, []).append(header)
        return found

    def _add(
        self,
        adder: Callable[[SourceRow, dict[str, Any]], RowPlan],
        row: SourceRow,
        values: dict[str, Any],
        reasons: list[Reason],
    ) -> None:
        error: CellError | None = None
        if not reasons:
            try:
                self.plan.rows.append(adder(row, values))
                return
            except CellError as exc:
                error, reasons = exc, [Reason(exc.ko, exc.en)]
        label = str(values.get("name") or values.get("title") or "")
        rejected = RowPlan(row.number, Action.REJECT, label, reasons)
        if isinstance(error, _Duplicate):
            rejected.duplicate_of = error.first
        if isinstance(error, _Unconfirmed):
            rejected.candidates, rejected.project_name = error.candidates, error.name
        self.plan.rows.append(rejected)

    @staticmethod
    def _values(
        columns: list[tuple[str, str, list[Any]]], position: int
    ) -> tuple[dict[str, Any], list[Reason], list[Reason]]:
        """The row's values, the reasons it is rejected, and notes on how cells were read."""
        values: dict[str, Any] = {}
        reasons, notes = [], []
        for header, name, column in columns:
            value = column[position]
            if isinstance(value, Noted):
                notes.append(Reason(f"{header}: {value.ko}", f"{header}: {value.en}"))
                if value.value is UNSET:
                    continue
                value = value.value
            if value is _KEEP:
                continue
            if value is _NO_ITEMS:
                value = []
            if isinstance(value, CellError):
                reasons.append(Reason(f"{header}: {value.ko}", f"{header}: {value.en}"))
                continue
            values[name] = value
        return values, reasons, notes

    def _has(self, name: str) -> bool:
        return name in self.fields

    def _duplicate(self, key: tuple[object, ...], row: SourceRow) -> None:
        if key in self.seen:
            raise _Duplicate(self.seen[key])
        self.seen[key] = row.number

    def _place(self, values: dict[str, Any]) -> tuple[Region | None, str]:
        """Region and official 시군구 name; either may be inferred from the other."""
        region, text = values.pop("region", None), values.pop("sigungu", "") or ""
        sigungu = self._sigungu(text, region) if text else ""
        if sigungu is None:
            where = f"{region.ko}의 " if region else ""
            near_ko, near_en = choices_text(sigungu_suggestions(text), ["광주·전남의 시군구 이름"])
            raise CellError(
                f"시군구: '{text}'은(는) {where}시군구가 아닙니다 ({near_ko}).",
                f"District: '{text}' is not a known district ({near_en}).",
            )
        return region or (region_of(sigungu) if sigungu else None), sigungu

    def _sigungu(self, text: str, region: Region | None) -> str | None:
        # A sheet names the same few 시군구 on every row.
        key = (region, text)
        if key not in self.places:
            self.places[key] = normalize_sigungu(text, region)
        return self.places[key]

    def _project(self, row: SourceRow, values: dict[str, Any]) -> RowPlan:
        region, sigungu = self._place(values)
        key = _project_key(values.get("name", ""), sigungu)
        self._duplicate(key, row)
        existing = self._find_project(values.get("name", ""), sigungu)
        place: dict[str, Any] = {
            **({"sigungu": sigungu} if self._has("sigungu") else {}),
            **({"region": region} if region else {}),
        }
        if existing is None:
            if region is None:
                raise _needs_region()
            return self._outcome(row, None, Project(**values, **place), validate_project)
        return self._outcome(
            row, existing, replace(existing, **values, **place), validate_project, {*values, *place}
        )

    def _milestone(self, row: SourceRow, values: dict[str, Any]) -> RowPlan:
        name = values.pop("project_name", "")
        investment = values.pop("project_investment", None)
        region, sigungu = self._place(values)
        if not name:
            raise CellError("사업명이 비어 있습니다.", "the project name is empty.")
        project = self._find_project(name, sigungu)
        key = (_project_key(name, sigungu), normalize_key(values.get("title", "")))
        self._duplicate(key, row)
        if project is None:
            project = self._matched(name, sigungu)
        if project is None:
            self._plan_project(key[0], name, region, sigungu, investment)
            plan = self._outcome(row, None, Milestone(project_id=0, **values), validate_milestone)
            plan.new_project = key[0]
            return plan
        existing = self.milestones.get((project.stored_id, key[1]))
        if existing is None:
            return self._outcome(
                row, None, Milestone(project_id=project.stored_id, **values), validate_milestone
            )
        return self._outcome(row, existing, replace(existing, **values), validate_milestone, values.keys())

    def _find_project(self, name: str, sigungu: str) -> Project | None:
        found = self.projects.get(_project_key(name, sigungu))
        if found is None and not self._has("sigungu"):
            same_name = self.names.get(normalize_key(name), [])
            found = same_name[0] if len(same_name) == 1 else None
        return found

    def _matched(self, name: str, sigungu: str) -> Project | None:
        """The stored project a person said `name` means; None for a new
        project. Raises _Unconfirmed when a stored project of the 시군 is
        near enough to be the same one and nobody has said."""
        answer = self.matches.get(normalize_key(name))
        if answer == NEW_PROJECT:
            return None
        if answer is not None:
            same = self.names.get(normalize_key(answer), [])
            if len(same) != 1:
                raise CellError(
                    f"사업명: '{answer}'(으)로 지정한 사업이 없거나 여럿입니다.",
                    f"project name: '{answer}' given as its match is no single stored project.",
                )
            return same[0]
        candidates = project_candidates(name, sigungu, self.projects.values())
        if candidates:
            raise _Unconfirmed(name, candidates)
        return None

    def _plan_project(
        self, key: ProjectKey, name: str, region: Region | None, sigungu: str, investment: int | None
    ) -> None:
        if key in self.plan.new_projects:
            return
        if region is None:
            raise _needs_region()
        project = Project(name=name, region=region, sigungu=sigungu, investment=investment)
        problems = errors(validate_project(project))
        if problems:
            raise CellError(" ".join(p.ko for p in problems), " ".join(p.en for p in problems))
        self.plan.new_projects[key] = project

    def _mou(self, row: SourceRow, values: dict[str, Any]) -> RowPlan:
        region, sigungu = self._place(values)
        key = normalize_key(values.get("title", ""))
        self._duplicate((key,), row)
        existing = self.mous.get(key)
        new_orgs: list[str] = []
        if "parties" in values:
            values["parties"] = self._parties(values["parties"] or [], existing, new_orgs)
        if "project_ids" in values:
            values["project_ids"] = [self._linked(n) for n in values["project_ids"] or []]
        if self._has("region") or self._has("sigungu"):
            values.update(region=region, sigungu=sigungu)
        record = replace(existing, **values) if existing else Mou(**values)
        plan = self._outcome(row, existing, record, validate_mou, values.keys())
        plan.new_orgs = new_orgs
        return plan

    def _linked(self, name: str) -> int:
        same_name = self.names.get(normalize_key(name), [])
        if not same_name:
            matched = self._matched(name, "")
            same_name = [matched] if matched is not None else []
        if len(same_name) != 1:
            problem = (
                ("같은 이름의 사업이 여럿입니다", "several projects have this name")
                if same_name
                else ("없는 사업입니다", "no such project")
            )
            raise CellError(f"관련 사업: '{name}' {problem[0]}.", f"Linked projects: '{name}': {problem[1]}.")
        return same_name[0].stored_id

    def _parties(
        self, parsed: list[tuple[str, PartyRole | None]], existing: Mou | None, new_orgs: list[str]
    ) -> list[MouParty]:
        roles = {p.organization_id: p.role for p in existing.parties} if existing else {}
        parties = []
        for name, role in parsed:
            org = self.orgs.get(normalize_key(name))
            if org is None:
                new_orgs.append(name)
            org_id = org.stored_id if org else NEW_ORG
            parties.append(
                MouParty(organization_id=org_id, name=name, role=role or roles.get(org_id, PartyRole.OTHER))
            )
        return parties

    def _outcome(
        self,
        row: SourceRow,
        existing: Record | None,
        record: Record,
        validate: Callable[[Any], list[Problem]],
        fields: Collection[str] | None = None,
    ) -> RowPlan:
        """`fields`: those the row set on `existing` (the only ones that can differ)."""
        label = str(getattr(record, "name", None) or getattr(record, "title", ""))
        problems = errors(validate(record))
        if problems:
            reasons = [Reason(p.ko, p.en) for p in problems]
            return RowPlan(row.number, Action.REJECT, label, reasons)
        if existing is None:
            return RowPlan(row.number, Action.CREATE, label, record=record)
        if "notes" in (fields or ()) and not self._has("notes"):
            # Notes made while reading cells, in a file without a notes column:
            # added to what is stored, never replacing it.
            kept = _merged(getattr(existing, "notes", ""), getattr(record, "notes", ""))
            record = replace(cast(Any, record), notes=kept)  # every kind of record has notes
        repositories: dict[str, Repository[Any]] = {
            "projects": self.store.projects,
            "mous": self.store.mous,
            "milestones": self.store.milestones,
        }
        repository = repositories[self.mapping.kind]
        changes = repository.diff(existing, record, fields)
        action = Action.UPDATE if changes else Action.UNCHANGED
        return RowPlan(row.number, action, label, changes=changes, record=record)


class _Duplicate(CellError):
    def __init__(self, first: int) -> None:
        super().__init__(f"{first}행과 같은 항목입니다.", f"same record as row {first}.")
        self.first = first


class _Unconfirmed(CellError):
    """A project name near a stored project's, with nobody having said whether it is that one."""

    def __init__(self, name: str, candidates: list[Candidate]) -> None:
        names_ko = ", ".join(f"'{c.project.name}'" for c in candidates)
        super().__init__(
            f"확인 필요: 사업 '{name}'은(는) 기존 사업 {names_ko}일 수 있습니다 "
            f'(--match "{name}={candidates[0].project.name}" 또는 새 사업으로 지정).',
            f"needs confirmation: project '{name}' may be the stored {names_ko} "
            f'(--match "{name}={candidates[0].project.name}", or say it is new).',
        )
        self.name, self.candidates = name, candidates


def _with_notes(values: dict[str, Any], notes: list[Reason]) -> dict[str, Any]:
    """The row's notes on how cells were read are kept in the record's notes."""
    if notes:
        values["notes"] = _merged(values.get("notes") or "", "\n".join(n.ko for n in notes))
    return values


def _merged(stored: str, added: str) -> str:
    if not stored or added in stored:
        return stored or added
    return f"{stored}\n{added}"


def _project_key(name: str, sigungu: str) -> ProjectKey:
    return normalize_key(name), sigungu


def _reader(field: Field, scale: int) -> Callable[[list[Cell]], list[Any]]:
    return column_reader(field.parse, scale, _blank_value(field.parse))


def _blank_value(parse: str) -> Any:
    if parse in _REQUIRED_VALUE:
        return _KEEP
    if parse in _LISTS:
        return _NO_ITEMS
    return "" if parse in ("text", "name", "sigungu") else None


def _needs_region() -> CellError:
    return CellError(
        "새 사업에는 지역 또는 시군구가 필요합니다.", "a new project needs a region or district."
    )
