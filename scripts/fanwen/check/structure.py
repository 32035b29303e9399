"""Structure findings of a draft, from its analysis (its text, :mod:`.reading`, in role blocks).

The checklist's questions (its verdict is these findings, filed under its items), asked so
that each answer is a finding: the three-part frame and its order, the opening and its
transition (现将……报告如下), the situation assessment and typical events, data behind the
practices, next steps that answer the problems, and the duty areas of ``snippets/duties.yaml``.

The browser cannot run the analysis; ``scripts/web/check/structure.js`` ports its reading
order (blocks, levels, role cues) and reads the same text (:func:`.reading.structure_text`).
"""

from __future__ import annotations

import re
from itertools import combinations

from ..analyze.analysis import Analysis
from ..analyze.blocks import sentences
from ..analyze.roles import cues_of, transition_role
from ..analyze.snippets import ROLE_ORDER, Library
from ..analyze.techniques import data_evidence, theme_of
from .findings import Finding
from .settings import draft_settings

FRAME = ("practices", "problems", "next_steps")
# A field left to fill stands for its figure (召开〔会议次数〕次 is data to come, as ××次 is);
# the field itself is flagged by the surface check.
FIELD_FIGURE = "××"


def structure_findings(analysis: Analysis, text: str, library: Library) -> list[Finding]:
    """Findings about the draft as a whole; ``text`` is the text the analysis read.

    >>> from fanwen.analyze.analysis import analyze_text
    >>> from fanwen.analyze.snippets import default_library
    >>> draft = "2024年工作总结\\n现将有关情况报告如下：\\n一、存在的问题\\n学习不够深入。\\n"
    >>> a = analyze_text(draft)
    >>> for f in structure_findings(a, draft, default_library())[:2]:
    ...     print(f.message.split("。")[0])
    缺少“工作开展情况”部分
    缺少“下一步工作打算”部分
    """
    settings = draft_settings()
    roles = [b.role for b in analysis.blocks if b.role]
    first = {r: roles.index(r) for r in FRAME if r in roles}
    names = {r: library.roles[r].name for r in ROLE_ORDER}
    found = [
        settings.finding("structure.frame", message=settings.message(
            "structure.frame", role=names[r]), subject=r)
        for r in FRAME if r not in first
    ]  # fmt: skip
    for a, b in combinations(FRAME, 2):
        if a in first and b in first and first[b] < first[a]:
            message = settings.message("structure.order", role=names[b], before=names[a])
            found.append(settings.finding("structure.order", message=message, subject=b))
    cues = cues_of(library)
    opening = [b.text for b in analysis.blocks if b.role == "opening"]
    if not opening:
        found.append(_whole("structure.opening"))
    elif not any(p.search(t) for t in opening for c in cues if c.role == "opening"
                 for p in c.transitions):  # fmt: skip
        found.append(_whole("structure.transition"))
    judged = "assessment" in roles or any(
        transition_role(s, cues) == "assessment" for b in analysis.blocks for s in sentences(b.text)
    )
    if not judged:
        found.append(_whole("structure.assessment"))
    if not any(re.search(p, text) for p in settings.events):
        found.append(_whole("structure.events"))
    data = sum(
        len(data_evidence(re.sub(settings.fields, FIELD_FIGURE, b.text)))
        for b in analysis.blocks
        if b.role == "practices"
    )
    if data < settings.data_min:
        message = settings.message("structure.data", count=data)
        found.append(settings.finding("structure.data", message=message))
    if not {"problems", "next_steps"} <= set(roles):  # nothing to answer, or nothing answering
        found.append(_whole("structure.answers.parts"))
    themes = {t.id: t.name for t in library.themes}
    for theme in sorted(
        _themes(analysis, "problems", library) - _mentioned(analysis, "next_steps", library)
    ):
        message = settings.message("structure.answers", theme=themes[theme])
        found.append(settings.finding("structure.answers", message=message, subject=theme))
    for duty in library.duties:
        if not any(re.search(cue, text) for cue in duty.cues):
            message = settings.message("structure.duties", duty=duty.name)
            found.append(settings.finding("structure.duties", message=message, subject=duty.id))
    return found


def _whole(rule: str) -> Finding:
    settings = draft_settings()
    return settings.finding(rule, message=settings.message(rule))


def _mentioned(analysis: Analysis, role: str, library: Library) -> set[str]:
    """Themes whose cues the blocks of ``role`` name at all: a measure may answer a problem in
    a clause of an item about something else (……管好阵地、提升舆情应对能力)."""
    texts = [f"{b.heading or ''}\n{b.text}" for b in analysis.blocks if b.role == role]
    return {t.id for t in library.themes if any(re.search(c, x) for c in t.cues for x in texts)}


def _themes(analysis: Analysis, role: str, library: Library) -> set[str]:
    """Themes of the blocks of ``role`` (as the checklist reads them)."""
    return {
        t
        for b in analysis.blocks
        if b.role == role and (t := theme_of(b.text, b.heading, library.themes))
    }
