"""Character-level fixers: each ``find_*`` reads a text and returns the edits it wants.

They never remove a Chinese character; noise removal lives in :mod:`fanwen.noise`,
line layout in :mod:`fanwen.layout`.
"""

from __future__ import annotations

import difflib
import re
from functools import cache

import opencc

from .chars import CJK, WIDE_ASCII, ascii_width, is_cjk, is_zh, lines_with_offsets
from .edits import Edit
from .tables import char_table, noise_table


def _regex_edits(rule: str, pattern: re.Pattern[str], text: str, repl) -> list[Edit]:
    """Edits for every match; ``repl`` maps a match to its replacement (or None to skip)."""
    edits = []
    for m in pattern.finditer(text):
        after = repl(m)
        if after is not None and after != m[0]:
            edits.append(Edit(rule, m.start(), m[0], after))
    return edits


@cache
def _table_regex(kind: str) -> tuple[re.Pattern[str], dict[str, str]]:
    table = char_table()
    mapping = {
        "line_breaks": dict.fromkeys(table.line_breaks, "\n"),
        "invisible": dict.fromkeys(table.invisible, ""),
        "entities": table.entities,
    }[kind]
    keys = sorted(mapping, key=len, reverse=True)
    return re.compile("|".join(re.escape(k) for k in keys)), mapping


def find_line_breaks(text: str) -> list[Edit]:
    """CRLF, CR and Unicode line separators become LF.

    >>> find_line_breaks("一、\\r\\n二、")
    [Edit(rule='line_breaks', start=2, before='\\r\\n', after='\\n')]
    """
    pattern, mapping = _table_regex("line_breaks")
    return _regex_edits("line_breaks", pattern, text, lambda m: mapping[m[0]])


CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def find_invisible(text: str) -> list[Edit]:
    """Zero-width and control characters go.

    >>> find_invisible("守土\\u200b有责")[0].before
    '\\u200b'
    """
    pattern, _ = _table_regex("invisible")
    edits = _regex_edits("invisible", pattern, text, lambda m: "")
    return edits + _regex_edits("control_chars", CONTROL_RE, text, lambda m: "")


def find_entities(text: str) -> list[Edit]:
    """A few HTML entities left by copying (&nbsp; &ldquo; …) become characters."""
    pattern, mapping = _table_regex("entities")
    return _regex_edits("html_entities", pattern, text, lambda m: mapping[m[0]])


FULLWIDTH_RE = re.compile(r"[０-９Ａ-Ｚａ-ｚ][０-９Ａ-Ｚａ-ｚ．／＠－＿％＋]*")


def find_fullwidth_alnum(text: str) -> list[Edit]:
    """Full-width Latin letters and digits become ASCII; punctuation keeps its width.

    >>> find_fullwidth_alnum("２０２２年")[0].after
    '2022'
    """
    return _regex_edits(
        "fullwidth_alnum", FULLWIDTH_RE, text, lambda m: ascii_width(m[0], WIDE_ASCII)
    )


