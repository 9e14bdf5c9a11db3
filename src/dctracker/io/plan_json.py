"""An import plan as one JSON document, for scripts (`dctracker import --json`).

Built from the same plan the import applies, so what a script reads is what
the import does. Every row of the file that is not a header is listed, in
file order, with one action word:

created, updated, unchanged, skipped (footnote, subtotal, hidden row),
rejected, duplicate (the same record as an earlier row), needs_confirmation
(a project name near a stored project's: which one is it?).
"""

from __future__ import annotations

from typing import Any

from dctracker.io.plan import Action, ImportPlan, Reason, RowPlan
from dctracker.io.records_json import value_json
from dctracker.io.table import Table

_WORDS = {
    Action.CREATE: "created",
    Action.UPDATE: "updated",
    Action.UNCHANGED: "unchanged",
    Action.REJECT: "rejected",
}
ACTIONS = (*_WORDS.values(), "skipped", "duplicate", "needs_confirmation")


def plan_json(plan: ImportPlan, table: Table, *, applied: bool, changed: int) -> dict[str, Any]:
    """`applied`: whether the plan was stored (False for a dry run or a refused
    import); `changed`: how many records it changed (or would change)."""
    rows = [_row(r) for r in plan.rows]
    rows += [{"row": s.number, "action": "skipped", "why": str(s.why), "text": s.text} for s in table.skipped]
    rows.sort(key=lambda r: r["row"])
    counts = dict.fromkeys(ACTIONS, 0)
    for row in rows:
        counts[row["action"]] += 1
    return {
        "file": plan.source,
        "kind": plan.kind,
        "applied": applied,
        "changed": changed,
        "counts": counts,
        "unknown_columns": [c.header for c in plan.mapping.unknown],
        "hidden_columns": list(table.hidden_columns),
        "new_projects": [
            {"name": p.name, "region": value_json(p.region), "sigungu": p.sigungu}
            for p in plan.projects_to_create().values()
        ],
        "rows": rows,
    }


def row_action(row: RowPlan) -> str:
    if row.needs_confirmation:
        return "needs_confirmation"
    if row.duplicate_of is not None:
        return "duplicate"
    return _WORDS[row.action]


def _row(row: RowPlan) -> dict[str, Any]:
    result: dict[str, Any] = {
        "row": row.row,
        "action": row_action(row),
        "label": row.label,
        "reasons": [_reason(r) for r in row.reasons],
        "notes": [_reason(n) for n in row.notes],
    }
    if row.action is Action.UPDATE:
        result["changes"] = [
            {"field": name, "old": value_json(old), "new": value_json(new)}
            for name, (old, new) in row.changes.items()
        ]
    if row.duplicate_of is not None:
        result["duplicate_of"] = row.duplicate_of
    if row.needs_confirmation:
        result["project_name"] = row.project_name
        result["candidates"] = [
            {"name": c.project.name, "sigungu": c.project.sigungu, "score": c.score} for c in row.candidates
        ]
    return result


def _reason(reason: Reason) -> dict[str, str]:
    return {"ko": reason.ko, "en": reason.en}
