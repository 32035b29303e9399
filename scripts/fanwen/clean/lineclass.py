"""Page furniture told by what a line looks like, not by what it says word for word.

``noise.yaml`` names the forms of site text one by one and stays the precision layer; this
fixer catches what it has not seen yet, the way jusText and trafilatura judge HTML blocks: each
line above the report's first paragraph gets a linear score over a few features (length,
share of function characters, symbols, navigation words, counts, dates, a table of contents'
page numbers, a shorter copy of the title below, how it ends), smoothed over its neighbours, and
goes when the score is above the threshold. The weights are data (``data/lineclass.yaml``).
A line is never taken when it is the last title-like line above the report (its title) or a piece
of a title a PDF viewer broke into short lines (``broken_title`` puts it back together), and the
report's paragraphs, headings and recipient line score far below the threshold.
"""

from __future__ import annotations

import difflib
import re
from functools import cache

from pydantic import Field

from ..datafile import Strict, data_path, load_yaml_model
from .chars import cjk_count, lines_with_offsets
from .edits import Edit
from .layout import find_broken_title

FUNCTION_CHARS = set("的了在和是等与及对把为以将于并其也都而从向就被")
SYMBOLS = set("◆◇■□●○•▪~～|｜>»«<★☆→▲△♦❤♥")
NAV_START = re.compile(r"^\s*(?:首页|当前位置|您的位置|你的位置|位置[:：])")
NAV_WORDS = re.compile(
    r"导航|目录|文库|范文网|文档网|收藏|投稿|客服|投诉|搜索|登录|注册|下载|首页|网站"
)
TOC_ENTRY = re.compile(r"^\s*\d{1,3}[.．、]\S.*?\s\d{1,4}\s*$")
COUNTS = re.compile(r"\d+\s*(?:字|篇|页|次|人次|个字)|(?:阅读|浏览|点击)\s*[:：]?\s*\d+")
# a clock time, or a date that a label introduces (a bare date under a title is the report's)
DATE_TIME = re.compile(
    r"\d{1,2}:\d{2}(?::\d{2})?|(?:时间|日期|发布|更新|上传)\s*[:：]?\s*(?:19|20)\d{2}[-/.年]\d{1,2}"
)
BUNDLE = re.compile(r"汇编|合集|大全|[（(]?\s*(?:\d+|[一二三四五六七八九十]+)\s*篇\s*[)）]?")
TITLE_WORDS = re.compile(r"总结|报告|汇报|研判|情况|材料|要点|计划|打算|方案|综述|回顾")
HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、])"
)
# a web address (628568.com, www.example.cn/a/1.html): no report line holds one
WEB_ADDRESS = re.compile(
    r"(?<![A-Za-z0-9@])(?:www\.)?[A-Za-z0-9-]+\.(?:com|cn|net|org|cc|top)(?![A-Za-z])"
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
SENTENCE_END = re.compile(r"[。；！？：;:!?]\s*$")


class LineWeights(Strict):
    bias: float
    threshold: float
    neighbours: float = Field(ge=0, le=1)
    weights: dict[str, float]


@cache
def line_weights() -> LineWeights:
    return load_yaml_model(data_path("fanwen.clean", "lineclass.yaml"), LineWeights)


def is_prose(line: str) -> bool:
    """A report paragraph: a long run of Chinese in sentences.

    >>> is_prose("今年以来，局党组坚持守土有责，认真落实意识形态工作责任制，召开会议4次。")
    True
    >>> is_prose("首页 > 工作总结 > 2023年意识形态工作总结范文（通用10篇）")
    False
    """
    return cjk_count(line) >= 25 and (
        bool(re.search(r"[。！？]", line)) or len(re.findall(r"[，,]", line)) >= 2
    )


def _key(line: str) -> str:
    return re.sub(r"[^\u4e00-\u9fff]", "", re.sub(r"[（(][^）)]*[）)]", "", line))


def _title_like(line: str) -> bool:
    """Names a kind of report and ends as no sentence does; a web address is never a title.

    >>> _title_like("2023年意识形态工作总结"), _title_like("【628568.com--述职报告】")
    (True, False)
    """
    return (
        bool(TITLE_WORDS.search(line))
        and not SENTENCE_END.search(line)
        and (not WEB_ADDRESS.search(line))
    )


def title_copy(line: str, later: list[str]) -> bool:
    """A title line that a longer, near-identical title line below it repeats.

    >>> title_copy("意识形态工作自评报告", ["2021年上半年意识形态工作情况自评报告"])
    True
    >>> title_copy("2021年上半年意识形态工作情况自评报告", ["一、强化理论学习"])
    False
    """
    if not _title_like(line):
        return False
    a = _key(line)
    for other in later:
        b = _key(other)
        if _title_like(other) and len(b) > len(a) >= 6:
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
    return bool(m) and _key(m[1]) != "" and any(_key(m[1]) == _key(e) for e in earlier)


def features(line: str, later: list[str]) -> dict[str, float]:
    """Feature values of one line above the report (``later``: the lines below it there).

    >>> f = features("首页范文工作总结宣传工作总结", [])
    >>> f["nav_start"], f["title_words"], f["sentence_end"]
    (1.0, 1.0, 0.0)
    """
    han = cjk_count(line)
    toc = bool(TOC_ENTRY.match(line))
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
        "field_labels": _field_labels(line),
        "web_address": float(bool(WEB_ADDRESS.search(line))),
        "title_pipe": float(_title_like(line) and bool(re.search(r"[|｜_]", line))),
        "latin_badge": float(bool(re.fullmatch(r"[A-Za-z]{2,8}", line.strip()))),
    }


