"""Word's automatic numbering, rendered as text: the 一、/（一）/1. that Word draws itself.

A numbered paragraph holds only its words; the number lives in ``numbering.xml``. A
paragraph's ``w:numPr`` (its own, or its style's through ``w:basedOn``) names a list
(``numId``) and a level (``ilvl``). The list points to an ``abstractNum`` whose ``w:lvl``
gives the format (``numFmt``), the pattern (``lvlText`` such as ``%1、`` or ``（%2）``) and
the start; the list may override a level's start (``lvlOverride/startOverride``) or the
whole level. Counters are kept per list and level, in document order; using a level
restarts every lower level (unless its ``lvlRestart`` says otherwise).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from docx.oxml.ns import qn
from lxml import etree

LEVELS = 9
CN_DIGITS = "〇一二三四五六七八九"
CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
TIAN_GAN = "甲乙丙丁戊己庚辛壬癸"
DI_ZHI = "子丑寅卯辰巳午未申酉戌亥"
ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"))
ROMAN += ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _roman(n: int) -> str:
    out = ""
    for value, glyphs in ROMAN:
        count, n = divmod(n, value)
        out += glyphs * count
    return out


def _letters(n: int) -> str:
    """Word's letters: A…Z, then AA, BB… (a letter repeated, not base 26)."""
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _counting(n: int) -> str:
    """chineseCounting: 十-words below 100, digit by digit above (一〇〇)."""
    if n < 10:
        return CN_DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")
    return "".join(CN_DIGITS[int(d)] for d in str(n))


def _grouped(n: int, digits: str = "零一二三四五六七八九", units: str = "十百千") -> str:
    """Chinese numbers with units below 10,000: 一百零一, 一千零一十; 10-19 read 十…"""
    if n == 0 or n >= 10_000:
        return str(n)
    out, zero = "", False
    for power in (3, 2, 1, 0):
        digit = n // 10**power % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out += digits[0]
            zero = False
        out += digits[digit] + (units[power - 1] if power else "")
    return out[1:] if out.startswith(digits[1] + units[0]) and units[0] == "十" else out


def _enclosed(n: int, first: int, count: int, fallback: str) -> str:
    return chr(first + n - 1) if 1 <= n <= count else fallback.format(n)


FORMATS = {
    "decimal": str,
    "decimalHalfWidth": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: "".join(chr(0xFF10 + int(d)) for d in str(n)),
    "decimalEnclosedParen": lambda n: f"({n})",
    "decimalEnclosedFullstop": lambda n: f"{n}.",
    "decimalEnclosedCircle": lambda n: _enclosed(n, 0x2460, 20, "{}"),
    "decimalEnclosedCircleChinese": lambda n: _enclosed(n, 0x2460, 20, "{}"),
    "upperLetter": _letters,
    "lowerLetter": lambda n: _letters(n).lower(),
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
    "chineseCounting": _counting,
    "chineseCountingThousand": _grouped,
    "taiwaneseCountingThousand": _grouped,
    "japaneseCounting": _grouped,
    "chineseLegalSimplified": lambda n: _grouped(n, CN_LEGAL, "拾佰仟"),
    "ideographDigital": lambda n: "".join(CN_DIGITS[int(d)] for d in str(n)),
    "ideographTraditional": lambda n: TIAN_GAN[n - 1] if n <= len(TIAN_GAN) else str(n),
    "ideographZodiac": lambda n: DI_ZHI[n - 1] if n <= len(DI_ZHI) else str(n),
    "none": lambda n: "",
    "bullet": lambda n: "",
}


def format_number(n: int, fmt: str) -> str:
    """One counter value in one of Word's ``numFmt`` formats (unknown ones: decimal).

    >>> [format_number(n, "chineseCounting") for n in (1, 10, 12, 20, 35)]
    ['一', '十', '十二', '二十', '三十五']
    >>> [format_number(n, "chineseCountingThousand") for n in (11, 101, 110, 1010)]
    ['十一', '一百零一', '一百一十', '一千零一十']
    >>> [format_number(n, f) for n, f in ((4, "upperRoman"), (28, "lowerLetter"))]
    ['IV', 'bb']
    >>> format_number(3, "ideographTraditional"), format_number(2, "decimalEnclosedParen")
    ('丙', '(2)')
    """
    if n < 1 and fmt not in ("decimal", "decimalZero", "none", "bullet"):
        return str(n)
    return FORMATS.get(fmt, str)(n)


