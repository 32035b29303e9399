"""Headings that lead a paragraph without a number: paired clauses (强化组织领导，落实主体责任。)
and a bracketed name (【组织领导】), two or more on a page.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import HEADING_LEVELS, Block, sentences

PAIRED_LEAD = re.compile(r"^([^\W\d_]{4,10})[，,]([^\W\d_]{4,12})(?:。|\n|$)")
FUNCTION_CHARS = set("的了是在我和与及等对把被将为也都就着过中之其")


def paired_lead(text: str) -> bool:
    """Led by two short clauses of content words only, as a heading is.

    >>> paired_lead("强化组织领导，落实主体责任。院党组始终把意识形态工作抓紧抓实。")
    True
    >>> paired_lead("抓意识形态工作，理论武装是关键。学习跟不上，思想就难以统一。")
    False
    """
    m = PAIRED_LEAD.match(text)
    return bool(m) and not FUNCTION_CHARS & set(m[1] + m[2])


# an entry's name in brackets at the start of its paragraph: 【概况】2020年，全县……
BRACKET_LEAD = re.compile(r"^【[\u4e00-\u9fff]{2,8}】(?=[^\s】])")


def lead_headings(blocks: list[Block]) -> list[Block]:
    """Paragraphs led by paired clauses or a bracketed name, two or more on a page, read as
    headings one level
    below the numbered heading above them (an h1 where none stands above); the numbered
    headings under such a lead are its own and do not move the next lead down.

    >>> prose = "院党组把意识形态工作抓紧抓实，每季度专题研究一次。"
    >>> b = [Block(0, "一、上半年工作情况\\n", "h1", "一、上半年工作情况")]
    >>> b += [Block(10, "强化组织领导，落实主体责任。" + prose, "para", None)]
    >>> b += [Block(50, "加强理论学习，提升思想认识。" + prose, "para", None)]
    >>> [(x.level, x.heading) for x in lead_headings(b)][1:]
    [('h2', '强化组织领导，落实主体责任。'), ('h2', '加强理论学习，提升思想认识。')]
    """
    leads = {k: lead_of(b.text) for k, b in enumerate(blocks) if b.level == "para"}
    leads = {k: head for k, head in leads.items() if head}
    if len(leads) < 2:
        return blocks
    out = list(blocks)
    above, lead = "title", None  # the heading the leads stand under; the level given to them
    rank = {"title": -1, **{level: n for n, level in enumerate(HEADING_LEVELS)}}
    for k, block in enumerate(blocks):
        if block.level in HEADING_LEVELS and (lead is None or rank[block.level] < rank[lead]):
            above, lead = block.level, None  # a heading over the leads (under one: its own)
        elif k in leads and above != "h3":
            lead = HEADING_LEVELS[rank[above] + 1]
            out[k] = replace(block, level=lead, heading=leads[k])
    return out


def lead_of(text: str) -> str | None:
    """The heading that leads a paragraph: its paired clauses, or its name in brackets as a
    yearbook's entries are headed.

    >>> lead_of("【组织领导】2020年，县委网信委召开会议2次，审议通过文件2件。")
    '【组织领导】'
    >>> lead_of("强化组织领导，落实主体责任。院党组每季度专题研究一次。")
    '强化组织领导，落实主体责任。'
    """
    if m := BRACKET_LEAD.match(text):
        return m[0]
    return sentences(text)[0].strip() if paired_lead(text) else None
