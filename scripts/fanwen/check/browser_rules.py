"""The draft checker's rules for the browser: one JSON object from the same data as Python.

:func:`rules_for_browser` reads what the Python checker reads (cleaning's noise and character
tables, ``snippets/formulations.yaml``, the role cues, themes and duties, the checker's own
settings) and writes every pattern as a JavaScript ``{source, flags}`` pair
(:func:`fanwen.check.jsregex.to_js`). A pattern JavaScript cannot express is left out and
named in ``skipped`` (the browser then lacks that rule; a test keeps ``skipped`` empty).
``scripts/web/check/`` runs the rules (``checkDraft(text, rules, docs)``).
"""

from __future__ import annotations

import json
from pathlib import Path

from ..analyze import blocks, roles, structure
from ..analyze.snippets import ROLE_ORDER, load_library, snippets_folder
from ..analyze.techniques import table as technique_table
from ..clean import layout
from ..clean.chars import TITLE_LEN
from ..clean.fixers import FULLWIDTH_RE, PINYIN_CUT_RE, PINYIN_RE
from ..clean.noise import HEAD_LINES, TITLE_LINES, TITLE_MAX
from .common import fixed_wordings
from .copies import keyed
from .formulations import load_formulations
from .jsregex import SPACE, Unsupported, to_js
from .reading import TRADITIONAL_MIN, simplified_table, vocabulary
from .settings import draft_settings
from .structure import FIELD_FIGURE
from .surface import PROSE_MIN, ZH, surface_specs

VERSION = 1
# Inline patterns of fanwen.analyze.structure (is_title, title_line, heading_of), named here
# for the port.
TITLE_STOP = "[。！？；，]|[：:]$|现将"
SENTENCE_MARK = "[。！？；]"
INNER_STOP = "[。！？；]."  # heading_of: a sentence end with more text after it
CLAUSE = r"^[^，,：]*[，,：]"  # heading_of: the lead clause of a long lead sentence


class _Exporter:
    def __init__(self) -> None:
        self.skipped: list[dict[str, str]] = []
        self.pairs: list[tuple[str, dict[str, bool], dict[str, str]]] = []

    def js(self, rule: str, pattern: str, **flags: bool) -> dict[str, str] | None:
        try:
            exported = to_js(pattern, **flags)
        except Unsupported as err:
            self.skipped.append({"rule": rule, "reason": str(err)})
            return None
        self.pairs.append((pattern, flags, exported))
        return exported

    def many(self, rule: str, patterns: list[str]) -> list[dict[str, str]]:
        return [r for p in patterns if (r := self.js(rule, p)) is not None]


def rules_for_browser(folder: Path | None = None) -> dict[str, object]:
    """Everything ``checkDraft`` needs, as plain JSON data.

    >>> rules = rules_for_browser()
    >>> rules["skipped"], rules["surface"][0]["rule"], rules["settings"]["copy_min"]
    ([], 'noise.forum_print', 15)
    >>> print(rules["formulations"]["slips"][0]["message"].split("，")[0])
    党的指导思想的全称是“习近平新时代中国特色社会主义思想”
    """
    return _export(folder)[0]


def exported_patterns(folder: Path | None = None) -> list[tuple[str, dict[str, bool], dict]]:
    """Each exported pattern: its Python source, its ``re`` flags and its JavaScript form
    (tests run both on the same texts)."""
    return _export(folder)[1].pairs


def _export(folder: Path | None) -> tuple[dict[str, object], _Exporter]:
    folder = folder or snippets_folder()
    out = _Exporter()
    settings = draft_settings()
    rules = {
        "version": VERSION,
        "settings": {
            "groups": settings.groups,
            "severity": settings.severity,
            "messages": settings.messages,
            "data_min": settings.data_min,
            "copy_min": settings.copy_min,
        },
        "text": {
            "space": SPACE,
            "zh": out.js("text.zh", ZH),
            "wide_alnum": out.js("text.wide_alnum", FULLWIDTH_RE.pattern),
            "head_lines": HEAD_LINES,
            "title_lines": TITLE_LINES,
            "title_max": TITLE_MAX,
            "prose_min": PROSE_MIN,
        },
        "surface": [
            {
                "rule": s.rule,
                "kind": s.kind,
                "re": out.js(s.rule, s.pattern, ignorecase=s.ignorecase, multiline=s.multiline),
                "max_len": s.max_len,
                "message": s.message,
            }
            for s in surface_specs()
        ],
        "formulations": _formulations(out, folder),
        # The 提法 data's wordings in key form: common text, no copying (fanwen.check.common).
        "copy_wordings": fixed_wordings(load_formulations(folder), lambda t: keyed(t)[0]),
        "structure": _structure(out, folder),
        "years": _years(out),
        "renew": _renew(out),
    }
    rules["skipped"] = out.skipped
    return rules, out


