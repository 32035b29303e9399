"""Analysis: a cleaned exemplar as title, year, kind of body and role-labelled blocks.

>>> from fanwen.analyze.snippets import default_library
>>> a = analyze_text("2023年意识形态工作总结\\n现将有关情况报告如下：\\n一是加强组织领导。\\n")
>>> [(b.level, b.role) for b in a.blocks]
[('title', None), ('para', 'opening'), ('item', 'practices')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from pydantic import Field

from ..clean.dates import BARE_DATE
from ..clean.pipeline import CleanResult, fix_and_explain
from ..datafile import Strict, data_path, load_yaml_model
from .genres import body_start
from .roles import assign_roles
from .sequence import decode_roles, profiles
from .snippets import Library, default_library
from .structure import split_blocks
from .techniques import Technique, placeholders, techniques, theme_of
from .titles import choose_title

THEMED_ROLES = ("practices", "achievements")
SUGGEST = re.compile(r"现将(?P<what>[^。：:]{2,40}?)(?P<kind>报告|汇报|总结)如下")


class BodyKind(Strict):
    name: str
    cues: list[str] = Field(min_length=1)


class BodyKinds(Strict):
    body_kinds: list[BodyKind] = Field(min_length=1)


@dataclass(frozen=True)
class AnalyzedBlock:
    id: str
    start: int
    level: str
    heading: str | None
    role: str | None
    theme: str | None
    techniques: list[Technique]
    placeholders: list[dict[str, object]]
    text: str


@dataclass
class Analysis:
    title: str | None
    suggested_title: str | None
    year: int | None
    body_kind: str | None
    blocks: list[AnalyzedBlock] = field(default_factory=list)

    def roles(self) -> list[str]:
        """Roles present, in reading order, each once."""
        return list(dict.fromkeys(b.role for b in self.blocks if b.role))


@cache
def _body_kinds() -> BodyKinds:
    return load_yaml_model(data_path(__package__, "body_kinds.yaml"), BodyKinds)


def body_kind(text: str) -> str | None:
    """The kind of body that speaks in a report: the most specific one it names twice.

    >>> body_kind("局党组高度重视，我局召开党组会议。"), body_kind("镇党委书记带头抓，全镇干部")
    ('局党组', '乡镇党委')
    """
    kinds = _body_kinds().body_kinds
    counts = [sum(len(re.findall(c, text, re.MULTILINE)) for c in k.cues) for k in kinds]
    for kind, count in zip(kinds, counts, strict=True):
        if count >= 2:
            return kind.name
    best = max(range(len(kinds)), key=lambda k: (counts[k], -k))
    return kinds[best].name if counts[best] else None


# The first year the opening states: digits, or a placeholder or 今年 (which name no year).
STATED_YEAR = re.compile(
    r"(?<![\d×xX_＿])(?:(?P<year>(?:19|20)\d{2})\s*年|(?:20[×xX_＿]{1,2}|[×xX_＿]{2,4})\s*年|今年|本年度)"
)


# The year the opening's lead-in names: 现将2019年度宣传工作情况总结如下
REPORTS_ON = re.compile(r"现将[^。！？；]{0,12}?((?:19|20)\d{2})\s*年[^。！？；]{0,30}如下")
# An opening whose first words are its year: 2020年，… 2021年以来… 2019年度，…
OPENS_WITH_YEAR = re.compile(r"(?:自|在)?((?:19|20)\d{2})\s*年(?:度)?(?:以来)?[，,]")
# The rest of a date after its year (2025年1月22日): the day a meeting was held, not the year
# reported on when the meeting's name in the same sentence holds the year before
# (……召开……暨2024年意识形态工作总结会)
DAY_AFTER = re.compile(r"\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
# a year in a meeting's name: 2024年意识形态工作总结会, 2024年度述职评议会 (not 总结2023年工作)
MEETING_YEAR = re.compile(
    r"((?:19|20)\d{2})\s*年度?[^，。！？；、“”]{0,16}(?:总结会|述职评议会|述职会|工作会议?|考核会)"
)
PROSE_STOP = re.compile("[。！？；]")
CN_YEAR = re.compile("[一二][〇○零OＯ一二三四五六七八九]{3}(?=年)")
CN_NUMERALS = str.maketrans("〇○零OＯ一二三四五六七八九", "00000123456789")


def arabic_years(text: str) -> str:
    """Years written in Chinese numerals (as 公文 dates are) in digits, one for one.

    >>> arabic_years("二〇二二年度意识形态工作总结")
    '2022年度意识形态工作总结'
    """
    return CN_YEAR.sub(lambda m: m[0].translate(CN_NUMERALS), text)


def year_of(title: str | None, opening: str) -> int | None:
    """The year reported on: from the title, else the first year the opening states; when that
    is a placeholder or 今年, none (a later year in the opening is another one).

    >>> year_of("2023年度意识形态工作总结及2024年工作打算", ""), year_of(None, "××××年以来")
    (2023, None)
    >>> year_of("2021意识形态工作情况总结", ""), year_of(None, "共2021人参加。2022年以来")
    (2021, 2022)
    >>> year_of("20××年工作总结", "今年以来，在2020年工作的基础上"), year_of(None, "20××年以来")
    (None, None)

    An opening that starts with its year says which year it reports on, whatever year a site
    put in the title:

    >>> year_of("2022年乡镇宣传思想文化工作情况汇报", "2020年，××镇根据县委部署，……")
    2020

    The lead-in to the account names the year too: 今年以来，……。现将2019年度工作总结如下：

    >>> year_of("县医院年度宣传工作总结", "今年以来，……。现将2019年度宣传工作情况总结如下：")
    2019

    A meeting's date names the year it was held; the year of the work it sums up, named later in
    the same sentence, is the one reported on:

    >>> year_of(None, "2025年1月12日，中心召开第四季度研判会暨2024年意识形态工作总结会。")
    2024
    >>> year_of(None, "2024年1月5日，局党组召开会议，总结2023年工作，部署2024年任务。")
    2024
    >>> year_of(None, "2023年8月19日，支部重温习近平总书记在2013年全国宣传思想工作会议上的讲话。")
    2023
    """
    title, opening = arabic_years(title or ""), arabic_years(opening)
    in_title = re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d|\s*个?字)", title)  # not 2068字
    if (starts := OPENS_WITH_YEAR.match(opening.lstrip())) and in_title:
        return int(starts[1])  # a site retitled the page; the report says its own year first
    if in_title:
        return int(in_title[1])
    if said := REPORTS_ON.search(opening):  # 今年以来，…。现将2019年度…情况总结如下：
        return int(said[1])
    first = STATED_YEAR.search(opening)
    if first and first["year"] and DAY_AFTER.match(opening, first.end()):
        end = PROSE_STOP.search(opening, first.end())
        named = MEETING_YEAR.search(opening, first.end(), end.start() if end else len(opening))
        if named and int(named[1]) == int(first["year"]) - 1:  # ……暨2024年意识形态工作总结会
            return int(named[1])
    return int(first["year"]) if first and first["year"] else None


BODY_YEAR_BLOCKS = 4  # the first blocks of the body, where the year reported on is named
CUT_YEAR = re.compile(r"(?<![\d×xX])(?:19|20)(?=[上下]半年|年度?|季度)")  # 20上半年: digits lost


def body_year(pieces: list) -> int | None:
    """The year most often named in the first blocks of the body, for an opening whose year
    lost its digits (20上半年以来): 《2020年…责任书》, 2020年学习计划 -> 2020. An opening
    without any year keeps none: a year in the body may be another one.

    >>> from fanwen.analyze.blocks import Block
    >>> p = [(Block(0, "20上半年以来，社区坚持守土有责。", "para", None), "opening")]
    >>> work = "签订了《2020年意识形态工作责任书》，制定2020年学习计划。"
    >>> p += [(Block(9, work, "para", None), "practices")]
    >>> body_year(p)
    2020
    """
    body = [b.text for b, r in pieces if r not in (None, "opening")]
    text = "".join(body[:BODY_YEAR_BLOCKS])
    years = re.findall(r"(?<!\d)((?:19|20)\d{2})\s*年", text)
    return int(max(years, key=years.count)) if years else None


PLACEHOLDER_YEAR = re.compile(r"(?:20[×xX_＿]{1,2}|[×xX_＿]{2,4})\s*年")


def signed_year(pieces: list, opening: str, ahead: bool = False) -> int | None:
    """The year of the date a report is signed on, for an opening that names none (今年以来):
    signed from April on, that year; signed in the first quarter, the year before (an annual
    report handed in early in the next), unless the opening says 今年 or the text tells the work
    ahead (``ahead``: a plan, a notice of tasks, a speech), which is dated in its own year. A
    placeholder year in the opening (20××年) keeps none.

    >>> from fanwen.analyze.blocks import Block
    >>> end = [(Block(0, "××街道党工委\\n", "para", None), "closing")]
    >>> signed_year(end + [(Block(9, "2023年12月20日\\n", "para", None), "closing")], "今年以来")
    2023
    >>> signed_year(end + [(Block(9, "2024年1月8日\\n", "para", None), "closing")], "一年来")
    2023
    >>> signed_year(end + [(Block(9, "2019年3月28日\\n", "para", None), "closing")], "", True)
    2019
    """
    if PLACEHOLDER_YEAR.search(opening):
        return None
    for block, _ in pieces[-3:]:
        if m := BARE_DATE.fullmatch(arabic_years(block.text)):
            year, month = int(m["year"]), int(m["month"])
            return year if month >= 4 or ahead or "今年" in opening else year - 1
    return None


def suggested_title(text: str) -> str | None:
    """A title derived from the opening's transition sentence, when the text has none.

    >>> suggested_title("…。现将我局2022年落实意识形态工作情况报告如下：")
    '2022年落实意识形态工作情况报告'
    """
    m = SUGGEST.search(text)
    if not m:
        return None
    what = re.sub(r"^(?:我局|本局|我单位|本单位|我们|我委|我部)", "", m["what"])
    return f"{what}{m['kind']}"


def _ahead(pieces: list, title: str | None) -> bool:
    """A text whose body tells the work ahead (a plan, a notice of tasks, a speech)."""
    return body_start([b for b, _ in pieces], title) == "next_steps"


def _after_title(pieces: list) -> list:
    """The blocks below the title (all of them when there is none): what stands above a title
    is the site's, not the report's (下面是小编整理的2023年度…总结, 供参考。).

    >>> from fanwen.analyze.blocks import Block
    >>> p = [(Block(0, "小编整理了2023年的范文。", "para", None), "opening")]
    >>> p += [(Block(12, "局工作总结", "title", "局工作总结"), None)]
    >>> [b.text for b, _ in _after_title(p)]
    []
    """
    at = next((k for k, (b, _) in enumerate(pieces) if b.level == "title"), -1)
    return pieces[at + 1 :]


def _first_paragraph(pieces: list) -> str:
    """A report without an opening starts its account in the first paragraph under the first
    heading (一、… （一）… 年初，镇党委对2020年全镇意识形态工作进行安排部署): it stands in
    for the opening where the year is looked for."""
    return next((b.text for b, _ in pieces if b.level == "para"), "")


def analyze_text(text: str, library: Library | None = None, repairs: bool = True) -> Analysis:
    """Analyze a cleaned text; ``repairs=False`` leaves out the readings that the browser's
    draft checker has no port of yet: levels mended from the numbering, headings without
    numbers (:func:`split_blocks`) and headings that return to practices (:func:`assign_roles`)."""
    library = library or default_library()
    pieces = assign_roles(split_blocks(text, repairs), library, repairs)
    if repairs:
        pieces = decode_roles(pieces, library)
    title = next((b.heading for b, _ in pieces if b.level == "title"), None)
    if title is None and repairs and (quoted := choose_title(text.splitlines(keepends=True))):
        title = quoted.text  # named only in a site's blurb: no line of the text is the title
    after_title = _after_title(pieces) if repairs else pieces
    # the unit's profile (位于…，始建于1999年) is background: its years are not the report's
    opening = "".join(
        b.text for b, r in after_title if r == "opening" and not profiles(b.text)
    ) or _first_paragraph(after_title)
    analysis = Analysis(
        title=title,
        suggested_title=None if title else suggested_title(opening or text),
        year=year_of(title, opening)
        or (body_year(pieces) if repairs and CUT_YEAR.search(opening) else None)
        or (signed_year(pieces, opening, _ahead(pieces, title)) if repairs else None),
        body_kind=body_kind(text),
    )
    for n, (block, role) in enumerate(pieces, start=1):
        theme = (
            theme_of(block.text, block.heading, library.themes) if role in THEMED_ROLES else None
        )
        analysis.blocks.append(
            AnalyzedBlock(
                id=f"b{n}",
                start=block.start,
                level=block.level,
                heading=block.heading,
                role=role,
                theme=theme,
                techniques=techniques(block.text, block.heading),
                placeholders=placeholders(block.text),
                text=block.text,
            )
        )
    return analysis


def analysis_record(source: str, cleaned: CleanResult, analysis: Analysis) -> dict:
    """The JSON object of ``fanwen analyze --json``."""
    return {
        "source": source,
        "title": analysis.title,
        "suggested_title": (
            {"text": analysis.suggested_title, "derived": True}
            if analysis.suggested_title
            else None
        ),
        "year": analysis.year,
        "body_kind": analysis.body_kind,
        "removed": [{"rule": c.rule, "text": c.before} for c in cleaned.removed],
        "changes": [
            {"rule": c.rule, "before": c.before, "after": c.after}
            for c in cleaned.changes
            if c.kind != "removed"
        ],
        "blocks": [
            {
                "id": b.id,
                "level": b.level,
                "heading": b.heading,
                "role": b.role,
                "theme": b.theme,
                "techniques": [
                    {"kind": t.kind, "name": t.name, "text": t.text} for t in b.techniques
                ],
                "placeholders": b.placeholders,
                "text": b.text,
            }
            for b in analysis.blocks
        ],
    }


def analyze_raw(text: str, library: Library | None = None) -> tuple[CleanResult, Analysis]:
    cleaned = fix_and_explain(text)
    return cleaned, analyze_text(cleaned.text, library)
