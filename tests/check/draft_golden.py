"""What the browser engine's tests read: the rules, the conformance cases and pattern probes.

Node tests cannot run Python, so ``tests/golden/check/browser.json`` holds, written from the
sources by :func:`golden` (``FANWEN_UPDATE_GOLDEN=1`` rewrites it; a test checks it is current):

- ``rules``: :func:`fanwen.check.browser_rules.rules_for_browser`, exactly what a page gets;
- ``cases``: ``tests/data/draft_cases.yaml``, plus a case for every hit and pass of
  ``snippets/formulations.yaml``;
- ``probes``: for every exported pattern, the number of its non-empty matches in a set of texts
  (the corpus, the real pages, the rule examples, the cases) and a digest of where they are
  (UTF-16 offsets), computed with Python's ``re``: the JavaScript rewrite must give the same;
- ``groups``: the checklist's groups as the check page gets them (the ``finds`` map);
- ``drafts``: for every case, probe file (corpus and real pages) and inline probe text, what the
  Python engine says of it as a draft: its full findings (UTF-16 offsets), the checklist verdict
  filed from them, and its draft-mode analysis (the text the structure checks read, and the
  start, level and role of every block): the browser must give equal findings and verdicts,
  read the same text, and its port of blocks and roles must cut it alike (each finding's
  message is an index into ``messages``, where every message is written once);
- ``reading``: ``tests/data/reading_cases.yaml``, the structure checks' text of a few drafts
  (both engines run them);
- ``years``: the meeting and year findings of every probe file, for the title's year and for
  the year after it (as a writer starting from last year's report asks), UTF-16 offsets.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import asdict
from pathlib import Path

import yaml

from fanwen.analyze.snippets import default_library
from fanwen.check.browser_rules import exported_patterns, rules_for_browser
from fanwen.check.checklist import checklist_groups, filed_record, load_checklist
from fanwen.check.copies import Source, keyed
from fanwen.check.draft import DraftCheck, check_text, text_findings
from fanwen.check.findings import normalize_breaks
from fanwen.check.fingerprints import all_hashes
from fanwen.check.formulations import load_formulations
from fanwen.check.meetings import draft_period
from fanwen.check.surface import probe_text
from fanwen.clean.tables import noise_table
from helpers import DATA, GOLDEN, ROOT

CASES = DATA / "draft_cases.yaml"
READING = DATA / "reading_cases.yaml"
GOLDEN_FILE = GOLDEN / "check" / "browser.json"
PROBE_FILES = sorted(
    [*(ROOT / "corpus").glob("*.txt"), *(DATA / "real").glob("*.txt")], key=lambda p: p.name
)


def load_cases() -> list[dict]:
    """The conformance cases of the YAML file and of the formulation data."""
    cases = yaml.safe_load(CASES.read_text(encoding="utf-8"))
    table = load_formulations(ROOT / "snippets")
    for rule in [*table.slips(), *table.lists()]:
        rid = f"formulation.{rule.id}"
        for k, (sentence, span) in enumerate(rule.hits, 1):
            expect = [{"rule": rid, "text": span}]
            cases.append({"label": f"{rid} hit {k}", "draft": sentence, "expect": expect})
        for k, sentence in enumerate(rule.passes, 1):
            cases.append({"label": f"{rid} pass {k}", "draft": sentence, "forbid": [rid]})
    for k, (title, sentence, span) in enumerate(table.meetings.hits, 1):
        expect = [{"rule": "meeting.latest", "text": span}]
        cases.append(
            {"label": f"meeting hit {k}", "draft": f"{title}\n{sentence}", "expect": expect}
        )
    for k, (title, sentence) in enumerate(table.meetings.passes, 1):
        draft = f"{title}\n{sentence}"
        cases.append({"label": f"meeting pass {k}", "draft": draft, "forbid": ["meeting"]})
    return cases


def read_probe(path: Path) -> str:
    """A probe file as both engines read it: UTF-8 without BOM, line breaks as \\n."""
    return normalize_breaks(path.read_text(encoding="utf-8").removeprefix("\ufeff"))


def inline_texts(cases: list[dict]) -> list[str]:
    """Texts made of the rules' own examples and the cases' drafts."""
    noise = noise_table()
    texts = ["\n".join(e for r in [*noise.lines, *noise.spans, *noise.tails, *noise.title_suffixes]
                       for e in r.examples)]  # fmt: skip
    library = default_library()
    texts.append("\n".join(v.text for r in library.ordered_roles() for v in r.variants))
    texts.append("\n".join(m.example for r in library.ordered_roles() for m in r.moves))
    texts.append("\n".join(c["draft"] for c in cases))
    return texts


def fnv(text: str) -> int:
    """32-bit FNV-1a of an ASCII string (the node test computes the same).

    >>> fnv("0:1-3;")
    402974027
    """
    h = 0x811C9DC5
    for ch in text.encode("ascii"):
        h = ((h ^ ch) * 0x01000193) & 0xFFFFFFFF
    return h


def utf16(text: str) -> list[int]:
    """UTF-16 offset of each code point offset (and of the end)."""
    out, at = [0], 0
    for ch in text:
        at += 2 if ord(ch) > 0xFFFF else 1
        out.append(at)
    return out


def at(offsets: list[int], where: int | None) -> int | None:
    """The UTF-16 offset of a code point offset; None (a finding on the whole draft) stays."""
    return None if where is None else offsets[where]


def probes(texts: list[str]) -> list[dict]:
    """Count and digest of every exported pattern's non-empty matches in ``texts``."""
    offsets = [utf16(t) for t in texts]
    out = []
    for pattern, flags, js in exported_patterns(ROOT / "snippets"):
        compiled = re.compile(
            pattern,
            (re.IGNORECASE if flags.get("ignorecase") else 0)
            | (re.MULTILINE if flags.get("multiline") else 0),
        )
        spans = [
            f"{k}:{offsets[k][m.start()]}-{offsets[k][m.end()]};"
            for k, text in enumerate(texts)
            for m in compiled.finditer(text)
            if m.end() > m.start()
        ]
        out.append({"re": js, "count": len(spans), "digest": fnv("".join(spans))})
    return out


