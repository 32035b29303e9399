"""The cleaning pipeline: an ordered list of small named fixers, each switchable.

Like python-ftfy's ``fix_and_explain``, :func:`fix_and_explain` returns the text and
what was done to it; here every change is kept with its rule and position, so
:meth:`CleanResult.rebuild` gives back the original text exactly.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from functools import cache

from . import fixers, layout, lineclass, noise, numbers
from .edits import Change, Edit, PositionMap, apply_edits, undo
from .tables import char_table

MAX_ROUNDS = 8


@dataclass(frozen=True)
class Fixer:
    name: str
    find: Callable[[str], list[Edit]]

    def __call__(self, text: str) -> str:
        return apply_edits(text, self.find(text))[0]


# Order matters: decode-level repairs, then noise (on text as the site gave it), then
# placeholders (before spaces, which would take a deleted number's gap), then layout
# and punctuation.
FIXERS: tuple[Fixer, ...] = (
    Fixer("line_breaks", fixers.find_line_breaks),
    Fixer("invisible", fixers.find_invisible),
    Fixer("html_entities", fixers.find_entities),
    Fixer("fullwidth_alnum", fixers.find_fullwidth_alnum),
    Fixer("traditional_to_simplified", fixers.find_traditional),
    Fixer("pinyin_debris", fixers.find_pinyin_debris),
    Fixer("markdown_marks", fixers.find_markdown_marks),
    Fixer("shared_title", noise.find_shared_title),
    Fixer("picture_caption", noise.find_picture_captions),
    Fixer("noise_lines", noise.find_noise_lines),
    Fixer("bundle_labels", noise.find_bundle_labels),
    Fixer("noise_spans", noise.find_noise_spans),
    Fixer("noise_tails", noise.find_noise_tails),
    Fixer("title_suffix", noise.find_title_suffix),
    Fixer("repeated_title", noise.find_repeated_title),
    Fixer("noise_classifier", lineclass.find_classified_noise),
    Fixer("placeholders", fixers.find_placeholders),
    Fixer("page_markers", layout.find_page_markers),
    Fixer("lone_numbers", numbers.find_lone_numbers),
    Fixer("broken_title", layout.find_broken_title),
    Fixer("inline_headings", layout.find_inline_headings),
    Fixer("spaces", fixers.find_spaces),
    Fixer("pdf_line_joins", layout.find_pdf_joins),
    Fixer("dangling_numbers", numbers.find_dangling_numbers),
    Fixer("blank_lines", layout.find_blank_lines),
    Fixer("punctuation", fixers.find_punctuation),
    Fixer("doubled_marks", fixers.find_doubled_marks),
    Fixer("brackets", fixers.find_brackets),
    Fixer("quotes", fixers.find_quotes),
)
FIXER_NAMES = tuple(f.name for f in FIXERS)
NOISE_FIXERS = frozenset(
    {
        "noise_lines",
        "noise_spans",
        "noise_tails",
        "noise_classifier",
        "title_suffix",
        "repeated_title",
        "bundle_labels",
        "shared_title",
        "picture_caption",
    }
)


@dataclass(frozen=True)
class Flag:
    """Something worth a look that cleaning does not change: a suspect typo or an editor's note."""

    kind: str  # "suspect" | "note"
    note: str
    pos: int
    text: str


@dataclass
class CleanResult:
    """Cleaned text, every change in order of application, and flags on the result."""

    original: str
    text: str
    steps: list[tuple[str, list[Change]]] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)

    @property
    def changes(self) -> list[Change]:
        """All changes, each with ``origin`` (offset) and ``line`` in the original text."""
        maps: list[PositionMap] = []
        starts = [0] + [m.end() for m in re.finditer("\n", self.original)]
        out = []
        for _, changes in self.steps:
            for c in changes:
                origin = c.pos
                for pmap in reversed(maps):
                    origin = pmap.back(origin)
                out.append(replace(c, origin=origin, line=bisect_right(starts, origin)))
            maps.append(PositionMap(changes))
        return out

    @property
    def removed(self) -> list[Change]:
        return [c for c in self.changes if c.kind == "removed"]

    def rebuild(self) -> str:
        """The original text, from the cleaned text and the log alone."""
        text = self.text
        for _, changes in reversed(self.steps):
            text = undo(text, changes)
        return text


def fix_and_explain(text: str, skip: Collection[str] = ()) -> CleanResult:
    """Clean ``text``; ``skip`` names fixers to switch off.

    >>> r = fix_and_explain("落地见效。笔杆儿网www.bgzjy.cn\\r\\n召开会议*次")
    >>> r.text
    '落地见效。\\n召开会议××次\\n'
    >>> [c.rule for c in r.changes]
    ['line_breaks', 'watermark', 'placeholder', 'final_newline']
    >>> r.rebuild() == "落地见效。笔杆儿网www.bgzjy.cn\\r\\n召开会议*次"
    True
    """
    unknown = set(skip) - set(FIXER_NAMES)
    if unknown:
        raise ValueError(f"unknown fixer(s): {', '.join(sorted(unknown))}")
    result = CleanResult(original=text, text=text)
    for _ in range(MAX_ROUNDS):
        changed = False
        for fixer in FIXERS:
            if fixer.name in skip:
                continue
            new_text, changes = apply_edits(result.text, fixer.find(result.text))
            if changes:
                result.steps.append((fixer.name, changes))
                result.text = new_text
                changed = True
        if not changed:
            break
    result.flags = find_flags(result.text)
    return result


def clean_text(text: str) -> str:
    """Just the cleaned text.

    >>> clean_text("2022年以来,局党组坚持\\"两个维护\\"")
    '2022年以来，局党组坚持“两个维护”\\n'
    """
    return fix_and_explain(text).text


@cache
def _flag_patterns() -> list[tuple[str, str, re.Pattern[str]]]:
    table = char_table()
    out = [("suspect", s.note, re.compile(s.pattern)) for s in table.suspects]
    return out + [("note", "编者提示，填写时按实际处理", re.compile(p)) for p in table.notes]


def find_flags(text: str) -> list[Flag]:
    """Suspect typos and editor's notes in the cleaned text (nothing is changed).

    >>> [(f.kind, f.text) for f in find_flags("意识形态工作上的的引导（此处请结合实际添加）")]
    [('suspect', '的的'), ('note', '（此处请结合实际添加）')]
    """
    flags = {
        (m.start(), kind, m[0]): Flag(kind, note, m.start(), m[0])
        for kind, note, pattern in reversed(_flag_patterns())
        for m in pattern.finditer(text)
    }
    return [flags[key] for key in sorted(flags)]
