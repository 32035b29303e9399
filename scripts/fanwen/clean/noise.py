"""Noise fixers driven by ``data/noise.yaml``: whole lines, spans, page tails, page titles."""

from __future__ import annotations

import difflib
import itertools
import re
from dataclasses import dataclass
from functools import cache

from .chars import KIND_WORDS, SECTION_ENDS, SENTENCE_END, lines_with_offsets
from .edits import Edit
from .tables import compile_any, noise_table

HEAD_LINES = 6  # a page title and its repeats stand within the first lines
TITLE_MAX = 80
TITLE_LINES = 3  # title suffixes are peeled off the first title-like lines only


@dataclass(frozen=True)
class Compiled:
    name: str
    regex: re.Pattern[str]
    max_len: int = 0
    replace: str = ""
    above_title: bool = False
    after_report: bool = False


@cache
def _rules() -> dict[str, list[Compiled]]:
    table = noise_table()
    m = table.macros
    return {
        "lines": [
            Compiled(
                r.name,
                compile_any(r.patterns, m, r.name),
                r.max_len,
                "",
                r.above_title,
                r.after_report,
            )
            for r in table.lines
        ],
        "spans": [
            Compiled(r.name, compile_any(r.patterns, m, r.name), replace=r.replace)
            for r in table.spans
        ],
        "tails": [Compiled(r.name, compile_any([r.start], m, r.name)) for r in table.tails],
        "titles": [
            Compiled(r.name, compile_any(r.patterns, m, r.name)) for r in table.title_suffixes
        ],
    }


def _drop_line(rule: str, start: int, line: str, text: str) -> Edit:
    """Remove a line with its newline (the one before it, for a last line)."""
    end = start + len(line)
    if end < len(text):
        return Edit(rule, start, text[start : end + 1])
    if start > 0:
        return Edit(rule, start - 1, text[start - 1 : end])
    return Edit(rule, start, line)


def find_noise_lines(text: str) -> list[Edit]:
    """Whole lines of site furniture.

    >>> [e.rule for e in find_noise_lines("第一范文网 www.dyfw.com\\n坚持守土有责。\\n221381")]
    ['site_banner', 'numeric_id']
    """
    edits = []
    title = _page_title_start(text)
    lines = lines_with_offsets(text)
    report = next((s for s, ln in lines if _is_prose(ln)), len(text))
    for start, line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        for rule in _rules()["lines"]:
            if (rule.above_title and start >= title) or (rule.after_report and start <= report):
                continue
            if len(stripped) <= rule.max_len and rule.regex.search(stripped):
                edits.append(_drop_line(rule.name, start, line, text))
                break
    return edits


PAGE_TITLE_MIN = 8  # a page title says what and whose: 工作总结 alone is a column's name


def _page_title_start(text: str) -> int:
    """Where the page's title line starts among the first lines (0 when there is none).

    >>> _page_title_start("意见建议\\n2022年上半年某工业园区意识形态工作情况报告\\n县委：")
    5
    """
    lines = lines_with_text(text)[:HEAD_LINES]
    for start, line in lines:
        body = line.strip()
        if len(body) >= PAGE_TITLE_MIN and _title_like(line) and TITLE_END.search(body):
            return start
    return 0


def find_noise_spans(text: str) -> list[Edit]:
    """Watermarks and markers inside lines.

    >>> [e.before for e in find_noise_spans("见效。笔杆儿网www.bgzjy.cn\\n落实##paidbegin##各项")]
    ['笔杆儿网www.bgzjy.cn', '##paidbegin##']
    """
    edits: list[Edit] = []
    for rule in _rules()["spans"]:
        edits += [
            Edit(rule.name, m.start(), m[0], rule.replace)
            for m in rule.regex.finditer(text)
            if m[0]
        ]
    return edits


def _is_prose(line: str) -> bool:
    return len(line.strip()) > 40 and "。" in line


