"""What a line looks like: the features the line classifier (:mod:`.lineclass`) scores.

No feature names a site. Each one describes the form of page chrome or of report text, the way
jusText describes HTML blocks: length, the share of function characters (的 了 在 和 是 等), of
digits, Latin letters and web-address characters, dates, clock times and counts, where the line
stands (above the report's first paragraph, between its paragraphs, after its last one; how far
from the top and the bottom), whether it repeats the title, how it ends, field labels, heading
numbers, words that address the reader or the site (您 大家 小编 下载 登录 推荐), and what its
neighbours are (a short line between two report paragraphs is rarely a menu).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from functools import cache

from .chars import KIND_WORDS, SECTION_ENDS, cjk_count

FUNCTION_CHARS = set("的了在和是等与及对把为以将于并其也都而从向就被")
SYMBOLS = set("◆◇■□●○•▪~～|｜>»«<★☆→▲△♦❤♥👉👈")
NAV_START = re.compile(r"^\s*(?:首页|当前位置|您的位置|你的位置|位置[:：])")
NAV_WORDS = re.compile(
    r"导航|目录|文库|范文网|文档网|收藏|投稿|客服|投诉|搜索|登录|注册|下载|首页|网站"
)
# words by which a site speaks to its reader or about itself; a report speaks of its own work
READER = re.compile(r"您|大家|小编|网友|本站|本文|全文|阅读|浏览|点击|参考|借鉴|推荐|欢迎|分享")
TOC_ENTRY = re.compile(r"^\s*\d{1,3}[.．、]\S.*?\s\d{1,4}\s*$")
COUNTS = re.compile(r"\d+\s*(?:字|篇|页|次|人次|个字|张|人气)|(?:阅读|浏览|点击)\s*[:：]?\s*\d+")
# a clock time, or a date that a label introduces (a bare date under a title is the report's)
DATE_TIME = re.compile(
    r"\d{1,2}:\d{2}(?::\d{2})?|(?:时间|日期|发布|更新|上传)\s*[:：]?\s*(?:19|20)\d{2}[-/.年]\d{1,2}"
)
NUMERIC_DATE = re.compile(r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}")
BUNDLE = re.compile(r"汇编|合集|大全|[（(]?\s*(?:\d+|[一二三四五六七八九十]+)\s*篇\s*[)）]?")
TITLE_WORDS = re.compile(f"{KIND_WORDS}|{SECTION_ENDS}")
# what the genre reports on: a news headline names it without naming a kind of report
# a meeting on the work, as news names it: 道县召开2020年全县宣传委员工作会议
MEETING_NEWS = re.compile(
    r"(?:召开|举行|举办)[^，。！？]{2,30}(?:宣传|意识形态|思想)[^，。！？]{0,12}会议?$"
)
SUBJECT_WORDS = re.compile(r"意识形态|宣传思想|思想政治|思想文化|精神文明|网络安全|舆论|舆情")
HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、](?!\d))"
)
# a web address (628568.com, www.example.cn/a/1.html): no report line holds one
WEB_ADDRESS = re.compile(
    r"(?<![A-Za-z0-9@])(?:www\.)?[A-Za-z0-9-]+\.(?:com|cn|net|org|cc|top)(?![A-Za-z])",
    re.IGNORECASE,
)
# a copy number after a line's text (…工作总结1:, …工作总结（二）): the same report again
COPY_NUMBER = re.compile(
    r"^(.+?)\s*[（(]?\s*(?:\d{1,2}|[一二三四五六七八九十])\s*[)）]?\s*[:：]?\s*$"
)
# a field label of a record (索引号: …  发布机构: …): a few Chinese characters, then a colon
FIELD_LABEL = re.compile(
    r"(?:^|[\s【\[|｜])[\u4e00-\u9fff](?:[ \t\u3000]*[\u4e00-\u9fff]){1,5}\s*[:：]"
)
DIGIT = re.compile(r"\d")
LATIN = re.compile(r"[A-WYZa-wyz]")  # not x or X: reports write blanks with them
URL_CHARS = re.compile(r"[/@#%&=?]|\.(?=[A-Za-z])")  # not _: reports use it for blanks
FILE_SIZE = re.compile(r"\d+(?:\.\d+)?\s*(?:KB|MB|kb|mb|K|M)\b")
# a bracketed tag after a title (【精选推荐】 【范文】), a site's label, not the author's
END_TAG = re.compile(r"【[^】]{1,8}】\s*$")
# a short line that names a kind of site (…范文站, …文档网, …文库): a bare site name
SITE_NAME = re.compile(r"^[^，。,：:]{1,10}(?:网|站|文库|文档|平台|频道)$")
# a recipient line (县委：, 队党委:, 市委宣传部：): the body a report is sent to
RECIPIENT = re.compile(r"^[^，。,：:\s]{1,14}(?:委|组|局|部|办|处|会|院|府|厅|室|厂|校|司)[:：]$")
SENTENCE_END = re.compile(r"[。；！？：;:!?]\s*$")
PERIOD_END = re.compile(r"[。！？!?…]\s*$")
LEAD_IN = re.compile(r"[：:]\s*$")


def is_prose(line: str) -> bool:
    """A report paragraph: a long run of Chinese in sentences (one that leads into a list
    ends with a colon).

    >>> is_prose("今年以来，局党组坚持守土有责，认真落实意识形态工作责任制，召开会议4次。")
    True
    >>> is_prose("为推动查摆出的问题逐项整改到位，压实各方责任，结合实际制定如下工作方案：")
    True
    >>> is_prose("首页 > 工作总结 > 2023年意识形态工作总结范文（通用10篇）")
    False
    """
    commas = len(re.findall(r"[，,]", line))
    lead_in = commas >= 1 and bool(LEAD_IN.search(line))
    return cjk_count(line) >= 25 and (bool(re.search(r"[。！？]", line)) or commas >= 2 or lead_in)


def line_key(line: str) -> str:
    return re.sub(r"[^\u4e00-\u9fff]", "", re.sub(r"[（(][^）)]*[）)]", "", line))


def title_like(line: str) -> bool:
    """Names a kind of report and ends as no sentence does; a web address is never a title.

    >>> title_like("2023年意识形态工作总结"), title_like("【628568.com--述职报告】")
    (True, False)
    """
    return (
        bool(TITLE_WORDS.search(line))
        and not SENTENCE_END.search(line)
        and (not WEB_ADDRESS.search(line))
    )


def scattered(line: str) -> bool:
    """A title a viewer scattered into words (its characters out of order, spaced apart):
    four or more pieces of two Chinese characters or fewer on average.

    >>> scattered("意 形 工作 材料 一识 态 汇报 汇集"), scattered("2023年 意识形态工作总结")
    (True, False)
    """
    pieces = line.split()
    return len(pieces) >= 4 and cjk_count(line) <= 2 * len(pieces)


HEADLINE_MIN = 8  # Chinese characters: a column's name (意识形态) is shorter


def headline(line: str) -> bool:
    """A news headline above the report: names what the genre reports on, in one clause.

    >>> headline("党委宣传部开展意识形态工作专项检查"), headline("意识形态专栏")
    (True, False)
    >>> headline("会议强调，要落实意识形态工作责任制。")
    False
    >>> headline("道县召开2020年全县宣传委员工作会议")
    True
    """
    return (
        bool(SUBJECT_WORDS.search(line) or MEETING_NEWS.search(line))
        and cjk_count(line) >= HEADLINE_MIN
        and not SENTENCE_END.search(line)
        and not re.search("[，,：:|｜>＞]", line)
        and not WEB_ADDRESS.search(line)
    )


def title_copy(line: str, later: list[str]) -> bool:
    """A title line that a longer, near-identical title line below it repeats.

    >>> title_copy("意识形态工作自评报告", ["2021年上半年意识形态工作情况自评报告"])
    True
    >>> title_copy("2021年上半年意识形态工作情况自评报告", ["一、强化理论学习"])
    False
    """
    if not title_like(line):
        return False
    a = line_key(line)
    for other in later:
        b = line_key(other)
        if title_like(other) and len(b) > len(a) >= 6:
            blocks = difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
            if sum(m.size for m in blocks) >= 0.85 * len(a):  # nearly all of it, in order
                return True
    return False


def numbered_copy(line: str, earlier: list[str]) -> bool:
    """A line that repeats an earlier line with a copy number after it (a bundle's first copy).

    >>> numbered_copy("乡镇宣传工作总结1:", ["乡镇宣传工作总结", "时间:2021-08-31"])
    True
    >>> numbered_copy("一、工作开展情况", ["乡镇宣传工作总结"])
    False
    """
    m = COPY_NUMBER.match(line)
    return bool(m) and line_key(m[1]) != "" and any(line_key(m[1]) == line_key(e) for e in earlier)


def field_labels(line: str) -> float:
    """How many field labels a record line holds (0 unless two or more; at most three).

    >>> field_labels("公开方式: 主动公开 公开范围: 面向社会 主题词:")
    3.0
    >>> field_labels("区委网信办：")
    0.0
    >>> field_labels("索  引 号: 11230105K0/2022-15502"), field_labels("发文字号:")
    (1.0, 0.0)
    """
    n = len(FIELD_LABEL.findall(line))
    if n == 1 and FIELD_LABEL.match(line) and not SENTENCE_END.search(line):
        return 1.0  # one field at the start of the line, with its value (发文机关: 中共××委员会)
    return float(min(3, n)) if n >= 2 else 0.0


def own_features(line: str, later: list[str]) -> dict[str, float]:
    """Features of one line alone (``later``: the title-like lines below it, for copies).

    >>> f = own_features("首页范文工作总结宣传工作总结", [])
    >>> f["nav_start"], f["title_words"], f["sentence_end"]
    (1.0, 1.0, 0.0)
    >>> own_features("下载本文 需要文档下载券 2 张", [])["counts"]
    1.0
    """
    han = cjk_count(line)
    toc = bool(TOC_ENTRY.match(line))
    chars = max(len(line.replace(" ", "")), 1)
    return {
        "very_short": float(0 < han <= 4 and not HEADING.match(line) and not DIGIT.search(line)),
        "symbols": float(min(2, sum(ch in SYMBOLS for ch in line))),
        "nav_start": float(bool(NAV_START.match(line))),
        "nav_words": float(min(2, len(NAV_WORDS.findall(line)))),
        "toc_entry": float(toc),
        "counts": float(bool(COUNTS.search(line))),
        "date_time": float(bool(DATE_TIME.search(line))),
        "bundle": float(bool(BUNDLE.search(line))),
        "title_copy": float(title_copy(line, later)),
        "sentence_end": float(bool(SENTENCE_END.search(line))),
        "function_chars": float(han > 0 and sum(ch in FUNCTION_CHARS for ch in line) >= 0.06 * han),
        "title_words": float(bool(TITLE_WORDS.search(line))),
        "heading_number": float(bool(HEADING.match(line)) and not toc),
        "field_labels": field_labels(line),
        "web_address": float(bool(WEB_ADDRESS.search(line))),
        "title_pipe": float(title_like(line) and bool(re.search(r"[|｜_]", line))),
        "latin_badge": float(bool(re.fullmatch(r"[A-Za-z]{2,8}", line.strip()))),
        # the learned model's further features (the hand weights leave them at 0)
        "han_log": _log_length(han),
        "han_none": float(han == 0),
        "short": float(han <= 12),
        "long": float(han >= 40),
        "function_share": min(1.0, 5 * sum(ch in FUNCTION_CHARS for ch in line) / max(han, 1)),
        "digit_share": len(DIGIT.findall(line)) / chars,
        "latin_share": len(LATIN.findall(line)) / chars,
        "url_chars": float(min(2, len(URL_CHARS.findall(line)))),
        "numeric_date": float(bool(NUMERIC_DATE.search(line))),
        "reader_words": float(min(2, len(READER.findall(line)))),
        "period_end": float(bool(PERIOD_END.search(line))),
        "colon_end": float(bool(re.search(r"[:：]\s*$", line))),
        "digit_end": float(bool(re.search(r"\d\s*$", line))),
        "prose": float(is_prose(line)),
        "file_size": float(bool(FILE_SIZE.search(line))),
        "end_tag": float(bool(END_TAG.search(line))),
        "site_name": float(bool(SITE_NAME.match(line.strip()))),
        "recipient": float(bool(RECIPIENT.match(line.strip()))),
        "title_like": float(title_like(line)),
    }


def last_sentence(line: str) -> str:
    """The last sentence of a paragraph (a site's introduction ends by addressing the reader).

    >>> last_sentence("总结是常用文体。下面是小编整理的范文，供大家参考。")
    '下面是小编整理的范文，供大家参考。'
    """
    pieces = [p for p in re.findall(r"[^。！？!?]+[。！？!?]*", line) if p.strip()]
    return pieces[-1].strip() if pieces else line


CLAUSE = re.compile("[，,、；;。]")


def heads_prose(texts: Sequence[str], start: int, intro: frozenset[int]) -> bool:
    """Do the lines from ``start`` lead down through headings to a report paragraph within
    three lines? A numbered heading over its sub-headings and text is the report's; a site's
    outline (目录) is a run of headings with no paragraph under them.

    >>> body = "今年以来，镇党委坚持守土有责，认真落实意识形态工作责任制，召开会议4次。"
    >>> heads_prose(["一、上半年工作小结", "（一）理论学习", body], 1, frozenset())
    True
    >>> outline = ["一、总体情况", "1、理论学习", "2、阵地管理", "3、队伍建设", body]
    >>> heads_prose(outline, 1, frozenset())
    False
    """
    for k in range(start, min(start + 3, len(texts))):
        if is_prose(texts[k]) or (cjk_count(texts[k]) >= 20 and CLAUSE.search(texts[k])):
            return k not in intro  # a paragraph, or the first line of one a PDF broke
        if not HEADING.match(texts[k]):
            return False
    return False


def _log_length(han: int) -> float:
    """Chinese characters on a log scale, 0 for none and 1 for a paragraph of 100 or more.

    >>> _log_length(0), _log_length(100), round(_log_length(9), 2)
    (0.0, 1.0, 0.5)
    """
    from math import log10

    return min(1.0, log10(1 + han) / 2)


def zone_of(k: int, first: int | None, last: int | None) -> str:
    """Where line ``k`` stands: above the first report paragraph, between, or after the last.

    >>> [zone_of(k, 1, 3) for k in range(5)]
    ['above', 'inside', 'inside', 'inside', 'after']
    """
    if first is None or last is None or k < first:
        return "above"
    return "after" if k > last else "inside"


def page_features(texts: list[str], not_report: frozenset[int] = frozenset()) -> list[dict]:
    """Features of every (stripped, non-empty) line of a page, its place and its neighbours.

    Zones are drawn around the report's paragraphs: prose lines in ``not_report`` (a site's
    introduction above the report, found on a first pass) do not count as the report's.

    >>> body = "今年以来，局党组坚持守土有责，认真落实意识形态工作责任制，召开会议4次。"
    >>> rows = page_features(["导航", "2023年意识形态工作总结", body, "推荐阅读", body])
    >>> rows[0]["zone_above"], rows[3]["zone_inside"], rows[3]["between_prose"]
    (1.0, 1.0, 1.0)
    """
    return [dict(row) for row in _page_features(tuple(texts), not_report)]


@cache
def _page_features(texts: tuple[str, ...], not_report: frozenset[int]) -> list[dict]:
    prose = [k for k, t in enumerate(texts) if is_prose(t) and k not in not_report]
    first, last = (prose[0], prose[-1]) if prose else (None, None)
    head_end = first if first is not None else len(texts)
    rows: list[dict[str, float]] = []
    for k, line in enumerate(texts):
        zone = zone_of(k, first, last)
        later = texts[k + 1 : head_end] if zone == "above" else texts[k + 1 : k + 4]
        row = own_features(line, later)
        earlier = texts[:k] if zone == "above" else texts[max(0, k - 8) : k]
        key = line_key(line)
        repeated = len(key) >= 4 and any(line_key(t) == key for t in later)
        row["repeated_below"] = float(repeated and not title_like(line))  # titles: repeated_title
        row["numbered_copy"] = float(numbered_copy(line, earlier))
        row.update({f"zone_{z}": float(z == zone) for z in ("above", "inside", "after")})
        row["from_top"] = 1 - min(k, 10) / 10
        row["from_bottom"] = 1 - min(len(texts) - 1 - k, 10) / 10
        row["page_share"] = k / max(len(texts) - 1, 1)
        rows.append(row)
    for k, row in enumerate(rows):
        before = rows[k - 1] if k > 0 else None
        after = rows[k + 1] if k + 1 < len(rows) else None
        row["prev_prose"] = before["prose"] if before else 0.0
        row["next_prose"] = after["prose"] if after else 0.0
        row["between_prose"] = float(row["prev_prose"] and row["next_prose"])
        row["prev_short"] = before["short"] if before else 1.0
        row["next_short"] = after["short"] if after else 1.0
        row["prev_reader"] = min(1.0, before["reader_words"]) if before else 0.0
        row["next_reader"] = min(1.0, after["reader_words"]) if after else 0.0
        row["outline"] = float(_outline_entry(texts, k))
    return rows


def _outline_entry(texts: tuple[str, ...], k: int) -> bool:
    """A numbered line in a run of numbered lines with no paragraph under it: a site's outline
    (目录, 提纲) of the report, not the report's own heading.

    >>> _outline_entry(("【提纲】", "一、主要做法", "二、存在问题", "2023年工作总结"), 1)
    True
    """

    def entry(line: str) -> bool:  # a short numbered name, no sentence
        return bool(HEADING.match(line)) and cjk_count(line) <= 20 and not re.search("[。；]", line)

    if not entry(texts[k]) or heads_prose(texts, k + 1, frozenset()):
        return False
    return any(0 <= j < len(texts) and entry(texts[j]) for j in (k - 1, k + 1))