def edits_to(draft: str, cleaned: str) -> list[list]:
    """How to make ``cleaned`` from ``draft``: [start, end (UTF-16), new text] of each change.

    The golden file holds these, not the cleaned text of a real page: text of other sites is
    not stored again (only the small pieces cleaning changed).

    >>> edits_to("召开会议,学习", "召开会议，学习")
    [[4, 5, '，']]
    """
    at = utf16(draft)
    opcodes = difflib.SequenceMatcher(None, draft, cleaned, autojunk=False).get_opcodes()
    return [[at[i1], at[i2], cleaned[j1:j2]] for tag, i1, i2, j1, j2 in opcodes if tag != "equal"]


def draft_record(check: DraftCheck, own: bool = True) -> dict:
    """What Python says of a draft, offsets in UTF-16 as the browser counts them. Of a draft
    not ``own`` (real pages, probe texts), the text of other sites is not stored again: the
    cleaned text is given as edits to the draft, and a finding's span text as null (it is the
    draft's text from start to end)."""
    draft, cleaned = utf16(check.text), utf16(check.read)
    findings = []
    for f in check.findings:
        record = asdict(f)
        if not own:
            record["text"] = None
        if f.start is not None and f.end is not None:
            record["start"], record["end"] = draft[f.start], draft[f.end]
        findings.append(record)
    blocks = [[cleaned[b.start], b.level, b.role] for b in check.analysis.blocks]
    return {
        "findings": findings,
        # Each item of ``groups`` in order: [passed, indices of the findings filed under it].
        "checklist": [[i["ok"], i["findings"]] for i in filed_record(check.filed)],
        **({"cleaned": check.read} if own else {"edits": edits_to(check.text, check.read)}),
        "blocks": blocks,
    }


def check_case_text(case: dict) -> DraftCheck:
    """A case checked by the Python engine, with its sources and shared phrases."""
    sources = [Source(**s) for s in case.get("sources", [])]
    shared = frozenset(all_hashes(keyed(p)[0] for p in case.get("shared", [])))
    return check_text(case["draft"], sources=sources, shared=shared, year=case.get("year"))


def drafts(cases: list[dict], inline: list[str]) -> list[dict]:
    """Every case, probe file and inline text checked as a draft by the Python engine."""
    out = []
    for k, case in enumerate(cases):
        out.append({"label": case["label"], "case": k, **draft_record(check_case_text(case))})
    for path in PROBE_FILES:
        name = path.relative_to(ROOT).as_posix()
        check = check_text(read_probe(path))
        out.append({"label": name, "file": name, **draft_record(check, own=False)})
    for k, text in enumerate(inline):
        check = check_text(text)
        out.append({"label": f"inline {k}", "inline": k, **draft_record(check, own=False)})
    return out


def period_findings(files: list[Path]) -> list[dict]:
    """For each file: its meeting and year findings as [rule, start, end, text, message], for the
    title's year and for the next one (``next``; none when the file has no year)."""
    table = load_formulations(ROOT / "snippets")
    out = []
    for path in files:
        text = read_probe(path)
        offsets = utf16(text)
        period = draft_period(probe_text(text), table.meetings)

        def rows(year: int | None, text: str = text, offsets: list[int] = offsets) -> list:
            found = text_findings(text, table, year)
            return [
                [f.rule, at(offsets, f.start), at(offsets, f.end), f.text, f.message]
                for f in found
                if f.rule.startswith(("year.", "meeting."))
            ]

        following = period.year + 1 if period else None
        record = {"file": path.relative_to(ROOT).as_posix(), "title": rows(None)}
        out.append({**record, "next": following, "next_findings": rows(following)})
    return out


def shared_messages(records: list[dict]) -> list[str]:
    """Each finding's message written once: the drafts' findings keep its index instead (the
    same few hundred messages recur over thousands of findings).

    >>> rows = [{"findings": [{"message": "甲"}, {"message": "乙"}, {"message": "甲"}]}]
    >>> shared_messages(rows), [f["message"] for f in rows[0]["findings"]]
    (['甲', '乙'], [0, 1, 0])
    """
    table: dict[str, int] = {}
    for record in records:
        for finding in record["findings"]:
            finding["message"] = table.setdefault(finding["message"], len(table))
    return list(table)


def golden() -> dict:
    cases = load_cases()
    inline = inline_texts(cases)
    files = [p.relative_to(ROOT).as_posix() for p in PROBE_FILES]
    texts = [read_probe(p) for p in PROBE_FILES] + inline
    return {
        "rules": rules_for_browser(ROOT / "snippets"),
        "cases": cases,
        "probes": {"files": files, "inline": inline, "patterns": probes(texts)},
        "groups": checklist_groups(load_checklist(ROOT / "snippets"), default_library()),
        "drafts": (checked := drafts(cases, inline)),
        "messages": shared_messages(checked),
        "years": period_findings(PROBE_FILES),
        "reading": yaml.safe_load(READING.read_text(encoding="utf-8")),
    }


def golden_text() -> str:
    return json.dumps(golden(), ensure_ascii=False, indent=None, separators=(",", ":")) + "\n"
