"""Line layout repairs: hard-wrapped PDF lines, run-on lines with inline headings, page
markers, broken titles, blank lines (heading numbers set apart from their words:
:mod:`.numbers`)."""

from __future__ import annotations

import itertools
import re
from collections import Counter

from .chars import (
    CJK,
    KIND_WORDS,
    MEETING_WORDS,
    SECTION_ENDS,
    SENTENCE_END,
    TITLE_LEN,
    display_width,
    is_zh,
    lines_with_offsets,
)
from .edits import Edit

HEADING_START = re.compile(
    r"^(?:[一二三四五六七八九十]+[、是要]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|第[一二三四五六七八九十\d]+)"
)


# A whole report copied out of a PDF viewer stands on one line, its headings inline:
# …年初，局党组… 二、强化阵地管理，守牢意识形态防线 全年… （一）压紧压实主体责任…
RUN_ON = 150  # a line this long that holds headings is a run-on page, not one paragraph
CN = "[一二三四五六七八九十]{1,3}"
CN_ORDER = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十")
MARK = f"(?:{CN}、|[（(]{CN}[)）])"
# After a sentence end, a space, or the opening's 如下 that lost its colon (…汇报如下一、加强…).
INLINE_HEADING = re.compile(f"(?:(?<=[。！？；])[^\\S\\n]*|(?<=如下)|[^\\S\\n]+)(?={MARK})")
HEADING_END = re.compile(f"{MARK}[^。！？；\\s]{{4,30}}([^\\S\\n]+)(?=[^\\s。！？；])")
# A heading glued to the next heading or item: 一、工作开展情况和主要做法一是坚持… /
# 一、上半年意识形态总体开展情况（一）强化组织领导…
GLUED_HEADING = re.compile(
    f"(?:^|(?<=[。！？；\\s])){MARK}[^。！？；\\s]{{2,30}}?"
    f"(?:情况|做法|成效|问题|不足|打算|措施|计划|思路)"
    f"(?=[（(]?{CN}(?:[)）]|是|、))"
    # …主阵地更加牢固（一）落实…: a 一、 heading runs into its first （一）.
    f"|(?:^|(?<=[。！？；\\s])){CN}、[^。！？；\\s（(]{{2,30}}(?=[（(]一[)）])"
)
# A sub-heading glued to the end of the paragraph before, its full stop lost: …各项任务（一）认真
# 履行党委书记第一责任人职责。… Only when the glued marks count up (（一）, （二）, …).
GLUED_MARK = re.compile(f"(?<=[{CJK}])(?=[（(]({CN})[)）][^。！？；\\n]{{4,30}}。)")
# A paragraph break that a PDF viewer turned into a space: …意识形态事件。 经自查，未发现…
PARAGRAPH_GAP = re.compile(f"(?<=[。！？])([^\\S\\n]+)(?=[{CJK}“])")
# A title glued to the opening: …工作总结2023年上半年，… / …研判报告2024年以来，… or to the
# first heading, with the site's 精编 between: …自查报告精编（一）强化干部履职尽责意识。
GLUED_TITLE = re.compile(
    rf"^[^。！？；，\s]{{6,{TITLE_LEN}}}?(?:{KIND_WORDS})(?:精编|汇编|范文)?"
    r"(?=(?:19|20)\d{2}\s*年|今年|近年|本年度|为(?:深入|全面|进一步|认真|贯彻)|根据|按照"
    r"|[（(]一[)）]|一、)"
)
# A heading and its first sub-heading on one short line: 一、压实工作责任 （一）落实主体责任。
HEADING_THEN_MARK = re.compile(f"^[^\\S\\n]*{MARK}[^。！？；\\s]{{4,30}}([^\\S\\n]+)(?={MARK})")
# A title with the recipient after it on one line: …情况汇报 中共咸宁市委:
TITLE_RECIPIENT = re.compile(
    rf"^[^\S\n]*[^。！？；，,\s][^。！？；，,\n]{{5,{TITLE_LEN - 1}}}?"
    r"(?:总结|报告|汇报|情况|打算)([^\S\n]+)"
    r"(?=[^\s。！？；，,：:]{2,20}[：:][^\S\n]*$)"
)
# The title leading a run-on page: 县卫生健康委员会2024年意识形态工作总结 2024年以来，…
TITLE_LEAD = re.compile(
    rf"^[^。！？；，\s]{{6,{TITLE_LEN}}}?(?:总结|报告|汇报|打算)([^\S\n]+)(?=\S)"
)

