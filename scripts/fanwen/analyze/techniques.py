"""What a block does with words: techniques, placeholders and practice themes.

Patterns and term lists are data (``data/techniques.yaml``, ``snippets/themes.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pydantic import Field

from ..clean.chars import is_cjk
from ..datafile import Strict, data_path, load_yaml_model
from .blocks import sentences
from .snippets import Theme


class Named(Strict):
    name: str


class PatternTechnique(Named):
    pattern: str


class Parallelism(Named):
    min_parts: int = Field(ge=2)
    max_part_len: int = Field(ge=2)
    separators: str


class Formulations(Named):
    terms: list[str] = Field(min_length=1)


class TechniqueTable(Strict):
    data_evidence: PatternTechnique
    parallelism: Parallelism
    formulations: Formulations
    metaphor_heading: PatternTechnique


@dataclass(frozen=True)
class Technique:
    kind: str
    name: str
    text: str


@cache
def table() -> TechniqueTable:
    return load_yaml_model(data_path(__package__, "techniques.yaml"), TechniqueTable)


@cache
def _formulation_re() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{t})" for t in table().formulations.terms))


def data_evidence(text: str) -> list[str]:
    """Numbers that back a claim.

    >>> data_evidence("召开集中学习会议16次，组织讲党课20余场次，研讨××次")
    ['16次', '20余场次', '××次']
    """
    return [m[0] for m in re.finditer(table().data_evidence.pattern, text)]


def parallelism(text: str) -> list[str]:
    """Runs of three or more short parts that share a first or last character.

    >>> parallelism("与业务工作同部署、同落实、同检查，确保不偏差、不含糊、不动摇。")
    ['同部署、同落实、同检查', '不偏差、不含糊、不动摇']
    """
    spec = table().parallelism
    found = []
    for sentence in sentences(text):
        parts = re.split(f"({spec.separators})", sentence.rstrip("。！？；"))
        words, seps = parts[0::2], [*parts[1::2], ""]
        for run in _runs(words, spec.max_part_len):
            first = run[0]
            lead = words[first - 1] if first > 0 else ""
            k = lead.rfind(words[first][0]) if lead and _same(words, run, 0) else -1
            pieces = [lead[k:]] if k >= 0 and 2 <= len(lead) - k <= spec.max_part_len else []
            if len(pieces) + len(run) >= spec.min_parts:
                joined = [*pieces, *(words[i] for i in run)]
                joined[0] = _trim_lead(joined[0], joined[1])
                glue = [seps[first - 1]] * len(pieces) + [seps[i] for i in run[:-1]]
                found.append("".join(w + g for w, g in zip(joined, [*glue, ""], strict=True)))
    return list(dict.fromkeys(found))


def _trim_lead(lead: str, second: str) -> str:
    """同其他工作同部署 before 同安排 is trimmed to 同部署."""
    k = lead.rfind(second[0])
    return lead[k:] if len(lead) > len(second) + 1 and k > 0 and len(lead) - k >= 2 else lead


def _same(words: list[str], run: list[int], end: int) -> bool:
    """Do the words of ``run`` share their first (end=0) or last (end=-1) character?"""
    return len({words[i][end] for i in run}) == 1


def _runs(words: list[str], max_len: int) -> list[list[int]]:
    """Maximal runs of short consecutive words sharing a first or a last character."""
    runs: list[list[int]] = []
    for end in (0, -1):
        run: list[int] = []
        for k, word in enumerate([*words, ""]):
            short = 2 <= len(word) <= max_len and is_cjk(word[end])
            if short and run and words[run[0]][end] == word[end]:
                run.append(k)
                continue
            if len(run) >= 2:
                runs.append(run)
            run = [k] if short else []
    runs.sort()
    return [r for r in runs if not any(r != o and set(r) <= set(o) for o in runs)]


def formulations(text: str) -> list[str]:
    """Formulations of the Party centre, each once, in order.

    >>> formulations("增强“四个意识”、坚定“四个自信”、做到“两个维护”，落实“一岗双责”")
    ['四个意识', '四个自信', '两个维护', '一岗双责']
    """
    return list(dict.fromkeys(m[0] for m in _formulation_re().finditer(text)))


def metaphor_heading(heading: str | None) -> list[str]:
    """A heading built on a quoted image: 把稳思想“方向盘” (formulations are not images).

    >>> metaphor_heading("一是坚持理论学习，把稳思想“方向盘”。"), metaphor_heading("树牢“四个意识”")
    (['方向盘'], [])
    """
    if not heading:
        return []
    images = [m[1] for m in re.finditer(table().metaphor_heading.pattern, heading)]
    return [i for i in images if not _formulation_re().fullmatch(i)]


def techniques(text: str, heading: str | None) -> list[Technique]:
    t = table()
    found = [Technique("data_evidence", t.data_evidence.name, s) for s in data_evidence(text)]
    found += [Technique("parallelism", t.parallelism.name, s) for s in parallelism(text)]
    found += [Technique("formulations", t.formulations.name, s) for s in formulations(text)]
    found += [
        Technique("metaphor_heading", t.metaphor_heading.name, s) for s in metaphor_heading(heading)
    ]
    return found


PLACEHOLDER = re.compile("×{2,}")


def placeholders(text: str) -> list[dict[str, object]]:
    """Fill-in marks left by cleaning, with the words around them.

    >>> placeholders("召开××次党组会议")
    [{'text': '××', 'offset': 2, 'context': '召开××次党组'}]
    """
    return [
        {"text": m[0], "offset": m.start(), "context": text[max(0, m.start() - 2) : m.end() + 3]}
        for m in PLACEHOLDER.finditer(text)
    ]


def theme_of(text: str, heading: str | None, themes: list[Theme]) -> str | None:
    """The practice theme whose cues a block uses most (its heading counts three times)."""
    best, best_score = None, 0
    for theme in themes:
        score = sum(
            3 * len(re.findall(cue, heading or "")) + len(re.findall(cue, text))
            for cue in theme.cues
        )
        if score > best_score:
            best, best_score = theme.id, score
    return best
