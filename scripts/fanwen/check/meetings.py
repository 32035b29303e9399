"""Is the meeting 精神 a draft cites the latest for its year? Asked, never asserted.

A draft that cites at least one Central Committee plenum (二十届二中全会) is compared with the
meetings of ``snippets/formulations.yaml`` (``meetings``): when a meeting held by the end of
the draft's period (its year, or its quarter or half year) is later than every meeting the
draft cites, the finding asks whether it should be cited too. A draft citing no plenum, or
whose year is unknown, is not asked anything.

The year and period come from the first of the first three lines that holds a year (the title,
or the opening when there is none), full-width digits read as ASCII: the same simple rule in the
browser engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .findings import Finding
from .formulations import FormulationTable, Meetings
from .settings import draft_settings, fill
from .surface import probe_text

YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])")
HEAD_LINES = 3
NUMERAL = "一二三四五六七八九"


@dataclass(frozen=True)
class Period:
    year: int
    end: int  # last month of the period
    label: str


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
    lines = [line.strip() for line in text.split("\n") if line.strip()][:HEAD_LINES]
    for line in lines:
        m = YEAR.search(line)
        if not m:
            continue
        first = re.split("[。！？]", line)[0]
        for period in meetings.periods:
            if re.search(period.pattern, first):
                return Period(int(m[1]), period.end, period.label)
        return Period(int(m[1]), 12, meetings.year_label)
    return None


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


def meeting_findings(text: str, table: FormulationTable) -> list[Finding]:
    """The question about the latest meeting, when there is one to ask.

    >>> from fanwen.check.formulations import load_formulations
    >>> from fanwen.analyze.snippets import snippets_folder
    >>> t = load_formulations(snippets_folder())
    >>> [f.text for f in meeting_findings("2024年总结\\n学习党的二十大和二十届二中全会精神。", t)]
    ['二十届二中全会']
    """
    meetings = table.meetings
    cited = citations(text, meetings)
    period = draft_period(probe_text(text), meetings)
    if period is None or not any(c.plenum for c in cited):
        return []
    end = f"{period.year:04d}-{period.end:02d}"
    due = [k for k, m in enumerate(meetings.calendar) if m.expected and m.held <= end]
    latest = max(c.index for c in cited)
    if not due or due[-1] <= latest:
        return []
    meeting = meetings.calendar[due[-1]]
    last = next(c for c in cited if c.index == latest)
    year, month = meeting.held.split("-")
    message = fill(
        meetings.question,
        {
            "year": period.year,
            "period": period.label,
            "meeting": meeting.name,
            "held": f"{year}年{int(month)}月",
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
