"""What the desk's first choices fill in: the kind of body and the year or period reported on.

A kind (``snippets/kinds.yaml``) gives the skeleton its own variants of each role
(:func:`fanwen.analyze.snippets.variants_for`) and a few values (the unit's name with ××);
a year and period give the meetings to cite and the year's campaign, from the same 提法 data
the draft checker reads (``snippets/formulations.yaml``: ``meetings.calendar``, ``campaigns``).
Everything is computed here at build time; the browser only looks it up.
"""

from __future__ import annotations

from ..aids.skeleton import Skeleton
from ..analyze.snippets import Library, own_variants, variants_for
from ..check.formulations import FormulationTable, Meetings
from ..check.meetings import meetings_to_cite

ANNUAL = "年度"


def period_end(meetings: Meetings, period: str) -> int:
    """The last month of a period: 年度 is December, the others come from the 提法 data.

    >>> from fanwen.analyze.snippets import snippets_folder
    >>> from fanwen.check.formulations import load_formulations
    >>> m = load_formulations(snippets_folder()).meetings
    >>> period_end(m, "年度"), period_end(m, "上半年"), period_end(m, "第三季度")
    (12, 6, 9)
    """
    if period == ANNUAL:
        return 12
    for known in meetings.periods:
        if known.label == period:
            return known.end
    raise ValueError(f"unknown period {period!r}")


def year_values(table: FormulationTable, year: int, period: str) -> dict[str, str]:
    """The fields a year and period fill in (the writer may still edit them).

    >>> from fanwen.analyze.snippets import snippets_folder
    >>> from fanwen.check.formulations import load_formulations
    >>> v = year_values(load_formulations(snippets_folder()), 2024, "年度")
    >>> v["term"], v["campaign"], v["study_topic"], v["year_next"]
    ('2024年度', '党纪学习教育', '党的二十届三中全会精神', '2025')
    """
    spirit, latest = meetings_to_cite(table.meetings, year, period_end(table.meetings, period))
    return {
        "year": str(year),
        "term": f"{year}{ANNUAL}" if period == ANNUAL else f"{year}年{period}",
        "guiding_spirit": spirit,
        "study_topic": latest,
        "campaign": "、".join(c.name for c in table.campaigns_of(year)),
        "year_next": str(year + 1),
    }


def data_years(table: FormulationTable) -> list[int]:
    """The years the desk offers: from the first campaign to the year after the latest data.

    >>> from fanwen.analyze.snippets import snippets_folder
    >>> from fanwen.check.formulations import load_formulations
    >>> years = data_years(load_formulations(snippets_folder()))
    >>> years[0], years[-1]
    (2019, 2026)
    """
    held = [int(m.held[:4]) for m in table.meetings.calendar] + [c.year for c in table.campaigns]
    first = min(c.year for c in table.campaigns)
    return list(range(first, max(held) + 2))


def calendar_data(library: Library, table: FormulationTable) -> dict[str, object]:
    """Years, periods and the values each fills, newest year first; the default is the latest
    year the data knows (the one before the last offered)."""
    years = data_years(table)
    for period in library.periods:
        period_end(table.meetings, period)  # an unknown period stops the build here
    return {
        "years": years[::-1],
        "periods": library.periods,
        "default": {"year": years[-2], "period": library.periods[0]},
        "values": {str(y): {p: year_values(table, y, p) for p in library.periods} for y in years},
    }


def kind_data(library: Library, skeleton: Skeleton) -> list[dict[str, object]]:
    """Each kind (the general one first, id ""): its values, the variants each part of its
    skeleton takes and the variants each role offers, as indices into the role's variants."""
    kinds = [("", "不区分单位类型", {}), *((k.id, k.name, k.values) for k in library.kinds)]
    out = []
    for kid, name, values in kinds:
        parts = []
        for part in skeleton.parts:
            role = library.roles[part.role]
            take = own_variants(role, kid) if part.take == "all" else variants_for(role, kid)[:1]
            parts.append({"role": part.role, "heading": part.heading, "variants": take})
        offers = {r.id: variants_for(r, kid) for r in library.ordered_roles()}
        out.append({"id": kid, "name": name, "values": values, "parts": parts, "offers": offers})
    return out