# A heading glued to its paragraph with no stop between, in words no heading runs on with:
# 一、基本情况与主要成效2022年以来，我办… / （一）职工思想动态掌握不够全面随着单位… /
# 二、存在的突出问题及原因分析我办党组清醒地认识到… / （一）…现象突出，学用结合不紧密党组虽能…
# The heading is 4–20 characters without punctuation; the paragraph opens with a year's
# clause (2022年以来，), 随着…，, or after a section name (…分析, …问题) with the unit speaking
# of itself (我办, 我局, 党组). A heading of up to 40 characters with a comma in it runs on
# only into the unit conceding (党组虽能…，但…).
SECTION_END = "(?:情况|成效|成绩|做法|问题|不足|原因|分析|措施|打算|思路|短板|差距)"
UNIT = (
    "(?:我(?:们|[局办委厅校院镇区县市部所司处])|(?:局|县|市|区|镇|校)?党(?:组|委|工委|总支|支部)"
    "(?!书记|委员|成员))"
)
GLUED_OPENER = re.compile(
    f"^[^\\S\\n]*(?:{MARK}|\\d{{1,2}}[.．、])(?:[^。！？；，,：:“”\\s]{{4,20}}?"
    "(?=(?:19|20)\\d{2}年(?:以来|度|上半年|下半年)?[，,]|(?:今年|近年|一年|去年)(?:以)?来[，,]"
    "|随着[^。！？；，,\\n]{2,30}[，,])"
    f"|[^。！？；，,：:“”\\s]{{2,18}}?{SECTION_END}(?={UNIT})"
    f"|[^。！？；：:\\s]{{4,40}}?[{CJK}](?={UNIT}(?:虽然?|尽管)))"
)

# Document sites number the pages of a run-on copy at line starts: 1、… 2、… 3、…
PAGE_MARK = re.compile(r"^(\d{1,3})、")
# … or a PDF's page numbers: 1 ××街道党工委… / 2 及中央、省委… (a space, then the text)
PDF_PAGE_MARK = re.compile(r"^(\d{1,3}) +(?=[\u4e00-\u9fff×Xx*])")
# A title broken around its numbers: 县卫生健康委员会 / 2024 / 年意识形态工作总结; a numbered
# line (一、加强组织领导, a site's outline over the title), a breadcrumb's arrow and a menu's
# 首页 are no piece of one (首页 / 通知公告 / … / 年度报告 is a site's menu)
LIST_MARK = r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]"
TITLE_PIECE = re.compile(rf"^(?!{LIST_MARK}|首页$)[^。！？；，：:\s>»›|｜/]{{1,12}}$")
TITLE_HEAD = 10  # lines at the top where a broken title may stand

SENTENCE = re.compile("[。！？；]")
# How a report title ends: …工作总结 / …情况报告 / …工作打算 / …实施方案.
TITLE_END = re.compile(rf"(?:{KIND_WORDS}|{SECTION_ENDS})\s*$")


def _wrap_width(lines: list[str]) -> int:
    """The print width of a hard-wrapped text, or 0 when the text is not wrapped."""
    widths = [display_width(ln.strip()) for ln in lines if len(ln.strip()) >= 10]
    if len(widths) < 4:
        return 0
    width, _ = Counter(widths).most_common(1)[0]
    near = sum(1 for w in widths if width - 4 <= w <= width)
    return width if width >= 30 and near >= 4 and near / len(widths) >= 0.4 else 0


def find_pdf_joins(text: str) -> list[Edit]:
    """Join lines that PDF extraction broke inside a sentence.

    Only in a text whose lines share one print width; a full-width line that does not
    end a sentence continues on the next line unless that line starts a heading. A line
    near the top that ends as a report title does (…工作总结) is a title, and a heading with
    no sentence in it (一、加强组织领导，落实主体责任) is a heading: both stand alone.

    >>> title = "某县卫生健康委员会党组2023年意识形态工作分析研判报告"
    >>> wrapped = "坚持以习近平新时代中国特色社会主义思想为指导深入"
    >>> [e.start for e in find_pdf_joins(title + "\\n" + (wrapped + "\\n") * 5)]
    [53, 78, 103, 128]
    """
    lines = lines_with_offsets(text)
    width = _wrap_width([ln for _, ln in lines])
    if not width:
        return []
    edits = []
    head = [k for k, (_, ln) in enumerate(lines) if ln.strip()][:3]
    for k, ((start, line), (_, nxt)) in enumerate(itertools.pairwise(lines)):
        body = line.rstrip()
        if (
            not (k in head and TITLE_END.search(body))
            and not (HEADING_START.match(body.strip()) and not SENTENCE.search(body))
            and display_width(body.strip()) >= width - 4
            and body[-1:] not in SENTENCE_END + "：:；;"
            and nxt.strip()
            and is_zh(nxt.strip()[0])
            and not HEADING_START.match(nxt.strip())
        ):
            edits.append(Edit("pdf_line_join", start + len(body), line[len(body) :] + "\n", ""))
    return edits


