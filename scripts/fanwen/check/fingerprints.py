"""Fingerprints of key text (winnowing), for the copying check and its index.

Each GRAM-character piece of a key (:func:`fanwen.check.copies.keyed`) is hashed (CRC-32 of
its UTF-16 code units; ``scripts/web/check/fingerprints.js`` computes the same), and of every
WINDOW consecutive hashes the smallest (the rightmost of equals) is kept. Two texts that share
a run of GRAM + WINDOW - 1 = 15 key characters then share at least one kept fingerprint: the
smallest hash of a window lying inside the run is kept in both. The site's copy index lists,
for each kept fingerprint of the exemplars, the index chunks holding it, so a draft reads only
the chunks its own fingerprints point to; fingerprints shared by many exemplars of different
sites are marked common instead (text every report says alike, not copying).
"""

from __future__ import annotations

import zlib
from collections import deque
from collections.abc import Iterable

GRAM = 9
WINDOW = 7


def gram_hash(gram: str) -> int:
    """The hash of one gram: CRC-32 of its UTF-16 code units.

    >>> gram_hash("坚持以习近平新时代")
    203463967
    """
    return zlib.crc32(gram.encode("utf-16-le"))


def hashes(key: str) -> list[int]:
    """The hash of every gram of ``key``, in order."""
    return [gram_hash(key[i : i + GRAM]) for i in range(len(key) - GRAM + 1)]


def winnow(values: list[int]) -> list[int]:
    """Positions kept: of every WINDOW consecutive values, the smallest (rightmost of equals);
    fewer values than a window keep their smallest.

    >>> winnow([5, 3, 8, 3, 9, 7, 6, 4, 2, 8])
    [3, 8]
    >>> winnow([4, 2, 2]), winnow([])
    ([2], [])
    """
    if not values:
        return []
    width = min(WINDOW, len(values))
    kept: list[int] = []
    window: deque[int] = deque()  # positions of rising values, the window's minimum first
    for i, value in enumerate(values):
        while window and values[window[-1]] >= value:
            window.pop()
        window.append(i)
        if window[0] <= i - width:
            window.popleft()
        if i >= width - 1 and (not kept or kept[-1] != window[0]):
            kept.append(window[0])
    return kept


def fingerprints(key: str) -> list[tuple[int, int]]:
    """The kept (position, hash) pairs of a key.

    >>> [p for p, _ in fingerprints("坚持以习近平新时代中国特色社会主义思想为指导")]
    [2, 6, 11]
    """
    values = hashes(key)
    return [(p, values[p]) for p in winnow(values)]


def all_hashes(keys: Iterable[str]) -> set[int]:
    """The hash of every gram of some keys (a phrase given as common marks all of its grams).

    >>> len(all_hashes(["习近平新时代中国特色社会主义思想"]))
    8
    """
    return {h for key in keys for h in hashes(key)}
