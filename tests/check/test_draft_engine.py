"""The draft checker's parts: settings, positions, the regex rewrite, copying, the browser rules."""

from __future__ import annotations

import json
import re

import pytest
import yaml

from fanwen.check.browser_rules import exported_patterns, rules_for_browser
from fanwen.check.copies import Source, find_copies, keyed
from fanwen.check.draft import check_text
from fanwen.check.findings import position
from fanwen.check.jsregex import Unsupported, to_js
from fanwen.check.settings import draft_settings
from fanwen.check.surface import surface_findings, surface_specs
from fanwen.clean.tables import char_table, noise_table
from helpers import ROOT

CHECKLIST = yaml.safe_load((ROOT / "snippets" / "checklist.yaml").read_text(encoding="utf-8"))


def test_groups_are_those_of_the_checklist_and_every_rule_has_one() -> None:
    settings = draft_settings()
    assert set(settings.groups.values()) == {g["name"] for g in CHECKLIST["groups"]}
    rules = {s.rule for s in surface_specs()} | {f"structure.{k}" for k in (
        "frame", "order", "opening", "transition", "assessment", "events", "data", "answers",
        "duties")} | {"copy.run", "copy.share", "meeting.latest", "formulation.x"}  # fmt: skip
    for rule in rules:
        assert settings.group(rule)
        assert rule.startswith("formulation") or settings.severity_of(rule)
        own = ("noise.", "typo.", "formulation", "meeting")  # wording from their own data
        assert rule.startswith(own) or rule in settings.messages


def test_every_noise_rule_and_suspect_is_a_surface_rule() -> None:
    noise = noise_table()
    names = [r.name for r in [*noise.lines, *noise.tails, *noise.title_suffixes, *noise.spans]]
    specs = surface_specs()
    assert [s.rule for s in specs if s.rule.startswith("noise.")] == [f"noise.{n}" for n in names]
    assert sum(s.kind == "typo" for s in specs) == len(char_table().suspects)


def test_a_noise_finding_explains_itself_with_the_rule_about() -> None:
    about = {r.name: r.about for r in noise_table().spans}
    (found,) = surface_findings("确保落地见效。笔杆儿网www.bgzjy.cn")
    assert about["watermark"] in found.message and found.group == "干净可报"


def test_positions_are_lines_and_columns_of_the_text_as_read() -> None:
    check = check_text("2024年总结\r\n局党组召开会议*次。\r\n")
    (star,) = [f for f in check.findings if f.rule == "placeholder.run"]
    assert position(check.text, star.start) == (2, 8)
    assert star.text == "*"


@pytest.mark.parametrize(
    ("pattern", "flags", "source"),
    [
        (r"\d{2,}", {}, r"\p{Nd}{2,}"),
        (r"[^\s。]", {}, None),  # \s inside a class keeps Python's white space
        (r"a{,3}", {}, "a{0,3}"),
        ("x{y}", {}, r"x\{y\}"),
        ("[]a]", {}, r"[\]a]"),
        (r"\：\-", {}, "：-"),
        ("(?i)abc", {}, "abc"),
        ("a.b", {"dotall": True}, r"a[\s\S]b"),
    ],
)
def test_python_patterns_are_rewritten_for_javascript(pattern, flags, source) -> None:
    js = to_js(pattern, **flags)
    if source is not None:
        assert js["source"] == source
    assert js["flags"].endswith("u")
    assert ("i" in js["flags"]) == (pattern.startswith("(?i)") or flags.get("ignorecase", False))


@pytest.mark.parametrize("pattern", [r"(?>a)", r"a*+", r"[\W]", "a(?i:b)", r"\N{BULLET}"])
def test_what_javascript_cannot_say_is_refused(pattern: str) -> None:
    with pytest.raises(Unsupported):
        to_js(pattern)


def test_the_browser_rules_are_json_with_nothing_skipped() -> None:
    rules = rules_for_browser()
    assert rules["skipped"] == []
    assert json.loads(json.dumps(rules, ensure_ascii=False)) == rules
    assert len(exported_patterns()) > 200
    for pattern, _, _ in exported_patterns():
        re.compile(pattern)


def test_copy_keys_ignore_spacing_and_width() -> None:
    assert keyed("两个 维护,ＡＢ")[0] == keyed("两个\u200b维护，ab")[0]


def test_copies_are_linked_to_their_block_and_the_longest_run_wins() -> None:
    a = Source("a-2022", "b2", "甲局总结", "坚持把意识形态工作摆在突出位置，纳入重要议事日程。")
    b = Source("b-2023", "b5", "乙局总结", "坚持把意识形态工作摆在突出位置，与业务工作同部署。")
    draft = "我局坚持把意识形态工作摆在突出位置，纳入重要议事日程。其他内容自己写的。"
    share, run = find_copies(draft, [b, a])
    assert run.text == "坚持把意识形态工作摆在突出位置，纳入重要议事日程。"
    assert run.extra == {"slug": "a-2022", "block": "b2", "location": "exemplars/a-2022.html#b2"}
    assert 0.5 < share.extra["share"] < 1 and "甲局总结" in run.message
    assert find_copies("坚持把意识形态工作摆在", [a]) == []


def test_each_checklist_item_fails_exactly_when_a_finding_is_filed_under_it() -> None:
    text = "2024年工作总结\n〔单位名称〕召开会议12次，坚定“四个意识”。\n"
    check = check_text(text)
    items = {i.text[:6]: i for g in check.filed.groups for i in g.items}
    placeholder = items["没有遗留的占"]
    assert not placeholder.ok
    assert [check.findings[k].rule for k in placeholder.findings] == ["placeholder.field"]
    assert not items["指导思想和固"].ok and items["没有重复字、"].ok
    for item in items.values():
        rules = [check.findings[k].rule for k in item.findings]
        assert item.ok == (item.checked and not rules), (item.text, rules)
    assert check.passed == sum(i.ok for i in items.values()) < check.total
