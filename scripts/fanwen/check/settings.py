"""The draft checker's settings and wording (``check/data/draft_checks.yaml``).

Every finding takes its checklist group, severity and message from here, by rule id: the full
id (``structure.frame``), else the part before the first dot (``noise``).
"""

from __future__ import annotations

import re
from functools import cache

from pydantic import Field

from ..datafile import Strict, data_path, load_yaml_model
from .findings import SEVERITIES, Finding

FIELD = re.compile(r"\{(\w+)\}")


class YearRules(Strict):
    """Where a year reads as the report's own, or as a plan's (``years`` in the settings)."""

    near: int = Field(ge=1)
    own: list[str] = Field(min_length=1)
    plan: str
    plan_heading: str
    zone_heading: str
    zone_cue: str
    heading_max: int = Field(ge=1)
    keep_before: str
    keep_after: str
    window: int = Field(ge=1)


class RenewItem(Strict):
    text: str
    finds: list[str] = Field(min_length=1)


class RenewRules(Strict):
    """从去年的报告开始: what the check page marks besides the findings (``renew``)."""

    group: str
    mention: str
    items: list[RenewItem] = Field(min_length=1)
    messages: dict[str, str]


class DraftSettings(Strict):
    groups: dict[str, str]
    severity: dict[str, str]
    messages: dict[str, str]
    fields: str
    masks: str
    data_min: int = Field(ge=0)
    events: list[str] = Field(min_length=1)
    copy_min: int = Field(ge=5)
    years: YearRules
    renew: RenewRules
    shared_min: int = Field(ge=2)
    shared_share: float = Field(ge=0, le=1)
    shared_sites: int = Field(ge=1)

    def shared_at(self, exemplars: int) -> int:
        """How many exemplars must share a fingerprint for it to be common text.

        >>> draft_settings().shared_at(6), draft_settings().shared_at(10_000)
        (3, 50)
        """
        return max(self.shared_min, -(-round(exemplars * self.shared_share * 1000) // 1000))

    def lookup(self, table: dict[str, str], rule: str) -> str:
        """The entry for ``rule``: its full id, else its prefix.

        >>> draft_settings().lookup(draft_settings().groups, "noise.watermark")
        '干净可报'
        """
        if rule in table:
            return table[rule]
        return table[rule.split(".")[0]]

    def group(self, rule: str) -> str:
        return self.lookup(self.groups, rule)

    def severity_of(self, rule: str) -> str:
        severity = self.lookup(self.severity, rule)
        assert severity in SEVERITIES, severity
        return severity

    def message(self, rule: str, **values: object) -> str:
        """The message of ``rule`` with its {fields} filled in.

        >>> draft_settings().message("structure.data", count=2)[:12]
        '做法部分只有 2 处数据'
        """
        return fill(self.lookup(self.messages, rule), values)

    def finding(self, rule: str, severity: str | None = None, **kw) -> Finding:
        """A finding of ``rule`` with its group and severity from the settings."""
        return Finding(
            rule=rule, group=self.group(rule), severity=severity or self.severity_of(rule), **kw
        )


def fill(template: str, values: dict[str, object]) -> str:
    """``{name}`` fields replaced by their values; unknown fields stay as they are.

    >>> fill("缺少“{role}”部分{x}", {"role": "存在问题与不足"})
    '缺少“存在问题与不足”部分{x}'
    """
    return FIELD.sub(lambda m: str(values[m[1]]) if m[1] in values else m[0], template)


@cache
def draft_settings() -> DraftSettings:
    return load_yaml_model(data_path(__package__, "draft_checks.yaml"), DraftSettings)
