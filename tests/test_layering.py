"""The layering of the house, held by its import graph and by what importing a module really loads.

- records import nothing of the scanner but records;
- recognizers never import the scanner; sources never import the engine;
- the engine never imports the CLI, reports, the gate or the daemon;
- reports and the gate import records, never the pipeline or the chunk scanner;
- rule packs never import the gate, which comes after them in the flow;
- nothing imports benchmarks; no two packages import each other, directly or round a cycle.

The graph counts every import statement, also those inside functions and under TYPE_CHECKING.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import REPO
from logscrub.recognizers import DEFAULT_REGIONS
from logscrub.scanner.records.scan_settings import ScanSettings
from logscrub.scanner.records.taxonomy import Classification, Taxonomy

PACKAGE_FOLDERS = {
    "scanner": "logscrub.scanner",
    "recognizers": "logscrub.recognizers",
    "rules": "logscrub.rules",
}
# Run by hand to rebuild shipped data (see their docstrings), never imported by the package.
SCRIPTS = {"logscrub.rules.build_common_words", "logscrub.rules.build_name_gazetteers"}


def _modules() -> Iterator[tuple[str, Path]]:
    for folder, package in PACKAGE_FOLDERS.items():
        for path in sorted((REPO / folder).rglob("*.py")):
            parts = path.relative_to(REPO / folder).with_suffix("").parts
            name = ".".join((package, *parts)).removesuffix(".__init__")
            if name not in SCRIPTS:
                yield name, path


def _imports(path: Path) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
        elif isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)


def _unit(module: str) -> str:
    """The package a module belongs to, for layering: a subpackage of the scanner, a loose module of
    it, or a top-level package (`benchmarks`, `logscrub.recognizers`)."""
    parts = module.split(".")
    if parts[:2] == ["logscrub", "scanner"]:
        return ".".join(parts[:3])
    return ".".join(parts[:2]) if parts[0] == "logscrub" else parts[0]


GRAPH: dict[str, set[str]] = {}
for _name, _path in _modules():
    GRAPH.setdefault(_unit(_name), set()).update(
        _unit(m) for m in _imports(_path) if m.startswith("logscrub") or m.split(".")[0] == "benchmarks"
    )
for _unit_name, _targets in GRAPH.items():
    _targets.discard(_unit_name)

RECORDS = "logscrub.scanner.records"
FORBIDDEN = [
    ("logscrub.recognizers", "logscrub.scanner"),
    ("logscrub.scanner.sources", "logscrub.scanner.engine"),
    *(("logscrub.scanner.engine", f"logscrub.scanner.{p}") for p in ("cli", "reports", "gate", "watch")),
    *(
        (f"logscrub.scanner.{p}", f"logscrub.scanner.{w}")
        for p in ("reports", "gate")
        for w in ("pipeline", "chunk_scan", "field_scan", "run_workers")
    ),
    ("logscrub.scanner.rulepacks", "logscrub.scanner.gate"),
]


def _reaches(source: str, target: str) -> bool:
    """Whether `source` imports something starting with `target`, directly (the graph's edges)."""
    return any(t == target or t.startswith(target + ".") for t in GRAPH.get(source, ()))


@pytest.mark.parametrize(("source", "target"), FORBIDDEN, ids=lambda v: v.removeprefix("logscrub."))
def test_a_layer_never_imports_what_sits_above_it(source: str, target: str) -> None:
    assert source in GRAPH, f"{source}: no such package"
    assert not _reaches(source, target)


def test_records_import_only_records() -> None:
    assert GRAPH[RECORDS] <= {"logscrub.scanner"}, GRAPH[RECORDS]  # the scanner's __init__: its version


def test_nothing_imports_benchmarks() -> None:
    assert not [unit for unit, targets in GRAPH.items() if "benchmarks" in targets]


def test_no_cycles_between_packages() -> None:
    cycles = [component for component in _strongly_connected(GRAPH) if len(component) > 1]
    assert not cycles, cycles


def _strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components (iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph.get(root, ()))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, targets = work[-1]
            target = next(targets, None)
            if target is not None:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(graph.get(target, ())))))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(component)
    return components


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert sorted(map(sorted, _strongly_connected({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}))) == [
        ["a", "b", "c"],
        ["d"],
    ]


