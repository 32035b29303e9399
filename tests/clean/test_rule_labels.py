"""Every cleaning rule that fires on a real page has a Chinese label, which the exemplar page's
cleaning log shows in place of the rule's name (data/rule_labels.yaml, noise.yaml's about)."""

from __future__ import annotations

import re

from test_clean_cases import CODE_RULES

from fanwen.bench.realsplit import load_sets, set_pages
from fanwen.clean.pipeline import fix_and_explain
from fanwen.clean.tables import rule_label, rule_labels

CJK = re.compile("[\u4e00-\u9fff]")


def test_every_code_rule_has_a_chinese_label() -> None:
    missing = sorted(r for r in CODE_RULES if not CJK.search(rule_labels().get(r, "")))
    assert not missing


def test_every_rule_that_fires_on_the_development_pages_reads_in_chinese() -> None:
    fired = {
        c.rule
        for _, raw, _ in set_pages(load_sets().development)
        for c in fix_and_explain(raw).changes
    }
    assert len(fired) >= 40
    unlabelled = sorted(r for r in fired if not CJK.search(rule_label(r)))
    assert not unlabelled
