"""Section roles for blocks, from the cues in the role templates (never from code).

Reading order is a state machine: an h1 heading (h2 in a text without h1) sets the role by
its heading cues; elsewhere a transition sentence moves the role on (同时，…还存在一些不足
-> problems; 下步，… -> next_steps); other blocks keep the current role. After the opening's
own transition (现将…报告如下), or after the paragraphs before the first heading (at most three;
one in a report without headings), the body starts with practices (with repairs: with the part
the opening's last sentence announces, 还存在以下不适应的问题 -> problems). A block whose later
sentence turns to a later role is split there, so one paragraph may give two blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .blocks import Block, sentences
from .genres import (
    asked_later,
    attends_lead,
    demand_item,
    effect_tail,
    genre_role,
    is_news,
    is_plan,
    is_speech,
    lead_detail,
    news_closing,
    news_mood,
    plan_role,
)
from .overview import overview_role, title_of
from .snippets import ROLE_ORDER, Library

BODY_START = "practices"
# A first paragraph that starts with the time it covers opens the report (its last clause may
# sum up the picture: …，全乡意识形态领域总体平稳。)
OPENS_TIME = re.compile(
    r"^(?:(?:19|20)(?:\d{2}|[×xX]{2})\s*年(?:度)?(?:以来)?|今年(?:以来)?|近年来|一年来|"
    r"[^。！？；，]{0,20}在[^。！？；，]{2,30}(?:领导|指导)下)[，,]"
)


@dataclass(frozen=True)
class Cue:
    role: str
    headings: tuple[re.Pattern[str], ...]
    transitions: tuple[re.Pattern[str], ...]
    subheadings: tuple[re.Pattern[str], ...] = ()


def cues_of(library: Library) -> tuple[Cue, ...]:
    """Compiled cues in reading order (``re`` keeps compiled patterns cached)."""
    return tuple(
        Cue(
            t.id,
            tuple(re.compile(p) for p in t.cues.headings),
            tuple(re.compile(p) for p in t.cues.transitions),
            tuple(re.compile(p) for p in t.cues.subheadings),
        )
        for t in library.ordered_roles()
    )


def heading_role(heading: str, cues: tuple[Cue, ...]) -> str | None:
    """The role whose heading cue starts earliest in the heading (None if none does)."""
    best: tuple[int, int, str] | None = None
    for rank, cue in enumerate(cues):
        for pattern in cue.headings:
            m = pattern.search(heading)
            if m and (best is None or (m.start(), rank) < best[:2]):
                best = (m.start(), rank, cue.role)
    return best[2] if best else None


def transition_role(sentence: str, cues: tuple[Cue, ...]) -> str | None:
    """The role a transition sentence turns to, the latest in reading order if several."""
    found = [c.role for c in cues if any(p.search(sentence) for p in c.transitions)]
    return max(found, key=ROLE_ORDER.index) if found else None


def subheading_role(heading: str, cues: tuple[Cue, ...]) -> str | None:
    """The role a sub-heading of the overall picture brings back (work done: practices).

    >>> from fanwen.analyze.snippets import default_library
    >>> cues = cues_of(default_library())
    >>> subheading_role("（一）强化组织领导", cues), subheading_role("（一）网络舆情平稳", cues)
    ('practices', None)
    """
    return next((c.role for c in cues if any(p.search(heading) for p in c.subheadings)), None)


LABEL_MAX = 8
MARKER = re.compile(r"^(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]?)")
INLINE_LABEL = re.compile(r"^([^，。：:；]{2,8})[：:]")


def label_role(block: Block, state: str, cues: tuple[Cue, ...]) -> str | None:
    """A short section label below the top level: （二）原因分析。 or 主要成效：…

    Only labels (at most eight characters) count, and only to move the role on.
    """
    if block.level == "para":
        m = INLINE_LABEL.match(block.text)
        label = m[1] if m else ""
    else:
        label = MARKER.sub("", block.heading or "").strip("。：:；， ")
    role = heading_role(label, cues) if 0 < len(label) <= LABEL_MAX else None
    return role if role and state != "opening" and not _later(state, role) else None


def _later(role: str, than: str) -> bool:
    return ROLE_ORDER.index(role) > ROLE_ORDER.index(than)


def _split_at_turn(block: Block, role: str, cues: tuple[Cue, ...]) -> list[tuple[Block, str]]:
    """Cut a prose block where a later sentence turns to a later role."""
    parts = sentences(block.text)
    offset = len(parts[0]) if parts else 0
    for sentence in parts[1:]:
        turn = transition_role(sentence.strip(), cues)
        if turn and _later(turn, role) and role != "opening":
            head = replace(block, text=block.text[:offset])
            tail = Block(block.start + offset, block.text[offset:], "para", None)
            return [(head, role), *_split_at_turn(tail, turn, cues)]
        offset += len(sentence)
    return [(block, role)]


def assign_roles(
    blocks: list[Block], library: Library, repairs: bool = True
) -> list[tuple[Block, str | None]]:
    """Each block with its role (None for the title); blocks may be split at a turn. With
    ``repairs``, a top heading without a cue that starts with what was done (三、加强理论学习)
    returns to practices after an assessment paragraph; an opening that ends by announcing
    a later part (还存在以下不适应的问题。) starts the body there; a paragraph led by a short
    line of work (加强网络意识形态管理。) is no opening but the body (:func:`_leads_work`)."""
    cues = cues_of(library)
    top = "h1" if any(b.level == "h1" for b in blocks) else "h2"
    title = title_of(blocks)
    speech = "speech" if repairs and is_speech(blocks, title) else None
    plan = repairs and is_plan(blocks, title)
    start = "next_steps" if plan or speech else BODY_START  # as genres.body_start reads it
    news = "news" if repairs and is_news(blocks) else None
    lead = _opening_paragraphs(blocks, bool(news))
    effects = effect_tail(blocks) if repairs else set()
    state, body = "opening", start
    out: list[tuple[Block, str | None]] = []
    in_opening_section = False
    for k, block in enumerate(blocks):
        if block.level == "title":
            out.append((block, None))
            continue
        opened = sum(role is not None for _, role in out)
        early = repairs and (_leads_work(block, cues) or (opened > 0 and _counts_work(block)))
        named = state == "opening" and in_opening_section  # under 一、指导思想: its text
        if state == "opening" and (opened >= lead or early) and not _ends_opening(block, cues):
            state = "opening" if named and not early else body  # runs to 现将…如下 or a heading
        role = None
        if block.level == top and block.heading:
            role = heading_role(block.heading, cues) or genre_role(block.heading, speech)
            role = role or genre_role(block.heading.rstrip("：:") + "：", news)  # 会议强调 alone
            role = role or (start if state == "opening" else None)
            role = plan_role(role, plan)
            in_opening_section = repairs and role == "opening"
            if repairs and role == "assessment":
                role = overview(blocks, k, title, cues) or role
        if role is None and state == "opening" and _ends_opening(block, cues):
            role = "opening"  # 现将…报告如下 closes the opening, whatever else it says
        if role is None:
            role = label_role(block, state, cues)
        below = block.level != top or repairs
        if role is None and state == "assessment" and below and block.heading:
            role = subheading_role(block.heading, cues)
        if role is None:
            first = sentences(block.text)[:1]
            role = news_closing(block.text, news, k == len(blocks) - 1)
            role = "closing" if k in effects else role
            if news and lead_detail(block.text):
                role = "opening"  # who attended, what for: the lead's words, wherever they stand
            role = role or (transition_role(first[0], cues) if first else None)
            role = role or (genre_role(first[0], news) if first else None)
            role = role or asked_later(block.text, news)
            role = role or demand_item(block, news)
            if role is None and state != "opening" and block.level == "para":
                role = news_mood(block.text, news)
            # 今年以来，…，全乡意识形态领域总体平稳。: the opening sums up
            if repairs and role == "assessment" and opened == 0 and OPENS_TIME.match(block.text):
                role = "opening"
        if role is None and state == "opening" and block.level != "para":
            role = start
        state = role or state
        pieces = _split_at_turn(block, state, cues)
        out += pieces
        state = pieces[-1][1] or state
        if state == "opening" and repairs:
            body = _announced(block, cues) if start == BODY_START else start
        if state == "opening" and _ends_opening(block, cues):
            state = body
    return out


def overview(blocks: list[Block], k: int, title: str | None, cues: tuple[Cue, ...]) -> str | None:
    """What the section under heading ``k`` reports when it is called 基本情况 / 总体情况 (None
    when it is not): the picture or the work, by the report's kind
    (:func:`fanwen.analyze.overview.overview_role`).

    >>> from fanwen.analyze.snippets import default_library
    >>> b = [Block(0, "一、基本情况", "h1", "一、基本情况")]
    >>> b += [Block(7, "（一）强化组织领导", "h2", "（一）强化组织领导")]
    >>> overview(b, 0, None, cues_of(default_library()))
    'practices'
    """
    heading = blocks[k].heading or ""
    below = blocks[k + 1] if k + 1 < len(blocks) else None
    lead = (below.heading or (sentences(below.text)[:1] or [""])[0]) if below else ""
    works = (
        bool(below) and below.level != blocks[k].level and subheading_role(lead, cues) == BODY_START
    )
    return overview_role(heading, title, works, lead)


def _announced(block: Block, cues: tuple[Cue, ...]) -> str:
    """The part an opening paragraph's last sentence announces, when it is later than the
    work done (…还存在以下不适应的问题。 -> problems); else the body starts with practices."""
    last = sentences(block.text.strip())[-1:]
    turn = transition_role(last[0], cues) if last else None
    summing_up = OPENS_TIME.match(block.text.strip()) and not ANNOUNCES.search(last[0])
    if turn == "assessment" and summing_up:  # 今年以来，…，全乡意识形态领域总体平稳。
        return BODY_START
    return turn if turn and _later(turn, BODY_START) else BODY_START


ANNOUNCES = re.compile(r"以下|如下|下列|几个方面|几点|主要(?:有|是|表现)|[：:]\s*$")


# Work counted in the first sentence (全年主持召开专题会议4次): the account, not an opening.
COUNTED_WORK = re.compile(r"[\d一二三四五六七八九十两]+(?:余|多)?(?:次|场|期|篇|条|人次)")


def _counts_work(block: Block) -> bool:
    """A paragraph whose first sentence counts work done.

    >>> _counts_work(Block(0, "乡党委书记全年主持召开专题会议4次。", "para", None))
    True
    """
    first = sentences(block.text)[:1]
    return block.level == "para" and bool(first) and bool(COUNTED_WORK.search(first[0]))


LEAD_WORK_MAX = 16  # 加强网络意识形态管理。: a short line of work, no comma in it


def _leads_work(block: Block, cues: tuple[Cue, ...]) -> bool:
    """A paragraph that opens with a short line of work done, as items of practices do.

    >>> from fanwen.analyze.snippets import default_library
    >>> cues = cues_of(default_library())
    >>> _leads_work(Block(0, "加强网络意识形态管理。成立全媒体中心。", "para", None), cues)
    True
    >>> _leads_work(Block(0, "今年以来，局党组加强意识形态管理。", "para", None), cues)
    False
    """
    first = sentences(block.text)[:1]
    lead = first[0].strip() if first else ""
    return (
        block.level == "para"
        and 0 < len(lead) <= LEAD_WORK_MAX
        and lead.endswith("。")
        and not re.search("[，,：:]", lead)
        and subheading_role(lead, cues) == BODY_START
    )


OPENING_MAX = 3  # paragraphs an opening may take before the first heading


def _opening_paragraphs(blocks: list[Block], news: bool = False) -> int:
    """How many paragraphs may open the report: those before its first heading (at most
    three), or one when the report has no headings at all; a meeting's news (``news``, read
    only when repairs are on, as the browser's check does not) opens with its lead.

    >>> b = [Block(0, "甲", "title", "甲"), Block(1, "乙", "para", None)]
    >>> b += [Block(2, "丙", "para", None), Block(3, "一、丁", "h1", "一、丁")]
    >>> _opening_paragraphs(b), _opening_paragraphs(b[:3])
    (2, 1)

    Items (一是……) are no headings: a piece with items but no heading opens with one paragraph.

    >>> _opening_paragraphs([*b[:3], Block(3, "一是要抓好学习。", "item", None)])
    1
    """
    body = [b for b in blocks if b.level != "title"]
    if news:  # 12月31日，我县召开……: a news piece's lead is its opening paragraph,
        # with the list of who attended when it stands apart right under the lead
        return 2 if attends_lead(body) else 1
    first = next((k for k, b in enumerate(body) if b.level not in ("para", "item")), None)
    return 1 if first is None else max(1, min(first, OPENING_MAX))


def _ends_opening(block: Block, cues: tuple[Cue, ...]) -> bool:
    opening = next((c for c in cues if c.role == "opening"), None)
    return bool(opening) and any(p.search(block.text) for p in opening.transitions)
