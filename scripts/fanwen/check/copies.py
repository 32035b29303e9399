"""Copying: runs of the draft that stand verbatim in an exemplar block, and their share.

The browser engine (``scripts/web/check/copies.js``, ``findCopies(draft, docs)``) runs the same
algorithm over the search index's records; here the sources are the corpus's analysis blocks.
Both compare *keys*: the text without white space (and the index's U+200B), ASCII punctuation
as full-width, curly quotes as straight, full-width letters and digits as ASCII, A-Z lower-cased,
a character beyond the BMP as U+FFFD.

1. Every ``copy_min``-character window of the draft's key is looked up in each source's key;
2. matches on one diagonal (same source, same offset difference) chain into runs;
3. runs are taken longest first (then earliest, then first source), each trimmed to what no
   longer run took; a piece shorter than ``copy_min`` is dropped;
4. a piece counts only when at least ``copy_min`` of its characters are not common text
   (:mod:`.common`: the 提法 data's wordings, fingerprints shared by many exemplars);
5. the share is the part of the draft's key that counted pieces cover, common text left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..analyze.snippets import FIELD_MARK, Library
from ..clean.chars import ascii_width
from .common import Common, common_mask, shared_hashes
from .findings import Finding
from .fingerprints import all_hashes
from .settings import draft_settings

PUNCT = dict(zip(",:;!?()", "，：；！？（）", strict=True)) | dict.fromkeys('"“”', '"')
PUNCT |= dict.fromkeys("'‘’", "'")


@dataclass(frozen=True)
class Source:
    """An exemplar block: where it lives on the site, and its text."""

    slug: str
    block: str
    title: str
    text: str

    @property
    def location(self) -> str:
        return f"exemplars/{self.slug}.html#{self.block}"


def _key_char(ch: str) -> str:
    code = ord(ch)
    if code > 0xFFFF:  # as the browser, which counts such a character twice otherwise
        return "\ufffd"
    ch = PUNCT.get(ch, ascii_width(ch))
    return ch.lower() if "A" <= ch <= "Z" else ch


def keyed(text: str) -> tuple[str, list[int]]:
    """The key of ``text`` and, for each key character, its offset in ``text``.

    >>> keyed("坚持 “两个维护”,Ｗ")
    ('坚持"两个维护"，w', [0, 1, 3, 4, 5, 6, 7, 8, 9, 10])
    """
    chars, where = [], []
    for i, ch in enumerate(text):
        if ch.isspace() or ch == "\u200b":  # the search index's word separator
            continue
        chars.append(_key_char(ch))
        where.append(i)
    return "".join(chars), where


def _runs(key: str, sources: list[Source], size: int) -> list[list[int]]:
    """Runs of matching windows: [source, first window, last window, source offset]."""
    windows: dict[str, list[int]] = {}
    for i in range(len(key) - size + 1):
        windows.setdefault(key[i : i + size], []).append(i)
    hits = []
    for s, source in enumerate(sources):
        skey = keyed(source.text)[0]
        for j in range(len(skey) - size + 1):
            hits += [(i, s, j) for i in windows.get(skey[j : j + size], ())]
    hits.sort()
    runs: list[list[int]] = []
    ends: dict[tuple[int, int], list[int]] = {}
    for i, s, j in hits:
        run = ends.get((s, i - j))
        if run is not None and run[2] == i - 1:
            run[2] = i
        else:
            run = [s, i, i, j]
            ends[(s, i - j)] = run
            runs.append(run)
    return runs


def _free(a: int, b: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of [a, b) outside every taken span.

    >>> _free(0, 10, [(2, 4), (6, 7)])
    [(0, 2), (4, 6), (7, 10)]
    """
    pieces, at = [], a
    for x, y in sorted(taken):
        if y <= at or x >= b:
            continue
        if x > at:
            pieces.append((at, x))
        at = max(at, y)
    if at < b:
        pieces.append((at, b))
    return pieces


def find_copies(
    text: str, sources: Iterable[Source], common: Common | None = None
) -> list[Finding]:
    """Copied runs of ``text`` (each linked to its source block) and their share.

    >>> src = Source("city-2022", "b3", "某局总结", "局党组坚持把意识形态工作摆在突出位置。")
    >>> [(f.rule, f.text) for f in find_copies("我局坚持把意识形态工作摆在突出位置。", [src])]
    [('copy.share', ''), ('copy.run', '坚持把意识形态工作摆在突出位置。')]
    >>> find_copies("我局坚持把意识形态工作摆在突出位置。", [src], Common(("意识形态工作",)))
    []
    """
    settings = draft_settings()
    size = settings.copy_min
    sources = list(sources)
    key, where = keyed(text)
    runs = _runs(key, sources, size)
    runs.sort(key=lambda r: (-(r[2] - r[1]), r[1], r[0]))
    taken: list[tuple[int, int]] = []
    chosen = []
    for s, first, last, j in runs:
        for a, b in _free(first, last + size, taken):
            if b - a >= size:
                chosen.append((a, b, sources[s], j + a - first))
        taken.append((first, last + size))
    mask = common_mask(key, common or Common())
    counted = [c for c in chosen if c[1] - c[0] - sum(mask[c[0] : c[1]]) >= size]
    if not counted:
        return []
    share = sum(b - a - sum(mask[a:b]) for a, b, _, _ in counted) / len(key)
    percent = int(share * 100 + 0.5)
    found = [
        settings.finding(
            "copy.share",
            message=settings.message("copy.share", percent=percent),
            extra={"share": int(share * 10000 + 0.5) / 10000},
        )
    ]
    for a, b, source, _ in sorted(counted, key=lambda c: c[0]):
        start, end = where[a], where[b - 1] + 1
        found.append(
            settings.finding(
                "copy.run",
                message=settings.message("copy.run", title=source.title),
                start=start,
                end=end,
                text=text[start:end],
                subject=source.slug,
                extra={"slug": source.slug, "block": source.block, "location": source.location},
            )
        )
    return found


def corpus_sources(exemplars: Iterable[tuple[str, str, object]]) -> list[Source]:
    """Sources from (slug, title, analysis) triples, every block of every exemplar."""
    return [
        Source(slug, block.id, title, block.text)
        for slug, title, analysis in exemplars
        for block in analysis.blocks  # type: ignore[attr-defined]
    ]


def corpus_shared(exemplars: list[tuple[object, object]]) -> set[int]:
    """The common fingerprints of (exemplar, analysis) pairs: an exemplar's site is its
    ``source_site``, or its own slug when unknown."""
    return shared_hashes(
        (
            (ex.meta.source_site or ex.slug, [keyed(b.text)[0] for b in analysis.blocks])  # type: ignore[attr-defined]
            for ex, analysis in exemplars
        ),
        len(exemplars),
    )


def template_shared(library: Library) -> frozenset[int]:
    """Every gram hash of the section templates' own words (each piece between two fields):
    the site offers them to copy, so a draft built on them, or an exemplar the project wrote
    from them, shares them without copying.

    >>> from fanwen.analyze.snippets import default_library
    >>> from fanwen.check.fingerprints import gram_hash
    >>> gram_hash("推动意识形态工作责") in template_shared(default_library())
    True
    """
    pieces = [
        piece
        for role in library.ordered_roles()
        for variant in role.variants
        for piece in FIELD_MARK.sub("\0", variant.text).split("\0")
    ]
    return frozenset(all_hashes(keyed(p)[0] for p in pieces))
