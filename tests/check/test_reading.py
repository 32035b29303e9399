"""The structure checks' text (fanwen.check.reading), on the cases both engines run."""

from __future__ import annotations

import pytest
import yaml

from fanwen.analyze.snippets import default_library
from fanwen.check.reading import plain_text, simplified_table, structure_text, vocabulary
from fanwen.check.surface import surface_findings
from helpers import DATA

# Also copied into the golden file, for the browser engine.
CASES = yaml.safe_load((DATA / "reading_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_structure_text(case: dict) -> None:
    table = simplified_table(vocabulary(default_library()))
    plain = plain_text(case["draft"], table)
    assert structure_text(plain, surface_findings(plain)) == case["read"]


def test_table_maps_one_character_to_one_of_the_rules() -> None:
    table = simplified_table(vocabulary(default_library()))
    words = set("".join(vocabulary(default_library())))
    assert table["實"] == "实" and table["態"] == "态"
    assert all(len(t) == len(s) == 1 and s in words and t != s for t, s in table.items())
