"""The copying check's index: for each kept fingerprint of the exemplars, where to read it.

The draft check (``scripts/web/check/sources.js``) looks its own kept fingerprints up here
(:mod:`fanwen.check.fingerprints`: every copied run of 15 key characters shares one with its
exemplar) and reads only the index chunks they point to, so a check reads a few small pieces,
not the corpus. Each fingerprint of an exemplar block is listed with the ascending ids of the
chunks holding it, unless many exemplars of different sites share it
(:func:`fanwen.check.common.shared_hashes`): then it is listed as common, with no chunks: text
every report says alike, left out of the copying check.

The pieces are ``search/copy/<n>.js`` (``__fanwenSearchPiece("copy", n, {...})``); a hash ``h``
lives in piece ``h % shards``, listed there by ``h // shards``::

    {"h": encode_ids(ascending h // shards), "p": "ids,ids,,ids"}   # "" marks a common one
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from ..check.copies import keyed
from ..check.fingerprints import fingerprints
from ..check.settings import draft_settings
from .search_pieces import Chunk, encode_ids

# A 5,000-character draft has about PROBES kept fingerprints and reads the piece of each. While
# the whole index is under READ_BUDGET, a long draft may as well read all of it: few pieces of
# up to PIECE_MAX (fewer requests). A larger index is cut so that PROBES pieces stay within
# READ_BUDGET.
PROBES = 1_250
READ_BUDGET = 2_500_000
PIECE_MAX = 16_000


def chunk_hashes(chunk: Chunk) -> set[int]:
    """The kept fingerprints of a chunk's blocks (page record, notes and sections left out).

    >>> block = ["b1", "", "局党组坚持把意识形态工作摆在突出位置"]
    >>> len(chunk_hashes(Chunk("exemplars/a.html", "甲", [block, ["", "甲", ""]])))
    2
    """
    found: set[int] = set()
    for anchor, _title, text, *kind in chunk.records:
        if anchor and text and not kind:
            found |= {h for _, h in fingerprints(keyed(text)[0])}
    return found


def copy_postings(
    chunks: Sequence[Chunk],
    span: Sequence[int],
    sites: Mapping[str, str],
    templates: frozenset[int] = frozenset(),
) -> dict[int, list[int]]:
    """Each fingerprint of the exemplar chunks in ``span`` ([first, end)) and the chunks
    holding it; an empty list for a common one, or one of the section templates' words
    (``templates``, :func:`fanwen.check.copies.template_shared`). ``sites`` names each
    page's site (a page not named is a site of its own)."""
    settings = draft_settings()
    holders: dict[int, list[int]] = defaultdict(list)
    pages: dict[int, set[str]] = defaultdict(set)
    for c in range(*span):
        for h in chunk_hashes(chunks[c]):
            holders[h].append(c)
            pages[h].add(chunks[c].page)
    least = settings.shared_at(len({chunks[c].page for c in range(*span)}))
    out = {}
    for h, ids in holders.items():
        shared = len(pages[h]) >= least
        common = shared and len({sites.get(p, p) for p in pages[h]}) >= settings.shared_sites
        out[h] = [] if common or h in templates else ids
    return out


def piece_count(total: int) -> int:
    """How many pieces an index of ``total`` bytes is cut into (see :data:`PROBES`).

    >>> piece_count(100), piece_count(1_000_000), piece_count(25_000_000)
    (1, 63, 12500)
    """
    if total <= READ_BUDGET:
        return max(1, -(-total // PIECE_MAX))
    return -(-PROBES * total // READ_BUDGET)


def copy_pieces(
    postings: Mapping[int, list[int]], shards: int | None = None
) -> list[dict[str, str]]:
    """The postings cut into pieces (:func:`piece_count` of them unless ``shards`` is given).

    >>> copy_pieces({7: [3, 4], 12: []})
    [{'h': '74', 'p': '30,'}]
    """
    total = sum(4 + 2 * len(ids) for ids in postings.values())
    shards = shards or piece_count(total)
    groups: list[list[int]] = [[] for _ in range(shards)]
    for h in sorted(postings):
        groups[h % shards].append(h)
    return [
        {
            "h": encode_ids([h // shards for h in group]),
            "p": ",".join(encode_ids(postings[h]) for h in group),
        }
        for group in groups
    ]
