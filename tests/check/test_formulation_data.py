"""提法 data (``snippets/formulations.yaml``): well-formed, explained, and quiet on real reports.

Every rule's own hits and passes run as conformance cases (test_draft_cases.py). Here: each rule
says why in Chinese, each formulation names its sources and the stored copy it was checked against,
the meeting calendar is in order, and over everything a reader may copy (the exemplars, the real
pages, our own snippets and page templates) the 提法 checks find exactly the real slips listed
below, no more (no false alarm); a new finding must be read and either fixed or listed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from fanwen.check.draft import text_findings
from fanwen.check.findings import normalize_breaks
from fanwen.check.formulations import UNCHECKED, load_formulations
from fanwen.check.meetings import citations, draft_period
from fanwen.intake.read import read_file
from helpers import DATA, ROOT

TABLE = load_formulations(ROOT / "snippets")
PAGES = sorted([*(ROOT / "corpus").glob("*.txt"), *(DATA / "real").glob("*.txt")])

# The 提法 slips the exemplars and real pages really contain (file, rule, span), read one by one.
REAL_SLIPS = {
    ("000_e7e34a4385bd42aa.txt", "formulation.xin_sixiang_no_xinshidai",
     "习近平中国特色社会主义思想"),
    ("002_13674df05d4d43f5.txt", "formulation.liangge_queli_linghui",
     '深刻领会"两个确立"的决定性意义'),
    ("003_c2061db27bf98d3c.txt", "formulation.xin_sixiang_no_name", "新时代中国特色社会主义思想"),
    ("003_c2061db27bf98d3c.txt", "formulation.liangge_queli_linghui",
     "深刻领会“两个确立”的决定性意义"),
    ("003_c2061db27bf98d3c.txt", "formulation.shoutu_order", "守土有责、守土尽责、守土负责"),
    ("003_c2061db27bf98d3c.txt", "formulation.sige_zixin_verb", "增强“四个自信”"),
    ("7rdy-1.txt", "formulation.xin_sixiang_no_name", "新时代中国特色社会主义思想"),
    ("desk33-1.txt", "formulation.dahui_no_dangde", "二十大"),
    ("fanwenwang-1.txt", "formulation.dahui_no_dangde", "十九大"),
    ("fanwy-1.txt", "formulation.xin_sixiang_no_name", "新时代中国特色社会主义思想"),
    ("fanwy-1.txt", "formulation.wenhua_sixiang_name", "_文化思想"),
    ("gongwenbang-1.txt", "formulation.lunshu_no_name", "总书记关于意识形态工作的重要论述"),
    ("taolaoshi-1.txt", "formulation.xin_sixiang_no_name", "新时代中国特色社会主义思想"),
    ("wnwk-2.txt", "formulation.xin_sixiang_no_name", "新时代中国特色社会主义思想"),
}  # fmt: skip
CJK = re.compile("[\u4e00-\u9fff]")


def test_every_rule_says_why_in_chinese() -> None:
    for formulation in TABLE.formulations:
        assert CJK.search(formulation.about), formulation.id
        for rule in [*formulation.slips, *formulation.lists]:
            assert CJK.search(rule.why) and rule.why.endswith(("。", "？")), rule.id
            assert not re.search(r"[A-Za-z]{3,}", rule.why), rule.id


def test_every_slip_is_a_pattern_that_compiles_and_never_matches_empty() -> None:
    for slip in TABLE.slips():
        assert re.compile(slip.pattern).search("") is None, slip.id


def test_the_meeting_calendar_is_in_order_and_its_keys_are_cited_as_written() -> None:
    calendar = TABLE.meetings.calendar
    assert calendar[-1].held <= TABLE.meetings.known_to  # complete up to where it says
    assert [m.held for m in calendar] == sorted(m.held for m in calendar)
    for k, meeting in enumerate(calendar):
        assert [c.index for c in citations(meeting.name, TABLE.meetings)] == [k], meeting.name


@pytest.mark.parametrize(
    ("head", "period"),
    [
        ("2024年局党组意识形态工作总结", (2024, 12, "度")),
        ("２０２３年上半年意识形态工作总结", (2023, 6, "上半年")),
        ("意识形态工作总结\n2025年第一季度，局党组……", (2025, 3, "第一季度")),
        ("20XX年意识形态工作总结", None),
    ],
)
def test_the_period_of_a_draft(head: str, period: tuple | None) -> None:
    from fanwen.check.surface import probe_text

    found = draft_period(probe_text(head), TABLE.meetings)
    assert (found and (found.year, found.end, found.label)) == period


def test_a_later_plenum_is_only_asked_about_when_one_is_cited() -> None:
    head = "2025年意识形态工作总结\n"
    rules = lambda text: [f.rule for f in text_findings(head + text, TABLE)]  # noqa: E731
    assert rules("学习贯彻党的二十届三中全会精神。") == ["meeting.latest"]
    assert rules("学习贯彻党的二十届三中、四中全会精神。") == []
    assert rules("学习贯彻党的二十大精神。") == []


def _text(path: Path) -> str:
    return normalize_breaks(read_file(path).text)


# Fields that quote wrong wordings on purpose, to warn (a role's 常见毛病).
QUOTING = {"faults"}


def _strings(value: object) -> list[str]:
    """Every string in a parsed YAML document, except under the fields in QUOTING."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() if k not in QUOTING for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def own_texts() -> dict[str, str]:
    """Our own text a user may copy, by file: every string of the snippets and of the stages'
    data tables (but cleaning's, which describe web junk to delete), and the page templates.
    In formulations.yaml only what states the right wording (names, canonical wordings, usage,
    explanations of formulations, passes); its hits and reasons quote wrong wordings on purpose."""
    texts = {}
    tables = [p for p in (ROOT / "scripts").rglob("data/*.yaml") if p.parent.parent.name != "clean"]
    for path in sorted([*(ROOT / "snippets").rglob("*.yaml"), *tables]):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if path.name == "formulations.yaml":
            data = [
                [f.name, f.canonical, f.usage, f.about, [r.passes for r in [*f.slips, *f.lists]]]
                for f in TABLE.formulations
            ]
        texts[path.relative_to(ROOT).as_posix()] = "\n".join(_strings(data))
    for path in sorted((ROOT / "scripts").rglob("templates/*.j2")):
        texts[path.relative_to(ROOT).as_posix()] = path.read_text(encoding="utf-8")
    return texts


