"""The exemplar catalogue (范文目录): one row per exemplar, its page and data (no mkdocs import).

The navigation lists sections, not exemplars; the catalogue is where a writer finds them.
Its rows go out as ``assets/catalogue/catalogue-data.js``, a plain script that sets
``window.fanwenCatalogue`` (a script, so file:// works), and ``scripts/web/catalogue/``
filters and sorts them in the page::

    {"roles": [{"id", "name"}], "kinds": [...], "years": [...], "own": "本站编写",
     "rows": [{"href", "title", "year", "kind", "region", "source", "chars", "parts": [role ids]}]}

The catalogue's order (newest year first, then title) is also the order of the exemplar
pages' 上一篇 / 下一篇 links and of the exemplars in the search index.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..analyze.snippets import Library
from ..intake.meta import OWN_SOURCE
from .markup import html_path

CATALOGUE = "catalogue.md"
CATALOGUE_DATA = "assets/catalogue/catalogue-data.js"
DATA_GLOBAL = "window.fanwenCatalogue"
# A place name at the start of a title: 某某省 / 青山市 / 临江县 / 东湖区 / 某某自治州 …
_REGION = re.compile(
    r"^(?:\d{4}年度?)?([\u4e00-\u9fff]{1,7}?(?:自治区|自治州|省|市|州|盟|县|区|旗))"
)
_NOT_REGION = re.compile(r"[×Xx*某]|^(?:党|局|委|社|全|本|我|机关|单位|学校|公司|医院|地区|辖区)")


@dataclass(frozen=True)
class Row:
    """What the catalogue shows of one exemplar."""

    path: str  # among the docs: exemplars/<slug>.md
    title: str
    year: int | None
    kind: str | None
    region: str | None
    source: str | None
    chars: int
    parts: tuple[str, ...]  # role ids, in report order

    def as_data(self) -> dict[str, object]:
        data = {k: getattr(self, k) for k in ("title", "year", "kind", "region", "source")}
        href = html_path(self.path)
        return {"href": href, **data, "chars": self.chars, "parts": list(self.parts)}


def region_of(title: str) -> str | None:
    """The place a title names first, if it names one.

    >>> region_of("青山县市场监督管理局2023年意识形态工作总结"), region_of("2023年意识形态工作总结")
    ('青山县', None)
    >>> region_of("××市××局2022年意识形态工作总结"), region_of("局党组2023年工作总结")
    (None, None)
    """
    found = _REGION.match(title)
    if not found or _NOT_REGION.search(found.group(1)):
        return None
    return found.group(1)


def catalogue_order(rows: Sequence[Row]) -> list[Row]:
    """Newest year first (rows without a year last), then by title.

    >>> rows = [Row("a.md", "乙", 2022, None, None, None, 1, ()),
    ...         Row("b.md", "甲", None, None, None, None, 1, ()),
    ...         Row("c.md", "丙", 2024, None, None, None, 1, ())]
    >>> [r.path for r in catalogue_order(rows)]
    ['c.md', 'a.md', 'b.md']
    """
    return sorted(rows, key=lambda r: (-(r.year or 0), r.title, r.path))


def neighbours(ordered: Sequence[Row]) -> dict[str, dict[str, str | None]]:
    """For each exemplar page, the pages before and after it in the catalogue.

    >>> rows = [Row(f"{n}.md", n, 2023, None, None, None, 1, ()) for n in "abc"]
    >>> neighbours(rows)["b.md"]
    {'prev': 'a.md', 'prev_title': 'a', 'next': 'c.md', 'next_title': 'c'}
    """
    links: dict[str, dict[str, str | None]] = {}
    for i, row in enumerate(ordered):
        before = ordered[i - 1] if i > 0 else None
        after = ordered[i + 1] if i + 1 < len(ordered) else None
        links[row.path] = {
            "prev": before.path if before else None,
            "prev_title": before.title if before else None,
            "next": after.path if after else None,
            "next_title": after.title if after else None,
        }
    return links


def catalogue_data(ordered: Sequence[Row], library: Library) -> dict[str, object]:
    """Everything the catalogue's script reads, rows in catalogue order."""
    kinds = sorted({r.kind for r in ordered if r.kind})
    years = sorted({r.year for r in ordered if r.year}, reverse=True)
    roles = [{"id": r.id, "name": r.name} for r in library.ordered_roles()]
    rows = [r.as_data() for r in ordered]
    return {"roles": roles, "kinds": kinds, "years": years, "own": OWN_SOURCE, "rows": rows}


def catalogue_script(data: dict[str, object]) -> str:
    """The data as a plain script that sets ``window.fanwenCatalogue``.

    >>> catalogue_script({"rows": [{"title": "某局</script>"}]})
    'window.fanwenCatalogue = {"rows":[{"title":"某局<\\\\/script>"}]};\\n'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f"{DATA_GLOBAL} = {text};\n"
