"""The text the structure checks read, the same in both engines (``structureText`` in
``scripts/web/check/structure.js``).

The browser cannot run the cleaning pipeline, so neither engine does for a draft: both read
the draft without the website text the surface checks found, placeholders written ××, ASCII
punctuation beside Chinese made full-width, each line trimmed, blank lines dropped; a draft
written mostly in traditional characters is first read in simplified ones, one character for
one, from :func:`simplified_table` (OpenCC's t2s, for the characters of the rules), which the
browser gets in its rules, and without pinyin debris (总结(jié)); a page pasted as one run-on
line is cut before its inline headings (cleaning's ``inline_headings``, ported to
``scripts/web/check/runon.js``). Other layout repairs and the line classifier are left out; an
exemplar's analysis on the site still reads the fully cleaned text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

import opencc

from ..analyze.snippets import Library
from ..analyze.structure import LEVELS
from ..analyze.techniques import table as technique_table
from ..clean.chars import CJK
from ..clean.edits import apply_edits
from ..clean.fixers import PINYIN_CUT_RE, PINYIN_RE
from ..clean.layout import find_inline_headings
from .findings import Finding
from .settings import draft_settings
from .surface import surface_specs

HALF = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", ".": "。"}
PUNCT_RE = re.compile(f"(?<=[{CJK}])[,;:?!.]|[,;:?!](?=[{CJK}])")
TRADITIONAL_MIN = 2  # as the cleaning's traditional_to_simplified: at least two such characters


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@cache
def _pairs() -> tuple[tuple[str, str], ...]:
    """Every Han character OpenCC's t2s turns into another single character."""
    out = []
    for a, b in ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00)):
        for c in map(chr, range(a, b)):
            s = _t2s().convert(c)
            if s != c and len(s) == 1:
                out.append((c, s))
    return tuple(out)


def simplified_table(vocabulary: Iterable[str]) -> dict[str, str]:
    """Traditional characters whose simplified form (OpenCC t2s, one character for one) is a
    character of ``vocabulary`` (the rules' text): the only ones a rule can see converted.
    Built once per vocabulary (every draft check asks for the same one); do not change it.

    >>> sorted(set(simplified_table(["意识形态"]).values()))
    ['态', '识']
    """
    return _table_for(tuple(vocabulary))


@lru_cache(maxsize=8)
def _table_for(vocabulary: tuple[str, ...]) -> dict[str, str]:
    wanted = set("".join(vocabulary))
    return {c: s for c, s in _pairs() if s in wanted}


def vocabulary(library: Library) -> list[str]:
    """The text of the rules the structure text is read with: role cues, themes, duties,
    events, data and level patterns, and the surface rules (website text, placeholders).

    >>> from fanwen.analyze.snippets import default_library
    >>> "意识形态" in "".join(vocabulary(default_library()))
    True
    """
    words = [p for t in library.ordered_roles() for p in
             (*t.cues.headings, *t.cues.transitions, *t.cues.subheadings)]  # fmt: skip
    words += [p for t in library.themes for p in t.cues]
    words += [p for d in library.duties for p in d.cues] + [d.name for d in library.duties]
    words += [*draft_settings().events, technique_table().data_evidence.pattern]
    words += [p.pattern for _, p in LEVELS] + [s.pattern for s in surface_specs()]
    return words


def plain_text(text: str, table: dict[str, str]) -> str:
    """The draft in simplified characters (:func:`simplified`), without the pinyin a broken
    converter left beside them (cleaning's ``pinyin_debris``): both engines read it.

    >>> plain_text("總結(jié)報(bào)告", {"總": "总", "結": "结", "報": "报"})
    '总结报告'
    """
    return PINYIN_CUT_RE.sub("", PINYIN_RE.sub("", simplified(text, table)))


def simplified(text: str, table: dict[str, str]) -> str:
    """``text`` in simplified characters when at least ``TRADITIONAL_MIN`` of them are in
    ``table``, else as it is.

    >>> simplified("落實意識形態", {"實": "实", "識": "识", "態": "态"})
    '落实意识形态'
    >>> simplified("意識形态", {"識": "识"})
    '意識形态'
    """
    if sum(c in table for c in text) < TRADITIONAL_MIN:
        return text
    return "".join(table.get(c, c) for c in text)


def structure_text(text: str, surface: list[Finding]) -> str:
    """The draft as the structure checks read it, from its surface findings.

    >>> from fanwen.check.surface import surface_findings
    >>> draft = "笔杆儿网www.bgzjy.cn\\n 一、学习*次 \\n\\n召开会议,学习"
    >>> structure_text(draft, surface_findings(draft))
    '一、学习××次\\n召开会议，学习\\n'
    """
    edits = sorted(
        (f for f in surface if f.rule.startswith("noise.") or f.rule in RUN_RULES),
        key=lambda f: f.start if f.start is not None else -1,
    )
    out, at = [], 0
    for f in edits:
        if f.start is None or f.end is None or f.start < at:
            continue
        out.append(text[at : f.start] + ("" if f.rule.startswith("noise.") else "××"))
        at = f.end
    out.append(text[at:])
    joined = PUNCT_RE.sub(lambda m: HALF[m.group()], "".join(out))
    joined = apply_edits(joined, find_inline_headings(joined))[0]
    lines = [line.strip() for line in joined.split("\n")]
    kept = [line for line in lines if line]
    return "\n".join(kept) + "\n" if kept else ""


RUN_RULES = frozenset({"placeholder.run", "placeholder.gap"})
