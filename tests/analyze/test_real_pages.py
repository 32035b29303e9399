"""Real page openings from other sites (tests/data/real/): gold well-formed, scores not falling.

The goals of issue 10 are noise 100%, titles and years 90%, headings and roles 95%; FLOORS
holds what the pipeline reaches today (all of them met), so a change that reads these pages
worse fails here. Raise a floor whenever the pipeline gets better.
"""

from __future__ import annotations

import pytest

from fanwen.bench.realset import (
    LEVELS,
    MEASURES,
    ROLES,
    Gold,
    Score,
    load_pages,
    noise_gone,
    score_all,
    score_page,
    surviving,
)
from fanwen.clean.pipeline import fix_and_explain
from helpers import DATA

REAL = DATA / "real"
PAGES = load_pages(REAL)
# Hits of each measure over the whole set (53 pages: the first 41 and twelve held out at
# first, whose misses taught the rules for 怎么写(六篇) titles, 此处隐藏…字 gaps, glued headings,
# openings that announce problems, …). Totals: noise 200, kept 323, roles 308.
FLOORS = {"noise": 200, "kept": 323, "title": 53, "year": 53, "headings": 155, "roles": 305}
FLOORS["reports"] = 53


def test_the_set_is_large_and_varied() -> None:
    sites = {gold.site for _, _, gold in PAGES}
    assert len(PAGES) >= 30 and len(sites) >= 10
    sources = (REAL / "SOURCES.md").read_text(encoding="utf-8")
    assert all(name in sources for name, _, _ in PAGES)


@pytest.mark.parametrize(("name", "raw", "gold"), PAGES, ids=[p[0] for p in PAGES])
def test_gold_quotes_the_page(name: str, raw: str, gold: Gold) -> None:
    for text in gold.noise + gold.keep:
        assert text in raw, f"{name}: {text!r} is not in the page"
    assert all(level in LEVELS for level, _, _ in gold.blocks)
    assert all(role in (*ROLES, None) for _, role, _ in gold.blocks)


def test_scores_do_not_fall() -> None:
    _, by_site = score_all(REAL)
    whole = Score()
    for s in by_site.values():
        whole.merge(s)
    fallen = {m: (whole.hits[m], FLOORS[m]) for m in MEASURES if whole.hits[m] < FLOORS[m]}
    assert not fallen, fallen


def test_noise_counts_only_when_every_character_is_gone() -> None:
    raw = "某局意识形态工作总结\n一、工作情况笔杆儿网www.bgzjy.cn\n召开会议XX次。\n"
    alive = surviving(fix_and_explain(raw))
    assert noise_gone(raw, "笔杆儿网www.bgzjy.cn", [], alive)
    assert not noise_gone(raw, "一、工作情况", [], alive)
    assert not noise_gone(raw, "XX", [], alive)  # changed to ×× is not gone
    raw = "开展squo;春雨工程squo;活动。\n"  # an entity cut short, replaced by the quote it was
    alive = surviving(fix_and_explain(raw))
    assert noise_gone(raw, "squo;", [], alive)
    assert not noise_gone(raw, "春雨工程", [], alive)


def test_a_page_that_is_read_right_scores_full() -> None:
    raw = "某局2023年意识形态工作总结\n今年以来，局党组认真落实责任制。\n一、主要做法\n加强学习。\n"
    gold = Gold(
        url="https://example.org/1",
        site="example.org",
        title="某局2023年意识形态工作总结",
        year=2023,
        keep=["局党组认真落实"],
        blocks=[
            ("title", None, "某局2023年"),
            ("para", "opening", "今年以来，局党组"),
            ("h1", "practices", "一、主要做法"),
            ("para", "practices", "加强学习"),
        ],
    )
    score = score_page(raw, gold)
    assert score.hits == score.totals, score.misses
    wrong = gold.model_copy(update={"year": 2022, "blocks": [("h2", "problems", "一、主要做法")]})
    assert score_page(raw, wrong).misses == [
        "year: 2023 != 2022",
        "headings: 一、主要做法 (h2, problems): got h1",
        "roles: 一、主要做法 (h2, problems): got practices",
    ]
