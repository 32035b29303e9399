"""Render: exemplars, analyses and aids -> Markdown pages, navigation and the search index.

In: the corpus's exemplars and the snippets library. Out: page texts by path (Jinja templates
in ``templates/``, StrictUndefined), the navigation, and after MkDocs has built the HTML, the
block-level search index. Only ``scripts/mkdocs_hooks.py`` hands these to MkDocs.
"""

# The stage's public modules: the only ones later layers may import (tests/test_layout.py).
__all__ = ["frontend", "markup", "pages", "search_index"]