@cache
def _opencc(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def find_traditional(text: str) -> list[Edit]:
    """Text that is mostly traditional characters is converted to simplified (OpenCC t2s).

    >>> "".join(e.after for e in find_traditional("落實意識形態工作責任制"))
    '实识态责'
    """
    simplified = _opencc("t2s").convert(text)
    traditional_only = sum(a != b for a, b in zip(text, simplified, strict=False))
    simplified_only = sum(a != b for a, b in zip(text, _opencc("s2t").convert(text), strict=False))
    if traditional_only < 2 or traditional_only <= simplified_only:
        return []
    matcher = difflib.SequenceMatcher(None, text, simplified, autojunk=False)
    return [
        Edit("traditional_to_simplified", i1, text[i1:i2], simplified[j1:j2])
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# Syllables a converter writes without a tone mark (the neutral tone): 我们(men), 的(de)
NEUTRAL = "de|le|men|me|zi|ge|zhe|ne|ma|ba"
PINYIN_RE = re.compile(
    f"(?<=\\S)[(（]\\s*[a-zü]*[{TONED}][a-zü]*\\s*[)）]"
    f"|(?<=[{CJK}])[(（]\\s*(?:[a-z]{{1,6}}[1-5]|(?:{NEUTRAL}))\\s*[)）]"
)


# A gloss the page's end cut short: …党中央权(q
PINYIN_CUT_RE = re.compile(f"(?<=[{CJK}])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{{1,6}}(?=\\s*\\Z)")


def find_pinyin_debris(text: str) -> list[Edit]:
    """Pinyin a broken converter left after a character goes: 态(tài)度 -> 态度, also after a
    character it garbled (建ㄔO(shè)) and a neutral tone without its mark (我们(men)); a gloss
    cut short at the very end of the text goes too.

    >>> [e.before for e in find_pinyin_debris("工作态(tài)度，我们(men)维护核心权(q")]
    ['(tài)', '(men)', '(q']
    """
    edits = _regex_edits("pinyin_debris", PINYIN_RE, text, lambda m: "")
    return edits + _regex_edits("pinyin_debris", PINYIN_CUT_RE, text, lambda m: "")


# Markdown a site rendered into the text: a heading's hashes (#### 一、工作回顾) and a bold run's
# stars standing apart from Chinese (1. **品牌建设**), not a placeholder's ** (召开会议**次)
MD_HEADING = re.compile(
    r"^[ \t]*#{1,6}(?:[ \t]+|(?=[一二三四五六七八九十]+、|\d{1,2}[.．、]|[（(]))", re.M
)
MD_BOLD = re.compile(
    r"(?:^|(?<=[ \t]))(\*\*)(?=[^*\s])[^*\n]{2,60}?[^*\s](\*\*)(?=[ \t]*$|[ \t])", re.M
)


def find_markdown_marks(text: str) -> list[Edit]:
    """A heading's hashes and a bold run's stars go; the words stay.

    >>> edits = find_markdown_marks("#### 一、工作回顾\\n1. **品牌建设**\\n开会**次")
    >>> [(e.before, e.after) for e in edits]
    [('#### ', ''), ('**', ''), ('**', '')]
    """
    edits = [Edit("markdown_heading", m.start(), m[0], "") for m in MD_HEADING.finditer(text)]
    for m in MD_BOLD.finditer(text):
        edits += [Edit("markdown_bold", m.start(k), "**", "") for k in (1, 2)]
    return sorted(edits, key=lambda e: e.start)


@cache
def _placeholder_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    ph = char_table().placeholders
    runs = f"{ph.runs}|{'|'.join(map(re.escape, ph.words))}"
    gaps = "|".join(map(re.escape, sorted(ph.gap_before, key=len, reverse=True)))
    not_gap = "|".join(map(re.escape, ph.not_gap_words))
    blank = "[ \u3000\u00a0]+"
    gap = f"(?<=[{CJK}]){blank}(?=(?:{gaps}))(?!{not_gap})|(?<=第){blank}(?=[{CJK}])"
    return re.compile(runs), re.compile(gap)


def find_placeholders(text: str) -> list[Edit]:
    """Every placeholder form becomes one run of ×, at least two long; never deleted.

    >>> [e.after for e in find_placeholders("召开会议*次，xx县，某某同志，学习 次")]
    ['××', '××', '××', '××']
    """
    ph = char_table().placeholders
    runs, gaps = _placeholder_regexes()

    def uniform(m: re.Match[str]) -> str | None:
        before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        if not (is_zh(before) or is_zh(after)):
            return None
        return ph.mark * max(ph.min_len, len(m[0]))

    edits = _regex_edits("placeholder", runs, text, uniform)
    return edits + _regex_edits("placeholder_gap", gaps, text, lambda m: ph.mark * ph.min_len)


def find_spaces(text: str) -> list[Edit]:
    """Indentation and trailing spaces go; spaces inside Chinese text go; others fold to one.

    >>> [e.rule for e in find_spaces("\\u3000\\u3000意识 形态 work  done ")]
    ['indent', 'space_in_chinese', 'space_in_chinese', 'space_fold', 'trailing_space']
    """
    spaces = re.escape("".join(char_table().spaces)) + " "
    edits = []
    for start, line in lines_with_offsets(text):
        for m in re.finditer(f"[{spaces}]+", line):
            before, after = line[m.start() - 1 : m.start()], line[m.end() : m.end() + 1]
            if m.start() == 0:
                rule, repl = ("indent", "") if after else ("trailing_space", "")
            elif not after:
                rule, repl = "trailing_space", ""
            elif is_zh(before) or is_zh(after):
                rule, repl = "space_in_chinese", ""
            else:
                rule, repl = "space_fold", " "
            if repl != m[0]:
                edits.append(Edit(rule, start + m.start(), m[0], repl))
    return edits


def url_spans(text: str) -> list[tuple[int, int]]:
    url = re.compile(noise_table().macros["url"], re.IGNORECASE)
    return [m.span() for m in url.finditer(text)]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def find_punctuation(text: str) -> list[Edit]:
    """ASCII , : ; ? ! . beside Chinese text become full-width; numbers and URLs keep theirs.

    >>> [e.after for e in find_punctuation("2022年以来,局党组坚持1,000次:好.")]
    ['，', '：', '。']
    """
    table = char_table().punctuation
    urls = url_spans(text)
    edits = []
    for m in re.finditer("[" + re.escape("".join(table)) + "]", text):
        i = m.start()
        before, after = text[i - 1 : i], text[i + 1 : i + 2]
        if _inside(i, urls) or (before.isdigit() and after.isdigit()):
            continue
        if m[0] == ".":
            wanted = is_zh(before) and (not after or after == "\n" or is_zh(after))
        else:
            wanted = is_zh(before) or is_zh(after)
        if wanted:
            edits.append(Edit("fullwidth_punctuation", i, m[0], table[m[0]]))
    return edits


DOUBLED_MARK = re.compile(r"([，、；：])\1+")


def find_doubled_marks(text: str) -> list[Edit]:
    """A comma (or 、；：) doubled by a copy (会上，，某某首先……) is written once.

    >>> [(e.before, e.after) for e in find_doubled_marks("会上，，陈某首先回顾了全年工作。")]
    [('，，', '，')]
    """
    return _regex_edits("doubled_marks", DOUBLED_MARK, text, lambda m: m[1])


BRACKET_RE = re.compile(r"\(([^()\n]{0,80})\)")


def find_brackets(text: str) -> list[Edit]:
    """ASCII brackets around or beside Chinese text become （）.

    >>> [e.after for e in find_brackets("党委(党组)书记，(http://a.com/)")]
    ['（', '）']
    """
    table = char_table().brackets
    urls = url_spans(text)
    edits = []
    for m in BRACKET_RE.finditer(text):
        before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        if _inside(m.start() + 1, urls):
            continue
        if re.search(f"[{CJK}]", m[1]) or is_zh(before) or is_zh(after):
            edits.append(Edit("fullwidth_brackets", m.start(), "(", table["("]))
            edits.append(Edit("fullwidth_brackets", m.end() - 1, ")", table[")"]))
    return edits


def find_quotes(text: str) -> list[Edit]:
    """Quotes in a line are paired “…” ‘…’; ASCII quotes in Chinese text become curly.

    >>> "".join(e.after for e in find_quotes('把稳思想"方向盘"，树牢“四个意识“'))
    '“””'
    """
    edits = []
    for start, line in lines_with_offsets(text):
        for marks, pair in (('"“”', "“”"), ("'‘’", "‘’")):
            edits += _pair_quotes(line, start, marks, pair)
    return edits


def _pair_quotes(line: str, start: int, marks: str, pair: str) -> list[Edit]:
    ascii_quote = marks[0]
    found = [
        (i, ch)
        for i, ch in enumerate(line)
        if ch in marks and not (ch == ascii_quote and _between_latin(line, i))
    ]
    if not found or (not any(ch == ascii_quote for _, ch in found) and _alternates(found, pair)):
        return []
    if len(found) % 2:
        found = [(i, ch) for i, ch in found if ch == ascii_quote and _zh_beside(line, i)]
        wanted = [pair[0] if _opens(line, i) else pair[1] for i, _ in found]
    else:
        wanted = [pair[k % 2] for k in range(len(found))]
    return [
        Edit("quote_pairs", start + i, ch, want)
        for (i, ch), want in zip(found, wanted, strict=True)
        if ch != want
    ]


def _alternates(found: list[tuple[int, str]], pair: str) -> bool:
    return all(ch == pair[k % 2] for k, (_, ch) in enumerate(found)) and len(found) % 2 == 0


def _between_latin(line: str, i: int) -> bool:
    return line[i - 1 : i].isascii() and line[i - 1 : i].isalnum() and line[i + 1 : i + 2].isalpha()


def _zh_beside(line: str, i: int) -> bool:
    return is_zh(line[i - 1 : i]) or is_zh(line[i + 1 : i + 2])


def _opens(line: str, i: int) -> bool:
    before = line[i - 1 : i]
    return not before or before in "，。、；：？！（《【 " or (is_cjk(before) and i + 1 < len(line))