def sweep() -> set[tuple[str, str, str]]:
    """(file, rule, span) of every 提法 finding over the exemplars, real pages and our texts."""
    texts = {p.name: _text(p) for p in PAGES} | own_texts()
    return {
        (name, f.rule, f.text)
        for name, text in texts.items()
        for f in text_findings(text, TABLE)
        if f.rule.startswith(("formulation.", "meeting."))
    }


def test_formulation_checks_raise_no_false_alarm_on_real_reports_or_our_own_text() -> None:
    assert sweep() == REAL_SLIPS


def test_every_formulation_names_its_sources_and_how_it_was_checked() -> None:
    for f in TABLE.formulations:
        assert f.canonical and f.sources, f.id
        assert f.checked.startswith(("http://", "https://")) or f.checked == UNCHECKED, f.id
        assert all(1921 <= s.year <= 2030 and CJK.search(s.document) for s in f.sources), f.id


def test_the_data_holds_at_least_eighty_rules() -> None:
    assert len(TABLE.slips()) + len(TABLE.lists()) >= 80


def test_no_pass_of_one_rule_is_flagged_by_another() -> None:
    """A pass sentence is right wording: no rule at all may flag it."""
    for rule in [*TABLE.slips(), *TABLE.lists()]:
        for sentence in rule.passes:
            found = [f.rule for f in text_findings(sentence, TABLE)]
            assert [r for r in found if r.startswith("formulation.")] == [], (rule.id, sentence)
