"""The report's title: a scored choice among candidates near the top of the page.

Candidates are whole lines above the first heading, the value of a record's title field
(名称：…), the front of a line that runs on into the opening (…情况汇报在县委的坚强领导下，…)
and a name quoted in a site's blurb (为大家整理了…报告一文). Each is scored by a linear sum over
features of its form (``data/titles.yaml``: ends as a report's name does, holds a year, names a
body, stands right above the report, furniture in it, …); the best one at or above the threshold
is the title. Site decorations (范文五篇, （全文2068字）, 篇1) are peeled off first.

>>> lines = ["首页 > 工作总结\\n", "某局2022年意识形态工作总结\\n"]
>>> lines += ["2022年，局党组坚持守土有责。\\n"]
>>> choose_title(lines).text
'某局2022年意识形态工作总结'
>>> choose_title(["今年以来，镇党委认真落实责任制。\\n", "一、主要工作\\n"]) is None
True
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ..clean.chars import TITLE_LEN
from ..clean.dates import DATE
from .titlerules import patterns
from .titleruns import runon_front

PROSE = re.compile("[。！？；]")
SUBTITLE = re.compile("[—－-]{2}")
STRAY_STOP = re.compile(f"^[^。！？；，,]{{6,{TITLE_LEN}}}(?:总结|报告|汇报|材料)。$")


@dataclass(frozen=True)
class Candidate:
    """A possible title: ``text`` read from line ``line``, whose first ``end`` characters it
    takes (the whole line but for a run-on line's front); ``source`` says how it was found."""

    line: int
    end: int
    text: str
    source: str  # "line" | "field" | "piece" | "blurb"
    raw: str  # before decorations were peeled off


def strip_decorations(text: str) -> str:
    """A title without the site's decorations, peeled until none is left.

    >>> strip_decorations("乡镇意识形态工作总结范文五篇"), strip_decorations("工作汇报(全文2068字)")
    ('乡镇意识形态工作总结', '工作汇报')
    >>> strip_decorations("3篇社区意识形态工作总结精编(2)"), strip_decorations("社区工作总结十篇1")
    ('社区意识形态工作总结', '社区工作总结')
    """
    return peel(text)[0]


def peel(text: str) -> tuple[str, bool, bool]:
    """The title without decorations; whether a page's decoration and whether a piece number
    came off. A title written twice running (…报告…报告, or a headline twice with a comma
    between) is read once.

    >>> peel("某局2022年自评报告某局2022年自评报告篇1")
    ('某局2022年自评报告', False, True)
    >>> peel("全县召开宣传思想文化工作会议，全县召开宣传思想文化工作会议")[0]
    '全县召开宣传思想文化工作会议'
    """
    p = patterns()
    text, page, piece = text.strip(), False, False
    while True:
        if twice := re.fullmatch(r"(.{6,40})[，, \t\u3000]?\1", text):
            text = twice[1]
        if quoted := re.fullmatch(r"《([^《》]{6,})》", text):  # the name in book-title marks
            text = quoted[1]
        for pattern, is_piece in [(d, False) for d in p.page_decorations] + [
            (d, True) for d in p.piece_numbers
        ]:
            cut = pattern.sub("", text, count=1).strip()
            if cut != text and len(cut) >= 4:
                text, page, piece = cut, page or not is_piece, piece or is_piece
                break
        else:
            return text, page, piece


def is_body(line: str) -> bool:
    """The report itself: prose, a heading, a recipient (县委：) or a dated line under a title.

    >>> is_body("2021年，局党组坚持守土有责。"), is_body("一、主要做法"), is_body("市委：")
    (True, True, True)
    >>> is_body("时间：2022-01-06 浏览量：386")
    False
    """
    s = line.strip()
    return bool(
        (len(s) >= 15 and (PROSE.search(s) or "，" in s))
        or patterns().heading_mark.match(s)
        or re.fullmatch(r"[^，。！？；:：\s]{2,30}[：:]", s)
        or re.fullmatch(r"[（(]\s*(?:19|20)\d{2}\s*年[^（()）]{0,12}[)）]", s)
    )


RUN_ON = 150  # a line this long is a whole report on one line
BYLINE = re.compile(r"[^，,。！？；:：\s（(]{3,20}")


def is_byline(line: str) -> bool:
    """The author's line under a title: a body's name alone, no report's kind in it.

    >>> is_byline("陵口镇宣传科"), is_byline("县委宣传部"), is_byline("某局意识形态工作总结")
    (True, True, False)
    """
    s = line.strip()
    p = patterns()
    return bool(BYLINE.fullmatch(s) and p.unit.search(s) and not p.name_end.search(s))


def report_starts(lines: list[str], k: int) -> bool:
    """The report begins at line ``k``: it and the next line are the report, or it is the last
    line, or it holds a whole report. A blurb of one sentence before a title is not.

    >>> report_starts(["下面是为大家整理的范文。\\n", "学校工作总结\\n", "一、做法\\n"], 0)
    False
    >>> report_starts(["学校坚持立德树人，把意识形态工作摆在突出位置。\\n", "一、做法\\n"], 0)
    True
    """
    following = (ln for ln in itertools.islice(lines, k, None) if ln.strip())
    rest = list(itertools.islice(following, 4))
    if len(rest) > 2 and is_byline(rest[0]):
        rest = rest[1:]  # 陵口镇宣传科 / （2016年6月22日）: the author's line under a title
    rest = rest[:2]
    if not rest or not is_body(rest[0]):
        return False
    return len(rest) == 1 or is_body(rest[1]) or len(rest[0]) >= RUN_ON


def head_of(lines: list[str]) -> list[int]:
    """Numbers of the non-empty lines where a title may stand: the first ``head_lines``, down
    to the first heading after the report's prose has begun (a site's numbered notice, 1.… 2.…,
    may stand above the title).

    >>> head_of(["温馨提示：\\n", "1.下载前请阅读文档，确认符合需要。\\n", "某局工作总结\\n"])
    [0, 1, 2]
    >>> head_of(["某局工作总结\\n", "今年以来，局党组认真落实责任制。\\n", "一、做法\\n"])
    [0, 1]
    """
    out: list[int] = []
    prose = False
    for k, line in enumerate(lines):
        body = line.strip()
        if len(out) == patterns().rules.head_lines:
            break
        if not body:
            continue
        heading = patterns().heading_mark.match(body)
        if heading and prose:
            break
        prose = prose or (not heading and bool(PROSE.search(body)))
        out.append(k)
    return out


def candidates(lines: list[str]) -> list[Candidate]:
    """Every candidate in the head of the page, in reading order."""
    p = patterns()
    out: list[Candidate] = []
    label = False
    head = head_of(lines)
    for k in head:
        line = lines[k].rstrip("\n")
        body = line.strip()
        if STRAY_STOP.match(body) and not _prose_above(lines, head, k):
            body = body[:-1]  # 2020年区人大宣传工作总结材料。: a title with a stray stop
        if label and not PROSE.search(body):  # 名称 / 县应急管理局2023年…总结
            out.append(Candidate(k, len(line), strip_decorations(body), "field", body))
        label = bool(p.field_alone.match(body))
        if m := p.field.search(body):
            out.append(Candidate(k, len(line), strip_decorations(m["value"]), "field", m["value"]))
        if m or label:
            continue
        if PROSE.search(body):
            if front := runon_front(line):  # 县水利局……情况汇报在县委的领导下，……
                out.append(Candidate(k, front[0], strip_decorations(front[1]), "piece", front[1]))
            out += [
                Candidate(k, len(line), strip_decorations(m["name"]), "blurb", m["name"])
                for m in p.blurb.finditer(body)
                if p.subject.search(m["name"])
            ]
            continue
        if SUBTITLE.match(body):  # ——小学意识形态工作汇报材料 under a slogan: not the title
            continue
        text = strip_decorations(body)
        if (
            text
            and (
                not re.search("[，,]", text)
                or _named_slogan(text)
                or (_two_phrases(text) and bool(PROSE.search(_below(lines, k))))
            )
            and len(text) <= TITLE_LEN
        ):
            out.append(Candidate(k, len(line), text, "line", body))
    return out


LEAD_IN = re.compile("^(?:现就|对照|结合)|如下|逐项")  # a report's lead-in, not a headline


def _two_phrases(text: str) -> bool:
    """A headline of two short phrases with one comma between them (a line of prose under it:
    a lead-in over a heading, 现就……，作如下汇报, is none).

    >>> _two_phrases("乡镇统战工作调研，夯实基层统战")
    True
    >>> _two_phrases("今年以来，镇党委认真落实责任制")
    False
    """
    parts = re.split("[，,]", text)
    return (
        len(parts) == 2
        and all(4 <= len(p) <= 14 for p in parts)
        and not patterns().openers.match(text)
        and not LEAD_IN.search(text)
    )


def _named_slogan(text: str) -> bool:
    """A report's name, a colon and a slogan after it, which may hold a comma.

    >>> _named_slogan("社区文明实践站半年工作总结：点亮文明之光，共建和谐社区")
    True
    >>> _named_slogan("今年以来，镇党委认真落实责任制：一是学习")
    False
    """
    m = re.fullmatch("([^，,：:]{6,})[：:]([^：:]{4,})", text)
    return bool(m) and bool(patterns().kind_end.search(m[1]))


def features(c: Candidate, lines: list[str], head: list[int]) -> dict[str, float]:
    """The features of a candidate, each 0 or 1."""
    p = patterns()
    t = c.text
    _, page_decorated, piece_number = peel(c.raw)
    others = [strip_decorations(lines[k]) for k in head if k != c.line]
    kind_end = bool(p.kind_end.search(t)) or _named_slogan(t)  # …总结：口号 ends with its kind
    feats = {
        "kind_end": kind_end,
        "kind_inside": bool(p.kind.search(t)) and not kind_end,
        "section_end": bool(p.section_end.search(t)),
        "subject": bool(p.subject.search(t)),
        "year": bool(p.year.search(t)),
        "unit": bool(p.unit.search(t)),
        "too_short": len(t) < 6,
        "too_long": len(t) > 45,
        "chrome": bool(p.chrome.search(t)),
        "date_line": bool(p.date_line.search(t)),
        "heading_mark": bool(p.heading_mark.match(t)),
        "colon_end": t.endswith((":", "：")),
        "before_body": c.source in ("line", "field")
        and (report_starts(lines, c.line + 1) or _over_news_lead(lines, c.line)),
        "repeated": any(o == t or (len(t) >= 8 and t in o) for o in others),
        "decorated": page_decorated and c.source != "blurb",
        "piece_number": piece_number and c.source != "blurb",
        "first_line": c.line == _first_line(lines, head),
        "prose_above": _prose_above(lines, head, c.line),
        "field": c.source == "field",
        "piece": c.source == "piece",
        "blurb": c.source == "blurb",
        "over_subtitle": c.source == "line" and _over_subtitle(lines, c.line),
        "meeting_held": bool(p.meeting_held.search(t)),
        "news_below": c.source in ("line", "field") and _over_news_lead(lines, c.line),
    }
    return {name: float(v) for name, v in feats.items()}


def _first_line(lines: list[str], head: list[int]) -> int | None:
    """The page's first line, a date alone over it aside (an e-paper's 2023年12月29日).

    >>> _first_line(["2023年12月29日", "全面提升意识形态工作水平"], [0, 1])
    1
    """
    return next((k for k in head if not DATE.fullmatch(lines[k].strip())), None)


def _over_news_lead(lines: list[str], line: int) -> bool:
    """The next line is a news lead: it opens with its date (or 近日, 日前) and is prose.

    >>> _over_news_lead(["推动网信事业高质量发展", "7月21日，我市召开网络安全工作会议。"], 0)
    True
    """
    below = _below(lines, line)
    return bool(patterns().news_lead.match(below)) and bool(PROSE.search(below) or "，" in below)


def _below(lines: list[str], line: int) -> str:
    """The next non-empty line under ``line``, stripped.

    >>> _below(["某县召开宣传思想工作会议", "", "3月24日，全县召开会议。"], 0)
    '3月24日，全县召开会议。'
    """
    return next((t.strip() for t in lines[line + 1 :] if t.strip()), "")


def _over_subtitle(lines: list[str], line: int) -> bool:
    """The next line is a ——subtitle naming a kind of report: ``line`` is the main title.

    >>> _over_subtitle(["守好阵地 凝聚人心", "", "——××县税务局2022年度意识形态工作总结"], 0)
    True
    """
    below = _below(lines, line)
    return bool(SUBTITLE.match(below)) and bool(patterns().kind.search(below))


def _prose_above(lines: list[str], head: list[int], line: int) -> bool:
    """The report's prose (a site's outline of headings aside) has begun above ``line``."""
    return any(report_starts(lines, k) and not _outline_entry(lines[k]) for k in head if k < line)


def _outline_entry(line: str) -> bool:
    """A numbered heading with no sentence in it: a site's outline above the title may hold
    it, and it is no sign that the report has begun.

    >>> _outline_entry("二、存在的主要问题"), _outline_entry("一、加强学习。全年开展学习12次。")
    (True, False)
    """
    body = line.strip()
    return bool(patterns().heading_mark.match(body)) and not PROSE.search(body)


def score(feats: dict[str, float]) -> float:
    """The weighted sum of a candidate's features."""
    weights = patterns().rules.weights
    return sum(getattr(weights, name) * value for name, value in feats.items())


def scored(lines: list[str]) -> list[tuple[float, Candidate]]:
    """Every candidate with its score, in reading order."""
    head = head_of(lines)
    return [(score(features(c, lines, head)), c) for c in candidates(lines)]


def choose_title(lines: list[str]) -> Candidate | None:
    """The best candidate at or above the threshold (of equal scores, the one nearer the
    report); of equal words, the first copy."""
    ranked, threshold = scored(lines), patterns().rules.threshold
    best, top = max(reversed(ranked), key=lambda sc: sc[0], default=(threshold - 1, None))
    if top is None or best < threshold:
        return None
    return next(c for s, c in ranked if c.text == top.text and s >= threshold)
