"""Conformance of the Python draft checker (the node test holds the browser engine to the same).

Every case of ``tests/data/draft_cases.yaml`` and every hit and pass of
``snippets/formulations.yaml`` runs through :func:`fanwen.check.draft.check_text`; the
golden file the browser tests read must be current (``FANWEN_UPDATE_GOLDEN=1`` rewrites it).
"""

from __future__ import annotations

import os

import pytest
from draft_golden import GOLDEN_FILE, check_case_text, golden_text, load_cases

from fanwen.check.findings import Finding

UPDATE = os.environ.get("FANWEN_UPDATE_GOLDEN") == "1"
CASES = load_cases()


def forbidden(finding: Finding, rules: list[str]) -> bool:
    """Is the finding's rule one of ``rules``, or under one of them (``noise`` -> noise.*)?"""
    return any(finding.rule == r or finding.rule.startswith(r + ".") for r in rules)


def check_case(case: dict, findings: list[Finding]) -> list[str]:
    """What is wrong with ``findings`` for ``case`` (empty when all is well)."""
    got = {(f.rule, f.text, f.subject) for f in findings}
    problems = []
    for want in case.get("expect", []):
        if not any(
            rule == want["rule"] and text == want["text"] and want.get("subject") in (None, subject)
            for rule, text, subject in got
        ):
            problems.append(f"missing {want}")
    problems += [
        f"forbidden {f.rule} {f.text!r}" for f in findings if forbidden(f, case.get("forbid", []))
    ]
    return problems


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_python_engine_meets_the_case(case: dict) -> None:
    findings = check_case_text(case).findings
    assert check_case(case, findings) == [], [(f.rule, f.text) for f in findings]


def test_every_case_expects_or_forbids_something() -> None:
    for case in CASES:
        assert case.get("expect") or case.get("forbid"), case["label"]


def test_every_check_has_a_positive_and_a_negative_case() -> None:
    kinds = {
        "placeholder", "noise", "mask", "typo", "formulation", "meeting", "copy",
        "structure.frame", "structure.order", "structure.opening", "structure.transition",
        "structure.assessment", "structure.events", "structure.data", "structure.answers",
        "structure.answers.parts", "structure.duties", "year.stale", "year.plan", "year.campaign",
        "year.title",
    }  # fmt: skip
    for kind in kinds:
        positive = [
            c for c in CASES if any(forbidden_rule(e["rule"], kind) for e in c.get("expect", []))
        ]
        negative = [c for c in CASES if any(kind.startswith(r) for r in c.get("forbid", []))]
        assert positive and negative, kind


def forbidden_rule(rule: str, kind: str) -> bool:
    return rule == kind or rule.startswith(kind + ".")


def test_the_browser_golden_file_is_current() -> None:
    text = golden_text()
    if UPDATE:
        GOLDEN_FILE.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN_FILE.write_text(text, encoding="utf-8")
    assert GOLDEN_FILE.read_text(encoding="utf-8") == text, (
        f"{GOLDEN_FILE} is stale: run FANWEN_UPDATE_GOLDEN=1 make test and review the diff"
    )
