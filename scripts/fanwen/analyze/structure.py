"""Blocks and levels: a cleaned report cut into titled, levelled pieces in reading order.

Levels: title, h1 (一、), h2 (（一）), h3 (1. / （1）), item (一是 / 一要 / slogan leads such
as 坚定意识形态“主心骨”。), para. A heading may stand on its own line or lead a paragraph.
Block texts, in order, make up the whole cleaned text.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from ..clean.chars import KIND_WORDS, SECTION_ENDS, TITLE_LEN
from .blocks import HEADING_LEVELS, Block, sentences
from .leads import lead_headings, paired_lead
from .titles import choose_title

NUM = "[一二三四五六七八九十]{1,3}"
LEAD_WORD = r"[^。！？；，,“”：:\s]"
HOW_IT_WENT = "(?:更加|愈发|持续|不断|全面)"
LEVELS = (
    ("h1", re.compile(f"^(?:{NUM}、|第{NUM}部分)")),
    ("h2", re.compile(f"^[（(]{NUM}[)）]")),
    ("h3", re.compile(r"^(?:\d{1,2}[.．、。](?!\d)|[（(]\d{1,2}[)）])")),
    ("item", re.compile(f"^(?:{NUM}[是要][，,]?|第{NUM}[，,、]|其{NUM}[，,、：])")),
    ("item", re.compile(r"^[^。！？；，“”]{1,16}“[^”。]{1,8}”[^。！？；，“”]{0,6}[。！]")),
    # A short lead sentence that says how an area of work went: 理论武装更加扎实。开展…
    ("item", re.compile(f"^{LEAD_WORD}{{2,6}}{HOW_IT_WENT}{LEAD_WORD}{{2,4}}。(?=\\S)")),
)
# Where a paragraph holds several items: 一是…。二是…；三是…; or the first item run in after
# a comma, its lead a short sentence (会议要求，一是始终把握正确的政治方向。要……)
INNER_ITEM = re.compile(
    f"(?<=[。；：！？])(?:{NUM}[是要][，,]?|第{NUM}[，,、]|\\d{{1,2}}[.．、](?!\\d)|[（(]\\d{{1,2}}[)）])"
    "|(?<=[，,])一[是要](?=[^，,。；！？]{2,30}[。；！？])"
)
TITLE_WORDS = re.compile(f"{KIND_WORDS}|{SECTION_ENDS}")
OWN_LINE_MAX = 40
LEAD_MAX = 60


def is_title(line: str) -> bool:
    """A report title: short, no sentence punctuation, says what the report is.

    >>> is_title("2023年落实意识形态工作责任制情况报告"), is_title("一、工作情况")
    (True, False)
    """
    body = line.strip()
    return (
        0 < len(body) <= TITLE_LEN
        and not re.search("[。！？；，]|[：:]$|现将", body)
        and not any(p.match(body) for _, p in LEVELS[:3])
        and bool(TITLE_WORDS.search(body))
    )


def level_of(segment: str) -> str:
    """The level a segment's start announces.

    >>> level_of("（一）加强组织领导"), level_of("二要增强阵地意识"), level_of("坚持守土有责。")
    ('h2', 'item', 'para')
    >>> level_of("1。强化管理，加强沟通。")  # a number marked with a full stop by mistake
    'h3'
    """
    for level, pattern in LEVELS:
        if pattern.match(segment):
            return level
    return "para"


def heading_of(segment: str, level: str) -> str | None:
    """A whole short heading line, or the lead sentence of a headed paragraph.

    >>> heading_of("一、工作总体情况\\n", "h1")
    '一、工作总体情况'
    >>> heading_of("一是完善领导机制。坚持将意识形态工作纳入议事日程。", "item")
    '一是完善领导机制。'
    """
    if level == "para":
        return None
    body = segment.strip()
    if len(body) <= OWN_LINE_MAX and not re.search("[。！？；].", body):
        return body
    lead = sentences(body)[0]
    if len(lead) <= LEAD_MAX:
        return lead
    clause = re.match(r"[^，,：]*[，,：]", lead)
    return clause[0].rstrip("，,：") if clause and len(clause[0]) <= LEAD_MAX else None


def split_line(line: str) -> list[str]:
    """A paragraph cut before each inner item; the pieces join back to the line.

    >>> split_line("下步将从三方面努力：一是理论武装再强化。二是氛围再浓厚。")
    ['下步将从三方面努力：', '一是理论武装再强化。', '二是氛围再浓厚。']
    >>> split_line("会议要求，一是把准政治方向。要提高站位。")
    ['会议要求，', '一是把准政治方向。要提高站位。']
    """
    cuts = [0] + [m.start() for m in INNER_ITEM.finditer(line) if m.start() > 0] + [len(line)]
    return [line[a:b] for a, b in itertools.pairwise(cuts) if line[a:b]]


TITLE_SEARCH = 3  # lines at the top where the title may stand
SHORT_LINE = 30  # a line above the title (a site slogan) is short and not a sentence


def title_line(lines: list[str]) -> int | None:
    """Which of the first lines is the title: the first that reads as one, with only short
    lines that are not sentences above it.

    >>> title_line(["荟聚奇文、博采众长", "局党组落实意识形态工作责任制情况报告", "根据部署。"])
    1
    >>> title_line(["根据市委部署，现报告如下。", "局党组工作情况报告"]) is None
    True
    """
    for number, line in enumerate(lines[:TITLE_SEARCH]):
        if is_title(line):
            return number
        if len(line.strip()) > SHORT_LINE or re.search("[。！？；]", line):
            return None
    return None


def split_blocks(text: str, repairs: bool = True) -> list[Block]:
    """Every block of a cleaned text, in reading order; with ``repairs``, the title is the
    best scored candidate (:func:`fanwen.analyze.titles.choose_title`: it may be the front of a
    line, or carry decorations its heading leaves out), levels are mended from the numbering
    around a heading and headings that lost their numbers are found (:func:`mend_levels`,
    :func:`unnumbered_headings`, :func:`lead_headings`)."""
    blocks: list[Block] = []
    pos = 0
    lines = text.splitlines(keepends=True)
    title, end, heading = title_line(lines), None, None
    if repairs:
        choice = choose_title(lines)
        title = choice.line if choice and choice.source != "blurb" else None
        end, heading = (choice.end, choice.text) if title is not None else (None, None)
    for number, line in enumerate(lines):
        rest = line
        if repairs and title is not None and number == title + 1 and PRESIDED.match(line.strip()):
            blocks[-1] = replace(blocks[-1], text=blocks[-1].text + line)  # 某某主持 under it
            pos += len(line)
            continue
        if number == title:
            cut = len(line) if end is None or not line[end:].strip() else end
            blocks.append(Block(pos, line[:cut], "title", heading or line.strip()))
            rest = line[cut:]
        if rest:
            offset = pos + len(line) - len(rest)
            for k, segment in enumerate(split_line(rest)):
                level = level_of(segment)
                if k > 0 and level == "para":
                    level = "item"
                blocks.append(Block(offset, segment, level, heading_of(segment, level)))
                offset += len(segment)
        pos += len(line)
    return mend_levels(lead_headings(unnumbered_headings(blocks))) if repairs else blocks


CN_DIGITS = "一二三四五六七八九"
NUMBER = re.compile(f"^[（(]?([{CN_DIGITS}十]{{1,3}}|\\d{{1,2}})[)）、.．]")


def heading_number(text: str) -> int:
    """The number a heading's mark gives it (0 when it has none).

    >>> [heading_number(h) for h in ("（四）党委的领导", "（3）网络安全", "十二、", "加强")]
    [4, 3, 12, 0]
    """
    m = NUMBER.match(text)
    if not m:
        return 0
    value = m[1]
    if value.isdigit():
        return int(value)
    tens, _, ones = value.rpartition("十")
    if "十" not in value:
        return CN_DIGITS.index(value) + 1 if len(value) == 1 else 0
    ten = CN_DIGITS.index(tens) + 1 if tens else 1
    return ten * 10 + (CN_DIGITS.index(ones) + 1 if ones else 0)


def mend_levels(blocks: list[Block]) -> list[Block]:
    """Levels read from the numbering around a heading when its own mark misleads.

    A heading whose number sits between two siblings of another style takes their level
    (（二）… （3）… （四）…: the （3） is an h2). A heading on its own line followed at once by
    a heading of the same style that counts again from one is a level higher, in a text
    without that higher level (（一）推进思想政治工作 / （一）落实领导责任。…: an h1).

    >>> b = [Block(0, "（一）推进思想政治工作\\n", "h2", "（一）推进思想政治工作")]
    >>> b += [Block(12, "（一）落实领导责任。", "h2", "（一）落实领导责任。")]
    >>> [x.level for x in mend_levels(b)]
    ['h1', 'h2']
    """
    heads = [k for k, b in enumerate(blocks) if b.level in HEADING_LEVELS]
    levels = {k: blocks[k].level for k in heads}
    for before, k, after in zip(heads, heads[1:], heads[2:], strict=False):
        if _between_siblings(blocks[before], blocks[k], blocks[after]):
            levels[k] = blocks[before].level
    present = set(levels.values())
    for k, following in itertools.pairwise(heads):
        up = HEADING_LEVELS[max(HEADING_LEVELS.index(blocks[k].level) - 1, 0)]
        if following == k + 1 and up not in present and _restarts(blocks[k], blocks[following]):
            levels[k] = up
            # its siblings numbered its way go up with it when their parts are numbered
            # another way (1. 2. 3. over （1）（2）; not （一） over （一）（二）)
            style = mark_style(blocks[k].text)
            if style != mark_style(blocks[following].text):
                for j in heads:
                    if blocks[j].level == blocks[k].level and mark_style(blocks[j].text) == style:
                        levels[j] = up
    return [replace(b, level=levels.get(k, b.level)) for k, b in enumerate(blocks)]


def mark_style(text: str) -> tuple[bool, bool] | None:
    """Which way a heading is numbered, read from the mark :func:`heading_number` reads:
    (in brackets, in digits); None for no mark.

    >>> [mark_style(h) for h in ("1.提高认识", "（1）书记带头", "（二）加强", "三、问题", "加强")]
    [(False, True), (True, True), (True, False), (False, False), None]
    """
    m = NUMBER.match(text)
    return (text[0] in "（(", m[1].isdigit()) if m else None


def _between_siblings(before: Block, block: Block, after: Block) -> bool:
    """（二）… （3）… （四）…: numbered n between n-1 and n+1 of one other level."""
    n = heading_number(block.text)
    return (
        before.level == after.level != block.level
        and n > 1
        and heading_number(before.text) == n - 1
        and heading_number(after.text) == n + 1
    )


def _restarts(block: Block, following: Block) -> bool:
    """A heading alone on its line, then one of the same level that counts from one. A line
    that ends a sentence (3.工作方法还需进一步强化。) is the last item of a list, and the 1. after
    it starts the next list.

    >>> one = Block(30, "1.校团委要认真负责。", "h3", "1.校团委要认真负责。")
    >>> work = Block(0, "（一）推进思想政治工作\\n", "h2", "（一）推进思想政治工作")
    >>> last = Block(0, "3.手段还需强化。\\n", "h3", "3.手段还需强化。")
    >>> _restarts(work, replace(one, level="h2")), _restarts(last, one)
    (True, False)
    """
    return (
        block.level == following.level != "h1"
        and heading_number(following.text) == 1
        and block.heading == block.text.strip()
        and not block.heading.endswith(("。", "；", "！", "？"))
    )


# A heading that lost its number (Word's automatic numbering does not survive copying):
# a short line of its own, no sentence in it, no date or figure, with prose after it.
BARE_HEADING = re.compile(r"^(?![—－-])[^。！？；：:（(\d×]{4,20}$")
SECTION_NAME = re.compile(
    r"(?:情况|做法|成效|成绩|成果|亮点|问题|不足|原因|打算|措施|思路|经验|体会|概述|概况|分析|建议|对策)$"
    r"|^(?:主要|重点)工作$"
)
PROSE_MIN = 40


def unnumbered_headings(blocks: list[Block]) -> list[Block]:
    """Headings in a report whose headings have no numbers at all: a section name
    (…情况, …问题, …打算) is an h1, a heading right under a heading or after a section's name
    an h2, any other an h1.

    >>> prose = "院党委组建意识形态工作领导小组，由党委书记任组长、院长任副组长，每季度专题研究。"
    >>> b = [Block(0, "工作开展情况\\n", "para", None), Block(7, "强化组织领导\\n", "para", None)]
    >>> [x.level for x in unnumbered_headings(b + [Block(14, prose, "para", None)])]
    ['h1', 'h2', 'para']
    """
    if any(b.level == "h1" for b in blocks):
        return blocks
    if any(b.level in HEADING_LEVELS for b in blocks):
        return _bare_over_numbered(blocks)
    out: list[Block] = []
    for k, block in enumerate(blocks):
        if _bare_heading(blocks, k):
            level = _bare_level(block.text.strip(), out)
            block = replace(block, level=level, heading=block.text.strip())
        out.append(block)
    return out


def _bare_over_numbered(blocks: list[Block]) -> list[Block]:
    """Top headings without numbers over numbered ones (问题分析 / （一）不良信息扩散): a
    section's name alone on its line, with prose or a numbered heading under it, is an h1.

    >>> prose = "近年来，伴随互联网技术的快速发展，各类网络话题不断涌现，舆论生态深刻变化。"
    >>> b = [Block(0, "问题分析\\n", "para", None), Block(5, "（一）不良\\n", "h2", "（一）")]
    >>> [x.level for x in _bare_over_numbered(b + [Block(11, prose, "para", None)])]
    ['h1', 'h2', 'para']

    A section's name as a label, its numbered points run in after it, is one too:

    >>> b = [Block(0, "宗教场所情况：", "para", None), Block(7, "1.安全情况良好。", "h3", "1.")]
    >>> [x.level for x in _bare_over_numbered(b)]
    ['h1', 'h3']
    >>> b = [Block(0, "主要抓了以下工作：", "para", None), Block(9, "1.加强学习。", "h3", "1.")]
    >>> [x.level for x in _bare_over_numbered(b)]
    ['para', 'h3']
    """
    out = list(blocks)
    for k, block in enumerate(blocks[:-1]):
        line = block.text.strip()
        below = blocks[k + 1]
        under = below.level in HEADING_LEVELS or (
            len(below.text.strip()) >= PROSE_MIN and "。" in below.text
        )
        if (
            block.level == "para"
            and block.text.endswith("\n")
            and BARE_HEADING.match(line)
            and SECTION_NAME.search(line)
            and under
        ) or (
            block.level == "para"
            and SECTION_LABEL.match(line)
            and (SECTION_NAME.search(line[:-1]) or SURVEY.search(line[:-1]))
            and below.level == "h3"
        ):
            out[k] = replace(block, level="h1", heading=line)
    return out


# A section's name as a label with numbered points run in after it (宗教场所情况：1.……2.……,
# 乡镇统战调研：1.……), not a lead-in (主要抓了以下几项工作：, 王某讲了三点：)
SECTION_LABEL = re.compile(r"^(?![—－-])[^，。！？；：:（(\d×]{4,14}[：:]$")
SURVEY = re.compile("(?:调研|调查|督查|检查)$")  # a survey's findings, part by part


# who chaired the meeting, on a line of its own under a news headline: 某某主持
PRESIDED = re.compile(r"^[\u4e00-\u9fff、]{2,16}(?:主持|出席并讲话)$")


def _bare_heading(blocks: list[Block], k: int) -> bool:
    """A short line with prose after it, or with another such heading and then prose."""
    block = blocks[k]
    if block.level != "para" or not block.text.endswith("\n"):
        return False
    line = block.text.strip()
    if PRESIDED.match(line):
        return False  # 某某主持, under a news headline: who chaired, not a heading
    if not (BARE_HEADING.match(line) or (paired_lead(line) and sentences(line) == [line])):
        return False  # 理论学习强根基 / 高举思想旗帜，深化理论武装。 alone on its line
    rest = [b.text.strip() for b in blocks[k + 1 : k + 3]]
    prose = [len(t) >= min(PROSE_MIN, 2 * len(line) + 8) and "。" in t for t in rest]
    return bool(prose) and (prose[0] or (len(rest) == 2 and bool(BARE_HEADING.match(rest[0]))))


def _bare_level(heading: str, before: list[Block]) -> str:
    previous = before[-1].level if before else "title"
    if previous in HEADING_LEVELS:
        return "h2" if previous == "h1" else previous
    # under a section's name (工作开展情况) the headings are its parts; after a heading that
    # names no section (理论学习强根基) the next one is its sibling
    section = any(b.level == "h1" and SECTION_NAME.search(b.heading or "") for b in before)
    return "h1" if SECTION_NAME.search(heading) or not section else "h2"


# A paragraph led by two short parallel clauses with no function word in them (强化组织领导，
# 落实主体责任。…): a heading that lost its number, when another paragraph of the section's
# siblings is led the same way.
