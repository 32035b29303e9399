"""Pages we wrote ourselves in the forms issue 17 lists for pages no one tuned for (a disclosure
page's record fields, a page title cut at the front, a count glued to the opening, a viewer's
broken lines, a site's outline and login wall, a slogan over a ——subtitle, a red-header report,
a speech, a WeChat review, numbers that start at 1., 第一部分 parts, a report without headings
that turns by its transitions, a date signed at the end, a yearbook's 【概况】 entries, an
inspection plan's list of members, a document site's sharing line over an untitled report, a
newspaper page on one line …). They are no real pages, so they
count in neither the development nor the sealed set; each must read right on every measure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fanwen.bench.realset import MEASURES, load_pages, score_page

FORMS = Path(__file__).parent.parent / "data" / "forms"
PAGES = load_pages(FORMS)


def test_there_are_forms() -> None:
    assert len(PAGES) >= 29


@pytest.mark.parametrize(("name", "raw", "gold"), PAGES, ids=[p[0] for p in PAGES])
def test_form_reads_right(name: str, raw: str, gold) -> None:
    score = score_page(raw, gold)
    assert all(score.hits[m] == score.totals[m] for m in MEASURES), score.misses