def find_noise_tails(text: str) -> list[Edit]:
    """From a '相关推荐' line on, the list of links that follows it.

    The list ends at the end of the text, or before the first line of prose (which may be
    a linked article's summary, or the report going on: either way it is kept).

    >>> [e.before for e in find_noise_tails("报告完。\\n相关推荐\\n工作计划\\n自查报告")]
    ['\\n相关推荐\\n工作计划\\n自查报告']
    """
    lines = lines_with_offsets(text)
    for k, (start, line) in enumerate(lines):
        for rule in _rules()["tails"]:
            if not rule.regex.search(line):
                continue
            rest = lines[k + 1 :]
            prose = next((s for s, ln in rest if _is_prose(ln)), None)
            begin = start - 1 if start > 0 else start
            end = len(text) if prose is None else prose
            if prose is not None and begin > 0:
                begin, end = start, prose  # keep the newline before the heading
            return [Edit(rule.name, begin, text[begin:end])]
    return []


def title_head(text: str) -> list[tuple[int, str]]:
    """The first non-empty lines, up to the first one that is not title-like: where a page's
    title stands. Every line returned is title-like."""
    head = []
    for start, line in lines_with_offsets(text):
        if not line.strip():
            continue
        if len(head) == HEAD_LINES or not _title_like(line):
            break
        head.append((start, line))
    return head


def _title_like(line: str) -> bool:
    stripped = line.strip()
    return 0 < len(stripped) <= TITLE_MAX and not any(ch in stripped for ch in SENTENCE_END)


def find_title_suffix(text: str) -> list[Edit]:
    """SEO suffixes on title lines: 意识形态工作总结_范文大全_笔杆儿网 -> 意识形态工作总结.

    >>> find_title_suffix("意识形态工作总结(通用5篇)\\n一、")[0].before
    '(通用5篇)'
    """
    edits = []
    for start, line in title_head(text)[:TITLE_LINES]:
        kept = _strip_suffixes(line)
        if len(kept) < len(line):
            edits.append(Edit("seo_title_suffix", start + len(kept), line[len(kept) :]))
    return edits


# A second name for the page in brackets after the title, starting as the title does:
# 2024精神文明工作总结(2024精神文明成果总结); a qualifier (…情况汇报(自查报告)) stays
ALTERNATIVE = re.compile(
    r"^\s*(?P<title>[^（(\n]{6,40}?)(?P<bracket>\s*[（(](?P<alt>[^（）()\n]{6,40}"
    r"(?:总结|报告|汇报|材料))[)）])\s*$"
)


def _strip_suffixes(line: str) -> str:
    """Peel SEO suffixes off a title until none is left (一_二_三网 loses both tails).

    >>> _strip_suffixes("2022年意识形态工作总结_范文大全_笔杆儿网")
    '2022年意识形态工作总结'
    >>> _strip_suffixes("2024精神文明工作总结(2024精神文明成果总结)")
    '2024精神文明工作总结'
    >>> _strip_suffixes("局党支部2023年上半年意识形态工作情况汇报(自查报告)")
    '局党支部2023年上半年意识形态工作情况汇报(自查报告)'
    """
    while True:
        if (m := ALTERNATIVE.match(line)) and m["alt"].startswith(m["title"][:4]):
            line = line[: m.start("bracket")]
            continue
        for rule in _rules()["titles"]:
            m = rule.regex.search(line)
            if m and m.start() > 0 and line[: m.start()].strip():
                line = line[: m.start()]
                break
        else:
            return line


def lines_with_text(text: str) -> list[tuple[int, str]]:
    """(start, line) of every line that holds more than spaces.

    >>> lines_with_text("甲\\n\\n 乙")
    [(0, '甲'), (3, ' 乙')]
    """
    return [(s, line) for s, line in lines_with_offsets(text) if line.strip()]


def _title_key(line: str) -> str:
    return re.sub(r"[\s《》]+", "", line)


