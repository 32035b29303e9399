"""Aids: analyses of the whole corpus -> writing aids and draft checks.

In: every exemplar's :class:`~fanwen.analyze.analysis.Analysis` and the snippets library.
Out: plain values for the site to render (comparisons by role and theme, the phrase bank,
term occurrences, the full skeleton) and the checklist's findings on a draft.
"""