# What importing a package's modules loads, in a fresh interpreter: the graph above cannot see imports
# made by name (importlib) or by a third-party package calling back. Every module of the package is
# imported, as the package's users may import any of them.
PIPELINE = tuple(f"logscrub.scanner.{w}" for w in ("pipeline", "chunk_scan", "field_scan", "run_workers"))
HEAVY = ("presidio_analyzer", "spacy", "ahocorasick")  # the detection's libraries
RECOGNIZING = tuple(f"logscrub.recognizers.{p}" for p in ("generic", "se", "default_set", "_presidio_core"))
LOADED_NEVER = {
    "logscrub.recognizers": ("logscrub.scanner",),
    # The sources read a helper's data (the mail headers that hold message ids), never a recognizer.
    "logscrub.scanner.sources": ("logscrub.scanner.engine", *PIPELINE, *RECOGNIZING, *HEAVY),
    "logscrub.scanner.reports": ("logscrub.scanner.engine", "logscrub.recognizers", *PIPELINE, *HEAVY),
    "logscrub.scanner.gate": ("logscrub.scanner.engine", "logscrub.recognizers", *PIPELINE, *HEAVY),
    "logscrub.scanner.engine": tuple(f"logscrub.scanner.{p}" for p in ("cli", "reports", "gate", "watch")),
}


def _loaded_by(package: str) -> list[str]:
    """The modules in sys.modules after importing every module of `package` in a fresh interpreter."""
    probe = (
        "import importlib, json, sys\n"
        "for name in sys.argv[1:]:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    modules = [name for name, _ in _modules() if name == package or name.startswith(package + ".")]
    assert modules, f"{package}: no such package"
    done = subprocess.run(
        [sys.executable, "-c", probe, *modules], capture_output=True, text=True, check=True, timeout=120
    )
    loaded: list[str] = json.loads(done.stdout)
    return loaded


def _within(name: str, packages: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in packages)


@pytest.mark.parametrize("package", LOADED_NEVER, ids=lambda v: v.removeprefix("logscrub."))
def test_importing_a_package_loads_nothing_above_it(package: str) -> None:
    assert [name for name in _loaded_by(package) if _within(name, LOADED_NEVER[package])] == []


def test_importing_the_records_loads_only_records() -> None:
    """The records (ScanSettings among them) are data: importing them loads nothing of the scanner but
    records (and the scanner's __init__, its version), nor any library of the detection."""
    loaded = _loaded_by(RECORDS)
    scanner = [n for n in loaded if n.startswith("logscrub") and not _within(n, (RECORDS,))]
    assert scanner == ["logscrub", "logscrub.scanner"]
    assert [name for name in loaded if _within(name, HEAVY)] == []


def test_the_settings_default_regions_are_the_recognizers() -> None:
    """ScanSettings writes the recognizers' DEFAULT_REGIONS out, as records cannot import recognizers."""
    assert ScanSettings(Taxonomy((), {}, Classification("", "")), b"").regions == DEFAULT_REGIONS


def test_the_readme_layout_gives_every_package_and_loose_module_a_row() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    layout = readme.split("## Layout", 1)[1].split("\n## ", 1)[0]
    scanner = REPO / "scanner"
    parts = [f"scanner/{p.name}/" for p in scanner.iterdir() if (p / "__init__.py").is_file()]
    parts += [f"scanner/{p.name}" for p in scanner.glob("*.py") if p.name != "__init__.py"]
    parts += [f"{folder}/" for folder in (*PACKAGE_FOLDERS, "benchmarks", "fixtures", "tests")][1:]
    rows = [line.split(" | ")[0].removeprefix("| ") for line in layout.splitlines() if line.startswith("| `")]
    assert sorted(rows) == sorted(f"`{part}`" for part in parts)  # one row each
