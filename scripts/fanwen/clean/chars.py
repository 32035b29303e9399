"""Character classes shared by the fixers, and the constants every stage shares.

>>> is_cjk("意"), is_zh("，"), is_zh("a")
(True, True, False)
"""

from __future__ import annotations

import re

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RE = re.compile(f"[{CJK}]")
WIDE_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】「」『』〔〕…—·～×"
ZH_RE = re.compile(f"[{CJK}{re.escape(WIDE_PUNCT)}]")
SENTENCE_END = "。！？…"
TITLE_LEN = 60  # a report title is at most this many characters (clean, analyze, the browser)
# The words that name a kind of text (文种), and those that end a title or a section's name
# alike (……工作情况 is a heading too): one table for every stage that asks whether a line names
# what it is (titles, page titles, broken titles, line features, the browser's title test).
# Traditional forms are there for the raw page (a bundle's markers are found before cleaning
# turns it into simplified characters: ……會議記錄篇二); 记录 itself is no kind (做好会议记录).
KIND_WORDS = (
    "总结|小结|报告|汇报|通报|研判|材料|综述|说明|自查|述职|方案|讲话|发言"
    "|總結|報告|匯報|彙報|通報|綜述|說明|述職|講話|發言|記錄"
)
SECTION_ENDS = "情况|打算|计划|要点|安排|回顾"
# The meetings a news headline says were held (……召开……述职评议会): one table for cleaning (a
# headline broken after its verb) and analysis (a headline that makes a news piece).
MEETING_WORDS = "座谈会|评议会|会议|会"
# Right after one of them (every word has two characters: a fixed-width look-behind).
KIND_END = f"(?<={KIND_WORDS}|{SECTION_ENDS})"
# Full-width ASCII (U+FF01-FF5E) as ASCII, and the letters and digits alone: the one folding
# the fixers, the checker's probes and keys, and the search index use.
WIDE_ASCII = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
WIDE_ALNUM = {c: c - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
              for c in range(r[0], r[1] + 1)}  # fmt: skip


def ascii_width(text: str, table: dict[int, int] = WIDE_ALNUM) -> str:
    """Full-width letters and digits (or, with ``WIDE_ASCII``, all of full-width ASCII) as
    ASCII, one character for one.

    >>> ascii_width("２０２３年ＡＩ．"), ascii_width("ｗｗｗ．", WIDE_ASCII)
    ('2023年AI．', 'www.')
    """
    return text.translate(table)


def is_cjk(ch: str) -> bool:
    return bool(ch) and CJK_RE.fullmatch(ch) is not None


def is_zh(ch: str) -> bool:
    """A Chinese character or full-width punctuation: the context that makes ASCII foreign."""
    return bool(ch) and ZH_RE.fullmatch(ch) is not None


def cjk_count(text: str) -> int:
    return len(CJK_RE.findall(text))


def lines_with_offsets(text: str) -> list[tuple[int, str]]:
    """Each line (without its newline) with the offset where it starts.

    >>> lines_with_offsets("一、\\n坚持")
    [(0, '一、'), (3, '坚持')]
    """
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def display_width(line: str) -> int:
    """Columns a line takes in print: Chinese characters count two."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in line)
