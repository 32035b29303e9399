"""Span edits and the audit trail that lets the original be rebuilt.

A fixer finds :class:`Edit` values (non-overlapping spans of its input and
what to put there); :func:`apply_edits` applies them and returns
:class:`Change` records that also know where each replacement landed, so
:func:`undo` can walk the trail backwards.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
    """Replace ``before`` (found at ``start`` of the input) by ``after``.

    >>> Edit("watermark", 4, "笔杆儿网", "").end
    8
    """

    rule: str
    start: int
    before: str
    after: str = ""

    @property
    def end(self) -> int:
        return self.start + len(self.before)


@dataclass(frozen=True)
class Change:
    """An applied edit: positions in the step's input (``pos``) and output (``new_pos``).

    ``origin`` is the position in the decoded original text, 1-based ``line`` too.
    """

    rule: str
    pos: int
    new_pos: int
    before: str
    after: str
    origin: int = -1
    line: int = 0

    @property
    def kind(self) -> str:
        if not self.after:
            return "removed"
        if not self.before:
            return "inserted"
        return "changed"


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, list[Change]]:
    """Apply non-overlapping edits; edits that overlap an earlier one are skipped.

    >>> apply_edits("学习xx次", [Edit("placeholder", 2, "xx", "××")])[0]
    '学习××次'
    """
    out: list[str] = []
    changes: list[Change] = []
    cursor = 0
    shift = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < cursor or text[edit.start : edit.end] != edit.before:
            continue
        if edit.before == edit.after:
            continue
        out.append(text[cursor : edit.start])
        out.append(edit.after)
        changes.append(Change(edit.rule, edit.start, edit.start + shift, edit.before, edit.after))
        shift += len(edit.after) - len(edit.before)
        cursor = edit.end
    out.append(text[cursor:])
    return "".join(out), changes


def undo(text: str, changes: Sequence[Change]) -> str:
    """Reverse one step's changes on its output.

    >>> _, ch = apply_edits("学习xx次", [Edit("placeholder", 2, "xx", "××")])
    >>> undo("学习××次", ch)
    '学习xx次'
    """
    for change in sorted(changes, key=lambda c: (c.new_pos, c.pos), reverse=True):
        end = change.new_pos + len(change.after)
        text = text[: change.new_pos] + change.before + text[end:]
    return text


class PositionMap:
    """Maps output positions of one step back to its input positions."""

    def __init__(self, changes: Sequence[Change]) -> None:
        ordered = sorted(changes, key=lambda c: c.new_pos)
        self._starts = [c.new_pos for c in ordered]
        self._changes = ordered

    def back(self, pos: int) -> int:
        i = bisect_right(self._starts, pos) - 1
        if i < 0:
            return pos
        c = self._changes[i]
        if pos < c.new_pos + len(c.after):
            return c.pos + min(pos - c.new_pos, len(c.before))
        return pos + (c.pos + len(c.before)) - (c.new_pos + len(c.after))