def find_inline_headings(text: str) -> list[Edit]:
    """Break a run-on line before each inline heading, after a heading that a space ends, and
    after a title that leads it.

    Only in lines of at least ``RUN_ON`` characters, and only before 一、 or （一） that follow
    the end of a sentence or a space: such a mark inside a sentence (按照（一）项要求) stays.
    A shorter line is broken only between a heading and the next mark after a space, and near
    the top between a title and the recipient after it (:func:`_short_line_breaks`). Any line
    that starts with a heading glued to its paragraph's first words is broken between them
    (``GLUED_OPENER``: 一、基本情况与主要成效2022年以来，…).

    >>> line = "年初，局党组召开会议研究部署。" * 10 + "二、强化阵地管理，守牢防线 全年清理23条。"
    >>> [(e.rule, e.before, e.after) for e in find_inline_headings(line)]
    [('inline_heading', '', '\\n'), ('inline_heading', ' ', '\\n')]
    """
    edits = []
    first = True
    for number, (start, line) in enumerate(lines_with_offsets(text)):
        if len(line) >= RUN_ON:
            edits += _run_on_breaks(start, line)
        else:
            edits += _short_line_breaks(start, line, number < TITLE_HEAD)
            if first:
                edits += _glued_first_title(start, line)
        first = first and not line.strip()
        if m := GLUED_OPENER.match(line):
            edits.append(Edit("inline_heading", start + m.end(), "", "\n"))
    return edits


def _run_on_breaks(start: int, line: str) -> list[Edit]:
    edits = []
    for m in INLINE_HEADING.finditer(line):
        if line[: m.start()].strip():
            edits.append(Edit("inline_heading", start + m.start(), m[0], "\n"))
    for m in HEADING_END.finditer(line):
        edits.append(Edit("inline_heading", start + m.start(1), m[1], "\n"))
    for m in GLUED_HEADING.finditer(line):
        edits.append(Edit("inline_heading", start + m.end(), "", "\n"))
    glued = _counting_up(list(GLUED_MARK.finditer(line)))
    if len(glued) >= 2:
        edits += [Edit("inline_heading", start + m.start(), "", "\n") for m in glued]
    gaps = list(PARAGRAPH_GAP.finditer(line))
    if edits or len(gaps) >= 2:  # a page on one line (headings, or paragraphs spaced apart)
        for m in gaps:
            edits.append(Edit("run_on_paragraph", start + m.start(1), m[1], "\n"))
    if title := TITLE_LEAD.match(line):
        edits.append(Edit("run_on_title", start + title.start(1), title[1], "\n"))
    elif title := GLUED_TITLE.match(line):
        edits.append(Edit("run_on_title", start + title.end(), "", "\n"))
    return edits


BUNDLE_COUNT = re.compile(r"^[^\S\n]*(\d{1,2}篇)(?=\S)")


def _glued_first_title(start: int, line: str) -> list[Edit]:
    """The page's first line: a title run into the opening is put on its own line, and the
    count of a bundle before it dropped (3篇2021年度社区意识形态工作总结今年以来，…).

    >>> line = "3篇2021年度社区意识形态工作总结今年以来，社区党委认真落实责任制。"
    >>> [(e.rule, e.before, e.after) for e in _glued_first_title(0, line)]
    [('run_on_title', '', '\\n'), ('bundle_count', '3篇', '')]
    """
    title = GLUED_TITLE.match(line)
    if not title or not re.search("[。！？；，：,:]", line[title.end() :]):
        return []
    edits = [Edit("run_on_title", start + title.end(), "", "\n")]
    if count := BUNDLE_COUNT.match(line):
        edits.append(Edit("bundle_count", start + count.start(1), count[1], ""))
    return edits


def _counting_up(marks: list[re.Match[str]]) -> list[re.Match[str]]:
    """The marks that count 一, 二, 三 … in order; a mark out of the count is passed over.

    >>> text = "任务（一）履行职责。内容（二）健全机制。按照（一）类要求处置。"
    >>> [m[1] for m in _counting_up(list(GLUED_MARK.finditer(text)))]
    ['一', '二']
    """
    out = []
    for m in marks:
        if m[1] == CN_ORDER[len(out) % len(CN_ORDER)]:
            out.append(m)
    return out


