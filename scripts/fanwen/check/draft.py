"""The draft checker (草稿检查): every finding on a draft, and the checklist's verdict.

What is checked where:

- on the draft as read (line breaks made ``\\n``, nothing else changed): placeholders and
  unfilled fields, website text, masked words and typo suspects (:mod:`.surface`), 提法
  (:mod:`.formulations`) and the meetings cited (:mod:`.meetings`), years, plans and campaigns
  of another year than the report's (:mod:`.years`), copying (:mod:`.copies`);
- on the text the structure checks read (:func:`fanwen.check.reading.structure_text`: the
  draft without website text, in simplified characters; both engines read the same) and its
  analysis: structure (:mod:`.structure`).

The checklist's verdict is the findings filed under its items
(:func:`fanwen.check.checklist.file_findings`), as on the check page: one verdict.

The browser engine (``scripts/web/check/``, ``checkDraft``) gives the same text findings from
the rules of :func:`fanwen.check.browser_rules.rules_for_browser`; ``tests/data/draft_cases.yaml``
holds both to the same answers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..analyze.analysis import Analysis, analyze_text
from ..analyze.snippets import Library, default_library, snippets_folder
from .checklist import Filed, checklist_groups, file_findings, filed_record, load_checklist
from .common import Common, fixed_wordings
from .copies import Source, find_copies, keyed
from .findings import Finding, finding_record, normalize_breaks, sort_findings
from .formulations import FormulationTable, list_findings, load_formulations, slip_findings
from .meetings import meeting_findings, report_period
from .reading import plain_text, simplified_table, structure_text, vocabulary
from .structure import structure_findings
from .surface import probe_text, surface_findings
from .years import year_findings


@dataclass
class DraftCheck:
    text: str  # the draft as read, line breaks as \n: every span points into it
    findings: list[Finding]
    filed: Filed  # the checklist's verdict: the findings filed under its items
    read: str  # the text the structure checks read (structure_text)
    analysis: Analysis

    @property
    def passed(self) -> int:
        return self.filed.passed

    @property
    def total(self) -> int:
        return self.filed.checked

    @property
    def failed(self) -> bool:
        """A checklist item fails, or a finding is an error: the draft needs work."""
        return self.passed < self.total or any(f.severity == "error" for f in self.findings)


def text_findings(
    text: str, table: FormulationTable, year: int | None = None, period: str | None = None
) -> list[Finding]:
    """The findings both engines compute alike from the text (no analysis, no corpus);
    ``year`` (and ``period``, 上半年…) when the writer gave them, else the title's.

    >>> table = load_formulations(snippets_folder())
    >>> [(f.rule, f.text) for f in text_findings("召开会议*次，坚定“四个意识”。", table)]
    [('placeholder.run', '*'), ('formulation.sige_yishi_verb', '坚定“四个意识”')]
    >>> [(f.rule, f.text) for f in text_findings("2023年以来，局党组狠抓学习。", table, 2024)]
    [('year.stale', '2023年')]
    """
    found = surface_findings(text)
    found += slip_findings(text, table) + list_findings(text, table)
    probe = probe_text(text)
    span = report_period(probe, table.meetings, year, period)
    found += meeting_findings(text, table, span)
    found += year_findings(probe, table, span, asked=year is not None)
    return sort_findings(found)


def copy_common(folder: Path | None = None, shared: frozenset[int] = frozenset()) -> Common:
    """What the copying check leaves out: the 提法 wordings, and ``shared`` fingerprints.

    >>> "四个意识" in copy_common().wordings
    True
    """
    table = load_formulations(folder or snippets_folder())
    return Common(tuple(fixed_wordings(table, lambda t: keyed(t)[0])), shared)


def check_text(
    raw: str,
    library: Library | None = None,
    sources: Iterable[Source] = (),
    folder: Path | None = None,
    year: int | None = None,
    period: str | None = None,
    shared: frozenset[int] = frozenset(),
) -> DraftCheck:
    """Check a draft; ``sources`` are the exemplar blocks to look for copying in, ``shared``
    the fingerprints common to many of them (:func:`fanwen.check.common.shared_hashes`);
    ``year`` and ``period`` the report's when the writer gives them (else the title's)."""
    library = library or default_library()
    folder = folder or snippets_folder()
    text = normalize_breaks(raw)
    table = load_formulations(folder)
    findings = text_findings(text, table, year, period)
    # The browser port (scripts/web/check/blocks.js, roles.js) has no mend_levels,
    # unnumbered_headings or return to practices yet: both engines must read a draft alike.
    plain = plain_text(text, simplified_table(vocabulary(library)))
    read = structure_text(plain, surface_findings(plain))
    analysis = analyze_text(read, library, repairs=False)
    findings += structure_findings(analysis, read, library)
    findings += find_copies(text, sources, copy_common(folder, shared))
    findings = sort_findings(findings)
    filed = file_findings(findings, checklist_groups(load_checklist(folder), library))
    return DraftCheck(text, findings, filed, read, analysis)


def draft_record(source: str, check: DraftCheck) -> dict[str, object]:
    """The JSON object of ``fanwen check-draft --json``."""
    return {
        "source": source,
        "failed": check.failed,
        "passed": check.passed,
        "total": check.total,
        "checklist": filed_record(check.filed),
        "findings": [finding_record(check.text, f) for f in check.findings],
    }
