"""The rules a report's title is chosen by (``data/titles.yaml``): feature weights, the
threshold and the forms, as regular expressions, compiled once.

>>> patterns().kind_end.search("某局2022年意识形态工作总结") is not None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pydantic import Field

from ..clean.chars import KIND_WORDS, MEETING_WORDS, SECTION_ENDS
from ..datafile import Strict, data_path, load_yaml_model


class Weights(Strict):
    kind_end: float
    kind_inside: float
    section_end: float
    subject: float
    year: float
    unit: float
    too_short: float
    too_long: float
    chrome: float
    date_line: float
    heading_mark: float
    colon_end: float
    before_body: float
    repeated: float
    decorated: float
    piece_number: float
    first_line: float
    prose_above: float
    field: float
    piece: float
    blurb: float
    over_subtitle: float
    meeting_held: float
    news_below: float


class TitleRules(Strict):
    head_lines: int = Field(ge=1)
    threshold: float
    weights: Weights
    subjects: str
    units: str
    years: str
    held_verbs: str
    meeting_nouns: str
    news_lead: str
    chrome: str
    date_line: str
    heading_mark: str
    page_decorations: list[str] = Field(min_length=1)
    piece_numbers: list[str] = Field(min_length=1)
    field: str
    field_alone: str
    openers: str
    blurb: str


# A headline saying the meeting was held (全市……工作会议举行); the meetings a news piece is about
# (开展……活动 names a summary's subject as often as a news piece's).
WAS_HELD = "^[^，。！？；：:]{4,30}(?:会|会议)(?:召开|举行)$"


@dataclass(frozen=True)
class Patterns:
    rules: TitleRules
    kind_end: re.Pattern[str]
    kind: re.Pattern[str]
    section_end: re.Pattern[str]
    name_end: re.Pattern[str]
    subject: re.Pattern[str]
    unit: re.Pattern[str]
    year: re.Pattern[str]
    meeting_held: re.Pattern[str]
    meeting_news: re.Pattern[str]  # a meeting held, not an event organised: a news piece's
    meeting_end: re.Pattern[str]  # where the meeting a headline names ends
    held: re.Pattern[str]
    news_lead: re.Pattern[str]
    chrome: re.Pattern[str]
    date_line: re.Pattern[str]
    heading_mark: re.Pattern[str]
    page_decorations: tuple[re.Pattern[str], ...]
    piece_numbers: tuple[re.Pattern[str], ...]
    field: re.Pattern[str]
    field_alone: re.Pattern[str]
    openers: re.Pattern[str]
    blurb: re.Pattern[str]


@cache
def patterns() -> Patterns:
    """The rules of ``data/titles.yaml``, compiled (a bad file names itself and the field)."""
    r = load_yaml_model(data_path(__package__, "titles.yaml"), TitleRules)
    return Patterns(
        rules=r,
        # …汇报（幼儿园）: a bracketed qualifier may follow the kind
        kind_end=re.compile(f"(?:{KIND_WORDS})(?:[（(][^（）()]{{1,12}}[)）])?$"),
        kind=re.compile(KIND_WORDS),
        section_end=re.compile(f"(?:{SECTION_ENDS})$"),
        name_end=re.compile(f"{KIND_WORDS}|{SECTION_ENDS}"),
        subject=re.compile(r.subjects),
        unit=re.compile(r.units),
        year=re.compile(r.years),
        meeting_held=re.compile(
            f"(?:{r.held_verbs})了?[^，。！？；：:]{{2,30}}(?:{r.meeting_nouns})$|{WAS_HELD}"
        ),
        meeting_news=re.compile(
            f"(?:召开|举行)了?[^，。！？；：:]{{2,30}}(?:{MEETING_WORDS})$|{WAS_HELD}"
        ),
        meeting_end=re.compile(r.meeting_nouns),
        held=re.compile(r.held_verbs),
        news_lead=re.compile(r.news_lead),
        chrome=re.compile(r.chrome),
        date_line=re.compile(r.date_line),
        heading_mark=re.compile(r.heading_mark),
        page_decorations=tuple(re.compile(d) for d in r.page_decorations),
        piece_numbers=tuple(re.compile(d) for d in r.piece_numbers),
        field=re.compile(r.field),
        field_alone=re.compile(r.field_alone),
        openers=re.compile(r.openers),
        blurb=re.compile(r.blurb),
    )
