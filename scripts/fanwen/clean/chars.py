"""Character classes shared by the fixers.

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
