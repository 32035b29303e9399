"""The year a report is for: years, plans and campaigns of another year (all 请核对).

The most common real work is last year's report made this year's, and what gives it away is
a year: 2023年以来 in a 2024 report, 2024年，我们将… among a 2024 report's plans, 党纪学习教育
(2024) in a 2025 report. Given the report's period (:func:`fanwen.check.meetings.report_period`),
four rules ask about them; their patterns and wording are data (``years`` and ``messages`` in
``check/data/draft_checks.yaml``, the campaigns by year in ``snippets/formulations.yaml``):

- ``year.title``: the writer gave a year and the title names another;
- ``year.stale``: a year that reads as the report's own period (2023年以来, a sentence opening
  2023年，, 现将…2023年…报告如下) and is not the report's year;
- ``year.plan``: in the plans (after a 下一步打算 heading, or in a paragraph opening with
  下一步/今后…), a full-year report's own year (or an earlier one) as the date of a plan;
- ``year.campaign``: a campaign of another year, unless spoken of as consolidating it.

The browser engine (``scripts/web/check/years.js``) runs the same data alike.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .findings import Finding, overlaps
from .formulations import FormulationTable
from .meetings import Period, head_year
from .settings import YearRules, draft_settings

RULES = ("year.title", "year.stale", "year.plan", "year.campaign")


@cache
def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _finding(
    rule: str, text: str, start: int, end: int, period: Period, wording: str = "", **more: object
) -> Finding:
    """A finding of ``rule`` on ``text[start:end]``, its message (``wording``, else the rule's)
    filled for ``period``."""
    settings = draft_settings()
    values = {"year": period.year, "period": period.label, "text": text[start:end], **more}
    message = settings.message(wording or rule, **values)
    return settings.finding(rule, message=message, start=start, end=end, text=text[start:end])


def plan_zones(text: str, rules: YearRules, after: int = 0) -> list[tuple[int, int]]:
    """Where the plans are: from a short line naming them to the end, or from a sentence
    opening with a cue to the end of its paragraph (nothing before ``after``, the title).

    >>> rules = draft_settings().years
    >>> text = "一、工作情况\\n下一步，继续抓好学习。\\n二、下一步打算\\n加强阵地管理。"
    >>> [text[a:b] for a, b in plan_zones(text, rules)]
    ['下一步，继续抓好学习。', '二、下一步打算\\n加强阵地管理。']
    """
    zones = []
    at = 0
    for line in text.split("\n"):
        end = at + len(line)
        short = len(line.strip()) <= rules.heading_max and "。" not in line
        if at >= after and short and _re(rules.zone_heading).search(line):
            zones.append((at, len(text)))
            break
        cue = _re(rules.zone_cue).search(line)
        if at >= after and cue:
            zones.append((at + cue.start(), end))
        at = end + 1
    return zones


def _inside(pos: int, zones: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in zones)


def _short_lines(text: str, rules: YearRules, after: int) -> list[tuple[int, str]]:
    """Each heading-like line (short, no full stop) after the title, with its offset."""
    out, at = [], 0
    for line in text.split("\n"):
        if at >= after and len(line.strip()) <= rules.heading_max and "。" not in line:
            out.append((at, line))
        at += len(line) + 1
    return out


def plan_findings(text: str, period: Period, rules: YearRules, after: int) -> list[Finding]:
    """Plans dated the report's own year, or earlier, in a full-year report.

    >>> text = "2024年工作总结\\n三、下一步打算\\n2024年，我们将加强学习。"
    >>> [f.text for f in plan_findings(text, Period(2024, 12, "度"), draft_settings().years, 10)]
    ['2024年']
    """
    if period.end != 12:
        return []
    found: list[tuple[int, int]] = []
    for a, b in plan_zones(text, rules, after):
        found += [(a + m.start("y"), a + m.end("y")) for m in _re(rules.plan).finditer(text[a:b])]
    for at, line in _short_lines(text, rules, after):
        heading = _re(rules.plan_heading)
        found += [(at + m.start("y"), at + m.end("y")) for m in heading.finditer(line)]
    out = []
    for start, end in sorted(set(found)):
        year = int(text[start : start + 4])
        if not period.year - rules.near <= year <= period.year:
            continue
        out.append(
            _finding("year.plan", text, start, end, period, found=year, next=period.year + 1)
        )
    return out


def stale_findings(
    text: str, period: Period, rules: YearRules, after: int, taken: list[tuple[int, int]]
) -> list[Finding]:
    """Years read as the report's own period that are not its year.

    >>> rules = draft_settings().years
    >>> text = "2024年工作总结\\n2023年以来，局党组比2022年多开会3次。"
    >>> [f.text for f in stale_findings(text, Period(2024, 12, "度"), rules, 10, [])]
    ['2023年']
    """
    zones = plan_zones(text, rules, after)
    spans = {
        (m.start("y"), m.end("y")) for pattern in rules.own for m in _re(pattern).finditer(text)
    }
    out = []
    for start, end in sorted(spans):
        year = int(text[start : start + 4])
        if start < after or year == period.year or abs(year - period.year) > rules.near:
            continue
        if (year > period.year and _inside(start, zones)) or overlaps(start, end, taken):
            continue
        out.append(_finding("year.stale", text, start, end, period, found=year))
    return out


def campaign_findings(text: str, table: FormulationTable, period: Period) -> list[Finding]:
    """Mentions of another year's campaign, unless consolidating an earlier one.

    >>> from fanwen.check.formulations import load_formulations
    >>> from fanwen.analyze.snippets import snippets_folder
    >>> t = load_formulations(snippets_folder())
    >>> text = "扎实开展党纪学习教育，巩固拓展主题教育成果。"
    >>> [f.text for f in campaign_findings(text, t, Period(2025, 12, "度"))]
    ['党纪学习教育']
    """
    rules = draft_settings().years
    out = []
    for campaign in table.campaigns:
        if campaign.year == period.year:
            continue
        for m in _re(campaign.pattern).finditer(text):
            before = text[max(0, m.start() - rules.window) : m.start()]
            after = text[m.end() : m.end() + rules.window]
            earlier = campaign.year < period.year
            if earlier and (
                _re(rules.keep_before).search(before) or _re(rules.keep_after).search(after)
            ):
                continue
            wording = "year.campaign" if earlier else "year.campaign.later"
            found = _finding(
                "year.campaign", text, m.start(), m.end(), period, wording,
                campaign=campaign.name, held=campaign.year,
            )  # fmt: skip
            out.append(replace(found, subject=campaign.key))
    return out


def _line_at(text: str, pos: int) -> str:
    """The line holding ``pos``.

    >>> _line_at("标题\\n2023年以来，局党组……。", 4)
    '2023年以来，局党组……。'
    """
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : end if end != -1 else len(text)]


def year_findings(
    text: str, table: FormulationTable, period: Period | None, asked: bool = False
) -> list[Finding]:
    """Every year finding of ``text`` (full-width digits already ASCII) for ``period``;
    ``asked`` when the writer gave the year, so the title's may differ from it.

    >>> from fanwen.check.formulations import load_formulations
    >>> from fanwen.analyze.snippets import snippets_folder
    >>> t = load_formulations(snippets_folder())
    >>> text = "2023年工作总结\\n2023年以来，"
    >>> [f.rule for f in year_findings(text, t, Period(2024, 12, "度"), asked=True)]
    ['year.title', 'year.stale']
    """
    if period is None:
        return []
    rules = draft_settings().years
    head = head_year(text)
    after = 0
    out = []
    if head is not None and "。" not in _line_at(text, head[0]):  # a title, not the opening
        start, end, _ = head
        after = text.find("\n", start) + 1 or len(text)
        year = int(text[start:end])
        if asked and year != period.year:
            out.append(_finding("year.title", text, start, end, period, found=year))
    plans = plan_findings(text, period, rules, after)
    taken = [(f.start or 0, f.end or 0) for f in plans]
    out += plans + stale_findings(text, period, rules, after, taken)
    return out + campaign_findings(text, table, period)
