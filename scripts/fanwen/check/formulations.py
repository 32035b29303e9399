"""提法核对: fixed formulations and their known slips (``snippets/formulations.yaml``).

Two kinds of rule, both data: a ``slip`` is a pattern whose every match is wrong (坚定“四个意识”,
新时代中国特色社会主义思想 without 习近平); a ``list`` is a formulation whose members have a fixed
order (政治意识、大局意识、核心意识、看齐意识), flagged when all are listed in another order or,
where the data allows it, when exactly one is missing. Every rule carries its reason in plain
Chinese (``why``) and the sentences it must and must not flag; tests run them all.

The meetings a report should cite (``meetings``) are checked by :mod:`fanwen.check.meetings`.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from ..datafile import Prose, Strict, load_yaml_model
from .findings import Finding
from .settings import draft_settings, fill

ID = r"^[a-z][a-z0-9_]*$"
SEP = r"\s*(?:[、，,]|以及|和|与|及)\s*"


class Slip(Strict):
    id: str = Field(pattern=ID)
    pattern: str
    severity: Literal["error", "check"]
    why: Prose
    hits: list[tuple[str, str]] = Field(min_length=1)
    passes: list[str] = Field(min_length=1)


class OrderedList(Strict):
    id: str = Field(pattern=ID)
    members: list[str] = Field(min_length=2)
    severity: Literal["error", "check"] = "error"  # of a list written in another order
    incomplete: bool = False
    why: Prose
    why_incomplete: Prose | None = None
    hits: list[tuple[str, str]] = Field(min_length=1)
    passes: list[str] = Field(min_length=1)

    @model_validator(mode="after")
    def _incomplete_needs_wording(self) -> OrderedList:
        if self.incomplete and not self.why_incomplete:
            raise ValueError("why_incomplete: needed when incomplete is true")
        if self.incomplete and len(self.members) < 4:
            raise ValueError("incomplete: only for lists of four or more members")
        return self

    @property
    def pattern(self) -> str:
        """A run of two or more members, separated as lists are in Chinese."""
        one = "(?:" + "|".join(map(re.escape, self.members)) + ")"
        return f"{one}(?:{SEP}{one})+"


UNCHECKED = "未与存档原文核对"


class Source(Strict):
    """Where a formulation is worded: a central document and the year it was issued."""

    document: str
    year: int = Field(ge=1921, le=2100)


class Formulation(Strict):
    """One formulation: its canonical wording, where it comes from, and the slips made in it.

    ``checked`` is the address of the stored copy of the source (or of a page quoting it) the
    wording was compared with, or ``未与存档原文核对`` when no stored copy was found.
    """

    id: str = Field(pattern=ID)
    name: str
    canonical: str
    sources: list[Source] = Field(min_length=1)
    checked: str = Field(pattern=rf"^(?:https?://\S+|{UNCHECKED})$")
    usage: list[str] = Field(default_factory=list)  # usual verbs and collocations
    about: Prose
    slips: list[Slip] = Field(default_factory=list)
    lists: list[OrderedList] = Field(default_factory=list)

    @model_validator(mode="after")
    def _has_rules(self) -> Formulation:
        if not self.slips and not self.lists:
            raise ValueError(f"{self.id}: a formulation needs at least one slip or list")
        return self


class Meeting(Strict):
    key: str  # as cited: 二十大, 二十届三中全会
    name: str
    held: str = Field(pattern=r"^\d{4}-\d{2}$")
    expected: bool = True


class Period(Strict):
    pattern: str
    end: int = Field(ge=1, le=12)
    label: str


class Meetings(Strict):
    congress: str
    plenums: str
    question: Prose
    known_to: str = Field(pattern=r"^\d{4}-\d{2}$")  # the calendar is complete to here
    beyond: Prose  # said to a report whose period ends after known_to
    periods: list[Period] = Field(min_length=1)
    year_label: str
    calendar: list[Meeting] = Field(min_length=1)
    hits: list[tuple[str, str, str]] = Field(min_length=1)
    passes: list[tuple[str, str]] = Field(min_length=1)


class Campaign(Strict):
    """A Party-wide 学习教育 of one year (data: ``campaigns`` in formulations.yaml)."""

    key: str  # how reports usually name it: 党纪学习教育
    name: str  # the full name, as the central notice words it
    year: int = Field(ge=2000, le=2100)  # the year it was held (started)
    pattern: str  # a regular expression finding a mention of it in a report


class FormulationTable(Strict):
    formulations: list[Formulation] = Field(min_length=1)
    meetings: Meetings
    campaigns: list[Campaign] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> FormulationTable:
        ids = [r.id for f in self.formulations for r in [*f.slips, *f.lists]]
        doubles = sorted({i for i in ids if ids.count(i) > 1})
        if doubles:
            raise ValueError(f"rule ids used twice: {', '.join(doubles)}")
        return self

    def slips(self) -> list[Slip]:
        return [s for f in self.formulations for s in f.slips]

    def lists(self) -> list[OrderedList]:
        return [x for f in self.formulations for x in f.lists]

    def campaigns_of(self, year: int) -> list[Campaign]:
        """The campaigns held in ``year``.

        >>> from fanwen.analyze.snippets import snippets_folder
        >>> [c.key for c in load_formulations(snippets_folder()).campaigns_of(2024)]
        ['党纪学习教育']
        """
        return [c for c in self.campaigns if c.year == year]


def load_formulations(folder: Path) -> FormulationTable:
    return load_yaml_model(folder / "formulations.yaml", FormulationTable)


@cache
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def slip_findings(text: str, table: FormulationTable) -> list[Finding]:
    """Every match of every slip.

    >>> from fanwen.analyze.snippets import snippets_folder
    >>> table = load_formulations(snippets_folder())
    >>> [(f.rule, f.text) for f in slip_findings("坚定“四个意识”，做到“两个维护”", table)]
    [('formulation.sige_yishi_verb', '坚定“四个意识”')]
    """
    settings = draft_settings()
    return [
        settings.finding(
            f"formulation.{slip.id}",
            severity=slip.severity,
            message=slip.why,
            start=m.start(),
            end=m.end(),
            text=m[0],
        )
        for slip in table.slips()
        for m in _regex(slip.pattern).finditer(text)
        if m[0]
    ]


def list_findings(text: str, table: FormulationTable) -> list[Finding]:
    """Lists of fixed order written in another order, or missing one member.

    >>> from fanwen.analyze.snippets import snippets_folder
    >>> table = load_formulations(snippets_folder())
    >>> [f.message[-12:] for f in list_findings("增强政治意识、大局意识、看齐意识", table)]
    ['是否漏写了“核心意识”？']
    """
    settings = draft_settings()
    found = []
    for spec in table.lists():
        for m in _regex(spec.pattern).finditer(text):
            named = _members(m[0], spec.members)
            complete = len(named) == len(set(named)) == len(spec.members)
            if complete and named != spec.members:
                severity, message = spec.severity, spec.why
            elif spec.incomplete and len(named) == len(set(named)) == len(spec.members) - 1:
                missing = next(x for x in spec.members if x not in named)
                severity = "check"
                message = fill(spec.why_incomplete or "", {"missing": missing})
            else:
                continue
            found.append(
                settings.finding(
                    f"formulation.{spec.id}",
                    severity=severity,
                    message=message,
                    start=m.start(),
                    end=m.end(),
                    text=m[0],
                )
            )
    return found


def _members(run: str, members: list[str]) -> list[str]:
    """The members named in a run, in order.

    >>> _members("道路自信、制度自信和理论自信", ["道路自信", "理论自信", "制度自信"])
    ['道路自信', '制度自信', '理论自信']
    """
    return re.findall("|".join(map(re.escape, members)), run)
