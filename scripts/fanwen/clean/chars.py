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
