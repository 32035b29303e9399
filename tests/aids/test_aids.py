"""Writing aids against the corpus: comparisons, terms, skeleton and the draft checklist."""

from __future__ import annotations

import re

import pytest

from fanwen.aids.compare import by_role, by_theme
from fanwen.aids.skeleton import load_skeleton, skeleton_text
from fanwen.aids.terms import load_terms, term_places
from fanwen.analyze.analysis import analyze_raw, analyze_text
from fanwen.analyze.snippets import ROLE_ORDER, default_library, fill
from fanwen.check.checklist import DUTIES_GROUP
from fanwen.check.draft import check_text
from fanwen.corpus import load_corpus
from helpers import ROOT

SNIPPETS = ROOT / "snippets"
SIXTH = (
    "2024年××镇党委意识形态工作总结\n现将有关情况报告如下：\n一、工作开展情况\n"
    "一是强化网络阵地管理。落实“三审三校”制度，全年监测处置网络舆情7起，坚决做到“两个维护”。\n"
    "二、存在的问题\n网评员队伍力量薄弱。\n三、下一步打算\n加强网评员队伍建设。\n"
)


@pytest.fixture(scope="module")
def corpus():
    library = default_library()
    return [
        (ex.slug, ex.title, analyze_text(ex.text, library)) for ex in load_corpus(ROOT / "corpus")
    ]


def test_every_block_of_a_role_is_on_its_comparison(corpus) -> None:
    groups = by_role(corpus)
    for slug, _, analysis in corpus:
        for block in analysis.blocks:
            if block.role:
                assert any(p.slug == slug and p.block is block for p in groups[block.role])
    assert len(groups["problems"]) >= 5


def test_theme_comparison_holds_only_blocks_of_that_theme(corpus) -> None:
    for theme, places in by_theme(corpus, default_library()).items():
        assert places and all(p.block.theme == theme for p in places)


def test_term_pages_list_every_block_containing_the_term(corpus) -> None:
    terms = load_terms(SNIPPETS)
    found = term_places(corpus, terms)
    for term in terms:
        canonical = re.compile(term.forms[0])
        holders = {(s, b.id) for s, _, a in corpus for b in a.blocks if canonical.search(b.text)}
        assert holders <= {(p.slug, p.block.id) for p in found[term.id]}, term.term
        assert found[term.id], f"{term.term} is used by no exemplar"


def test_a_sixth_exemplar_appears_in_every_aid(corpus) -> None:
    sixth = analyze_raw(SIXTH)[1]
    extra = [*corpus, ("sixth", "第六篇", sixth)]
    assert any(p.slug == "sixth" for p in by_role(extra)["practices"])
    theme = next(b.theme for b in sixth.blocks if b.theme)
    assert any(p.slug == "sixth" for p in by_theme(extra, default_library())[theme])
    found = term_places(extra, load_terms(SNIPPETS))
    assert any(p.slug == "sixth" for p in found["sanshen_sanjiao"])
    assert any(p.slug == "sixth" for p in found["liangge_weihu"])


def test_skeleton_has_every_role_in_order_and_no_marker() -> None:
    library = default_library()
    text = skeleton_text(load_skeleton(SNIPPETS), library)
    assert "{" not in text and "}" not in text
    positions = []
    for role in ROLE_ORDER:
        first = fill(library.roles[role].variants[0].text.strip(), library.roles[role].fields)
        first = re.sub(r"^（[一二三四五六七八九十]+）", "", first)
        positions.append(text.index(first[:30]))
    assert positions == sorted(positions)
    assert re.findall(r"^（([一二三四五六七八九十])）", text, re.MULTILINE)[:3] == [
        "一",
        "二",
        "三",
    ]


def failed_items(check):
    """The checklist's failed items, leaving out the duty areas (a short draft misses some)."""
    groups = [g for g in check.filed.groups if g.name != DUTIES_GROUP]
    return [i for g in groups for i in g.items if i.checked and not i.ok]


def test_check_draft_passes_a_good_draft_and_names_what_is_missing() -> None:
    good = (
        "2024年局党组落实意识形态工作责任制情况的报告\n"
        "局党组坚持以习近平新时代中国特色社会主义思想为指导。现将有关情况报告如下：\n"
        "一、工作开展情况\n一是强化理论武装。中心组集中学习12次，专题研讨4次，讲党课6次。\n"
        "二、意识形态领域形势研判\n总体来看，意识形态领域形势平稳可控，全年未发生意识形态领域重大事件。\n"
        "三、存在的问题\n理论学习与业务结合不够，中心组专题研讨偏少。\n"
        "四、下一步工作打算\n每季度开展一次中心组专题研讨，推动理论学习与业务深度融合。\n"
    )
    assert [(i.text, i.findings) for i in failed_items(check_text(good))] == []
    bad = (
        good.replace("12次", "××次").replace("四、下一步工作打算\n", "") + "笔杆儿网www.bgzjy.cn\n"
    )
    check = check_text(
        bad.replace("每季度开展一次中心组专题研讨，推动理论学习与业务深度融合。", "")
    )
    failed = {i.text[:4]: [check.findings[k].rule for k in i.findings] for i in failed_items(check)}
    assert failed["有“做法"] == ["structure.frame"]
    assert failed["没有遗留"] == ["placeholder.run"]
    assert failed["没有网站"] == ["noise.site_banner"]


KIND_IDS = [None, *(k.id for k in default_library().kinds)]


@pytest.mark.parametrize("kind", KIND_IDS, ids=[k or "general" for k in KIND_IDS])
def test_the_skeleton_filled_with_its_examples_passes_its_own_checks(kind: str | None) -> None:
    """What the desk starts a writer with, every field filled with its example, meets every
    item of the checklist (every duty, problems answered, enough figures); only the ×× the
    unit's name keeps for the writer is left to fill."""
    library = default_library()
    text = skeleton_text(load_skeleton(SNIPPETS), library, "{example}", kind)
    check = check_text(text, library)
    left = [(f.rule, f.message) for f in check.findings if not f.rule.startswith("placeholder.")]
    assert left == []
    failed = [i.text for g in check.filed.groups for i in g.items if i.checked and not i.ok]
    assert len(failed) == 1 and "占位符" in failed[0]
