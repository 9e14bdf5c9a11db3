"""Every runtime dependency is used by the program, and the program imports
nothing it does not declare (issue 14 §6): read from pyproject.toml and from
every import statement in src/ (at the top or inside functions)."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared() -> set[str]:
    """The distributions pyproject's [project] dependencies name."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {_canonical(re.split(r"[<>=!~;\[ ]", spec, maxsplit=1)[0]) for spec in project["dependencies"]}


def _imported_modules() -> set[str]:
    """The top-level names src/ imports from outside the standard library and itself."""
    found = set()
    for path in (ROOT / "src" / "dctracker").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"dctracker", "__future__"}


def _distributions(modules: set[str]) -> dict[str, set[str]]:
    """module -> the installed distributions providing it (empty: none installed)."""
    provided = importlib.metadata.packages_distributions()
    return {m: {_canonical(d) for d in provided.get(m, [])} for m in modules}


def test_each_runtime_dependency_is_imported_by_the_program() -> None:
    used = set().union(*_distributions(_imported_modules()).values())
    assert _declared() - used == set()


def test_the_program_imports_only_what_it_declares() -> None:
    undeclared = {m for m, dists in _distributions(_imported_modules()).items() if not dists & _declared()}
    assert undeclared == set()
