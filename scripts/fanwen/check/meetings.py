"""Is the meeting 精神 a draft cites the latest for its year? Asked, never asserted.

A draft that cites at least one Central Committee plenum (二十届二中全会) is compared with the
meetings of ``snippets/formulations.yaml`` (``meetings``): when a meeting held by the end of
the draft's period (its year, or its quarter or half year) is later than every meeting the
draft cites, the finding asks whether it should be cited too. A draft citing no plenum, or
whose year is unknown, is not asked anything.

The year and period come from the first of the first three lines that holds a year (the title,
or the opening when there is none; a date such as 2022-07-12 or a document number's 〔2021〕
is no year here), full-width digits read as ASCII: the same simple rule in the browser engine.
A year given by the writer (``fanwen check-draft --year``, the check page's 报告年度) wins over
the title's (:func:`report_period`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .findings import Finding
from .formulations import FormulationTable, Meeting, Meetings
from .settings import draft_settings, fill
from .surface import probe_text

# A year, not a date (2022-07-12) nor a document number's (〔2021〕36号).
YEAR = re.compile(r"(?<![0-9〔【［\[])((?:19|20)[0-9]{2})(?![0-9〕】］\]]|[-/.][0-9])")
HEAD_LINES = 3
NUMERAL = "一二三四五六七八九"


@dataclass(frozen=True)
class Period:
    year: int
    end: int  # last month of the period
    label: str


def _month_end(year: int, end: int) -> str:
    """Month ``end`` of ``year`` as the data writes months: 2024-07."""
    return f"{year:04d}-{end:02d}"


def _held(meeting: Meeting, year: int, end: int) -> bool:
    """Held by the end of month ``end`` of ``year`` (``held`` is written 2024-07)."""
    return meeting.held <= _month_end(year, end)


def meetings_to_cite(meetings: Meetings, year: int, end: int) -> tuple[str, str]:
    """The congress and plenums held by the end of a period, and the latest of them, as cited.

    >>> from fanwen.analyze.snippets import snippets_folder
    >>> from fanwen.check.formulations import load_formulations
    >>> m = load_formulations(snippets_folder()).meetings
    >>> meetings_to_cite(m, 2025, 12)
    ('党的二十大和二十届二中、三中、四中全会精神', '党的二十届四中全会精神')
    >>> meetings_to_cite(m, 2025, 6)
    ('党的二十大和二十届二中、三中全会精神', '党的二十届三中全会精神')
    >>> meetings_to_cite(m, 2022, 12)
    ('党的二十大精神', '党的二十大精神')
    """
    held = [x for x in meetings.calendar if x.expected and _held(x, year, end)]
    congresses = [x for x in held if re.fullmatch(meetings.congress, x.key)]
    if not congresses:
        return "", ""
    congress = congresses[-1]
    session = congress.key.removesuffix("大")  # 二十大 → 二十 (届)
    plenums = [x for x in held if x.key.startswith(f"{session}届") and x.held >= congress.held]
    latest = plenums[-1] if plenums else congress
    if not plenums:
        return f"{congress.name}精神", f"{latest.name}精神"
    names = "、".join(x.key.removeprefix(f"{session}届").removesuffix("全会") for x in plenums)
    return f"{congress.name}和{session}届{names}全会精神", f"{latest.name}精神"


def head_year(text: str) -> tuple[int, int, str] | None:
    """Start and end of the year in the first of the first three lines holding one, and the
    line's first sentence (which may name a quarter or half year).

    >>> head_year("时间：2022-07-12\\n县委2020年工作报告")
    (16, 20, '县委2020年工作报告')
    """
    at = 0
    seen = 0
    for line in text.split("\n"):
        if line.strip() and seen < HEAD_LINES:
            seen += 1
            m = YEAR.search(line)
            if m:
                return at + m.start(1), at + m.end(1), re.split("[。！？]", line)[0]
        at += len(line) + 1
    return None


def draft_period(text: str, meetings: Meetings) -> Period | None:
    """The year and period a draft reports on, from its title or first lines.

    >>> from fanwen.check.formulations import load_formulations
    >>> from fanwen.analyze.snippets import snippets_folder
    >>> m = load_formulations(snippets_folder()).meetings
    >>> draft_period("市工业园区2024年第三季度意识形态工作总结\\n今年以来，", m)
    Period(year=2024, end=9, label='第三季度')
    >>> draft_period("意识形态工作总结\\n2023年以来，局党组坚持……", m)
    Period(year=2023, end=12, label='度')
    """
    head = head_year(text)
    if head is None:
        return None
    start, end, first = head
    return _period(int(text[start:end]), first, meetings)


def _period(year: int, first: str, meetings: Meetings) -> Period:
    for period in meetings.periods:
        if re.search(period.pattern, first):
            return Period(year, period.end, period.label)
    return Period(year, 12, meetings.year_label)


def report_period(
    text: str, meetings: Meetings, year: int | None = None, label: str | None = None
) -> Period | None:
    """The period a report is for: the writer's year (and quarter or half year, a label of
    the data's ``periods``) when given, else the title's.

    >>> from fanwen.check.formulations import load_formulations
    >>> from fanwen.analyze.snippets import snippets_folder
    >>> m = load_formulations(snippets_folder()).meetings
    >>> report_period("2024年上半年工作总结", m, 2025)
    Period(year=2025, end=12, label='度')
    >>> report_period("2025年上半年工作总结", m, 2025)
    Period(year=2025, end=6, label='上半年')
    >>> report_period("工作总结", m, 2025, "第三季度")
    Period(year=2025, end=9, label='第三季度')
    """
    found = draft_period(text, meetings)
    if year is None:
        return found
    if label is not None:
        return _period(year, label, meetings)
    if found is not None and found.year == year:
        return found
    return Period(year, 12, meetings.year_label)


@dataclass(frozen=True)
class Citation:
    index: int  # position of the meeting in the data (chronological)
    start: int
    end: int
    text: str
    plenum: bool


def citations(text: str, meetings: Meetings) -> list[Citation]:
    """Each meeting cited, with the span that names it.

    >>> from fanwen.check.formulations import load_formulations
    >>> from fanwen.analyze.snippets import snippets_folder
    >>> m = load_formulations(snippets_folder()).meetings
    >>> [(c.index, c.text) for c in citations("党的二十大和二十届二中、三中全会精神", m)]
    [(8, '二十大'), (10, '二十届二中、三中全会'), (11, '二十届二中、三中全会')]
    """
    keys = {meeting.key: k for k, meeting in enumerate(meetings.calendar)}
    found = []
    for m in re.finditer(meetings.congress, text):
        if f"{m[1]}大" in keys:
            found.append(Citation(keys[f"{m[1]}大"], m.start(), m.end(), m[0], False))
    for m in re.finditer(meetings.plenums, text):
        for number in re.findall(f"[{NUMERAL}]中", m[2]):
            key = f"{m[1]}届{number}全会"
            if key in keys:
                found.append(Citation(keys[key], m.start(), m.end(), m[0], True))
    return sorted(found, key=lambda c: (c.start, c.index))


def meeting_findings(
    text: str, table: FormulationTable, period: Period | None = None
) -> list[Finding]:
    """The question about the latest meeting, when there is one to ask.

    >>> from fanwen.check.formulations import load_formulations
    >>> from fanwen.analyze.snippets import snippets_folder
    >>> t = load_formulations(snippets_folder())
    >>> [f.text for f in meeting_findings("2024年总结\\n学习党的二十大和二十届二中全会精神。", t)]
    ['二十届二中全会']
    """
    meetings = table.meetings
    cited = citations(text, meetings)
    period = period or draft_period(probe_text(text), meetings)
    if period is None:
        return []
    return _latest_findings(meetings, cited, period) + calendar_findings(meetings, period)


def calendar_findings(meetings: Meetings, period: Period) -> list[Finding]:
    """A report whose period ends after the calendar is known to be complete: say so.

    >>> from fanwen.check.formulations import load_formulations
    >>> from fanwen.analyze.snippets import snippets_folder
    >>> m = load_formulations(snippets_folder()).meetings
    >>> [f.rule for f in calendar_findings(m, Period(2026, 12, "度"))]
    ['calendar']
    >>> calendar_findings(m, Period(2025, 12, "度"))
    []
    """
    if _held_by(meetings.known_to, period.year, period.end):
        return []
    last = [m for m in meetings.calendar if m.expected][-1]
    message = fill(
        meetings.beyond,
        {
            "year": period.year,
            "period": period.label,
            "known": _month(meetings.known_to),
            "last": last.name,
            "held": _month(last.held),
        },
    )
    return [draft_settings().finding("calendar", message=message, subject=last.key)]


def _month(held: str) -> str:
    """2025-10 as 2025年10月."""
    year, month = held.split("-")
    return f"{year}年{int(month)}月"


def _held_by(month: str, year: int, end: int) -> bool:
    """Is ``month`` (2025-12) at or after the end of month ``end`` of ``year``?"""
    return month >= _month_end(year, end)


def _latest_findings(meetings: Meetings, cited: list[Citation], period: Period) -> list[Finding]:
    """The question about the latest meeting, when the draft cites a plenum."""
    if not any(c.plenum for c in cited):
        return []
    due = [
        k
        for k, m in enumerate(meetings.calendar)
        if m.expected and _held(m, period.year, period.end)
    ]
    latest = max(c.index for c in cited)
    if not due or due[-1] <= latest:
        return []
    meeting = meetings.calendar[due[-1]]
    last = next(c for c in cited if c.index == latest)
    message = fill(
        meetings.question,
        {
            "year": period.year,
            "period": period.label,
            "meeting": meeting.name,
            "held": _month(meeting.held),
            "cited": meetings.calendar[latest].name,
        },
    )
    return [
        draft_settings().finding(
            "meeting.latest",
            message=message,
            start=last.start,
            end=last.end,
            text=last.text,
            subject=meeting.key,
        )
    ]
