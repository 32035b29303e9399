"""Check: a writer's draft -> findings and the checklist's verdict.

In: the draft's text (cleaned and analysed in draft mode by the earlier stages), the snippets
library (checklist, 提法 in ``formulations.yaml``) and, for the copying check, the corpus's blocks.
Out: :class:`~fanwen.check.findings.Finding` values and the checklist result, for
``fanwen check-draft``; and the same rules as data for the browser engine (``scripts/web/check/``),
written by :mod:`fanwen.check.browser_rules`.
"""

# The stage's public modules: the only ones later layers may import (tests/test_layout.py).
__all__ = [
    "browser_rules",
    "checklist",
    "copies",
    "draft",
    "findings",
    "fingerprints",
    "formulations",
    "meetings",
    "settings",
]
