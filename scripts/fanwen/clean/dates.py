"""Chinese dates as reports write them: one grammar for every stage that looks for a date.

A date has a year, a month and a day (2025年12月20日), spaces perhaps between them. Under a
signature a template may leave the month or the day blank (2025年12月××日); under a title a
report may be dated by its month alone ((2025年12月)). Every pattern names its parts
``year``, ``month`` and ``day``.
"""

from __future__ import annotations

import re
from typing import Literal

YEAR = r"(?:19|20)\d{2}"
BLANK = r"[×xX]{1,2}"
BRACKETS = {"optional": ("[（(]?", "[）)]?"), "required": ("[（(]", "[）)]"), "none": ("", "")}


def cn_date(
    *,
    day: bool = True,
    blanks: bool = False,
    brackets: Literal["optional", "required", "none"] = "optional",
) -> re.Pattern[str]:
    """A date's pattern: with or without its day, blanks allowed or not, in brackets or not.

    >>> cn_date().fullmatch("（2023年12月20日）")["year"]
    '2023'
    >>> cn_date(brackets="none").fullmatch(" 2024年1月8日\\n")["month"]
    '1'
    >>> [bool(cn_date(blanks=b).fullmatch("2025年12月××日")) for b in (True, False)]
    [True, False]
    >>> bool(cn_date(day=False, brackets="required").fullmatch("(2025年12月)"))
    True
    """
    number = rf"(?:\d{{1,2}}|{BLANK})" if blanks else r"\d{1,2}"
    body = rf"\s*(?P<year>{YEAR})\s*年\s*(?P<month>{number})\s*月"
    if day:
        body += rf"\s*(?P<day>{number})\s*日"
    opening, closing = BRACKETS[brackets]
    return re.compile(rf"{opening}{body}\s*{closing}")


DATE = cn_date()  # a whole date alone: 2023年12月20日, （2023年12月20日）
SIGNED_DATE = cn_date(blanks=True)  # a date under a signature, perhaps still to fill in
MONTH_DATED = cn_date(day=False, brackets="required")  # the month under a title: (2025年12月)
BARE_DATE = cn_date(brackets="none")  # a signed date's own line: 2023年12月20日
