"""`dctracker import FILE [--dry-run] [--sheet NAME] [--kind K] [--skip-invalid]`.

Prints one line per row that would change or is rejected, then a summary.
All-or-nothing: with a rejected row nothing is stored unless --skip-invalid.
Exit 0 ok, 1 rows rejected, 2 unreadable file or bad usage.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from dctracker.commands.base import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, CliError, existing_store

ACTION_WORDS = {"create": "추가", "update": "수정", "unchanged": "변경 없음", "reject": "거부"}
SKIP_WORDS = {
    "subtotal": "소계·합계 (subtotal)",
    "footnote": "각주 (footnote)",
    "hidden": "숨긴 행 (hidden row)",
}


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("import", parents=[common], help="import a CSV or XLSX file")
    parser.add_argument("file", type=Path)
    parser.add_argument("--dry-run", action="store_true", help="show the plan, store nothing")
    parser.add_argument("--sheet", help="XLSX sheet name (default: the first)")
    parser.add_argument(
        "--kind",
        choices=["projects", "mous", "milestones"],
        help="what the file lists (default: from its headers)",
    )
    parser.add_argument(
        "--skip-invalid", action="store_true", help="store the valid rows even if some rows are rejected"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from dctracker.io.errors import ImportFileError
    from dctracker.services.imports import apply_plan, mapping_for, plan_import, read_table

    store = existing_store(args)
    try:
        try:
            table = read_table(args.file, args.sheet)
            mapping = mapping_for(table, args.kind)
            plan = plan_import(store, table, mapping)
        except ImportFileError as exc:
            raise CliError(str(exc), EXIT_USAGE) from exc
        _report(plan, mapping)
        _report_layout(table)
        stopped = bool(plan.rejected) and not args.skip_invalid
        if stopped:
            print(
                "거부된 행이 있어 아무것도 저장하지 않았습니다 (--skip-invalid로 나머지만 저장). "
                "(rows rejected: nothing stored)"
            )
        if args.dry_run or not stopped:
            # The dry run writes the valid rows as the import would, then rolls back.
            apply_plan(store, plan, skip_invalid=args.skip_invalid, dry_run=args.dry_run)
        if args.dry_run:
            print("--dry-run: 저장하지 않았습니다 (nothing stored)")
    finally:
        store.close()
    return EXIT_PROBLEMS if plan.rejected else EXIT_OK


def _report_layout(table) -> None:
    """The rows and columns the file holds that are not records, with why."""
    for skipped in table.skipped:
        print(f"{skipped.number}행 건너뜀 ({SKIP_WORDS[skipped.why]}): {skipped.text}")
    if table.hidden_columns:
        print(f"숨긴 열 (hidden columns, not imported): {', '.join(table.hidden_columns)}")


def _report(plan, mapping) -> None:
    from dctracker.io.plan import Action

    if mapping.unknown:
        print(f"알 수 없는 열 (unknown columns, not imported): {mapping.unknown_summary('ko')}")
    for row in plan.rows:
        if row.action is Action.UNCHANGED:
            continue
        detail = "; ".join(r.ko for r in row.reasons) or ", ".join(row.changes)
        detail = "; ".join(filter(None, [detail, *(n.ko for n in row.notes)]))
        print(f"{row.row}행 {ACTION_WORDS[row.action]}: {row.label}" + (f" — {detail}" if detail else ""))
    for project in plan.projects_to_create().values():
        print(
            f"새 사업 (new project): {project.name} ({project.region.short_label()} "
            f"{project.sigungu})".replace(" )", ")")
        )
    print(f"{plan.source} ({mapping.kind}): {plan.summary('ko')}")
