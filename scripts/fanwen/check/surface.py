"""Checks on the draft as it was typed or pasted: placeholders, website text, masks, typos.

The draft is NOT cleaned first: cleaning would remove the site text and turn placeholders
into ××, which is exactly what these checks look for. The rules are cleaning's own data, read
from the same tables (``clean/data/noise.yaml``, ``clean/data/charmap.yaml``): every span a
noise rule would remove is a finding with the rule's ``about``. They are listed once, as
:class:`Spec` objects, which both :func:`surface_findings` here and the browser engine
(through :mod:`fanwen.check.browser_rules`) apply in the same order with the same logic:

1. ``line``: a line whose stripped text is at most ``max_len`` long and matches (first rule wins);
2. ``tail``: a 相关推荐 line and the list of links after it, up to the first line of prose;
3. ``title``: SEO suffixes peeled off the title-like lines at the top;
4. ``span``, ``field``, ``note``, ``run``, ``gap``, ``mask``, ``typo``: every match, unless it
   overlaps a finding made before it (a typo: unless it overlaps website text). A ``run``
   (××, XX, ***, 某某) counts only beside Chinese; typos are read with runs as ×× (XX大大).

Full-width letters and digits are read as ASCII (as cleaning does first), so ｗｗｗ.ｘ.ｃｏｍ
is a web address; the span reported is the draft's own text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..clean.chars import CJK, WIDE_ASCII, WIDE_PUNCT, ascii_width, lines_with_offsets
from ..clean.fixers import FULLWIDTH_RE
from ..clean.noise import TITLE_LINES, title_head
from ..clean.tables import char_table, expand, noise_table
from .findings import Finding, overlaps
from .settings import draft_settings

ZH = f"[{CJK}{re.escape(WIDE_PUNCT)}]"
PROSE_MIN = 40  # a line of prose ends a page tail: longer than this, with a 。


@dataclass(frozen=True)
class Spec:
    """One rule as both engines apply it."""

    rule: str
    kind: str  # line | tail | title | span | field | note | run | gap | mask | typo
    pattern: str  # Python syntax
    ignorecase: bool = False
    multiline: bool = False
    max_len: int = 0
    message: str = ""


def _joined(patterns: list[str], macros: dict[str, str]) -> str:
    return "|".join(f"(?:{expand(p, macros)})" for p in patterns)


@cache
def surface_specs() -> tuple[Spec, ...]:
    """Every surface rule, in the order it is applied."""
    settings, noise, chars = draft_settings(), noise_table(), char_table()
    m = noise.macros

    def site(kind: str, rule, patterns: list[str], max_len: int = 0) -> Spec:
        message = settings.message("noise", about=rule.about)
        return Spec(f"noise.{rule.name}", kind, _joined(patterns, m), True, True, max_len, message)

    specs = [site("line", r, r.patterns, r.max_len) for r in noise.lines]
    specs += [site("tail", r, [r.start]) for r in noise.tails]
    specs += [site("title", r, r.patterns) for r in noise.title_suffixes]
    specs += [site("span", r, r.patterns) for r in noise.spans]
    ph = chars.placeholders
    gaps = "|".join(map(re.escape, sorted(ph.gap_before, key=len, reverse=True)))
    not_gap = "|".join(map(re.escape, ph.not_gap_words))
    blank = "[ \u3000\u00a0]+"
    specs += [
        Spec("placeholder.field", "field", settings.fields,
             message=settings.message("placeholder.field")),
        Spec("placeholder.note", "note", _joined(chars.notes, {}),
             message=settings.message("placeholder.note")),
        Spec("placeholder.run", "run", f"{ph.runs}|{'|'.join(map(re.escape, ph.words))}",
             message=settings.message("placeholder.run")),
        Spec("placeholder.gap", "gap",
             f"(?<=[{CJK}]){blank}(?=(?:{gaps}))(?!{not_gap})|(?<=第){blank}(?=[{CJK}])",
             message=settings.message("placeholder.gap")),
        Spec("mask.word", "mask", settings.masks, message=settings.message("mask.word")),
    ]  # fmt: skip
    specs += [
        Spec(
            "typo.suspect", "typo", s.pattern, message=settings.message("typo.suspect", note=s.note)
        )
        for s in chars.suspects
    ]
    return tuple(specs)


@cache
def _compiled(spec: Spec) -> re.Pattern[str]:
    flags = (re.IGNORECASE if spec.ignorecase else 0) | (re.MULTILINE if spec.multiline else 0)
    return re.compile(spec.pattern, flags)


def probe_text(text: str) -> str:
    """The text as the rules read it: full-width letters and digits as ASCII, same length.

    >>> probe_text("ｗｗｗ．ｂｇｚｊｙ．ｃｎ，２０２３年")
    'www.bgzjy.cn，2023年'
    """
    return FULLWIDTH_RE.sub(lambda m: ascii_width(m[0], WIDE_ASCII), text)


def surface_findings(text: str) -> list[Finding]:
    """Every surface finding of ``text`` (line breaks already ``\\n``).

    >>> [(f.rule, f.text) for f in surface_findings("守土有责。笔杆儿网www.bgzjy.cn\\n开会*次")]
    [('noise.watermark', '笔杆儿网www.bgzjy.cn'), ('placeholder.run', '*')]
    """
    probe = probe_text(text)
    found: list[Finding] = []
    taken: list[tuple[int, int]] = []

    site: list[tuple[int, int]] = []  # website text: nothing inside it is reported again

    def add(spec: Spec, start: int, end: int) -> None:
        if spec.rule.startswith("noise.") and (inside := _widened(start, end, taken, site)):
            taken[:] = [s for s in taken if s not in inside]
            site[:] = [s for s in site if s not in inside]
            found[:] = [f for f in found if (f.start, f.end) not in inside]
        if end > start and not overlaps(start, end, site if spec.kind == "typo" else taken):
            taken.append((start, end))
            if spec.rule.startswith("noise."):
                site.append((start, end))
            found.append(_finding(spec, start, end, text[start:end]))

    specs = surface_specs()
    for start, end, spec in _line_spans(probe, [s for s in specs if s.kind == "line"]):
        add(spec, start, end)
    for start, end, spec in _tail_spans(probe, [s for s in specs if s.kind == "tail"]):
        add(spec, start, end)
    for start, end, spec in _title_spans(probe, [s for s in specs if s.kind == "title"]):
        add(spec, start, end)
    runs: list[tuple[int, int]] = []
    for spec in specs:
        if spec.kind in ("line", "tail", "title"):
            continue
        if spec.kind == "typo":  # read placeholders as cleaning writes them: XX大大 is ××大大
            chars = list(probe)
            for a, b in runs:
                chars[a:b] = "×" * (b - a)
            probe = "".join(chars)
        for m in _compiled(spec).finditer(probe):
            start, end = m.start(), m.end()
            if spec.kind == "run":
                if not _zh(probe[start - 1 : start] + probe[end:][:1]):
                    continue
                runs.append((start, end))
            if spec.kind in ("span", "tail"):
                start, end = _trimmed(text, start, end)
            add(spec, start, end)
    return found


def _widened(start: int, end: int, taken: list, site: list) -> list:
    """The findings [start, end) takes the place of: every one it overlaps, when it holds each
    whole and reaches past it, and each is website text (更多精彩范文请访问 before a watermark);
    else none.

    >>> _widened(0, 9, [(3, 9)], [(3, 9)]), _widened(0, 9, [(3, 12)], [(3, 12)])
    ([(3, 9)], [])
    >>> _widened(0, 9, [(0, 9)], [(0, 9)])  # the same span: the first rule keeps it
    []
    """
    inside = [s for s in taken if overlaps(start, end, [s])]
    wider = lambda s: start <= s[0] and s[1] <= end and s[1] - s[0] < end - start  # noqa: E731
    return inside if all(s in site and wider(s) for s in inside) else []


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without white space at either end (a noise span may take a line break)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _zh(chars: str) -> bool:
    """Is one of ``chars`` Chinese (a character or full-width punctuation)?"""
    return re.search(ZH, chars) is not None


def _finding(spec: Spec, start: int, end: int, text: str) -> Finding:
    settings = draft_settings()
    message = spec.message.replace("{text}", text)
    return settings.finding(spec.rule, message=message, start=start, end=end, text=text)


def _stripped(start: int, line: str) -> tuple[int, int]:
    """Where the line's text stands without white space at either end."""
    body = line.strip()
    lead = len(line) - len(line.lstrip())
    return start + lead, start + lead + len(body)


