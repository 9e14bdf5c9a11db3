"""ui/ has no import cycles, and features see the window only through
window_api.FeatureWindow (issue 14 §5: the 13-file cycle through main_window)."""

from __future__ import annotations

import ast
from collections.abc import Collection, Iterator
from pathlib import Path

import dctracker

SRC = Path(dctracker.__file__).resolve().parent.parent
UI = SRC / "dctracker" / "ui"
# The window's own two halves; everything else attaches as a feature.
MAY_NAME_MAIN_WINDOW = {"dctracker.ui.window_actions"}


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imported_names(
    tree: ast.AST, module: str, is_package: bool, type_only: bool, modules: Collection[str]
) -> Iterator[str]:
    """Every module named by an import anywhere in `tree` (in functions too:
    they run), skipping `if TYPE_CHECKING:` blocks unless `type_only`.
    `from X import Y` names X.Y if that is one of `modules`, else X."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node.test) and not type_only:
            for other in node.orelse:
                yield from _imported_names(ast.Module([other], []), module, is_package, type_only, modules)
            continue
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = module.split(".")[: None if is_package else -1]
                package = package[: len(package) - node.level + 1]
                base = ".".join([*package, base] if base else package)
            for alias in node.names:
                yield f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
        yield from _imported_names(node, module, is_package, type_only, modules)


def import_graph(package: Path, root: Path, type_only: bool = False) -> dict[str, set[str]]:
    """Module -> the modules of `package` it imports."""
    files = {module_name(p, root): p for p in package.rglob("*.py")}
    graph = {}
    for name, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = _imported_names(tree, name, path.name == "__init__.py", type_only, files)
        graph[name] = {n for n in names if n in files and n != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while (top := stack.pop()) != node:
                component.append(top)
            if component:
                found.append(sorted([node, *component]))

    for node in graph:
        if node not in index:
            visit(node)
    return found


def test_the_finder_sees_a_cycle_but_not_through_type_checking(tmp_path: Path) -> None:
    pkg = tmp_path / "app"
    (pkg / "feature").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "window.py").write_text("from app.feature import attach\n")
    (pkg / "feature" / "__init__.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from app.window import Window\n"
        "def attach():\n    from . import tab\n"
    )
    (pkg / "feature" / "tab.py").write_text("")
    assert cycles(import_graph(pkg, tmp_path)) == []
    assert cycles(import_graph(pkg, tmp_path, type_only=True)) == [["app.feature", "app.window"]]
    (pkg / "feature" / "tab.py").write_text("def f():\n    from ..window import Window\n")
    assert cycles(import_graph(pkg, tmp_path)) == [["app.feature", "app.feature.tab", "app.window"]]


def test_ui_has_no_import_cycles() -> None:
    assert cycles(import_graph(UI, SRC)) == []


def test_features_see_the_window_only_through_its_protocol() -> None:
    """Not even for type checking: the features' type-only imports of
    MainWindow made the 13-module cycle of issue 14."""
    graph = import_graph(UI, SRC, type_only=True)
    naming = {name for name, imported in graph.items() if "dctracker.ui.main_window" in imported}
    assert naming <= MAY_NAME_MAIN_WINDOW
