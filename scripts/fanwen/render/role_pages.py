"""One page per section role of ``snippets/roles/``: purpose, moves, notes, faults, fields,
variants to copy, and the exemplar blocks that play the role (no mkdocs import here).

Each variant is a raw ``<pre><code>`` block holding exactly ``fill(variant.text, fields)``,
HTML-escaped. Material's copy button copies the code element's ``innerText`` with trailing
whitespace trimmed, so what lands on the clipboard is the filled variant text itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..analyze.analysis import Analysis
from ..analyze.snippets import RoleTemplate, fill
from ..clean.exemplar import Exemplar
from .markup import render_template
from .notes import ROLE_DIR


def role_path(role_id: str) -> str:
    """Where a role's page lives among the docs.

    >>> role_path("next_steps")
    'roles/next_steps.md'
    """
    return f"{ROLE_DIR}/{role_id}.md"


def variant_rows(role: RoleTemplate) -> list[dict[str, str]]:
    """Each variant's title and its text as a writer copies it, fields shown as 〔label〕.

    >>> from fanwen.analyze.snippets import default_library
    >>> variant_rows(default_library().roles["problems"])[0]["text"][:10]
    '对照上级党委关于意识'
    """
    return [{"title": v.title, "text": fill(v.text, role.fields)} for v in role.variants]


def role_examples(
    role_id: str,
    exemplars: Sequence[Exemplar],
    analyses: Sequence[Analysis],
    path_of: Callable[[Exemplar], str],
    title_of: Callable[[Exemplar, Analysis], str],
) -> list[dict[str, str]]:
    """For each exemplar with the role, a link to the first block that plays it."""
    rows = []
    for ex, analysis in zip(exemplars, analyses, strict=True):
        block = next((b for b in analysis.blocks if b.role == role_id and b.text.strip()), None)
        if block is None:
            continue
        count = sum(1 for b in analysis.blocks if b.role == role_id)
        rows.append(
            {
                "title": title_of(ex, analysis),
                "href": f"../{path_of(ex)}#{block.id}",
                "start": (block.heading or block.text.strip())[:30],
                "count": str(count),
            }
        )
    return rows


EXAMPLES_SHOWN = 10  # exemplars listed on a role page; its comparison pages have them all


def role_page(role: RoleTemplate, examples: Sequence[dict[str, str]]) -> str:
    """The Markdown page of one role template; lists the first exemplars that have the role."""
    return render_template(
        "role.md.j2",
        role=role,
        variants=variant_rows(role),
        examples=examples[:EXAMPLES_SHOWN],
        total=len(examples),
        compare=f"../aids/compare-{role.id}.md",
    )
