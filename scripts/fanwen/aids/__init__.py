"""Aids: analyses of the whole corpus -> writing aids.

In: every exemplar's :class:`~fanwen.analyze.analysis.Analysis` and the snippets library.
Out: plain values for the site to render: comparisons by role and theme, the phrase bank,
term occurrences and the full skeleton. (Checking a writer's draft is the next stage, ``check``.)
"""

# The stage's public modules: the only ones later layers may import (tests/test_layout.py).
__all__ = ["compare", "phrases", "skeleton", "terms"]
