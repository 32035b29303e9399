"""The writing checklist (``snippets/checklist.yaml``) and its automatic checks on a draft."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import Field

from ..analyze.analysis import Analysis
from ..analyze.roles import cues_of, transition_role
from ..analyze.snippets import Library
from ..analyze.structure import sentences
from ..analyze.techniques import theme_of
from ..clean.pipeline import NOISE_FIXERS, CleanResult
from ..datafile import Strict, load_yaml_model


class CheckItem(Strict):
    text: str
    auto: str | None = None
    finds: list[str] = Field(default_factory=list)  # rules the check page files under it


class CheckGroup(Strict):
    name: str
    items: list[CheckItem] = Field(min_length=1)


class Checklist(Strict):
    groups: list[CheckGroup] = Field(min_length=1)


def load_checklist(folder: Path) -> Checklist:
    return load_yaml_model(folder / "checklist.yaml", Checklist)


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
