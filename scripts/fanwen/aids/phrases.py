"""The phrase bank (常用表述), mined from the analysed corpus, not typed by hand.

Organised like the Manchester Academic Phrasebank: first by role, then by function
(数据举证, 排比, 引用上级提法, 比喻式小标题, 过渡句, 表态句). Each phrase knows which
exemplars use it and the blocks where it stands, so the site can link to them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from pydantic import Field

from ..analyze.analysis import Analysis, AnalyzedBlock
from ..analyze.blocks import sentences
from ..analyze.roles import cues_of, transition_role
from ..analyze.snippets import ROLE_ORDER, Library
from ..analyze.techniques import PLACEHOLDER
from ..datafile import Strict, data_path, load_yaml_model

NUMBER = re.compile(rf"\d+(?:[.,]\d+)?|{PLACEHOLDER.pattern}")  # a figure, or its ××
CLAUSE = re.compile(r"[^，。；：！？、]*")


class Function(Strict):
    id: str
    name: str
    about: str


class FragmentPattern(Strict):
    id: str
    pattern: str
    why: str
    not_for: list[str] = Field(default_factory=list)  # functions the pattern does not apply to


class NotPhrase(Strict):
    """What makes mined text a fragment rather than a phrase (``not_phrase`` in the data)."""

    patterns: list[FragmentPattern] = Field(min_length=1)
    pairs: list[str] = Field(min_length=1)
    figure: str
    content_min: int = Field(ge=1)


class FunctionTable(Strict):
    functions: list[Function] = Field(min_length=1)
    pledge: list[str] = Field(min_length=1)
    verbs: list[str] = Field(min_length=1)
    not_phrase: NotPhrase


@cache
def functions() -> FunctionTable:
    return load_yaml_model(data_path(__package__, "phrase_functions.yaml"), FunctionTable)


@dataclass
class Phrase:
    """One phrase with every place it stands: (exemplar slug, block id)."""

    text: str
    role: str
    function: str
    places: list[tuple[str, str]] = field(default_factory=list)

    @property
    def exemplars(self) -> int:
        return len({slug for slug, _ in self.places})


HAN = re.compile("[\u4e00-\u9fff]")


def fragment_kind(text: str, function: str = "") -> str | None:
    """Why mined text of a ``function`` is not a phrase to offer (a key of ``not_phrase``), or
    None if it is one.

    >>> [fragment_kind(t) for t in ("与贯彻落实省第××次", "为××人次", "专题研讨××次")]
    ['hanging_start', 'content_min', None]
    >>> fragment_kind("与理论学习相结合、与主题党日相结合、与讲党课相结合", "parallelism")
    """
    rule = functions().not_phrase
    for p in rule.patterns:
        if function not in p.not_for and re.search(p.pattern, text):
            return p.id
    if any(text.count(pair[0]) != text.count(pair[1]) for pair in rule.pairs):
        return "pairs"
    if len(HAN.findall(re.sub(rule.figure, "", text))) < rule.content_min:
        return "content_min"
    return None


def data_phrase(block: AnalyzedBlock, number_text: str) -> str | None:
    """The clause around a figure, with the figure as ×× so it can be reused.

    >>> data_phrase(AnalyzedBlock("b1", 0, "para", None, "practices", None, [], [],
    ...     "全年召开理论学习中心组集中学习会议16次，开展专题研讨3次。"), "16次")
    '召开理论学习中心组集中学习会议××次'
    """
    at = block.text.find(number_text)
    if at < 0:
        return None
    start = max(block.text.rfind(p, 0, at) for p in "，。；：！？、") + 1
    end = at + len(number_text)
    clause = re.sub(
        r"^(?:全年|今年以来|截至目前|年内|共|累计|先后)[，,]?", "", block.text[start:end]
    )
    return NUMBER.sub("××", clause) if 4 <= len(clause) <= 40 else None


def formulation_phrase(block: AnalyzedBlock, term: str) -> str:
    """A formulation with the verb that governs it, quoted as the report quotes it.

    >>> text = "树牢“四个意识”，持以“一岗双责”"
    >>> b = AnalyzedBlock("b1", 0, "para", None, "practices", None, [], [], text)
    >>> formulation_phrase(b, "四个意识"), formulation_phrase(b, "一岗双责")
    ('树牢“四个意识”', '“一岗双责”')
    """
    quoted = f"“{term}”" if f"“{term}”" in block.text else term
    verbs = "|".join(functions().verbs)
    m = re.search(f"({verbs}){re.escape(quoted)}", block.text)
    return f"{m[1]}{quoted}" if m else quoted


def block_phrases(block: AnalyzedBlock, library: Library) -> list[tuple[str, str]]:
    """(function, phrase) pairs of one block."""
    found: list[tuple[str, str]] = []
    for t in block.techniques:
        if t.kind == "data_evidence":
            phrase = data_phrase(block, t.text)
            if phrase:
                found.append(("data_evidence", phrase))
        elif t.kind == "formulations":
            found.append(("formulations", formulation_phrase(block, t.text)))
        elif t.kind == "metaphor_heading" and block.heading:
            found.append(("metaphor_heading", block.heading.strip("。")))
        else:
            found.append((t.kind, t.text))
    cues = cues_of(library)
    pledges = [re.compile(p) for p in functions().pledge]
    for sentence in sentences(block.text):
        s = sentence.strip()
        lead = s if len(s) <= 80 else s[: s.find("：") + 1] if 0 < s.find("：") < 80 else ""
        if lead and transition_role(lead, cues):
            found.append(("transition", lead))
        elif any(p.search(s) for p in pledges) and len(s) <= 100:
            found.append(("pledge", s))
    return found


def mine(corpus: Sequence[tuple[str, Analysis]], library: Library) -> list[Phrase]:
    """Every phrase of the corpus, merged across exemplars, in bank order."""
    bank: dict[tuple[str, str, str], Phrase] = {}
    seen: set[tuple[tuple[str, str, str], str, str]] = set()  # a place counted once, in O(1)
    for slug, analysis in corpus:
        for block in analysis.blocks:
            if block.role is None:
                continue
            for function, text in block_phrases(block, library):
                if fragment_kind(text, function):
                    continue
                key = (block.role, function, text)
                phrase = bank.setdefault(key, Phrase(text, block.role, function))
                if (key, slug, block.id) not in seen:
                    seen.add((key, slug, block.id))
                    phrase.places.append((slug, block.id))
    order = [f.id for f in functions().functions]
    return sorted(
        bank.values(),
        key=lambda p: (ROLE_ORDER.index(p.role), order.index(p.function), -p.exemplars, p.text),
    )