def _field_labels(line: str) -> float:
    """How many field labels a record line holds (0 unless two or more; at most three).

    >>> _field_labels("公开方式: 主动公开 公开范围: 面向社会 主题词:")
    3.0
    >>> _field_labels("区委网信办：")
    0.0
    >>> _field_labels("索  引 号: 11230105K0/2022-15502"), _field_labels("发文字号:")
    (1.0, 0.0)
    """
    n = len(FIELD_LABEL.findall(line))
    if n == 1 and FIELD_LABEL.match(line) and not SENTENCE_END.search(line):
        return 1.0  # one field at the start of the line, with its value (发文机关: 中共××委员会)
    return float(min(3, n)) if n >= 2 else 0.0


def score(values: dict[str, float]) -> float:
    """The linear score of a line's features (weights from ``data/lineclass.yaml``).

    >>> score(features("导航", [])) > line_weights().threshold
    True
    >>> score(features("区委网信办：", [])) > line_weights().threshold
    False
    """
    w = line_weights()
    return w.bias + sum(w.weights[name] * value for name, value in values.items())


def title_pieces(text: str) -> set[int]:
    """Starts of the lines that ``broken_title`` will join into one title line.

    >>> page = "客服：123\\n某街道\\n2020\\n上半年\\n意识形态工作总结\\n在××的领导下，"
    >>> sorted(title_pieces(page))
    [7, 11, 16, 20]
    """
    ends = {e.start for e in find_broken_title(text)}
    starts = {s for s, line in lines_with_offsets(text) if s + len(line) in ends}
    return starts | {end + 1 for end in ends}


def find_classified_noise(text: str) -> list[Edit]:
    """Lines above the report's first paragraph that score as site furniture.

    >>> body = "今年以来，局党组坚持守土有责，认真落实意识形态工作责任制，召开会议4次。"
    >>> page = f"首页 > 工作总结\\n导航\\n2023年意识形态工作总结\\n{body}\\n"
    >>> [e.before for e in find_classified_noise(page)]
    ['首页 > 工作总结\\n', '导航\\n']
    """
    lines = [(s, ln) for s, ln in lines_with_offsets(text) if ln.strip()]
    body = next((k for k, (_, line) in enumerate(lines) if is_prose(line)), None)
    if not body:  # no report paragraph, or nothing above it
        return []
    head = lines[:body]
    texts = [ln.strip() for _, ln in head]
    raw = [score(features(t, texts[k + 1 :])) for k, t in enumerate(texts)]
    w = line_weights()
    copies = [numbered_copy(t, texts[:k]) for k, t in enumerate(texts)]
    raw = [r + w.weights["numbered_copy"] * c for r, c in zip(raw, copies, strict=True)]
    titles = [k for k, t in enumerate(texts) if _title_like(t)]
    keep_title = titles[-1] if titles else -1
    # A neighbour that reads as report text pulls a line towards the report; a title line
    # (page furniture is often stacked on it) only pushes.
    pull = [max(r, 0.0) if k in titles else r for k, r in enumerate(raw)]
    smoothed = [
        s + w.neighbours * sum(pull[j] for j in (k - 1, k + 1) if 0 <= j < len(raw))
        for k, s in enumerate(raw)
    ]
    pieces = title_pieces(text)
    edits = []
    for k, ((start, line), s) in enumerate(zip(head, smoothed, strict=True)):
        if k == keep_title or start in pieces or raw[k] <= w.threshold or s <= w.threshold:
            continue
        end = start + len(line)
        edits.append(Edit("line_classifier", start, text[start : end + 1]))
    return edits
