"""The package's shape: data flows one way (text → morph → glossary → terms → catalog → [tm,
align] → checks → report → cli) and no module imports itself back through others.

Read from the source with `ast`, so imports inside functions count too: a cycle hidden in a
function still makes the modules impossible to understand (or load) one at a time.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "translate"
#: the layers, lowest first; a module may import its own layer and those before it (the
#: translation memory and the aligner build on catalogues, and only the CLI uses them)
LAYERS = [
    ("text",),
    ("morph",),
    ("glossary",),
    ("terms",),
    ("catalog",),
    ("tm", "align"),
    ("checks",),
    ("report",),
    ("cli",),
]
#: known exceptions, each with its way out (none today: the glossary's gettext export moved to
#: `translate.catalog.glossary_po`, issue 14 §1)
UPWARD_ALLOWED: set[str] = set()


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[str]]:
    """module → the translate modules it imports (a `from pkg import mod` names the module)."""
    files = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                if not node.module.startswith("translate"):
                    continue
                subs = {f"{node.module}.{a.name}" for a in node.names} & files.keys()
                # `from translate.checks import terms` loads the package too; count the
                # submodule alone when every name is one, as Python resolves it without a cycle
                if len(subs) < len(node.names):
                    deps.add(node.module)
                deps |= subs
            elif isinstance(node, ast.Import):
                deps |= {a.name for a in node.names if a.name.startswith("translate")}
        graph[name] = deps & files.keys()
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_no_import_cycles() -> None:
    assert _cycles(_imports()) == []


def test_cycle_finder_sees_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def _layer(module: str) -> int:
    """The module's layer, -1 for the modules every layer may use (errors, fileio, config)."""
    parts = module.split(".")
    if len(parts) > 1:
        for i, layer in enumerate(LAYERS):
            if parts[1] in layer:
                return i
    return -1


def test_imports_never_run_back_up_the_layers() -> None:
    upward = sorted(
        f"{m} imports {d}"
        for m, deps in _imports().items()
        for d in deps
        if _layer(m) >= 0 and _layer(d) > _layer(m)
    )
    assert upward == []