@dataclass(frozen=True)
class Level:
    """One ``w:lvl``: how a level's number is drawn."""

    fmt: str = "decimal"
    text: str = ""
    start: int = 1
    restart: int | None = None  # lvlRestart: 0 = never restart
    legal: bool = False  # isLgl: every number of the pattern in decimal
    suffix: str = "tab"
    style: str | None = None  # pStyle: a style that carries this level

    def pattern_label(self, counters: list[int], levels: dict[int, Level]) -> str:
        """The level's ``lvlText`` with each ``%n`` replaced by level n-1's number."""

        def one(m: re.Match[str]) -> str:
            k = int(m[1]) - 1
            fmt = "decimal" if self.legal else levels.get(k, Level()).fmt
            return format_number(counters[k], fmt) if k < len(counters) else ""

        return re.sub("%([1-9])", one, self.text)


def _val(el: etree._Element | None, tag: str, default: str | None = None) -> str | None:
    """The ``w:val`` of child ``tag`` of ``el``."""
    child = None if el is None else el.find(qn(tag))
    return default if child is None else child.get(qn("w:val"), default)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def parse_level(lvl: etree._Element) -> Level:
    restart = _val(lvl, "w:lvlRestart")
    legal = lvl.find(qn("w:isLgl"))
    return Level(
        fmt=_val(lvl, "w:numFmt", "decimal") or "decimal",
        text=_val(lvl, "w:lvlText", "") or "",
        start=_int(_val(lvl, "w:start"), 1),
        restart=None if restart is None else _int(restart, 1),
        legal=legal is not None and legal.get(qn("w:val"), "1") not in ("0", "false"),
        suffix=_val(lvl, "w:suff", "tab") or "tab",
        style=_val(lvl, "w:pStyle"),
    )


@dataclass
class Numbering:
    """The lists of one document and their counters; :meth:`label` numbers a paragraph."""

    lists: dict[str, dict[int, Level]] = field(default_factory=dict)
    counters: dict[str, list[int | None]] = field(default_factory=dict)

    @classmethod
    def from_xml(cls, root: etree._Element | None) -> Numbering:
        """Read ``w:numbering``; a document without one numbers nothing."""
        if root is None:
            return cls()
        abstract = _abstract_nums(root)
        lists = {}
        for num in root.iterchildren(qn("w:num")):
            base = abstract.get(_val(num, "w:abstractNumId"))
            levels = {} if base is None else _levels(base)
            for override in num.iterchildren(qn("w:lvlOverride")):
                k = _int(override.get(qn("w:ilvl")), 0)
                whole = override.find(qn("w:lvl"))
                level = parse_level(whole) if whole is not None else levels.get(k, Level())
                start = _val(override, "w:startOverride")
                if start is not None:
                    level = replace(level, start=_int(start, 1))
                levels[k] = level
            lists[num.get(qn("w:numId"))] = levels
        return cls(lists)

    def style_level(self, num_id: str, style_id: str) -> int:
        """The level a style is tied to inside a list (``w:lvl/w:pStyle``), else 0."""
        for k, level in self.lists.get(num_id, {}).items():
            if level.style == style_id:
                return k
        return 0

    def label(self, num_id: str, ilvl: int) -> str:
        """Count one paragraph of list ``num_id`` at level ``ilvl``; its number as text.

        The separator Word puts after the number (``w:suff``) becomes nothing after a
        full-width sign (一、 （一）) and a space otherwise (1. 工作 → the cleaning drops it).
        """
        levels = self.lists.get(num_id)
        if not levels or ilvl not in levels or levels[ilvl].fmt == "bullet":
            return ""
        counters = self.counters.setdefault(num_id, [None] * LEVELS)
        current = counters[ilvl]
        counters[ilvl] = levels[ilvl].start if current is None else current + 1
        for k in range(ilvl + 1, LEVELS):
            restart = levels.get(k, Level()).restart
            if restart is None or (restart and ilvl <= restart - 1):
                counters[k] = None
        values = [
            c if c is not None else levels.get(k, Level()).start for k, c in enumerate(counters)
        ]
        text = levels[ilvl].pattern_label(values, levels)
        if not text or levels[ilvl].suffix == "nothing" or ord(text[-1]) > 0x2E80:
            return text
        return text + " "


def _levels(abstract: etree._Element) -> dict[int, Level]:
    return {
        _int(lvl.get(qn("w:ilvl")), 0): parse_level(lvl)
        for lvl in abstract.iterchildren(qn("w:lvl"))
    }


def _abstract_nums(root: etree._Element) -> dict[str | None, etree._Element]:
    """``abstractNumId`` -> definition; one that only links a list style (``numStyleLink``)
    is replaced by the definition that carries that style (``styleLink``)."""
    found = list(root.iterchildren(qn("w:abstractNum")))
    by_style = {_val(a, "w:styleLink"): a for a in found if _val(a, "w:styleLink")}
    out = {}
    for a in found:
        link = _val(a, "w:numStyleLink")
        out[a.get(qn("w:abstractNumId"))] = by_style.get(link, a) if link else a
    return out
