"""A site's outline of the report (目录, 提纲): numbered names without sentences that stand
over the report's title, or inside the page and come again below as its headings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .chars import cjk_count
from .linefeatures import HEADING, line_key


def outline_above(texts: list[str], title: int) -> set[int]:
    """Numbered headings without a sentence above the report's title: a site's outline of the
    report (its headings come under its title, never over it).

    >>> outline_above(["目录", "一、主要成效", "二、存在问题", "县委宣传部2022年工作总结"], 3)
    {1, 2}
    >>> outline_above(["一、加强学习。全年学习12次。", "县委宣传部2022年工作总结"], 1)
    set()
    """
    return {
        k for k in range(title) if HEADING.match(texts[k]) and not re.search("[。；！？]", texts[k])
    }


# what a site calls the outline it puts before a report's text: 以下是文章大纲: / 【提纲】 / 目录
OUTLINE_LEAD = re.compile(r"大纲|提纲|目录")
CLAUSE_INSIDE = re.compile(r"[，,。；;：:](?!\s*$)")  # a sentence's inner stop, not its end


def outline_copies(texts: Sequence[str]) -> set[int]:
    """A site's outline inside the page: two or more numbered lines in a row whose words come
    again below as the report's headings (1.思想引领; … / 一、思想引领), and the short line
    that announces them (以下是文章大纲:).

    >>> body = "全年开展学习12次，覆盖全体党员干部群众，理论武装不断深化。"
    >>> page = ["以下是文章大纲:", "1.思想引领;", "2.文化繁荣;", "3.总结与展望。", "一、思想引领"]
    >>> sorted(outline_copies([*page, body, "二、文化繁荣", body]))
    [0, 1, 2, 3]
    """
    keys = [_heading_words(t) for t in texts]
    copies = {
        k
        for k, t in enumerate(texts)
        if HEADING.match(t) and keys[k] and keys[k] in keys[k + 1 :] and cjk_count(t) <= 20
    }
    runs = {k for k in copies if k - 1 in copies or k + 1 in copies}
    if not runs:
        return set()
    end = max(runs) + 1  # the list goes on where the page was cut before its headings came
    while end < len(texts) and _outline_item(texts[end]) and keys[end] not in keys[:end]:
        runs.add(end)
        end += 1
    lead = {min(runs) - 1} if min(runs) > 0 else set()
    lead = {k for k in lead if OUTLINE_LEAD.search(texts[k]) and cjk_count(texts[k]) <= 12}
    return runs | lead


def _outline_item(line: str) -> bool:
    """A short numbered name that ends as a list item does (思想引领; / 总结与展望。)."""
    return bool(HEADING.match(line)) and cjk_count(line) <= 20 and not CLAUSE_INSIDE.search(line)


def _heading_words(line: str) -> str:
    """A numbered line's words without its number and end: 1.思想引领; -> 思想引领."""
    return line_key(HEADING.sub("", line)) if HEADING.match(line) else ""
