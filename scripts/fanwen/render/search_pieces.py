"""The search index in pieces: posting shards and text chunks, loaded by the page on demand.

A search must not download the whole index, which grows with the corpus. The records of
:mod:`fanwen.render.search_index` (one per block, note or heading section) are written as:

``search/text/<c>.js`` — chunk ``c``: consecutive records of one page, at most about
    :data:`CHUNK_CHARS` characters of text (a long page takes several chunks)::

        __fanwenSearchPiece("text", 12, {"page": "exemplars/x.html", "title": "某局…",
                                         "records": [["b3", "一、工作情况", "召开会议…"], …]})

    A record is ``[anchor, title, text]`` for a block, ``[anchor, title, text, kind]`` for a
    structure note (``"note"``) or a heading section (``"section"``); the page's first chunk
    starts with ``["", title, ""]``, the record that names the page.

``search/post/<s>.js`` — shard ``s``: for every key whose :func:`shard_of` is ``s``, the
    chunks whose text holds it, as an ascending list encoded by :func:`encode_ids`::

        __fanwenSearchPiece("post", 5, {"意识": "0000001…", "网格": "3k7"})

    The keys of a text are its characters and its pairs of adjacent characters (white space
    never in a key), after :func:`fold` (white space runs as one space, ASCII letters lower-case).

``search/search_index.json`` and ``.js`` — what Material loads at start: no documents, and
    in its ``config`` (which Material hands on to the search worker whole)
    ``"fanwen": {"version": 1, "build": B, "shards": S, "chunks": C, "exemplars": [first, end]}``:
    ``build`` is a hash of the pieces, which the page puts in their addresses (``?v=B``) so a
    cache never mixes two builds; ``exemplars`` is the range of chunks that hold exemplar pages
    (the draft check's sources).

A query word of one character looks up its own key; a longer word looks up pairs that cover
it (:func:`cover`). Every chunk whose text contains the word holds all of them, so the chunks in
every list are a superset of the answer; the page then loads those chunks and keeps exactly the
records that contain every word. Pieces are plain scripts, so the site searches from file://.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..clean.chars import WIDE_ALNUM

CHUNK_CHARS = 6000  # text per chunk: a page's worth of a short exemplar
SHARD_BYTES = 24_000  # aim for posting shards about this big
MAX_COVER = 6  # keys looked up per query word at most
VERSION = 1
# White space, spelled out so that the page's regular expression is the same set.
SPACES = (
    "\\t\\n\\v\\f\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a"
    "\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff"
)
_SPACE = re.compile(f"[{SPACES}]+")
_UPPER = re.compile(r"[A-Z]+")
LAST = "0123456789abcdefghijklmnopqrstuv"  # the last 5-bit digit of a number
MORE = "ABCDEFGHIJKLMNOPQRSTUVWXYZwxyz+-"  # every other digit


# Full-width digits and Latin letters read as ASCII (cleaning already turns the corpus's into
# ASCII, so a query typed in full width must be too).


def fold(text: str) -> str:
    """Text as matched: white space runs as one space, trimmed, full-width digits and
    letters as ASCII, ASCII letters lower-case (one character for one, so offsets hold).

    >>> fold(" 推进  ＡＩ与AI\\n融合 ２０２３年")
    '推进 ai与ai 融合 2023年'
    """
    text = _SPACE.sub(" ", text.replace("\u200b", "")).strip(" ").translate(WIDE_ALNUM)
    return _UPPER.sub(lambda m: m.group().lower(), text)


def keys_of(text: str) -> set[str]:
    """Every character and every pair of adjacent characters of folded ``text``, no spaces.

    >>> sorted(keys_of("守土 有责"))
    ['土', '守', '守土', '有', '有责', '责']
    """
    keys = {ch for ch in text if ch != " "}
    keys.update(a + b for a, b in itertools.pairwise(text) if a != " " and b != " ")
    return keys


def cover(word: str) -> list[str]:
    """The keys looked up for one query word: itself if one character, else its pairs, every
    one up to :data:`MAX_COVER` (a chunk with 理论学习 and 中心组 apart lacks 习中), spread over
    the word beyond that, first and last always.

    >>> cover("网"), cover("意识形态"), cover("理论学习中心组")
    (['网'], ['意识', '识形', '形态'], ['理论', '论学', '学习', '习中', '中心', '心组'])
    """
    if len(word) < 2:
        return [word] if word else []
    starts = list(range(len(word) - 1))
    if len(starts) > MAX_COVER:
        step = (len(starts) - 1) / (MAX_COVER - 1)
        starts = [starts[round(i * step)] for i in range(MAX_COVER)]
    return [word[i : i + 2] for i in starts]


def shard_of(key: str, shards: int) -> int:
    """The shard holding a key: FNV-1a (32 bits) over its code points, modulo ``shards``.

    The page computes the same (``scripts/web/search/keys.js``).

    >>> shard_of("意识", 97), shard_of("意识", 1)
    (16, 0)
    """
    h = 0x811C9DC5
    for ch in key:
        h = ((h ^ ord(ch)) * 0x01000193) & 0xFFFFFFFF
    return h % shards


def encode_ids(ids: Sequence[int]) -> str:
    """Ascending numbers as text: the first, then each gap less one, in 5-bit digits
    (:data:`MORE` for all but the last digit of a number, :data:`LAST` for the last).

    >>> encode_ids([0, 1, 2, 3]), encode_ids([5, 40]), encode_ids([1000])
    ('0000', '5B2', '-8')
    """
    out, previous = [], -1
    for n in ids:
        gap = n - previous - 1 if previous >= 0 else n
        previous = n
        digits = [LAST[gap & 31]]
        gap >>= 5
        while gap:
            digits.append(MORE[gap & 31])
            gap >>= 5
        out.append("".join(reversed(digits)))
    return "".join(out)


def decode_ids(text: str) -> list[int]:
    """The inverse of :func:`encode_ids`.

    >>> decode_ids("5B2")
    [5, 40]
    """
    ids, value, previous = [], 0, -1
    for ch in text:
        if ch in MORE:
            value = value * 32 + MORE.index(ch)
            continue
        value = value * 32 + LAST.index(ch)
        previous = value if previous < 0 else previous + value + 1
        ids.append(previous)
        value = 0
    return ids


@dataclass
class Chunk:
    """Consecutive records of one page: ``[anchor, title, text]`` each."""

    page: str
    title: str
    records: list[list[str]]


def exemplar_range(chunks: Sequence[Chunk], folder: str = "exemplars/") -> list[int]:
    """[first, end) of the chunks of pages in ``folder`` (they come together in the index).

    >>> exemplar_range([Chunk("index.html", "", []), Chunk("exemplars/a.html", "", [])])
    [1, 2]
    """
    inside = [i for i, c in enumerate(chunks) if c.page.startswith(folder)]
    return [inside[0], inside[-1] + 1] if inside else [0, 0]


def chunks_of(page: str, title: str, records: Iterable[Sequence[str]]) -> list[Chunk]:
    """A page's records cut into chunks of at most :data:`CHUNK_CHARS` characters of text
    (a record longer than that has a chunk to itself); the first starts with the page record.

    >>> [len(c.records) for c in chunks_of("a.html", "某局", [("b1", "", "守土有责")] * 3)]
    [4]
    """
    chunks = [Chunk(page, title, [["", title, ""]])]
    size = 0  # characters of text in the last chunk
    for record in records:
        text = record[2]
        if size and size + len(text) > CHUNK_CHARS:
            chunks.append(Chunk(page, title, []))
            size = 0
        chunks[-1].records.append(list(record))
        size += len(text)
    return chunks


def postings(chunks: Sequence[Chunk]) -> dict[str, list[int]]:
    """Each key and the ascending ids of the chunks whose text (folded) holds it."""
    found: dict[str, list[int]] = defaultdict(list)
    for i, chunk in enumerate(chunks):
        keys: set[str] = set()
        for record in chunk.records:
            keys |= keys_of(fold(record[2]))
        for key in keys:
            found[key].append(i)
    return found


def _script(kind: str, number: int, data: object) -> str:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return f'__fanwenSearchPiece("{kind}",{number},{body});\n'


def _write(path: Path, text: str) -> bytes:
    data = text.encode("utf-8")
    path.write_bytes(data)
    return data


def write_pieces(
    folder: Path, chunks: Sequence[Chunk], config: dict | None, copies: Sequence[dict] = ()
) -> dict:
    """Write the chunks, the posting shards, the copying check's pieces ``copies``
    (:mod:`fanwen.render.copy_index`) and Material's index file into ``folder``; return the
    meta record (what ``search_index.json`` carries as ``config.fanwen``)."""
    found = postings(chunks)
    encoded = {key: encode_ids(ids) for key, ids in found.items()}
    total = sum(len(k) * 3 + len(v) + 6 for k, v in encoded.items())
    shards = max(1, round(total / SHARD_BYTES))
    groups: list[dict[str, str]] = [{} for _ in range(shards)]
    for key in sorted(encoded):
        groups[shard_of(key, shards)][key] = encoded[key]
    for sub in ("text", "post", "copy"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha1()
    for i, chunk in enumerate(chunks):
        data = {"page": chunk.page, "title": chunk.title, "records": chunk.records}
        digest.update(_write(folder / "text" / f"{i}.js", _script("text", i, data)))
    for s, group in enumerate(groups):
        digest.update(_write(folder / "post" / f"{s}.js", _script("post", s, group)))
    for s, piece in enumerate(copies):
        digest.update(_write(folder / "copy" / f"{s}.js", _script("copy", s, piece)))
    meta = {
        "version": VERSION,
        "build": digest.hexdigest()[:12],  # in piece addresses (?v=), so no cache mixes builds
        "shards": shards,
        "chunks": len(chunks),
        "exemplars": exemplar_range(chunks),
        "copy_shards": len(copies),
    }
    config = {**(config or {"lang": ["zh"], "separator": r"[\s\-]+"}), "fanwen": meta}
    index = {"config": config, "docs": []}
    data = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    (folder / "search_index.json").write_text(data, encoding="utf-8")
    (folder / "search_index.js").write_text(f"var __index = {data};\n", encoding="utf-8")
    return meta
