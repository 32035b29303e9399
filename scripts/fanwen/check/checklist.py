"""The writing checklist (``snippets/checklist.yaml``) and its verdict on a draft.

The verdict comes from the findings alone: an item names in ``finds`` the rules filed under it,
and passes when none of them is found. The browser files findings the same way
(``scripts/web/check/report.js``, ``fileFindings``); the golden file holds both to one answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import Field

from ..analyze.snippets import Library
from ..datafile import Strict, load_yaml_model
from .findings import Finding

DUTIES_GROUP = "责任事项"
DUTY_RULE = "structure.duties"


class CheckItem(Strict):
    text: str
    finds: list[str] = Field(default_factory=list)  # rules filed under it (id or prefix)


class CheckGroup(Strict):
    name: str
    items: list[CheckItem] = Field(min_length=1)


class Checklist(Strict):
    groups: list[CheckGroup] = Field(min_length=1)


def load_checklist(folder: Path) -> Checklist:
    return load_yaml_model(folder / "checklist.yaml", Checklist)


def checklist_groups(checklist: Checklist, library: Library) -> list[dict[str, object]]:
    """The checklist's groups and items with the rules filed under each, then the duties.

    >>> from fanwen.analyze.snippets import default_library, snippets_folder
    >>> groups = checklist_groups(load_checklist(snippets_folder()), default_library())
    >>> groups[0]["name"], groups[0]["items"][0]["finds"], groups[-1]["name"]
    ('结构完整', ['structure.frame', 'structure.order'], '责任事项')
    """
    groups: list[dict[str, object]] = [
        {
            "name": group.name,
            "items": [{"text": item.text, "finds": item.finds} for item in group.items],
        }
        for group in checklist.groups
    ]
    duties = [{"text": d.name, "finds": [DUTY_RULE], "subject": d.id} for d in library.duties]
    return [*groups, {"name": DUTIES_GROUP, "items": duties}]


@dataclass(frozen=True)
class FiledItem:
    text: str
    checked: bool  # False: an item for the writer's own eye, never counted
    ok: bool
    findings: list[int]  # indices into the findings filed


@dataclass(frozen=True)
class FiledGroup:
    name: str
    items: list[FiledItem]

    @property
    def passed(self) -> int:
        return sum(i.ok for i in self.items)

    @property
    def checked(self) -> int:
        return sum(i.checked for i in self.items)


@dataclass(frozen=True)
class Filed:
    groups: list[FiledGroup]
    rest: list[int] = field(default_factory=list)  # findings no item takes

    @property
    def passed(self) -> int:
        return sum(g.passed for g in self.groups)

    @property
    def checked(self) -> int:
        return sum(g.checked for g in self.groups)


def rule_in(rule: str, find: str) -> bool:
    """Is ``rule`` the rule ``find`` names, or one under it?

    >>> rule_in("noise.watermark", "noise"), rule_in("noisy", "noise")
    (True, False)
    """
    return rule == find or rule.startswith(f"{find}.")


def _takes(item: dict, finding: Finding) -> bool:
    if not any(rule_in(finding.rule, find) for find in item["finds"]):
        return False
    return "subject" not in item or finding.subject == item["subject"]


def file_findings(findings: Sequence[Finding], groups: list[dict]) -> Filed:
    """Each finding filed under the first item that takes it; an item passes when none is.

    >>> f = Finding("placeholder.field", "干净可报", "error", "未填写", 0, 6, "〔单位名称〕")
    >>> groups = [{"name": "干净可报", "items": [{"text": "没有占位符", "finds": ["placeholder"]},
    ...                                         {"text": "自行对照", "finds": []}]}]
    >>> filed = file_findings([f], groups)
    >>> [(i.ok, i.findings) for i in filed.groups[0].items], filed.passed, filed.checked
    ([(False, [0]), (False, [])], 0, 1)
    """
    used: set[int] = set()
    out = []
    for group in groups:
        items = []
        for item in group["items"]:
            mine = [k for k, f in enumerate(findings) if k not in used and _takes(item, f)]
            used.update(mine)
            checked = bool(item["finds"])
            items.append(FiledItem(item["text"], checked, checked and not mine, mine))
        out.append(FiledGroup(group["name"], items))
    return Filed(out, [k for k in range(len(findings)) if k not in used])


def filed_record(filed: Filed) -> list[dict[str, object]]:
    """The verdict as JSON: one record per item (the form the golden file compares).

    >>> f = Finding("typo.repeat", "干净可报", "check", "重复字", 0, 2, "的的")
    >>> filed_record(file_findings([f], [{"name": "干净可报", "items": [
    ...     {"text": "没有重复字", "finds": ["typo"]}]}]))
    [{'group': '干净可报', 'item': '没有重复字', 'checked': True, 'ok': False, 'findings': [0]}]
    """
    return [
        {"group": g.name, "item": i.text, "checked": i.checked, "ok": i.ok, "findings": i.findings}
        for g in filed.groups
        for i in g.items
    ]
