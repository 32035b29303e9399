"""What a 基本情况 / 总体情况 section reports, by the kind of report it stands in.

The role templates cue such a heading as the assessment (研判报告 open with the overall
picture); in a report that sums up work the same heading opens the work done. The title says
which kind the report is; without one, the block under the heading does (``data/overview.yaml``).
"""

from __future__ import annotations

import re
from functools import cache

from ..datafile import Strict, data_path, load_yaml_model
from .blocks import Block


class Overview(Strict):
    overview: str
    assessing_titles: str
    picture: str


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = load_yaml_model(data_path("fanwen.analyze", "overview.yaml"), Overview)
    return re.compile(data.overview), re.compile(data.assessing_titles), re.compile(data.picture)


def overview_role(heading: str, title: str | None, works_below: bool, lead: str) -> str | None:
    """The role of an overview section (None: ``heading`` is no overview); ``works_below``: the
    next block is a sub-heading of work done; ``lead``: its first sentence.

    >>> overview_role("一、基本情况", "某县2025年一季度意识形态形势分析研判报告", True, "")
    'assessment'
    >>> title = "监区党支部2020年上半年意识形态工作报告"
    >>> overview_role("一、基本情况", title, False, "1.支部把意识形态工作摆在突出位置。")
    'practices'
    >>> overview_role("一、总体情况", title, False, "上半年，全队意识形态工作总体较好。")
    'assessment'
    >>> overview_role("一、总体情况", None, True, "")
    'practices'
    >>> overview_role("一、基本情况", None, False, "")
    'assessment'
    >>> overview_role("一、总体态势", None, True, "") is None
    True
    """
    overview, assessing, picture = _patterns()
    if not overview.search(heading):
        return None
    if title and assessing.search(title):
        return "assessment"
    if works_below:
        return "practices"
    if title:
        return "assessment" if picture.search(lead) else "practices"
    return "assessment"


def title_of(blocks: list[Block]) -> str | None:
    """The report's title among its blocks, if it has one.

    >>> title_of([Block(0, "某镇意识形态工作总结", "title", "某镇意识形态工作总结")])
    '某镇意识形态工作总结'
    """
    return next((b.text.strip() for b in blocks if b.level == "title"), None)
