"""Common text: what every report says alike, left out of the copying check and its share.

Two kinds, both matched in key form (:func:`fanwen.check.copies.keyed`):

- the 提法 data's wordings (``snippets/formulations.yaml``): each formulation's name where its
  own cases write it, ordered lists written in order, the campaigns and meetings by name, and
  the meetings as a report of any period cites them together;
- shared fingerprints (:mod:`.fingerprints`): those kept in at least
  :meth:`~fanwen.check.settings.DraftSettings.shared_at` exemplars from at least
  ``shared_sites`` different sites, computed from the corpus, and every gram of the section
  templates' own words (:func:`fanwen.check.copies.template_shared`: the site offers them to
  copy); the site's copy index marks them.

A draft's key character is common when a wording covers it, or the gram of one of the draft's
own kept fingerprints that is common does. A copied run counts only when at least ``copy_min``
of its characters are not common: it carries the exemplar's own content.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .fingerprints import GRAM, fingerprints
from .formulations import FormulationTable
from .meetings import meetings_to_cite
from .settings import draft_settings


@dataclass(frozen=True)
class Common:
    """Wordings (key form) and common fingerprint hashes."""

    wordings: tuple[str, ...] = ()
    hashes: frozenset[int] = field(default_factory=frozenset)


def fixed_wordings(table: FormulationTable, key=lambda text: text) -> list[str]:
    """The 提法 data's wordings, as ``key`` writes them, longest first.

    >>> from fanwen.analyze.snippets import snippets_folder
    >>> from fanwen.check.formulations import load_formulations
    >>> words = fixed_wordings(load_formulations(snippets_folder()))
    >>> "习近平新时代中国特色社会主义思想" in words, "其他固定提法" in words
    (True, False)
    >>> "党的二十大和二十届二中、三中全会精神" in words
    True
    """
    found = set()
    for f in table.formulations:
        cases = [t for r in [*f.slips, *f.lists] for t in [*r.passes, *(h[0] for h in r.hits)]]
        if any(f.name in t for t in cases):
            found.add(f.name)
        found |= {"、".join(x.members) for x in f.lists}
    found |= {c.name for c in table.campaigns} | {m.name for m in table.meetings.calendar}
    # the meetings as a report of any period cites them (党的二十大和二十届二中、三中全会精神)
    for m in table.meetings.calendar:
        found |= set(meetings_to_cite(table.meetings, int(m.held[:4]), int(m.held[5:7]))) - {""}
    return sorted({key(w) for w in found}, key=lambda w: (-len(w), w))


def common_mask(key: str, common: Common) -> bytearray:
    """1 for each key character that is common text.

    >>> from fanwen.check.fingerprints import all_hashes
    >>> key = "我局坚持以习近平新时代中国特色社会主义思想为指导"
    >>> list(common_mask(key, Common(("习近平新时代中国特色社会主义思想",)))).count(1)
    16
    >>> list(common_mask(key, Common(hashes=frozenset(all_hashes([key[5:]]))))).count(1)
    14
    """
    # punctuation carries no words of its own: “”、， around fixed 提法 are no copied content
    mask = bytearray(0 if ch.isalnum() else 1 for ch in key)
    for word in common.wordings:
        at = key.find(word)
        while at >= 0:
            mask[at : at + len(word)] = b"\x01" * len(word)
            at = key.find(word, at + 1)
    if common.hashes:
        for p, h in fingerprints(key):
            if h in common.hashes:
                mask[p : p + GRAM] = b"\x01" * GRAM
    return mask


def shared_hashes(exemplars: Iterable[tuple[str, Iterable[str]]], count: int) -> set[int]:
    """Fingerprints kept in enough exemplars of enough sites to be common text.

    ``exemplars`` are (site, keys of its blocks) pairs, ``count`` how many there are.

    >>> same = "坚持以习近平新时代中国特色社会主义思想为指导"
    >>> len(shared_hashes([("甲", [same]), ("乙", [same]), ("丙", [same + "。"])], 3))
    3
    >>> shared_hashes([("甲", [same])] * 3, 3)
    set()
    """
    settings = draft_settings()
    seen: dict[int, int] = defaultdict(int)
    sites: dict[int, set[str]] = defaultdict(set)
    for site, keys in exemplars:
        mine = {h for key in keys for _, h in fingerprints(key)}
        for h in mine:
            seen[h] += 1
            if len(sites[h]) < settings.shared_sites:
                sites[h].add(site)
    least = settings.shared_at(count)
    return {h for h, n in seen.items() if n >= least and len(sites[h]) >= settings.shared_sites}
