"""Table-driven cleaning tests: tests/data/clean_cases.yaml and the examples in noise.yaml.

Every case is a scraped page (or a set of report sentences that must survive) with the
exact cleaned text; the log must rebuild the input, name the rules a case expects and
none of the rules it forbids. Every example written beside a noise rule must be caught by
that very rule, and every pattern in the data files must compile.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from fanwen.clean.pipeline import fix_and_explain
from fanwen.clean.tables import char_table, compile_any, expand, noise_table
from helpers import DATA

CASES_PATH = DATA / "clean_cases.yaml"

# Rule names written by the fixers in code (fixers.py, layout.py, noise.py); the names of
# the data-driven noise rules come from noise.yaml. A case naming anything else is a typo.
CODE_RULES = frozenset(
    {
        "line_breaks",
        "invisible",
        "control_chars",
        "html_entities",
        "fullwidth_alnum",
        "traditional_to_simplified",
        "pinyin_debris",
        "markdown_heading",
        "markdown_bold",
        "repeated_title",
        "bundle_labels",
        "shared_title",
        "picture_caption",
        "doubled_marks",
        "placeholder",
        "placeholder_gap",
        "indent",
        "trailing_space",
        "space_in_chinese",
        "space_fold",
        "pdf_line_join",
        "inline_heading",
        "run_on_title",
        "bundle_count",
        "run_on_paragraph",
        "page_marker",
        "broken_title",
        "dangling_heading_number",
        "lone_heading_number",
        "line_classifier",
        "blank_lines",
        "final_newline",
        "fullwidth_punctuation",
        "fullwidth_brackets",
        "quote_pairs",
    }
)


def noise_rule_names() -> set[str]:
    table = noise_table()
    groups = (table.lines, table.spans, table.tails, table.title_suffixes)
    return {rule.name for group in groups for rule in group}


@dataclass(frozen=True)
class Case:
    label: str
    input: str
    expected: str
    rules: tuple[str, ...] = ()
    forbid: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()


REQUIRED = {"label", "input", "expected"}
OPTIONAL = {"rules", "forbid", "flags"}


def _string_list(raw: dict, key: str, where: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ValueError(f"{where}: {key} must be a list of non-empty strings")
    return tuple(value)


def load_cases(path: Path = CASES_PATH) -> list[Case]:
    """Read and check the case table; any malformed entry is an error, not a skip."""
    raw_cases = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw_cases, list) or not raw_cases:
        raise ValueError(f"{path}: expected a non-empty list of cases")
    known_rules = CODE_RULES | noise_rule_names()
    cases: list[Case] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_cases):
        where = f"{path.name} case {index}"
        if not isinstance(raw, dict):
            raise ValueError(f"{where}: a case is a mapping")
        keys = set(raw)
        if REQUIRED - keys:
            raise ValueError(f"{where}: missing {sorted(REQUIRED - keys)}")
        if keys - REQUIRED - OPTIONAL:
            raise ValueError(f"{where}: unknown keys {sorted(keys - REQUIRED - OPTIONAL)}")
        label = raw["label"]
        if not isinstance(label, str) or not re.fullmatch(r"[a-z0-9_]+", label):
            raise ValueError(f"{where}: label must be snake_case, got {label!r}")
        if label in seen:
            raise ValueError(f"{where}: duplicate label {label!r}")
        seen.add(label)
        where = f"{path.name} case {label}"
        text, expected = raw["input"], raw["expected"]
        if not isinstance(text, str) or not isinstance(expected, str) or not text.strip():
            raise ValueError(f"{where}: input and expected must be strings, input non-empty")
        if not expected.endswith("\n") or expected.endswith("\n\n") or "\n\n" in expected:
            raise ValueError(f"{where}: expected must end in one newline, with no blank lines")
        if "\r" in expected or expected.startswith("\n"):
            raise ValueError(f"{where}: expected must use LF and not start with a blank line")
        case = Case(
            label=label,
            input=text,
            expected=expected,
            rules=_string_list(raw, "rules", where),
            forbid=_string_list(raw, "forbid", where),
            flags=_string_list(raw, "flags", where),
        )
        unknown = set(case.rules + case.forbid) - known_rules
        if unknown:
            raise ValueError(f"{where}: unknown rule names {sorted(unknown)}")
        if set(case.rules) & set(case.forbid):
            raise ValueError(f"{where}: a rule is both required and forbidden")
        cases.append(case)
    return cases


CASES = load_cases()


@pytest.mark.parametrize("case", CASES, ids=[c.label for c in CASES])
def test_cleaned_text_is_exact(case: Case) -> None:
    assert fix_and_explain(case.input).text == case.expected


@pytest.mark.parametrize("case", CASES, ids=[c.label for c in CASES])
def test_log_rebuilds_input(case: Case) -> None:
    assert fix_and_explain(case.input).rebuild() == case.input


@pytest.mark.parametrize("case", CASES, ids=[c.label for c in CASES])
def test_rules_that_fired(case: Case) -> None:
    result = fix_and_explain(case.input)
    fired = {change.rule for change in result.changes}
    assert set(case.rules) <= fired, f"missing: {sorted(set(case.rules) - fired)}"
    assert not set(case.forbid) & fired, f"forbidden: {sorted(set(case.forbid) & fired)}"
    flagged = [flag.text for flag in result.flags]
    assert set(case.flags) <= set(flagged), f"not flagged: {sorted(set(case.flags) - set(flagged))}"


@pytest.mark.parametrize("case", CASES, ids=[c.label for c in CASES])
def test_cleaning_the_expected_text_changes_nothing(case: Case) -> None:
    assert fix_and_explain(case.expected).text == case.expected


def test_every_case_kind_is_covered() -> None:
    """Each data-driven noise rule is exercised by at least one whole-page case."""
    required = {name for case in CASES for name in case.rules}
    untested = noise_rule_names() - required
    assert not untested, f"noise rules without a case in {CASES_PATH.name}: {sorted(untested)}"


def test_loader_rejects_unknown_keys(tmp_path: Path) -> None:
    bad = tmp_path / "cases.yaml"
    bad.write_text('- {label: a, input: 甲, expected: "甲\\n", rule: [x]}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="unknown keys"):
        load_cases(bad)


def test_loader_rejects_unknown_rule_names(tmp_path: Path) -> None:
    bad = tmp_path / "cases.yaml"
    bad.write_text(
        '- {label: a, input: 甲, expected: "甲\\n", rules: [no_such_rule]}\n', encoding="utf-8"
    )
    with pytest.raises(ValueError, match="unknown rule names"):
        load_cases(bad)


def noise_examples() -> list[tuple[str, str]]:
    table = noise_table()
    groups = (table.lines, table.spans, table.tails, table.title_suffixes)
    return [(rule.name, example) for group in groups for rule in group for example in rule.examples]


EXAMPLES = noise_examples()


@pytest.mark.parametrize(
    ("rule", "example"), EXAMPLES, ids=[f"{rule}-{i}" for i, (rule, _) in enumerate(EXAMPLES)]
)
def test_noise_example_is_caught_by_its_own_rule(rule: str, example: str) -> None:
    result = fix_and_explain(example)
    fired = [change.rule for change in result.changes]
    assert rule in fired, f"{example!r} was handled by {fired}"
    assert result.rebuild() == example


def test_noise_patterns_compile() -> None:
    table = noise_table()
    macros = table.macros
    for name, macro in macros.items():
        re.compile(expand(macro, macros), re.IGNORECASE)
        assert name in {"url", "site", "cjk"} or macro
    for group in (table.lines, table.spans, table.title_suffixes):
        for rule in group:
            for pattern in rule.patterns:
                compile_any([pattern], macros, rule.name)
    for rule in table.tails:
        compile_any([rule.start], macros, rule.name)


def test_charmap_patterns_compile() -> None:
    table = char_table()
    re.compile(table.placeholders.runs)
    for suspect in table.suspects:
        re.compile(suspect.pattern)
    for note in table.notes:
        re.compile(note)


def test_rule_names_are_unique() -> None:
    table = noise_table()
    names = [
        rule.name
        for group in (table.lines, table.spans, table.tails, table.title_suffixes)
        for rule in group
    ]
    assert len(names) == len(set(names))
    assert not set(names) & CODE_RULES
