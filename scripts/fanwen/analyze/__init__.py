"""Analyze: cleaned text -> title, year, body, and blocks with level, role, theme, techniques.

In: a cleaned text and the section templates of ``snippets/`` (:mod:`.snippets`, whose cues
decide roles and themes). Out: :class:`~fanwen.analyze.analysis.Analysis`.
"""

# The stage's public modules: the only ones later layers may import (tests/test_layout.py).
__all__ = [
    "analysis",
    "blocks",
    "genres",
    "leads",
    "rolemodel",
    "roles",
    "sequence",
    "snippets",
    "structure",
    "techniques",
    "titlerules",
    "titles",
]
