"""One clock: what the program calls "now" can be moved, and everything follows it."""

from __future__ import annotations

import ast
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from dctracker.domain import clock

KST = timezone(timedelta(hours=9))
SOURCE = Path(__file__).resolve().parents[2] / "src" / "dctracker"

# Calls that read the machine's clock directly, by (object, attribute).
SYSTEM_CLOCK_CALLS = {
    ("date", "today"),
    ("datetime", "now"),
    ("datetime", "today"),
    ("datetime", "utcnow"),
    ("QDate", "currentDate"),
    ("QDateTime", "currentDateTime"),
}


def test_frozen_moves_now_and_today_and_restores_them() -> None:
    before = clock.now()
    with clock.frozen(datetime(2031, 6, 30, 23, 30, tzinfo=KST)):
        assert clock.now() == datetime(2031, 6, 30, 23, 30, tzinfo=KST)
        assert clock.today() == date(2031, 6, 30)
    assert clock.now() - before < timedelta(minutes=5)


def test_a_naive_time_is_read_as_local_time() -> None:
    with clock.frozen(datetime(2030, 1, 1, 12, 0)):
        assert clock.now().tzinfo is not None
        assert clock.now().replace(tzinfo=None) == datetime(2030, 1, 1, 12, 0)


def _clock_reads(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and (node.func.value.id, node.func.attr) in SYSTEM_CLOCK_CALLS
        ):
            found.append(f"{path.relative_to(SOURCE)}:{node.lineno} {node.func.value.id}.{node.func.attr}()")
    return found


def test_only_the_clock_module_reads_the_system_clock() -> None:
    reads = [
        hit
        for path in sorted(SOURCE.rglob("*.py"))
        if path != SOURCE / "domain" / "clock.py"
        for hit in _clock_reads(path)
    ]
    assert reads == []
