"""Section templates: the real library loads, and every kind of mistake names file and field."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fanwen.analyze.snippets import ROLE_ORDER, fill, load_library
from fanwen.errors import CorpusError
from helpers import ROOT

SNIPPETS = ROOT / "snippets"


def test_real_library_has_every_role_with_two_variants() -> None:
    library = load_library(SNIPPETS)
    assert [t.id for t in library.ordered_roles()] == list(ROLE_ORDER)
    for template in library.roles.values():
        assert len(template.variants) >= 2
        for pattern in template.cues.headings + template.cues.transitions:
            re.compile(pattern)
    assert len(library.themes) >= 8 and len(library.duties) >= 8


def test_filled_variants_leave_no_marker() -> None:
    for template in load_library(SNIPPETS).roles.values():
        for variant in template.variants:
            shown = fill(variant.text, template.fields)
            assert "{" not in shown and "}" not in shown
            assert "〔" in shown


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "snippets"
    shutil.copytree(SNIPPETS, target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


MISTAKES = [
    ("unknown key", "roles/problems.yaml", "\nnotes:", "\nnotez: []\nnotes:", "notez"),
    ("missing field", "roles/causes.yaml", "\npurpose:", "\npurpose_gone:", "purpose"),
    (
        "unknown marker in a variant",
        "roles/opening.yaml",
        "{unit}",
        "{unti}",
        "unknown field {unti}",
    ),
    ("bad YAML", "roles/closing.yaml", "\nmoves:", "\nmoves: [unclosed", "invalid YAML"),
    ("theme without cues", "themes.yaml", "cues:", "cuez:", "cuez"),
    (
        "variant for a kind of body kinds.yaml does not list",
        "roles/next_steps.yaml",
        "kinds: [village]",
        "kinds: [villag]",
        "variants.9.kinds: unknown kind 'villag'",
    ),
    ("kind of body without a name", "kinds.yaml", "name: 医院党委", "nam: 医院党委", "nam"),
    ("kinds.yaml without periods", "kinds.yaml", "periods:", "period:", "period"),
]


@pytest.mark.parametrize(
    ("label", "name", "old", "new", "message"), MISTAKES, ids=[m[0] for m in MISTAKES]
)
def test_mistakes_name_file_and_field(
    folder: Path, label: str, name: str, old: str, new: str, message: str
) -> None:
    edit(folder / name, old, new)
    with pytest.raises(CorpusError) as err:
        load_library(folder)
    assert len(err.value.errors) == 1
    assert err.value.errors[0].path.endswith(name)
    assert message in str(err.value)


def test_missing_role_and_all_errors_at_once(folder: Path) -> None:
    (folder / "roles" / "causes.yaml").unlink()
    edit(folder / "roles" / "opening.yaml", "{unit}", "{unti}")
    with pytest.raises(CorpusError) as err:
        load_library(folder)
    messages = [str(e) for e in err.value.errors]
    assert any("causes.yaml: missing role template" in m for m in messages)
    assert any("opening.yaml" in m and "unti" in m for m in messages)


def test_field_declared_but_unused_is_an_error(folder: Path) -> None:
    edit(
        folder / "roles" / "opening.yaml",
        "fields:\n",
        "fields:\n  - {name: spare, label: 多余, example: 无}\n",
    )
    with pytest.raises(CorpusError, match="declared but used in no variant: spare"):
        load_library(folder)


def test_snippets_are_found_from_any_working_folder(tmp_path: Path) -> None:
    """Outside the project (fanwen check-draft ~/草稿.docx) the library is still the project's."""
    code = "from fanwen.analyze.snippets import snippets_folder; print(snippets_folder())"
    command = [sys.executable, "-c", code]
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, encoding="utf-8", check=True)
    assert Path(done.stdout.strip()) == ROOT / "snippets"
