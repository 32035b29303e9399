"""Data tables for cleaning: noise patterns and character maps, from YAML.

Each table is validated by a pydantic model with ``extra="forbid"`` (:mod:`fanwen.datafile`);
a bad file raises :class:`~fanwen.errors.InputError` naming the file and the field.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Annotated

from pydantic import AfterValidator, Field

from ..datafile import Strict, data_path, load_yaml_model
from ..errors import InputError
from .chars import KIND_END


def _one_line(value: str) -> str:
    """A long pattern may be written over several lines (YAML ``|-``); join them."""
    return "".join(part.strip() for part in value.splitlines())


Pattern = Annotated[str, AfterValidator(_one_line)]


class LineRule(Strict):
    name: str
    about: str
    patterns: list[Pattern] = Field(min_length=1)
    max_len: int = Field(gt=0)
    examples: list[str] = Field(min_length=1)
    above_title: bool = False  # only a line in the head, above the page's title
    after_report: bool = False  # only a line below the report's first paragraph


class SpanRule(Strict):
    name: str
    about: str
    patterns: list[Pattern] = Field(min_length=1)
    replace: str = ""
    examples: list[str] = Field(min_length=1)


class TailRule(Strict):
    name: str
    about: str
    start: Pattern
    examples: list[str] = Field(min_length=1)


class TitleRule(Strict):
    name: str
    about: str
    patterns: list[Pattern] = Field(min_length=1)
    examples: list[str] = Field(min_length=1)


class NoiseTable(Strict):
    macros: dict[str, Pattern]
    lines: list[LineRule]
    spans: list[SpanRule]
    tails: list[TailRule]
    title_suffixes: list[TitleRule]


class Placeholders(Strict):
    mark: str = Field(min_length=1, max_length=1)
    min_len: int = Field(ge=1)
    runs: str
    words: list[str]
    gap_before: list[str]
    not_gap_words: list[str]


class Suspect(Strict):
    pattern: str
    note: str


class CharTable(Strict):
    invisible: list[str]
    spaces: list[str]
    line_breaks: list[str]
    entities: dict[str, str]
    punctuation: dict[str, str]
    brackets: dict[str, str]
    placeholders: Placeholders
    suspects: list[Suspect]
    notes: list[str]


@cache
def noise_table() -> NoiseTable:
    """The noise rules; the macro ``{kind_end}`` is built from the one table of kind words
    (:data:`fanwen.clean.chars.KIND_WORDS`): right after a word naming a kind of text."""
    table = load_yaml_model(data_path(__package__, "noise.yaml"), NoiseTable)
    return table.model_copy(update={"macros": {**table.macros, "kind_end": KIND_END}})


@cache
def char_table() -> CharTable:
    return load_yaml_model(data_path(__package__, "charmap.yaml"), CharTable)


def expand(pattern: str, macros: dict[str, str]) -> str:
    """Replace ``{name}`` macros (only known names; regex braces like {1,6} stay).

    >>> expand("{cjk}{1,6}网", {"cjk": "[一-龥]"})
    '(?:[一-龥]){1,6}网'
    """
    return re.sub(
        r"\{(\w+)\}", lambda m: f"(?:{macros[m[1]]})" if m[1] in macros else m[0], pattern
    )


def compile_any(patterns: list[str], macros: dict[str, str], where: str) -> re.Pattern[str]:
    """One case-insensitive regex that matches any of ``patterns``."""
    joined = "|".join(f"(?:{expand(p, macros)})" for p in patterns)
    try:
        return re.compile(joined, re.IGNORECASE | re.MULTILINE)
    except re.error as err:
        raise InputError(where, f"bad pattern: {err}") from None


class RuleLabels(Strict):
    labels: dict[str, str]


@cache
def rule_labels() -> dict[str, str]:
    """What each cleaning rule does, in Chinese: the code rules' labels (``data/rule_labels.yaml``)
    and the noise rules' ``about``."""
    table = noise_table()
    groups = (table.lines, table.spans, table.tails, table.title_suffixes)
    about = {rule.name: rule.about for group in groups for rule in group}
    return about | load_yaml_model(data_path(__package__, "rule_labels.yaml"), RuleLabels).labels


def rule_label(name: str) -> str:
    """A cleaning rule as its reader sees it (the name itself when no label is known).

    >>> rule_label("traditional_to_simplified"), rule_label("no_such_rule")
    ('繁体改简体', 'no_such_rule')
    """
    return rule_labels().get(name, name)
