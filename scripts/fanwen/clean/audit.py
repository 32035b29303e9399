"""The audit log of one exemplar: what intake left out and what cleaning changed.

Together they say where every character of the file went. For a text file the log and the
cleaned text rebuild the original bytes (:meth:`CleanResult.rebuild` plus the decoding); for
Word, web pages and PDFs the log lists each piece the reader left out (headers, footers,
page numbers, the page around the article) before the cleaning steps.
"""

from __future__ import annotations

import json

from ..intake.extracted import Extracted
from .pipeline import CleanResult

FORMATS = {
    "txt": "纯文本",
    "docx": "Word 文档",
    "doc": "Word 97-2003 文档",
    "wps": "WPS 文档",
    "rtf": "RTF 文档",
    "odt": "OpenDocument 文档",
    "html": "网页",
    "pdf": "PDF",
}


def format_label(extracted: Extracted) -> str:
    """How the exemplar came in, for people.

    >>> from fanwen.intake.decode import Decoded
    >>> format_label(Extracted("正文", "txt", decoded=Decoded("正文", "gb18030")))
    '纯文本（.txt，编码 gb18030）'
    >>> format_label(Extracted("正文", "docx"))
    'Word 文档（.docx）'
    """
    name = FORMATS.get(extracted.format, extracted.format)
    decoded = extracted.decoded
    encoding = f"，编码 {decoded.encoding}" if decoded and extracted.format == "txt" else ""
    return f"{name}（.{extracted.format}{encoding}）"


def audit_record(source: str, extracted: Extracted, result: CleanResult) -> dict:
    """The audit log as data: enough, with the cleaned text, to rebuild a text file's bytes."""
    decoded = extracted.decoded
    return {
        "source": source,
        "format": extracted.format,
        "encoding": decoded.encoding if decoded else None,
        "bom": decoded.bom.hex() if decoded else "",
        "cut_bytes": decoded.tail.hex() if decoded else "",
        "dropped": [{"what": d.what, "where": d.where, "text": d.text} for d in extracted.dropped],
        "steps": [
            {
                "fixer": name,
                "changes": [
                    {
                        "rule": c.rule,
                        "pos": c.pos,
                        "new_pos": c.new_pos,
                        "before": c.before,
                        "after": c.after,
                    }
                    for c in changes
                ],
            }
            for name, changes in result.steps
        ],
        "changes": [
            {"rule": c.rule, "kind": c.kind, "line": c.line, "before": c.before, "after": c.after}
            for c in result.changes
        ],
        "flags": [{"kind": f.kind, "note": f.note, "text": f.text} for f in result.flags],
    }


def explain(source: str, extracted: Extracted, result: CleanResult) -> str:
    """The audit log for people: what was left out, then one line per change."""
    lines = [f"# {source}: {_reading(extracted)}"]
    lines += [f"- {d.where:<12} {d.what:<24} {_show(d.text)}" for d in extracted.dropped]
    if extracted.dropped:
        lines.append(f"# {len(extracted.dropped)} piece(s) left out when reading the file")
    for c in result.changes:
        shown = _show(c.before) if c.kind == "removed" else f"{_show(c.before)} → {_show(c.after)}"
        lines.append(f"L{c.line:<4} {c.rule:<24} {c.kind:<8} {shown}")
    kinds = [c.kind for c in result.changes]
    counts = ", ".join(f"{kinds.count(k)} {k}" for k in ("removed", "changed", "inserted"))
    lines.append(f"# {len(kinds)} change(s): {counts}")
    for f in result.flags:
        line = result.text.count("\n", 0, f.pos) + 1
        lines.append(f"! cleaned L{line:<4} {f.kind:<8} {f.note}: {_show(f.text)}")
    return "\n".join(lines) + "\n"


def _reading(extracted: Extracted) -> str:
    decoded = extracted.decoded
    if extracted.format != "txt" or decoded is None:
        return f"read as .{extracted.format}"
    parts = [f"decoded as {decoded.encoding}"]
    if decoded.bom:
        parts.append("after a byte-order mark")
    if decoded.tail:
        parts.append(f"file cut inside a character: last bytes {decoded.tail.hex(' ')} dropped")
    return ", ".join(parts)


def _show(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)