def _formulations(out: _Exporter, folder: Path) -> dict[str, object]:
    table = load_formulations(folder)
    meetings = table.meetings
    return {
        "slips": [
            {
                "rule": f"formulation.{s.id}",
                "severity": s.severity,
                "message": s.why,
                "re": out.js(s.id, s.pattern),
            }
            for s in table.slips()
        ],
        "lists": [
            {
                "rule": f"formulation.{x.id}",
                "members": x.members,
                "severity": x.severity,
                "incomplete": x.incomplete,
                "message": x.why,
                "message_incomplete": x.why_incomplete,
                "re": out.js(x.id, x.pattern),
            }
            for x in table.lists()
        ],
        "meetings": {
            "congress": out.js("meetings.congress", meetings.congress),
            "plenums": out.js("meetings.plenums", meetings.plenums),
            "question": meetings.question,
            "known_to": meetings.known_to,
            "beyond": meetings.beyond,
            "periods": [
                {"re": out.js("meetings.period", p.pattern), "end": p.end, "label": p.label}
                for p in meetings.periods
            ],
            "year_label": meetings.year_label,
            "calendar": [m.model_dump() for m in meetings.calendar],
        },
        "campaigns": [
            {"key": c.key, "name": c.name, "year": c.year, "re": out.js(c.key, c.pattern)}
            for c in table.campaigns
        ],
    }


def _years(out: _Exporter) -> dict[str, object]:
    """The patterns and numbers of the year checks (fanwen.check.years)."""
    years = draft_settings().years
    return {
        "near": years.near,
        "own": out.many("year.stale", years.own),
        "plan": out.js("year.plan", years.plan),
        "plan_heading": out.js("year.plan", years.plan_heading),
        "zone_heading": out.js("year.zone", years.zone_heading),
        "zone_cue": out.js("year.zone", years.zone_cue),
        "heading_max": years.heading_max,
        "keep_before": out.js("year.campaign", years.keep_before),
        "keep_after": out.js("year.campaign", years.keep_after),
        "window": years.window,
    }


def _renew(out: _Exporter) -> dict[str, object]:
    """从去年的报告开始: the group, items, wording and pattern of what it marks."""
    renew = draft_settings().renew
    return {
        "group": renew.group,
        "mention": out.js("renew.year", renew.mention),
        "items": [item.model_dump() for item in renew.items],
        "messages": renew.messages,
    }


def _structure(out: _Exporter, folder: Path) -> dict[str, object]:
    """Role cues, themes, duties and the block and level patterns of the analysis."""
    library = load_library(folder)
    settings = draft_settings()
    return {
        "order": list(ROLE_ORDER),
        "body_start": roles.BODY_START,
        "roles": [
            {
                "id": t.id,
                "name": t.name,
                "headings": out.many(t.id, t.cues.headings),
                "transitions": out.many(t.id, t.cues.transitions),
                "subheadings": out.many(t.id, t.cues.subheadings),
            }
            for t in library.ordered_roles()
        ],
        "themes": [
            {"id": t.id, "name": t.name, "cues": out.many(t.id, t.cues)} for t in library.themes
        ],
        "duties": [
            {"id": d.id, "name": d.name, "cues": out.many(d.id, d.cues)} for d in library.duties
        ],
        "data": out.js("structure.data", technique_table().data_evidence.pattern),
        "data_field": out.js("structure.data_field", settings.fields),
        "field_figure": FIELD_FIGURE,
        # fanwen.check.reading: traditional characters read as simplified, one for one.
        "simplified": simplified_table(vocabulary(library)),
        "traditional_min": TRADITIONAL_MIN,
        "pinyin": [out.js("pinyin", PINYIN_RE.pattern), out.js("pinyin", PINYIN_CUT_RE.pattern)],
        "run_on": _run_on(out),
        "events": out.many("structure.events", settings.events),
        "levels": [[level, out.js(level, p.pattern)] for level, p in structure.LEVELS],
        "inner_item": out.js("inner_item", structure.INNER_ITEM.pattern),
        "sentence": out.js("sentence", blocks.SENTENCE.pattern),
        "title_words": out.js("title_words", structure.TITLE_WORDS.pattern),
        "title_stop": out.js("title_stop", TITLE_STOP),
        "sentence_mark": out.js("sentence_mark", SENTENCE_MARK),
        "marker": out.js("marker", roles.MARKER.pattern),
        "inline_label": out.js("inline_label", roles.INLINE_LABEL.pattern),
        "inner_stop": out.js("inner_stop", INNER_STOP),
        "clause": out.js("clause", CLAUSE),
        "numbers": {
            "own_line_max": structure.OWN_LINE_MAX,
            "lead_max": structure.LEAD_MAX,
            "title_search": structure.TITLE_SEARCH,
            "short_line": structure.SHORT_LINE,
            "title_len": TITLE_LEN,
            "label_max": roles.LABEL_MAX,
            "opening_max": roles.OPENING_MAX,
        },
    }


def _run_on(out: _Exporter) -> dict[str, object]:
    """The patterns and numbers of cleaning's inline_headings (scripts/web/check/runon.js)."""
    names = (
        *("INLINE_HEADING", "HEADING_END", "GLUED_HEADING", "GLUED_MARK", "PARAGRAPH_GAP"),
        *("TITLE_LEAD", "GLUED_TITLE", "HEADING_THEN_MARK", "TITLE_RECIPIENT", "GLUED_OPENER"),
    )
    # [^\S\n] (a space that is no line break), written out: JavaScript has no \S in a class.
    gap = "[" + SPACE.replace("\\n", "") + "]"
    patterns = {
        n.lower(): out.js(n.lower(), getattr(layout, n).pattern.replace("[^\\S\\n]", gap))
        for n in names
    }
    numbers = {"run_on": layout.RUN_ON, "title_head": layout.TITLE_HEAD}
    return {**patterns, **numbers, "order": "".join(layout.CN_ORDER)}


def browser_json(folder: Path | None = None) -> str:
    """The rules as compact JSON text, ready to put in a page's data script."""
    return json.dumps(rules_for_browser(folder), ensure_ascii=False, separators=(",", ":"))
