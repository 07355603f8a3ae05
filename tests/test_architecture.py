"""The layering docs/architecture.md promises: which package may import which, no cycles."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import maritime

ROOT = Path(maritime.__file__).parent

# Package (or loose module) -> what it may import of maritime (docs/architecture.md).
ALLOWED = {
    "types": set(),
    "errors": set(),
    "config": set(),
    "text": set(),
    "read": {"errors"},
    "geo": {"text", "errors"},
    "extract": {"read", "geo", "text", "types"},
    "db": {"geo", "types", "errors"},
    "resolve": {"db", "extract", "geo", "read", "types", "errors"},
    "query": {"db", "geo", "types", "errors"},
    "ingest": {"read", "extract", "resolve", "db", "errors"},
    "evaluate": {"ingest", "read", "db", "query", "types", "errors"},
    "live": {"ingest", "read", "db", "errors"},
    "cli": {
        "config",
        "errors",
        "types",
        "read",
        "geo",
        "extract",
        "db",
        "resolve",
        "query",
        "ingest",
        "evaluate",
        "live",
    },
    "docs": {"cli", "db"},
    "__main__": {"cli"},
}
LOOSE_LIMIT = 7


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _exists(name: str) -> bool:
    path = ROOT.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _imports() -> dict[str, set[str]]:
    """Module -> the maritime modules it imports, wherever the import statement is."""
    graph: dict[str, set[str]] = defaultdict(set)
    for path in ROOT.rglob("*.py"):
        module = _module_name(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("maritime"):
                names = [f"{node.module}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names if a.name.startswith("maritime")]
            for name in names:
                while not _exists(name):
                    name = name.rpartition(".")[0]
                if name not in ("maritime", module):
                    graph[module].add(name)
    return graph


def _unit(module: str) -> str:
    return module.split(".")[1]


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph, if it has any (depth-first search)."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_packages_import_only_what_the_architecture_allows() -> None:
    wrong = sorted(
        f"{module} imports {target}"
        for module, targets in _imports().items()
        for target in targets
        if _unit(module) != _unit(target) and _unit(target) not in ALLOWED[_unit(module)]
    )
    assert wrong == []


def test_no_import_cycle_between_modules_or_packages() -> None:
    modules = _imports()
    packages: dict[str, set[str]] = defaultdict(set)
    for module, targets in modules.items():
        packages[_unit(module)] |= {_unit(t) for t in targets if _unit(t) != _unit(module)}
    assert _cycle(modules) is None
    assert _cycle(packages) is None


def test_the_top_of_the_package_stays_small() -> None:
    loose = sorted(path.name for path in ROOT.glob("*.py"))
    assert len(loose) <= LOOSE_LIMIT, loose
    assert {p.stem for p in ROOT.glob("*.py")} | {
        p.name for p in ROOT.iterdir() if (p / "__init__.py").is_file()
    } <= {*ALLOWED, "__init__"}
