"""提法 findings where readers copy from (no mkdocs import here).

Exemplars from the web carry slips (新时代中国特色社会主义思想 without 习近平, 守土有责 in the
wrong order). Where a reader may copy an exemplar's words, the slips the draft checker knows
(``snippets/formulations.yaml``) are marked in the text and the right wording is given beside
it: exemplar pages mark the span and explain it in the block's note, comparison pages under the
block. The phrase bank offers no slip: a list in the wrong order is shown put right and marked,
any other phrase with a finding is left out.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import cache

from ..analyze.snippets import snippets_folder
from ..check.findings import Finding
from ..check.formulations import FormulationTable, list_findings, load_formulations, slip_findings
from .notes import Segment

SEVERITY = {"error": "错误", "check": "请核对"}


@cache
def formulation_table() -> FormulationTable:
    return load_formulations(snippets_folder())


def formulation_findings(text: str, table: FormulationTable | None = None) -> list[Finding]:
    """The 提法 slips and misordered lists in ``text``, in order.

    >>> [f.text for f in formulation_findings("做到守土有责、守土尽责、守土负责。")]
    ['守土有责、守土尽责、守土负责']
    """
    table = table or formulation_table()
    found = slip_findings(text, table) + list_findings(text, table)
    return sorted(found, key=lambda f: (f.start or 0, f.end or 0, f.rule))


def marked_segments(
    text: str, placeholders: Sequence[dict[str, object]], findings: Sequence[Finding]
) -> list[Segment]:
    """Cut a text at its placeholders and at the spans of its findings; the pieces join back
    to the text, each knowing whether it is a placeholder and whether it lies in a slip.

    >>> text = "坚定“四个意识”，召开××次"
    >>> cut = marked_segments(text, [{"text": "××", "offset": 11}], formulation_findings(text))
    >>> [(s.text, s.placeholder, s.slip) for s in cut][:3]
    [('坚定“四个意识”', False, True), ('，召开', False, False), ('××', True, False)]
    """
    marks = [(int(p["offset"]), int(p["offset"]) + len(str(p["text"]))) for p in placeholders]
    spans = [(f.start, f.end) for f in findings if f.start is not None and f.end is not None]
    cuts = sorted({0, len(text), *[x for m in [*marks, *spans] for x in m if 0 <= x <= len(text)]})
    out = [
        Segment(text[a:b], _within(a, b, marks), _within(a, b, spans))
        for a, b in itertools.pairwise(cuts)
    ]
    return out or [Segment(text, False)]


def _within(a: int, b: int, ranges: Sequence[tuple[int, int]]) -> bool:
    """Does the piece from ``a`` to ``b`` lie inside one of ``ranges``?

    >>> _within(2, 4, [(0, 5)]), _within(2, 4, [(3, 5)])
    (True, False)
    """
    return any(s <= a and b <= e for s, e in ranges)


def slip_notes(findings: Sequence[Finding]) -> list[dict[str, str]]:
    """What the note beside a block says of each finding: the span, how sure, the right wording.

    >>> [n["severity"] for n in slip_notes(formulation_findings("坚定“四个意识”"))]
    ['错误']
    """
    seen: set[tuple[str, str]] = set()
    notes = []
    for f in findings:
        if (f.rule, f.text) not in seen:
            seen.add((f.rule, f.text))
            notes.append({"text": f.text, "severity": SEVERITY[f.severity], "why": f.message})
    return notes


def corrected_phrase(text: str, table: FormulationTable | None = None) -> str | None:
    """``text`` with every fixed-order list put in its order, if nothing else is wrong in it;
    ``text`` itself when nothing is wrong; None when it holds a slip no reordering mends.

    >>> corrected_phrase("守土有责、守土尽责、守土负责")
    '守土有责、守土负责、守土尽责'
    >>> corrected_phrase("增强“四个自信”") is None
    True
    """
    table = table or formulation_table()
    lists = {f"formulation.{x.id}": x for x in table.lists()}
    fixed = text
    for f in sorted(formulation_findings(text, table), key=lambda f: -(f.start or 0)):
        spec = lists.get(f.rule)
        one = "|".join(map(re.escape, spec.members)) if spec else ""
        named = re.findall(one, f.text) if spec else []
        if not spec or sorted(named) != sorted(spec.members) or f.start is None:
            return None
        gaps = re.split(one, f.text)  # before the first, between members, after the last
        run = gaps[0] + "".join(m + g for m, g in zip(spec.members, gaps[1:], strict=True))
        fixed = fixed[: f.start] + run + fixed[f.end :]
    return fixed if not formulation_findings(fixed, table) else None
