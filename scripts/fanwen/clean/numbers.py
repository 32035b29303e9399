"""Heading numbers the layout set apart from their words: a number left at the end of the
paragraph before (…领导权。三 / 要强化…) and a number alone on its line over the words it numbers
(a viewer's or a PDF's line break: 2. / 意识形态安全稳固。…). Both go back to their heading."""

from __future__ import annotations

import re

from .edits import Edit

NUMERAL = r"[一二三四五六七八九十]{1,3}|\d{1,2}"
DANGLING = re.compile(f"(?<=[。！？；])({NUMERAL})[ \\t]*\\n\\s*")
# a heading's number and nothing else on a line, then the words on the next line that is not
# blank (not a digit, not another heading's number)
LONE = re.compile(
    r"^[^\S\n]*(?:[一二三四五六七八九十]{1,3}、|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]"
    r"|\d{1,2}[.．、])(\s*\n\s*)(?=[^\s\d一二三四五六七八九十（(])",
    re.MULTILINE,
)


def find_dangling_numbers(text: str) -> list[Edit]:
    """A heading number left at a paragraph's end: …领导权。三 / 三要… loses the stray 三.

    >>> [(e.rule, e.before, e.after) for e in find_dangling_numbers("领导权。三\\n\\n三要强化")]
    [('dangling_heading_number', '三', '')]
    >>> [(e.before, e.after) for e in find_dangling_numbers("领导权。三\\n要强化")]
    [('三', ''), ('', '三')]
    """
    edits = []
    for m in DANGLING.finditer(text):
        numeral, following = m[1], text[m.end() :]
        if following.startswith(numeral):
            edits.append(Edit("dangling_heading_number", m.start(1), numeral))
        elif following[:1] in ("是", "要", "、", ".", "．"):
            edits.append(Edit("dangling_heading_number", m.start(1), numeral))
            edits.append(Edit("dangling_heading_number", m.end(), "", numeral))
    return edits


def find_lone_numbers(text: str) -> list[Edit]:
    """A heading's number alone on its line joins the words under it.

    >>> [(e.rule, e.before) for e in find_lone_numbers("成效明显。\\n2.\\n意识形态安全稳固。")]
    [('lone_heading_number', '\\n')]
    >>> find_lone_numbers("三、\\n二〇二二年")  # the next line starts with a numeral
    []
    """
    return [Edit("lone_heading_number", m.start(1), m[1]) for m in LONE.finditer(text)]