def _short_line_breaks(start: int, line: str, near_top: bool) -> list[Edit]:
    """A heading and its first sub-heading on one line, or a title and the recipient.

    >>> [e.before for e in _short_line_breaks(0, "一、压实工作责任 （一）落实主体责任。", False)]
    [' ']
    >>> line = "县委2020年意识形态工作情况汇报 中共咸宁市委:"
    >>> [e.start for e in _short_line_breaks(0, line, True)]
    [17]
    """
    edits = []
    if m := HEADING_THEN_MARK.match(line):
        edits.append(Edit("inline_heading", start + m.start(1), m[1], "\n"))
    if near_top and (m := TITLE_RECIPIENT.match(line)):
        edits.append(Edit("run_on_title", start + m.start(1), m[1], "\n"))
    return edits


def find_page_markers(text: str) -> list[Edit]:
    """Page numbers that a document site puts before each page of a copy go, and each page
    joins the one before (a page break is not a paragraph break).

    Two forms: 1、 2、 3、 before run-on lines (``RUN_ON`` characters and more), and 1 / 2 / 3
    with a space before the text, the first on the first line (a PDF's page numbers). Either
    way the numbers count up from 1, at least two of them.

    >>> page = "某局党委高度重视意识形态工作。" * 10
    >>> [(e.before, e.after) for e in find_page_markers(f"1、{page}二、\\n2、加强研判。{page}\\n")]
    [('1、', ''), ('\\n2、', '')]
    >>> pdf = "1 ××街道党工委意识形态工作情况汇报\\n近年来，街道坚持以\\n2 及中央精神。\\n"
    >>> [(e.before, e.after) for e in find_page_markers(pdf)]
    [('1 ', ''), ('\\n2 ', '')]
    """
    lines = lines_with_offsets(text)
    for pattern, first_line in ((PAGE_MARK, False), (PDF_PAGE_MARK, True)):
        marked = [(k, m) for k, (_, ln) in enumerate(lines) if (m := pattern.match(ln))]
        if _page_numbers(lines, marked, first_line):
            return _page_edits(lines, marked)
    return []


def _page_numbers(lines: list[tuple[int, str]], marked: list, first_line: bool) -> bool:
    """The marks count 1, 2, 3 …; 1、 pages are run-on lines, a PDF's 1 stands on line one."""
    numbers = [int(m[1]) for _, m in marked]
    if len(marked) < 2 or numbers != list(range(1, len(marked) + 1)):
        return False
    if first_line:
        return marked[0][0] == next(k for k, (_, ln) in enumerate(lines) if ln.strip())
    # A page break falls anywhere: at least one page ends inside a sentence. Numbered
    # paragraphs that each end a sentence (1、…过硬。 2、…) are a list, not pages.
    cut = any(not _line_before(lines, k).endswith(tuple(SENTENCE_END)) for k, _ in marked[1:])
    return cut and all(len(lines[k][1]) >= RUN_ON for k, _ in marked[:-1])


def _line_before(lines: list[tuple[int, str]], k: int) -> str:
    """The last line with text above line ``k`` (blank lines between paragraphs skipped).

    >>> _line_before([(0, "加强学习。\\n"), (6, "\\n"), (7, "2、强化阵地")], 2)
    '加强学习。'
    """
    return next((ln.rstrip() for _, ln in reversed(lines[:k]) if ln.strip()), "")


def _page_edits(lines: list[tuple[int, str]], marked: list) -> list[Edit]:
    edits = []
    for n, (k, m) in enumerate(marked):
        start = lines[k][0]
        if n == 0:  # the first page starts the text: only its number goes
            edits.append(Edit("page_marker", start, m[0]))
        else:
            edits.append(Edit("page_marker", start - 1, "\n" + m[0]))
    return edits


def find_broken_title(text: str) -> list[Edit]:
    """A title that a PDF viewer broke into short lines at the top is put back on one line.

    >>> t = "县卫生健康委员会\\n2024\\n年意识形态工作总结及\\n2025\\n年工作打算\\n2024年以来，……"
    >>> [e.start for e in find_broken_title(t)]
    [8, 13, 24, 29]
    """
    if wrapped := _wrapped_title(text):
        return wrapped
    lines = lines_with_offsets(text)[:TITLE_HEAD]
    run: list[tuple[int, str]] = []
    for start, line in lines:
        if TITLE_PIECE.match(line.strip()):
            run.append((start, line))
            joined = "".join(ln.strip() for _, ln in run)
            broken = len(run) >= 3 or any(ln.strip().isdigit() for _, ln in run)
            if len(run) >= 2 and broken and len(joined) <= TITLE_LEN and TITLE_END.search(joined):
                return [Edit("broken_title", s + len(ln), "\n") for s, ln in run[:-1]]
        elif line.strip():
            run = []
    return []


