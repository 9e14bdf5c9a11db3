"""The store's shape (issue 14 §5): no import runs in a circle inside store/,
and outside it the database is reached only through Store's methods."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "dctracker"
STORE = PACKAGE / "store"


def _name(path: Path) -> str:
    parts = ("dctracker", *path.relative_to(PACKAGE).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported_modules(path: Path, known: set[str]) -> set[str]:
    """The package's modules `path` imports anywhere (top, functions, TYPE_CHECKING)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found & known


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One cycle in `graph` (a path from a module back to itself), or []."""
    done: set[str] = set()

    def visit(node: str, trail: list[str]) -> list[str]:
        if node in trail:
            return trail[trail.index(node) :] + [node]
        if node in done:
            return []
        for nxt in sorted(graph[node]):
            found = visit(nxt, [*trail, node])
            if found:
                return found
        done.add(node)
        return []

    for start in sorted(graph):
        found = visit(start, [])
        if found:
            return found
    return []


def test_no_module_of_the_store_imports_itself_round_a_circle() -> None:
    paths = {_name(p): p for p in STORE.rglob("*.py")}
    known = set(paths)
    # A package's __init__ runs first on any import of its modules: an edge to
    # the package is one to its __init__, which is what a cycle goes through.
    graph = {name: _imported_modules(path, known) - {name} for name, path in paths.items()}
    assert _cycle(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) == []


# Outside store/, the database is reached through Store alone: no connection
# (`.db`), no transaction but Store.transaction(), no reads module called with
# a store. Files on disk are another matter: backups, checks and inspect_file
# take a path (store/file), and records' types may be imported.
INTERNAL = (
    "dctracker.store.reads",
    "dctracker.store.records.restore",
    "dctracker.store.file.repair",
    "dctracker.store.file.connection",
    "dctracker.store.file.database.transaction",
)


def _reaches_in(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr == "db":
            found.append(f"line {node.lineno}: .db")
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = {node.module, *(f"{node.module}.{alias.name}" for alias in node.names)}
            found += [f"line {node.lineno}: {n}" for n in sorted(names) if n.startswith(INTERNAL)]
    return found


def test_outside_the_store_the_database_is_reached_through_store_alone() -> None:
    outside = [p for p in PACKAGE.rglob("*.py") if STORE not in p.parents]
    reaching = {_name(p): _reaches_in(p) for p in outside}
    assert {name: found for name, found in reaching.items() if found} == {}


def test_the_reach_in_finder_sees_the_connection_and_the_reads(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        "from dctracker.store.reads import queries\n"
        "from dctracker.store.file.database import transaction, inspect_file\n"
        "def f(store):\n    return store.db.conn\n"
    )
    assert _reaches_in(module) == [
        "line 1: dctracker.store.reads",
        "line 1: dctracker.store.reads.queries",
        "line 2: dctracker.store.file.database.transaction",
        "line 4: .db",
    ]
