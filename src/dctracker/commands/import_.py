"""`dctracker import FILE [--dry-run] [--json] [--match "FILE NAME=STORED NAME"] [--sheet NAME]
[--kind K] [--skip-invalid]`.

Prints one line per row that would change or is rejected, then a summary;
with --json, one JSON document instead (io/plan_json.py). All-or-nothing:
with a rejected row (or a row whose project needs confirmation) nothing is
stored unless --skip-invalid. Exit 0 ok, 1 rows rejected, 2 unreadable file
or bad usage.
"""

from __future__ import annotations

import argparse
import json
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
    parser.add_argument("--json", action="store_true", help="print the plan as one JSON document")
    parser.add_argument(
        "--match",
        action="append",
        default=[],
        metavar="FILE_NAME=STORED_NAME",
        help="the stored project a project name of the file means ('NAME=' for a new project); repeatable",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from dctracker.io.errors import ImportFileError
    from dctracker.services.imports import apply_plan, mapping_for, plan_import, read_table

    matches = _matches(args.match)
    store = existing_store(args)
    try:
        try:
            table = read_table(args.file, args.sheet)
            mapping = mapping_for(table, args.kind)
            plan = plan_import(store, table, mapping, matches=matches)
        except ImportFileError as exc:
            raise CliError(str(exc), EXIT_USAGE) from exc
        if not args.json:
            _report(plan, mapping)
            _report_layout(table)
        stopped = bool(plan.rejected) and not args.skip_invalid
        if stopped and not args.json:
            print(
                "거부된 행이 있어 아무것도 저장하지 않았습니다 (--skip-invalid로 나머지만 저장). "
                "(rows rejected: nothing stored)"
            )
        changed = 0
        if args.dry_run or not stopped:
            # The dry run writes the valid rows as the import would, then rolls back.
            changed = apply_plan(store, plan, skip_invalid=args.skip_invalid, dry_run=args.dry_run)
        if args.json:
            from dctracker.io.plan_json import plan_json

            document = plan_json(plan, table, applied=not (args.dry_run or stopped), changed=changed)
            print(json.dumps(document, ensure_ascii=False, indent=2))
        elif args.dry_run:
            print("--dry-run: 저장하지 않았습니다 (nothing stored)")
    finally:
        store.close()
    return EXIT_PROBLEMS if plan.rejected else EXIT_OK


def _matches(given: list[str]) -> dict[str, str]:
    """--match "파일 표기=기존 사업명" answers; "파일 표기=" says the project is new."""
    matches = {}
    for text in given:
        name, equals, stored = text.partition("=")
        if not equals or not name.strip():
            raise CliError(
                f"--match '{text}': '파일 표기=기존 사업명' 형식이어야 합니다 "
                "(expected 'FILE NAME=STORED NAME', or 'FILE NAME=' for a new project)",
                EXIT_USAGE,
            )
        matches[name.strip()] = stored.strip()
    return matches


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
