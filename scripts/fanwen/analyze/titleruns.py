"""A report's title run on into its opening on one line (县水利局意识形态工作情况汇报在县委的
领导下，……): where the name ends, for :mod:`fanwen.analyze.titles` to score as a candidate.
"""

from __future__ import annotations

import re

from ..clean.chars import TITLE_LEN
from .titlerules import patterns

CLAUSE_STOP = re.compile("[。！？；，,：:“”]")
CONTINUES = re.compile("^[及和暨与并、（(]")  # 总结及下步打算: the name goes on


# A bundle's count or a piece's number between a name and what follows it: 8篇, 篇1, 十篇1.
COUNT_AFTER = re.compile(
    "^[一二三四五六七八九十\\d]{0,3}篇(?:\\d{1,2}(?!\\d)|[一二三四五六七八九十]{1,3})?"
)


# A site's word after the report's name, before the opening runs on (…报告供借鉴近年来，…).
DECORATION_AFTER = re.compile("^(?:精编|精选|最新|优秀|供借鉴|供参考)")


# Not an opening after a meeting's name, but where or how long it was held (……会议在……举行，
# ……培训班为期三天): the line is a lead with no headline in it.
HELD_AT = re.compile("(?:在|于)[^，。；,]{0,20}(?:举行|召开|进行)|为期")


def _name_ends(text: str) -> list[re.Match[str]]:
    """Where a report's name may end in ``text``: at a kind or a section's end, or at the
    meeting a headline names, in reading order."""
    p = patterns()
    ends = [*p.name_end.finditer(text), *p.meeting_end.finditer(text)]
    return sorted(ends, key=lambda m: (m.end(), m.re is p.meeting_end))


def runon_front(line: str) -> tuple[int, str] | None:
    """The front of a line that runs on into the opening, ending where the report's name ends
    and an opening's first words begin (a year's clause, 今年, 在, 为, 根据 …): where it ends in
    the line, and its words as written (decorations not yet peeled). A page's name with its
    count before the report's own name starts the front after the count.

    >>> runon_front("县水利局意识形态工作情况汇报在县委的领导下，局党组……。")[1]
    '县水利局意识形态工作情况汇报'
    >>> runon_front("镇宣传工作总结8篇镇2023年宣传工作总结篇1今年以来，……。")[1]
    '镇2023年宣传工作总结篇1'
    >>> runon_front("社区思想政治工作情况调研报告供借鉴近年来，……。")[1]
    '社区思想政治工作情况调研报告供借鉴'
    >>> runon_front("园区召开意识形态工作研判会议为全面落实部署，……。")[1]
    '园区召开意识形态工作研判会议'
    """
    p = patterns()
    start = 0
    for m in _name_ends(line[: TITLE_LEN + 10]):
        front, rest = line[start : m.end()], line[m.end() :]
        if CLAUSE_STOP.search(front) or front.count("《") > front.count("》") or len(front) < 6:
            return None
        if m.re is p.meeting_end and not p.meeting_held.search(front):
            continue  # …会 not a meeting held: the name goes on
        if not rest or CONTINUES.match(rest) or p.name_end.match(rest) or CLAUSE_STOP.match(rest):
            continue
        if re.match(f"[\u4e00-\u9fff]{{1,4}}?(?:{p.kind.pattern})", rest):
            continue  # 情况 | 调研报告: the name ends at the report's kind
        count = COUNT_AFTER.match(rest)
        after = rest[count.end() :] if count else rest
        deco = DECORATION_AFTER.match(after)  # …调研报告供借鉴近年来，…
        after = after[deco.end() :] if deco else after
        page_count = bool(count) and count[0].endswith("篇")  # 8篇: a page's name, ended
        if p.openers.match(after) and not page_count and not HELD_AT.match(after):
            raw = front + (count[0] if count else "") + (deco[0] if deco else "")
            return m.end() + len(raw) - len(front), raw
        if not count and p.held.search(front):
            continue  # 召开…研判 | 联席会议: a headline goes on to the meeting it names
        if not count:  # …总结范文精选3篇，: a page's name, not a run-on title
            return None
        start = m.end() + count.end()  # 8篇: a page's name ends here, the report's begins
    return None
