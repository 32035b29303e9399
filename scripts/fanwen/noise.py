"""Noise fixers driven by ``data/noise.yaml``: whole lines, spans, page tails, page titles."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .chars import SENTENCE_END, lines_with_offsets
from .edits import Edit
from .rules import compile_any, noise_table

HEAD_LINES = 6  # a page title and its repeats stand within the first lines
TITLE_MAX = 80


@dataclass(frozen=True)
class Compiled:
    name: str
    regex: re.Pattern[str]
    max_len: int = 0
    replace: str = ""


@cache
def _rules() -> dict[str, list[Compiled]]:
    table = noise_table()
    m = table.macros
    return {
        "lines": [
            Compiled(r.name, compile_any(r.patterns, m, r.name), r.max_len) for r in table.lines
        ],
        "spans": [
            Compiled(r.name, compile_any(r.patterns, m, r.name), replace=r.replace)
            for r in table.spans
        ],
        "tails": [Compiled(r.name, compile_any([r.start], m, r.name)) for r in table.tails],
        "titles": [
            Compiled(r.name, compile_any(r.patterns, m, r.name)) for r in table.title_suffixes
        ],
    }


def _drop_line(rule: str, start: int, line: str, text: str) -> Edit:
    """Remove a line with its newline (the one before it, for a last line)."""
    end = start + len(line)
    if end < len(text):
        return Edit(rule, start, text[start : end + 1])
    if start > 0:
        return Edit(rule, start - 1, text[start - 1 : end])
    return Edit(rule, start, line)


def find_noise_lines(text: str) -> list[Edit]:
    """Whole lines of site furniture.

    >>> [e.rule for e in find_noise_lines("第一范文网 www.dyfw.com\\n坚持守土有责。\\n221381")]
    ['site_banner', 'numeric_id']
    """
    edits = []
    for start, line in lines_with_offsets(text):
        stripped = line.strip()
        if not stripped:
            continue
        for rule in _rules()["lines"]:
            if len(stripped) <= rule.max_len and rule.regex.search(stripped):
                edits.append(_drop_line(rule.name, start, line, text))
                break
    return edits


def find_noise_spans(text: str) -> list[Edit]:
    """Watermarks and markers inside lines.

    >>> [e.before for e in find_noise_spans("见效。笔杆儿网www.bgzjy.cn\\n落实##paidbegin##各项")]
    ['笔杆儿网www.bgzjy.cn', '##paidbegin##']
    """
    edits: list[Edit] = []
    for rule in _rules()["spans"]:
        edits += [
            Edit(rule.name, m.start(), m[0], rule.replace)
            for m in rule.regex.finditer(text)
            if m[0]
        ]
    return edits


def _is_prose(line: str) -> bool:
    return len(line.strip()) > 40 and "。" in line


def find_noise_tails(text: str) -> list[Edit]:
    """From a '相关推荐' line to the end, when what follows is only a list of links."""
    lines = lines_with_offsets(text)
    for k, (start, line) in enumerate(lines):
        for rule in _rules()["tails"]:
            if rule.regex.search(line) and not any(_is_prose(rest) for _, rest in lines[k + 1 :]):
                begin = start - 1 if start > 0 else start
                return [Edit(rule.name, begin, text[begin:])]
    return []


def _head(text: str) -> list[tuple[int, str]]:
    """The first non-empty lines, where a page's own title stands."""
    return [(s, ln) for s, ln in lines_with_offsets(text) if ln.strip()][:HEAD_LINES]


def _title_like(line: str) -> bool:
    stripped = line.strip()
    return 0 < len(stripped) <= TITLE_MAX and not any(ch in stripped for ch in SENTENCE_END)


def find_title_suffix(text: str) -> list[Edit]:
    """SEO suffixes on title lines: 意识形态工作总结_范文大全_笔杆儿网 -> 意识形态工作总结.

    >>> find_title_suffix("意识形态工作总结(通用5篇)\\n一、")[0].before
    '(通用5篇)'
    """
    edits = []
    for start, line in _head(text)[:3]:
        if not _title_like(line):
            continue
        for rule in _rules()["titles"]:
            m = rule.regex.search(line)
            if m and m.start() > 0 and line[: m.start()].strip():
                edits.append(Edit(rule.name, start + m.start(), m[0]))
                break
    return edits


def _title_key(line: str) -> str:
    return re.sub(r"\s+", "", line)


def find_repeated_title(text: str) -> list[Edit]:
    """A page title repeated above the report's own title: the first copy goes.

    >>> find_repeated_title("2022年工作情况报告\\n2022年工作情况报告\\n正文")[0].start
    0
    """
    head = [(s, ln) for s, ln in _head(text) if _title_like(ln)]
    for k, (start, line) in enumerate(head):
        if any(_title_key(line) == _title_key(other) for _, other in head[k + 1 :]):
            return [_drop_line("repeated_title", start, line, text)]
    return []
