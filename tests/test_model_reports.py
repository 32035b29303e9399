"""The project's own model reports (corpus/model_*.txt, source 本站编写): one per kind of body
of snippets/kinds.yaml, for the latest full year, that pass ``fanwen check-draft`` with no 提法
finding, read as the site teaches (their notes right), never pass for a real unit's report, and
copy nothing from the other exemplars."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from fanwen.analyze.analysis import analyze_text
from fanwen.analyze.snippets import ROLE_ORDER, default_library
from fanwen.check.copies import corpus_sources
from fanwen.check.draft import check_text
from fanwen.cli import main
from fanwen.corpus import clean_file, load_corpus
from fanwen.intake.meta import OWN_SOURCE
from fanwen.render.pages import char_count
from helpers import ROOT

MODELS = sorted((ROOT / "corpus").glob("model_*.txt"))
YEAR = 2025
# The parts of the report, in order, as the site teaches them.
ROLES = list(ROLE_ORDER)
# 提法 the central documents fix, written exactly so in every model report.
FIXED = [
    "习近平新时代中国特色社会主义思想",
    "党的二十大和二十届二中、三中、四中全会精神",
    "深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”",
]


def models() -> dict[str, object]:
    return {ex.source: ex for ex in load_corpus(ROOT / "corpus") if ex.source.startswith("model_")}


@pytest.fixture(scope="module")
def exemplars() -> dict[str, object]:
    return models()


def test_one_model_report_per_kind_of_body(exemplars) -> None:
    kinds = [k.body_kind for k in default_library().kinds]
    found = sorted(ex.meta.body_kind for ex in exemplars.values())
    assert found == sorted(kinds)
    assert len(MODELS) == len(kinds) == 8
    for ex in exemplars.values():
        assert (ex.meta.year, ex.meta.source_site, ex.meta.own) == (YEAR, OWN_SOURCE, True)


@pytest.mark.parametrize("path", MODELS, ids=[p.stem for p in MODELS])
def test_check_draft_finds_no_formulation_and_no_structure_fault(
    path: Path, capsys: pytest.CaptureFixture
) -> None:
    code = main(["check-draft", "--json", str(path)])
    record = json.loads(capsys.readouterr().out)
    rules = {f["rule"] for f in record["findings"]}
    assert not [r for r in rules if r.startswith(("formulation", "meeting"))]
    assert not [r for r in rules if r.startswith("structure")]
    # What is left is what a writer fills in: the ×× placeholders (and the report itself,
    # found in the corpus it is part of).
    assert rules - {"copy.run", "copy.share"} == {"placeholder.run"}
    assert code == 3
    # The copying item fails on the report's own text in the corpus, and on nothing else.
    own = {f["extra"]["slug"] for f in record["findings"] if f["rule"] == "copy.run"}
    assert own <= {path.stem.replace("_", "-")}
    failed = [i["item"] for i in record["checklist"] if i["checked"] and not i["ok"]]
    assert (
        failed
        == [
            "参考范文的地方已结合本单位实际改写，没有照搬范文原文。",
            "没有遗留的占位符（××、XX、***、某某）。",
        ][1 - len(own) :]
    )


@pytest.mark.parametrize("path", MODELS, ids=[p.stem for p in MODELS])
def test_read_in_the_order_the_site_teaches(path: Path, exemplars) -> None:
    ex = exemplars[path.name]
    analysis = analyze_text(ex.text)
    order = list(dict.fromkeys(b.role for b in analysis.blocks if b.role))
    assert order == ROLES
    assert (analysis.year, analysis.body_kind) == (YEAR, ex.meta.body_kind)
    headings = [b.text for b in analysis.blocks if b.level == "h1"]
    assert [h[:2] for h in headings] == ["一、", "二、", "三、", "四、", "五、"]
    assert sum(b.level == "h2" for b in analysis.blocks if b.role == "practices") >= 5


@pytest.mark.parametrize("path", MODELS, ids=[p.stem for p in MODELS])
def test_placeholders_and_fixed_formulations(path: Path, exemplars) -> None:
    text = exemplars[path.name].text
    assert 1_700 <= char_count(text) <= 2_500
    assert text.startswith("中共××") and text.count("××") >= 15
    assert f"关于{YEAR}年度落实意识形态工作责任制情况的报告" in text.split("\n")[0]
    assert "深入贯彻中央八项规定精神学习教育" in text
    for fixed in FIXED:
        assert fixed in text, fixed
    # Numbers are placeholders: no figure but the year, the next year and the date.
    assert set(re.findall(r"\d+", text)) <= {str(YEAR), str(YEAR + 1), "12"}


@pytest.mark.parametrize("path", MODELS, ids=[p.stem for p in MODELS])
def test_cleaning_leaves_a_model_report_as_written(path: Path) -> None:
    _, result = clean_file(path)
    assert result.text == path.read_text(encoding="utf-8")


def test_model_reports_copy_no_sentence_from_the_other_exemplars(exemplars) -> None:
    """Runs of 15 characters or more shared with the exemplars from websites are set phrases
    (坚持以习近平新时代中国特色社会主义思想为指导，), never a sentence of their own."""
    library = default_library()
    others = [ex for ex in load_corpus(ROOT / "corpus") if not ex.meta.own]
    sources = corpus_sources((ex.slug, ex.title, analyze_text(ex.text, library)) for ex in others)
    for name, ex in exemplars.items():
        found = check_text(ex.text, library, sources).findings
        copied = [f.text for f in found if f.rule == "copy.run"]
        assert all(len(run) < 30 for run in copied), (name, copied)
        assert sum(map(len, copied)) < 0.06 * char_count(ex.text), (name, copied)