def _line_spans(text: str, specs: list[Spec]) -> list[tuple[int, int, Spec]]:
    out = []
    for start, line in lines_with_offsets(text):
        body = line.strip()
        if not body:
            continue
        for spec in specs:
            if len(body) <= spec.max_len and _compiled(spec).search(body):
                out.append((*_stripped(start, line), spec))
                break
    return out


def _tail_spans(text: str, specs: list[Spec]) -> list[tuple[int, int, Spec]]:
    """The first page tail: its heading line to the first line of prose (or the end)."""
    lines = lines_with_offsets(text)
    for k, (start, line) in enumerate(lines):
        for spec in specs:
            if not _compiled(spec).search(line):
                continue
            prose = next(
                (s for s, ln in lines[k + 1 :] if len(ln.strip()) > PROSE_MIN and "。" in ln),
                len(text),
            )
            body = text[start:prose].rstrip()
            return [(_stripped(start, line)[0], start + len(body), spec)]
    return []


def _title_spans(text: str, specs: list[Spec]) -> list[tuple[int, int, Spec]]:
    """SEO suffixes on the first title-like lines at the top (as cleaning peels them)."""
    out = []
    for start, line in title_head(text)[:TITLE_LINES]:
        kept, first = line, None
        while True:
            for spec in specs:
                m = _compiled(spec).search(kept)
                if m and m.start() > 0 and kept[: m.start()].strip():
                    kept, first = kept[: m.start()], first or spec
                    break
            else:
                break
        if first is not None:
            out.append((start + len(kept), _stripped(start, line)[1], first))
    return out
