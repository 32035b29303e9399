"""Writing aids built from the corpus and ``snippets/``: comparisons, terms, skeleton, checklist.

Plain functions on values; the site renders what they return. Adding an exemplar to the
corpus changes every aid with no change of code.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import Field

from ..analyze.analysis import Analysis, AnalyzedBlock
from ..analyze.roles import cues_of, transition_role
from ..analyze.snippets import ROLE_ORDER, FillField, Library, fill
from ..analyze.structure import sentences
from ..analyze.techniques import theme_of
from ..clean.pipeline import NOISE_FIXERS, CleanResult
from ..clean.tables import Prose, Strict, load_yaml_model

CN_NUMERALS = "一二三四五六七八九十"


class Term(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    term: str
    forms: list[str] = Field(min_length=1)
    explanation: Prose


class TermTable(Strict):
    terms: list[Term] = Field(min_length=1)


class SkeletonPart(Strict):
    role: Literal[ROLE_ORDER]  # type: ignore[valid-type]
    heading: str | None
    take: Literal["first", "all"] = "first"


class Skeleton(Strict):
    title: str
    recipient: str
    fields: list[FillField]
    parts: list[SkeletonPart] = Field(min_length=1)


class CheckItem(Strict):
    text: str
    auto: str | None = None


class CheckGroup(Strict):
    name: str
    items: list[CheckItem] = Field(min_length=1)


class Checklist(Strict):
    groups: list[CheckGroup] = Field(min_length=1)


@dataclass(frozen=True)
class Place:
    """A block of an exemplar, as the aids show and link it."""

    slug: str
    title: str
    block: AnalyzedBlock


Corpus = Sequence[tuple[str, str, Analysis]]  # (slug, title, analysis)


def load_terms(folder: Path) -> list[Term]:
    return load_yaml_model(folder / "terms.yaml", TermTable).terms


def load_skeleton(folder: Path) -> Skeleton:
    return load_yaml_model(folder / "skeleton.yaml", Skeleton)


def load_checklist(folder: Path) -> Checklist:
    return load_yaml_model(folder / "checklist.yaml", Checklist)


def places(corpus: Corpus) -> list[Place]:
    return [Place(slug, title, b) for slug, title, a in corpus for b in a.blocks]


def by_role(corpus: Corpus) -> dict[str, list[Place]]:
    """Every block of every exemplar under its role, in reading order of the corpus."""
    groups: dict[str, list[Place]] = {role: [] for role in ROLE_ORDER}
    for place in places(corpus):
        if place.block.role:
            groups[place.block.role].append(place)
    return groups


def by_theme(corpus: Corpus, library: Library) -> dict[str, list[Place]]:
    """Practice blocks under their theme (only themes some block has)."""
    groups: dict[str, list[Place]] = {t.id: [] for t in library.themes}
    for place in places(corpus):
        if place.block.theme:
            groups[place.block.theme].append(place)
    return {k: v for k, v in groups.items() if v}


def term_places(corpus: Corpus, terms: Sequence[Term]) -> dict[str, list[Place]]:
    """For each term, every block that uses any of its forms.

    >>> from fanwen.analyze.analysis import analyze_text
    >>> a = analyze_text("坚决做到“两个维护”。\\n")
    >>> [p.block.id for p in term_places([("s", "t", a)], [Term(id="lw", term="两个维护",
    ...     forms=["两个维护"], explanation="…")])["lw"]]
    ['b1']
    """
    every = places(corpus)
    patterns = {t.id: re.compile("|".join(f"(?:{f})" for f in t.forms)) for t in terms}
    return {t.id: [p for p in every if patterns[t.id].search(p.block.text)] for t in terms}


def renumber(texts: Sequence[str]) -> list[str]:
    """Sub-items taken from several variants, numbered （一）（二）… in order.

    >>> renumber(["（一）加强组织领导。", "（四）加强网络阵地管理。"])
    ['（一）加强组织领导。', '（二）加强网络阵地管理。']
    """
    pattern = re.compile(f"^（[{CN_NUMERALS}]+）")
    return [pattern.sub(f"（{CN_NUMERALS[k]}）", t) if k < 10 else t for k, t in enumerate(texts)]


def skeleton_text(skeleton: Skeleton, library: Library) -> str:
    """The whole report skeleton as plain text, fields shown as 〔label〕."""
    fields = list(skeleton.fields)
    for template in library.ordered_roles():
        fields += [f for f in template.fields if f.name not in {g.name for g in fields}]
    lines = [fill(skeleton.title, fields), fill(skeleton.recipient, fields)]
    for part in skeleton.parts:
        template = library.roles[part.role]
        variants = template.variants if part.take == "all" else template.variants[:1]
        if part.heading:
            lines.append(part.heading)
        lines += renumber([fill(v.text.strip(), fields) for v in variants])
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class CheckResult:
    item: str
    ok: bool
    detail: str


def _roles(analysis: Analysis) -> set[str]:
    return {b.role for b in analysis.blocks if b.role}


def _themes(analysis: Analysis, role: str, library: Library) -> set[str]:
    """Themes of the blocks of ``role`` (the analysis keeps a theme only for practice items)."""
    return {
        t
        for b in analysis.blocks
        if b.role == role and (t := theme_of(b.text, b.heading, library.themes))
    }


def auto_checks(
    analysis: Analysis, cleaned: CleanResult, library: Library
) -> dict[str, tuple[bool, str]]:
    """Each automatic check of the checklist: (passed, what was found)."""
    roles = _roles(analysis)
    frame = {"practices", "problems", "next_steps"}
    data = sum(
        1
        for b in analysis.blocks
        if b.role == "practices"
        for t in b.techniques
        if t.kind == "data_evidence"
    )
    unanswered = _themes(analysis, "problems", library) - _themes(analysis, "next_steps", library)
    names = {t.id: t.name for t in library.themes}
    placeholders = sum(len(b.placeholders) for b in analysis.blocks)
    noise = sorted(
        {c.rule for name, changes in cleaned.steps for c in changes if name in NOISE_FIXERS}
    )
    typos = [f.text for f in cleaned.flags if f.kind == "suspect"]
    judged = "assessment" in roles or _judges(analysis, library)
    missing = "、".join(library.roles[r].name for r in sorted(frame - roles))
    themes = "、".join(names[t] for t in sorted(unanswered))
    return {
        "frame": (not missing, f"缺少：{missing}" if missing else "三部分齐全"),
        "opening": ("opening" in roles, "有导语" if "opening" in roles else "没有找到导语"),
        "assessment": (judged, "有形势研判" if judged else "没有找到形势研判或典型事件情况"),
        "data": (data >= 3, f"做法部分有 {data} 处数据"),
        "answers": (not themes, f"未回应的问题方面：{themes}" if themes else "问题都有对应措施"),
        "placeholders": (placeholders == 0, f"遗留占位符 {placeholders} 处"),
        "site_text": (
            not noise,
            "清理时去掉了网页文字：" + "、".join(noise) if noise else "没有网页文字",
        ),
        "typos": (not typos, "疑似错字：" + "、".join(typos) if typos else "没有发现疑似错字"),
    }


def _judges(analysis: Analysis, library: Library) -> bool:
    """Does any sentence give the overall judgement (经研判，…总体平稳可控)?"""
    cues = cues_of(library)
    return any(
        transition_role(s, cues) == "assessment" for b in analysis.blocks for s in sentences(b.text)
    )


def check_draft(
    analysis: Analysis, cleaned: CleanResult, checklist: Checklist, library: Library
) -> list[CheckResult]:
    """The automatic items of the checklist, run on a draft."""
    results = auto_checks(analysis, cleaned, library)
    return [
        CheckResult(item.text, *results[item.auto])
        for group in checklist.groups
        for item in group.items
        if item.auto
    ]
