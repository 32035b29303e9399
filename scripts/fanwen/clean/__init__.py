"""Clean: raw text -> the report's own text, and an audit log of every change.

In: the text intake produced. Out: :class:`~fanwen.clean.pipeline.CleanResult`, the cleaned
text (one paragraph per line) with every removed or changed span and every flag. Cleaning is
an ordered list of small named fixers (:data:`~fanwen.clean.pipeline.FIXERS`) over data tables
(``data/noise.yaml``, ``data/charmap.yaml``); the cleaned text plus the log rebuilds the input.
"""

# The stage's public modules: the only ones later layers may import (tests/test_layout.py).
__all__ = [
    "audit",
    "chars",
    "dates",
    "edits",
    "exemplar",
    "fixers",
    "layout",
    "lineclass",
    "linefeatures",
    "linetrain",
    "noise",
    "outlines",
    "pipeline",
    "reports",
    "tables",
]