HEADING_MARK = re.compile(
    r"[-—–（(【]|[一二三四五六七八九十]+[、是要]|\d+[.．、]|第[一二三四五六七八九十\d]+"
)
TITLE_END = re.compile(f"(?:{KIND_WORDS}|{SECTION_ENDS})$")
GLUED_TITLE = re.compile(
    rf"\A\s*(?P<t>[^\n。，；！？]{{6,40}}?(?:{KIND_WORDS}|{SECTION_ENDS}))[ \u3000]*(?P=t)"
)


def _same_title(line: str, other: str) -> bool:
    """The same title, or a page title close to the report's own (both end like titles)."""
    a, b = _title_key(line), _title_key(other)
    if a == b:
        return True
    if min(len(a), len(b)) >= 6 and (a in b or b in a) and TITLE_END.search(a + "|" + b):
        return True  # 2023年乡镇工作汇报乡镇工作总结汇报 / 乡镇工作汇报: an SEO page title
    return (
        bool(TITLE_END.search(a) and TITLE_END.search(b))
        and not any(HEADING_MARK.match(t) for t in (a, b))
        and difflib.SequenceMatcher(None, a, b).ratio() >= 0.6
    )


def find_repeated_title(text: str) -> list[Edit]:
    """A page title repeated above the report's own title: the first copy goes.

    >>> find_repeated_title("2022年工作情况报告\\n2022年工作情况报告\\n正文")[0].start
    0
    >>> [e.before for e in find_repeated_title("某局2022年自评报告某局2022年自评报告\\n正文")]
    ['某局2022年自评报告']
    >>> page, own = "乡镇2020年意识形态工作情况汇报", "××镇关于意识形态工作的情况汇报"
    >>> find_repeated_title(f"{page}\\n{own}\\n一、工作情况\\n")[0].before == page + "\\n"
    True
    """
    glued = GLUED_TITLE.match(text)
    if glued:
        second = glued.end()
        first = Edit(
            "repeated_title", glued.start("t"), text[glued.start("t") : second - len(glued["t"])]
        )
        if text[second : second + 1] in ("", "\n"):  # the title twice, alone on its line
            return [first]
        return [first, Edit("repeated_title", second, "", "\n")]
    head = title_head(text)  # title-like lines only
    for (start, line), (_, following) in itertools.pairwise(head):
        if _same_title(line, following):
            return [_drop_line("repeated_title", start, line, text)]
    for k, (start, line) in enumerate(head):
        if any(_title_key(line) == _title_key(other) for _, other in head[k + 1 :]):
            return [_drop_line("repeated_title", start, line, text)]
    return []


# A bundle's cover: its name and how many pieces it holds (最新…的不足(七篇), …措施【汇编四篇】)
BUNDLE_COVER = re.compile(
    r"^(?:最新|精选|优秀)?(?P<name>[^。！？；，,\s]{4,40}?)\s*"
    r"[（(【\[]?(?:汇编|精选|合集|优质|优秀|通用)?[一二三四五六七八九十\d]{1,3}篇[)）】\]]?"
    r"(?:[（(][^（）()\n]{0,30}[)）])?$"
)
BUNDLE_HEAD = 8  # lines with text at the top where a bundle's cover and first label stand
# … and the first piece's label, the same name with its number: …的不足篇一, …措施1
PIECE_ONE = r"\s*(?:篇\s*[一1]|[（(][一1][)）]|1)"
PIECE_LABEL = re.compile(
    f"(\\s*(?P<name>[^。！？；，,\\s]{{4,40}}?))((?:范文|例文)?{PIECE_ONE})\\s*"
)