# A long title a PDF wrapped onto a second line: 中共某县委宣传部关于…… / ……情况的报告 / 2021年，…
TITLE_FRONT = re.compile(rf"^[{CJK}\d×（）()]{{14,{TITLE_LEN - 4}}}$")
TITLE_TAIL = re.compile(rf"^[{CJK}\d×（）()、]{{2,20}}$")
BODY_START = re.compile(rf"[。！？；]|^{HEADING_START.pattern[1:]}|^[^，。\s]{{2,30}}[：:]$")
# … or a 公文 title in its two lines: the body's name, then 关于……的报告 (中共××县××局党组 / 关于…)
ORGAN_FRONT = re.compile(rf"^[{CJK}×]{{2,24}}(?:党组|党委|党工委|委员会|总支|支部|局|政府|办公室)$")
ABOUT_TAIL = re.compile(rf"^关于[{CJK}\d×（）()、“”]{{4,50}}$")
# … or a news headline broken after its verb: 机关党委召开 / 2018年度……述职评议会
HELD_FRONT = re.compile(rf"^[{CJK}\d×（）()]{{2,20}}(?:召开|举行|举办)$")
MEETING_TAIL = re.compile(rf"^[{CJK}\d×“”（）()]{{4,40}}(?:{MEETING_WORDS})$")


def _wrapped_title(text: str) -> list[Edit]:
    """A title's front alone on a line, its end (…的报告) on the next, the report after them:
    the two lines are one. A column's name (综合政务) is too short to be a front, a slogan of
    phrases (荟聚奇文、博采众长、择善而从) has a 、 a front does not have.

    >>> t = "中共某县委宣传部关于2021年度落实意识形态\\n工作责任制情况的报告\\n"
    >>> t += "2021年，部务会压实责任。\\n"
    >>> [(e.start, e.before) for e in _wrapped_title(t)]
    [(22, '\\n')]
    >>> t = "中共××县××局党组\\n关于2024年度落实意识形态工作责任制情况的报告\\n中共××县委：\\n"
    >>> [(e.start, e.before) for e in _wrapped_title(t)]
    [(10, '\\n')]
    >>> t = "机关党委召开\\n2018年度党支部书记抓党建述职评议会\\n1月15日上午，……。\\n"
    >>> [(e.start, e.before) for e in _wrapped_title(t)]
    [(6, '\\n')]
    """
    body = [(s, ln) for s, ln in lines_with_offsets(text)[:TITLE_HEAD] if ln.strip()]
    for (start, front), (nxt, tail), (_, after) in zip(body, body[1:], body[2:], strict=False):
        front, tail, after = front.strip(), tail.strip(), after.strip()
        if BODY_START.search(front):
            return []
        wrapped = (
            TITLE_FRONT.match(front)
            and not re.search(KIND_WORDS, front)  # a title of its own
            and TITLE_TAIL.match(tail)
        )
        two_lines = ORGAN_FRONT.match(front) and ABOUT_TAIL.match(tail)
        held = HELD_FRONT.match(front) and MEETING_TAIL.match(tail)
        if (
            (((wrapped or two_lines) and TITLE_END.search(tail)) or held)
            and len(front + tail) <= TITLE_LEN
            and BODY_START.search(after)
        ):
            end = text.index(front, start) + len(front)
            gap = nxt + text[nxt:].index(tail) - end
            return [Edit("broken_title", end, text[end : end + gap])]
    return []


def find_blank_lines(text: str) -> list[Edit]:
    """One paragraph per line: blank lines go, the text ends with one newline.

    >>> [(e.start, e.before, e.after) for e in find_blank_lines("\\n甲\\n\\n乙")]
    [(0, '\\n', ''), (3, '\\n', ''), (5, '', '\\n')]
    """
    edits = []
    lead = re.match(r"(?:[^\S\n]*\n)+", text)
    if lead:
        edits.append(Edit("blank_lines", 0, lead[0]))
    for m in re.finditer(r"\n(?:[^\S\n]*\n)+", text):
        edits.append(Edit("blank_lines", m.start() + 1, m[0][1:]))
    if text.strip() and not text.endswith("\n"):
        edits.append(Edit("final_newline", len(text), "", "\n"))
    return edits
