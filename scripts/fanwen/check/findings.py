"""Findings of the draft checker: what was found, where, under which rule and checklist group.

A finding has a span in the draft as read (offsets into the text with line breaks made
``\\n``), or none when it concerns the whole draft (a missing part, an uncovered duty). The
browser engine (``scripts/web/check/``) returns the same fields, so a page and the command line
report alike; only :func:`position` (line and column) is added here.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import asdict, dataclass, field

SEVERITIES = ("error", "check", "info")


@dataclass(frozen=True)
class Finding:
    """One thing the checker found.

    >>> f = Finding("placeholder.run", "干净可报", "error", "遗留的占位符", 4, 6, "××")
    >>> f.text, f.whole_draft
    ('××', False)
    """

    rule: str
    group: str
    severity: str
    message: str
    start: int | None = None
    end: int | None = None
    text: str = ""
    subject: str | None = None  # a role, theme, duty or meeting the finding is about
    extra: dict[str, object] = field(default_factory=dict)  # copy source, share …

    @property
    def whole_draft(self) -> bool:
        return self.start is None


def normalize_breaks(text: str) -> str:
    """Line breaks as ``\\n`` (CRLF and CR), the only change made before checking.

    >>> normalize_breaks("一、\\r\\n二、\\r三、")
    '一、\\n二、\\n三、'
    """
    return text.replace("\r\n", "\n").replace("\r", "\n")


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``text`` (columns count characters).

    >>> position("标题\\n召开会议××次", 7)
    (2, 5)
    """
    starts = [0] + [k + 1 for k, ch in enumerate(text) if ch == "\n"]
    line = bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Whole-draft findings first, then by position and rule."""
    return sorted(findings, key=lambda f: (f.start is not None, f.start or 0, f.end or 0, f.rule))


def overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """Does [start, end) overlap any of the ``taken`` spans?

    >>> overlaps(2, 4, [(0, 3)]), overlaps(3, 4, [(0, 3)])
    (True, False)
    """
    return any(start < b and a < end for a, b in taken)


def finding_record(text: str, finding: Finding) -> dict[str, object]:
    """A finding as JSON, with 1-based line:column of its start and end when it has a span."""
    record = {k: v for k, v in asdict(finding).items() if v not in (None, {})}
    if finding.start is not None and finding.end is not None:
        record["line"], record["column"] = position(text, finding.start)
        record["end_line"], record["end_column"] = position(text, finding.end)
    return record
