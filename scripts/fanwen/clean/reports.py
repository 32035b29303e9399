"""Pages that bundle several reports (2篇…总结, 篇一/篇二): one text per report.

A report of a bundle opens with a marker line that the noise rules know (``article_marker``
篇二, ``article_prefix`` 第二篇：…, ``article_suffix`` …总结篇2): the same data that removes the
markers while cleaning decides here where a report starts. A page is split only when its
markers count up (篇一, 篇二, …): one marker alone, or numbers out of order, split nothing.
What stands before the first marker (the bundle's title, a 小编 intro) goes with the first
report, where cleaning removes it as noise. Splitting changes no character: the pieces
joined give the text back.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from .tables import compile_any, noise_table

MARKER_RULES = ("article_marker", "article_prefix", "article_suffix")
NUMERALS = "一二三四五六七八九十"
NUMBER = re.compile(
    f"篇\\s*([{NUMERALS}]{{1,3}}|\\d{{1,3}})|第\\s*([{NUMERALS}]{{1,3}}|\\d{{1,3}})\\s*篇"
    r"|[（(]\s*(\d{1,2})\s*[)）]\s*$"  # …总结(2): a copy number in brackets ends the name
)


@cache
def _markers() -> re.Pattern[str]:
    table = noise_table()
    patterns = [p for r in table.lines + table.spans if r.name in MARKER_RULES for p in r.patterns]
    return compile_any(patterns, table.macros, "report markers")


def numeral(text: str) -> int:
    """篇三 / 第12篇 / 篇4 -> 3, 12, 4; 0 when the text holds no such number.

    >>> numeral("意识形态工作总结篇三"), numeral("第十二篇："), numeral("篇4"), numeral("一篇")
    (3, 12, 4, 0)
    >>> numeral("2016年教育局意识形态工作总结(2)")
    2
    """
    m = NUMBER.search(text)
    if not m:
        return 0
    value = m[1] or m[2] or m[3]
    if value.isdigit():
        return int(value)
    tens, _, ones = value.rpartition("十")
    if "十" not in value:
        return NUMERALS.index(value) + 1 if len(value) == 1 else 0
    return (NUMERALS.index(tens) + 1 if tens else 1) * 10 + (
        NUMERALS.index(ones) + 1 if ones else 0
    )


def report_starts(text: str) -> list[int]:
    """Offsets of the lines that open the second, third, … report of a bundle page."""
    found = []
    offset = 0
    for line in text.splitlines(keepends=True):
        if len(line) <= 80 and _markers().search(line) and (n := numeral(line)):
            found.append((offset, n))
        offset += len(line)
    if len(found) < 2 or any(b != a + 1 for (_, a), (_, b) in itertools.pairwise(found)):
        return []
    return [start for start, _ in found[1:]]


def split_reports(text: str) -> list[str]:
    """The text of each report of the page, in order; a single report stays whole.

    >>> split_reports("2篇工作总结\\n篇一\\n甲局总结。\\n篇二\\n乙局总结。\\n")
    ['2篇工作总结\\n篇一\\n甲局总结。\\n', '篇二\\n乙局总结。\\n']
    >>> split_reports("工作总结篇1\\n甲局总结。\\n")
    ['工作总结篇1\\n甲局总结。\\n']

    Markers of a page in traditional characters, after a record's name (会议记录):

    >>> len(split_reports("研判會議記錄篇一\\n甲。\\n研判會議記錄篇二\\n乙。\\n"))
    2
    """
    cuts = [0, *report_starts(text), len(text)]
    return [text[a:b] for a, b in itertools.pairwise(cuts)]