def find_bundle_labels(text: str) -> list[Edit]:
    """A bundle's cover line over a first piece labelled with the same name and a number: the
    cover and the number are the site's; the label's name is the piece's title.

    >>> page = "最新工作中的不足(七篇)\\n小编整理了范文。\\n工作中的不足篇一\\n一是加强领导。\\n"
    >>> [e.before for e in find_bundle_labels(page)]
    ['最新工作中的不足(七篇)\\n', '篇一']

    The label may name the piece by a part of the cover's name, with 范文 before its number:

    >>> page = "2020党建总结_医院党建工作总结范文大全5篇\\n医院党建工作总结范文(一)\\n今年以来，……"
    >>> [e.before for e in find_bundle_labels(page)]
    ['2020党建总结_医院党建工作总结范文大全5篇\\n', '范文(一)']
    """
    head = lines_with_text(text)[:BUNDLE_HEAD]
    for k, (_start, line) in enumerate(head):
        cover = BUNDLE_COVER.match(line.strip())
        if not cover:
            continue
        for n, (other_start, other) in enumerate(head[k + 1 :], start=k + 1):
            m = PIECE_LABEL.fullmatch(other)
            if m and _title_key(m["name"]) in _title_key(cover["name"]):
                number = Edit("bundle_labels", other_start + m.end(1), m[3])
                covers = [s for s, ln in head[:n] if ln.strip() == line.strip()]  # and its copies
                return [*(_drop_line("bundle_labels", s, line, text) for s in covers), number]
    return []


# A document site's line naming the file it shares: 《T.docx》由会员分享，可在线阅读，更多相关《…
SHARED_FILE = re.compile(
    r"^[^\S\n]*(?P<open>《)(?P<title>[^《》\n]{4,60}?)(?P<tail>\.(?:docx?|pdf|wps|txt)》"
    r"由会员分享[^\n]*)$"
)
TITLE_ECHO = 120  # characters below the line where the report would repeat its own title


def find_shared_title(text: str) -> list[Edit]:
    """A document site's sharing line over a report that has no title of its own: the file's
    name is the report's title, the rest of the line is the site's. Over a report that begins
    with its title, the whole line is the site's (``document_meta`` in data/noise.yaml).

    >>> line = "《镇2022年宣传工作汇报材料.docx》由会员分享，可在线阅读，更多相关《……》"
    >>> [e.before for e in find_shared_title(line + "\\n1、××镇地处西南边陲，面积××平方公里。")]
    ['《', '.docx》由会员分享，可在线阅读，更多相关《……》']
    >>> find_shared_title(line + "\\n1、镇2022年宣传工作汇报材料 今年以来，……")
    []
    """
    for start, line in lines_with_offsets(text)[:HEAD_LINES]:
        if m := SHARED_FILE.match(line.rstrip("\n")):
            below = _title_key(text[start + len(line) : start + len(line) + TITLE_ECHO])
            if not below or _title_key(m["title"])[-6:] in below:
                return []  # no report under it, or one that names itself
            return [
                Edit("shared_title", start + m.start("open"), m["open"]),
                Edit("shared_title", start + m.start("tail"), m["tail"]),
            ]
    return []


# A picture's file name alone on its line (2.校长讲话_副本.jpg): the news site's
PICTURE_FILE = re.compile(
    r"^\s*(?:\d{1,2}[.．、_-]?)?(?P<stem>[^\s/\\。，]{2,60}?)(?:_副本\d*)?"
    r"\.(?:jpe?g|png|gif|webp|bmp)\s*$",
    re.IGNORECASE,
)


def find_picture_captions(text: str) -> list[Edit]:
    """A caption that repeats the name of the picture's file on the line next to it: the
    picture is gone, both lines are the site's (the file's line goes with ``photo_caption``).

    >>> page = "学校开会。\\n2.校长对宣传工作提要求.jpg\\n 校长对宣传工作提要求\\n书记强调，……"
    >>> [e.before for e in find_picture_captions(page)]
    [' 校长对宣传工作提要求\\n']
    """
    lines = lines_with_text(text)
    edits = []
    for n, (_, line) in enumerate(lines):
        if not (m := PICTURE_FILE.match(line.rstrip("\n"))):
            continue
        for start, other in lines[max(n - 1, 0) : n] + lines[n + 1 : n + 2]:
            if other.strip() == m["stem"] and not PICTURE_FILE.match(other.rstrip("\n")):
                edits.append(Edit("picture_caption", start, text[start : start + len(other) + 1]))
    return edits
