"""The package reads as the pipeline: a folder per stage, imports only run forward.

Stages in the order data flows: intake -> clean -> analyze -> aids -> check -> render. The outer
layer (corpus, bench, cli) may import any stage; ``errors`` and ``datafile`` are the base every
layer may import. Only ``scripts/mkdocs_hooks.py`` imports mkdocs. From outside a stage (a later
stage, the outer layer, the hook) only the modules its ``__init__`` lists in ``__all__`` may be
imported: the rest is the stage's own business.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from helpers import ROOT

PACKAGE = ROOT / "scripts" / "fanwen"
STAGES = ("intake", "clean", "analyze", "aids", "check", "render")
RANK = {
    "errors": 0,
    "datafile": 0,
    **{stage: k + 1 for k, stage in enumerate(STAGES)},
    "corpus": 7,
    "bench": 8,
    "cli": 9,
}
MAX_LINES = 400
MODULES = sorted(PACKAGE.rglob("*.py"))
HOOK = ROOT / "scripts" / "mkdocs_hooks.py"


def part_of(module: tuple[str, ...]) -> str:
    """The layer a module belongs to: its stage folder, or its own name at the top.

    >>> part_of(("clean", "noise")), part_of(("corpus",))
    ('clean', 'corpus')
    """
    return module[0]


def imported(source: str, here: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The fanwen modules that ``source`` (the module ``here``) imports, relative ones resolved.

    >>> imported("from ..render.pages import nav\\nfrom . import noise", ("clean", "chars"))
    [('render', 'pages'), ('clean', 'noise')]
    """
    package = here[:-1]
    found: list[tuple[str, ...]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - (node.level - 1)]
            if node.module:
                found.append(base + tuple(node.module.split(".")))
            else:
                found += [(*base, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("fanwen."):
            found.append(tuple(node.module.split(".")[1:]))
        elif isinstance(node, ast.Import):
            found += [
                tuple(a.name.split(".")[1:]) for a in node.names if a.name.startswith("fanwen.")
            ]
    return found


def backwards(source: str, here: tuple[str, ...]) -> list[str]:
    """Imports of ``source`` that reach a later layer than its own."""
    return [
        ".".join(target)
        for target in imported(source, here)
        if RANK[part_of(target)] > RANK[part_of(here)]
    ]


def test_every_top_level_part_has_a_rank() -> None:
    parts = {p.relative_to(PACKAGE).parts[0].removesuffix(".py") for p in MODULES}
    assert parts - {"__init__"} == set(RANK)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_never_run_backwards(path: Path) -> None:
    here = path.relative_to(PACKAGE).with_suffix("").parts
    if here == ("__init__",):
        return
    found = backwards(path.read_text(encoding="utf-8"), here)
    assert not found, f"{'.'.join(here)} imports later layers: {found}"


@pytest.mark.parametrize(
    ("label", "source", "here", "expected"),
    [
        (
            "clean imports render",
            "from ..render.pages import nav\n",
            ("clean", "noise"),
            ["render.pages"],
        ),
        (
            "analyze imports corpus",
            "from ..corpus import load_corpus\n",
            ("analyze", "roles"),
            ["corpus"],
        ),
        ("absolute import", "import fanwen.aids.terms\n", ("analyze", "roles"), ["aids.terms"]),
        (
            "render imports clean",
            "from ..clean.exemplar import Exemplar\n",
            ("render", "pages"),
            [],
        ),
        ("same stage", "from . import fixers\n", ("clean", "pipeline"), []),
        ("outer imports stage", "from .render.pages import nav\n", ("cli",), []),
    ],
)
def test_the_check_tells_forward_from_backward(label, source, here, expected) -> None:
    assert backwards(source, here) == expected


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_modules_stay_small(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{path.name} has {lines} lines"


@pytest.mark.parametrize("stage", STAGES)
def test_each_stage_says_what_comes_in_and_goes_out(stage: str) -> None:
    doc = ast.get_docstring(ast.parse((PACKAGE / stage / "__init__.py").read_text("utf-8")))
    assert doc and "In:" in doc and "Out:" in doc


def test_only_the_hook_imports_mkdocs() -> None:
    users = [
        str(p.relative_to(ROOT))
        for p in MODULES
        if any(
            (isinstance(n, ast.Import) and any(a.name.split(".")[0] == "mkdocs" for a in n.names))
            or (isinstance(n, ast.ImportFrom) and (n.module or "").split(".")[0] == "mkdocs")
            for n in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
        )
    ]
    assert users == []


def public(stage: str) -> set[str]:
    """The modules a stage's ``__init__`` lists in ``__all__``.

    >>> sorted(public("aids"))
    ['compare', 'phrases', 'skeleton', 'terms']
    """
    tree = ast.parse((PACKAGE / stage / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            return set(ast.literal_eval(node.value))
    return set()


def reached(source: str, here: tuple[str, ...]) -> list[tuple[str, str]]:
    """(stage, module) of every import of ``source`` into another stage than its own.

    >>> reached("from ..analyze import roles, structure\\n", ("check", "x"))
    [('analyze', 'roles'), ('analyze', 'structure')]
    >>> reached("from fanwen.clean.noise import TITLE_MAX\\nfrom . import y", ("check", "x"))
    [('clean', 'noise')]
    """
    out = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.ImportFrom):
            continue
        targets = imported(ast.unparse(node), here)
        for target in targets:
            if target[0] not in STAGES or target[0] == here[0]:
                continue
            if len(target) > 1:
                out.append((target[0], target[1]))
            else:
                out += [(target[0], alias.name) for alias in node.names]
    return out


@pytest.mark.parametrize(
    "path", [*MODULES, HOOK], ids=lambda p: str(p.relative_to(ROOT / "scripts"))
)
def test_other_stages_import_only_a_stage_s_public_modules(path: Path) -> None:
    here = path.relative_to(PACKAGE).with_suffix("").parts if path != HOOK else ("hooks",)
    private = [
        f"{stage}.{module}"
        for stage, module in reached(path.read_text(encoding="utf-8"), here)
        if module not in public(stage)
    ]
    assert not private, f"{'.'.join(here)} imports modules its stages keep private: {private}"


def test_the_public_check_rejects_a_private_module() -> None:
    assert reached("from ..check.common import Common\n", ("render", "x")) == [("check", "common")]
    assert "common" not in public("check") and "draft" in public("check")
