"""Lines the form of a report keeps, whatever the line classifier scores them: its title, a
recipient, a greeting, the author's line, a date, headings and what they head (used by
:mod:`fanwen.clean.lineclass`)."""

from __future__ import annotations

import re

from .chars import cjk_count
from .dates import DATE, MONTH_DATED, SIGNED_DATE
from .linefeatures import (
    BUNDLE,
    HEADING,
    RECIPIENT,
    heads_prose,
    is_prose,
    line_key,
    title_like,
)

# a speech-like report's greeting: 各位领导大家好！ 老师们，同志们： 尊敬的各位领导：
SALUTATION = re.compile(
    r"(?:各位(?:领导|同志|老师|代表|评委)|尊敬的[^，。！!]{1,20}|老师们|同志们|同事们)"
    r"[^。！!：:]{0,12}[！!：:]?"
)
# the author's line under a title or over its date: a body's name alone (××镇宣传办)
BYLINE = re.compile(
    r"[\u4e00-\u9fff×X*]{2,16}(?:委|组|局|部|办|科|处|室|院|校|所|站|镇|乡|街道|社区|村|公司|中心|支部)"
)

# A plan's own field (督查方式：实地走访干部、群众), not a page's record (发布时间：)
PLAN_FIELD = re.compile(
    r"^(?:督查|检查|考核|工作|实施|活动|调研|学习)(?:方式|时间|范围|对象|内容|重点|步骤|要求|目标|安排)\s*[:：]\s*\S"
)
# A yearbook's entry led by its name in brackets, the year's account after it
# (【信息发布】2020年，…)
YEARBOOK_LEAD = re.compile(
    r"^[【\[][\u4e00-\u9fff]{2,8}[】\]]\s*(?:(?:19|20)\d{2}\s*年|全年|今年|年内)"
)


def protected(texts: list[str], title: int, intro: frozenset[int] = frozenset()) -> set[int]:
    """Lines the form of a report keeps whatever they score: its title (``title``, the last
    title-like line above the first paragraph), a main title over a ——subtitle, a main
    title——subtitle, a title a ——subtitle below repeats, the recipient line (县委：), a short
    title-like line right over a report paragraph (its heading; a site's introduction in
    ``intro`` is no report paragraph), a heading's words again under it (二、意见建议 /
    意见建议: a viewer's copy, not a site's), the author's line under the title or over its date
    (××镇宣传办; the signature over the date at the end, 中共××县委 / 2025年12月××日), a
    date written out in Chinese under the title ((2025年03月26日)), a numbered heading run
    into its first sentence (二、加强宣传。全年……) and one over its sub-headings and text
    (:func:`~fanwen.clean.linefeatures.heads_prose`), a last line the site cut after a comma,
    and a yearbook's entry led by its name
    (【信息发布】2020年，……。), the units a list of duties names in brackets under each duty
    (（局办公室）), a plan's own field (督查方式：……) and a news page's headline
    over its record (:func:`_headline`).

    >>> sorted(protected(["抓机遇 迎挑战", "——小学意识形态工作汇报", "队党委:", "2024年3月1日"], 1))
    [0, 1, 2, 3]
    >>> body = "今年以来，局党组坚持守土有责，认真落实意识形态工作责任制，召开会议4次。"
    >>> sorted(protected(["工作计划", body, "工作计划", body], -1, frozenset({1})))
    [2]
    >>> sorted(protected(["二、加强宣传。全年发布信息120条，阅读量：15万人次。"], -1))
    [0]
    >>> sorted(protected(["2024-02-23", "分享到:", "1.2022年宣传工作综述 2"], -1))
    []
    >>> sorted(protected(["督查方式：实地走访群众", "【信息发布】2020年，发布信息120条。"], -1))
    [0, 1]
    """
    keep = {title} - {-1}
    units = [k for k, t in enumerate(texts) if UNIT_IN_BRACKETS.fullmatch(t.strip())]
    keep |= set(units) if len(units) > 1 else set()  # （局办公室）… under each duty of a list
    for k, line in enumerate(texts):
        below = texts[k + 1] if k + 1 < len(texts) else ""
        if (
            below.startswith("——")
            or (title_like(line) and "——" in line)
            or (title_like(line) and _subtitle_again(line, texts[k + 1 : k + 4]))
            or (k > 0 and _heading_again(texts[k - 1], line))
            or (
                title_like(line)
                and cjk_count(line) <= 10
                and not BUNDLE.search(line)  # 社区宣传工作总结(10篇): a bundle's name, no heading
                and k + 1 not in intro
                and is_prose(below)
            )
            or (HEADING.match(line) and heads_prose(texts, k + 1, intro))
            or RECIPIENT.match(line)
            or SALUTATION.fullmatch(line)
            or (DATE.fullmatch(line) and not issue_date(texts, k))
            or (title >= 0 and 0 < k - title <= 2 and MONTH_DATED.fullmatch(line))
            or (BYLINE.fullmatch(line) and (k == title + 1 or bool(SIGNED_DATE.fullmatch(below))))
            or (HEADING.match(line) and re.search("[。；]", line))
            or (YEARBOOK_LEAD.match(line) and re.search("[。；]", line))
            or PLAN_FIELD.match(line)
            or _between_paragraphs(texts, k)
            or _headline(texts, k)
            or _mid_paragraph(texts, k)
            or _cut_at_end(texts, k)
        ):
            keep.add(k)
    return keep


# a news page's record under its headline: 日期:2022-08-19 / 来源:… / 作者:…
NEWS_RECORD = re.compile(
    r"^\s*(?:发布)?(?:日期|时间|来源|作者|编辑|责任编辑|浏览|点击|阅读)(?:次数|量)?\s*[:：]"
)


def _headline(texts: list[str], k: int) -> bool:
    """The first line of a news page over its record (日期:… / 来源:…): its headline, whatever
    punctuation it holds (宜章网信:凝聚网络力量 …).

    >>> _headline(["江城网信:凝聚网络正能量", "日期:2022-08-19 11:12"], 0)
    True
    >>> _headline(["首页 > 新闻", "日期:2022-08-19", "作者:李明"], 0)
    False
    """
    return (
        k == 0
        and len(texts) > 1
        and cjk_count(texts[k]) >= 8
        and not re.search(r"[|｜>＞/]|www|https?:|[。！？]", texts[k])
        and not NEWS_RECORD.match(texts[k])
        and bool(NEWS_RECORD.match(texts[1]))
    )


def issue_date(texts: list[str], k: int) -> bool:
    """A date alone on a page's first line with a headline below it before any prose:
    the day a paper or a site put the piece out, not a report's date (a report is signed at
    its end, or dated under its title).

    >>> issue_date(["2023年12月29日", "第01版：要闻", "全面提升意识形态工作水平", "12月28日，"], 0)
    True
    >>> issue_date(["某镇意识形态工作总结", "2023年12月29日"], 1)
    False
    >>> issue_date(["首页", "全面提升意识形态工作水平"], 0)
    False
    """
    if k != 0 or not texts or not DATE.fullmatch(texts[0]):
        return False
    for line in texts[1:4]:
        if re.search("[，,。！？；]", line):
            return False  # prose, or a line of a report
        if cjk_count(line) >= 6 and not re.search("[:：]", line):
            return True  # a headline
    return False


# a unit's name alone in brackets: （宣传统战部）, （县委文明办）
UNIT_IN_BRACKETS = re.compile(
    r"[（(]\s*[\u4e00-\u9fff]{2,14}(?:部|委|办|辦|局|中心|科|处|處|室)\s*[)）]"
)


def closing_credit(texts: list[str], k: int) -> bool:
    """A unit's name alone in brackets on a page's last line, under a paragraph that ends
    with a stop: the unit that sent the piece in, not a line of the report (a list of duties
    names a unit in brackets under each duty; a byline stands under a title).

    >>> end = "会议要求，各单位要把意识形态工作责任制落到实处。"
    >>> closing_credit(["学校召开研判会。", end, "（党委宣传部）"], 2)
    True
    >>> duties = ["1.定期研究意识形态工作，每半年至少一次。", "（县委办）"]
    >>> closing_credit([*duties, "2.加强网站和新媒体阵地管理，落实三审三校。", "（县委宣传部）"], 3)
    False
    """
    return (
        k == len(texts) - 1
        and k > 0
        and bool(UNIT_IN_BRACKETS.fullmatch(texts[k].strip()))
        and texts[k - 1].rstrip().endswith(("。", "！", "？"))
        and len(texts[k - 1]) >= 20
        and not any(UNIT_IN_BRACKETS.fullmatch(t.strip()) for t in texts[:k])  # a list's
    )


SENTENCE_OPEN = re.compile(r"[\u4e00-\u9fff\d%，、]$")  # a line cut off inside a sentence


def _mid_paragraph(texts: list[str], k: int) -> bool:
    """A line of a paragraph a document broke into lines: the line above breaks off inside a
    sentence, this one goes on with it and the next line is the paragraph's too.

    >>> above = "全县开展理论学习活动106场次，机关学习活跃度达"
    >>> below = "加强。聚焦重点平台组织专项巡查，"
    >>> _mid_paragraph([above, "97.8%，位居全市前列。二是阵地管理持续", below], 1)
    True
    >>> _mid_paragraph(["首页 > 工作总结", "97.8%，位居前列。", below], 1)
    False
    """
    if not 0 < k < len(texts) - 1:
        return False
    above, below = texts[k - 1], texts[k + 1]
    return (
        cjk_count(above) >= 10
        and cjk_count(below) >= 10
        and bool(SENTENCE_OPEN.search(above))
        and bool(re.search("[，。；]", texts[k]))
    )


# how a section's text begins: the body that acts, or the time (我校成立…, 局党组坚持…, 今年以来…)
SECTION_START = re.compile(
    r"^(?:我[校局院县镇区市乡委部所]|本(?:单位|校|局|院)|(?:学校|局|院|镇|县)?党(?:委|组|总支|支部)"
    r"|全[县市区镇乡校局院]|[今去]年|一年来)"
)


def _cut_at_end(texts: list[str], k: int) -> bool:
    """The page's last line breaks off after a comma under a paragraph of the report, or right
    under a heading: the site cut the report there (在经验分享环节，); no button or menu ends
    with a comma, and none stands under a report's heading.

    >>> _cut_at_end(["会议还组织学习了新修订的管理办法。", "在经验分享环节，"], 1)
    True
    >>> _cut_at_end(["会议还组织学习了新修订的管理办法。", "分享到："], 1)
    False
    >>> _cut_at_end(["（一）完善责任体系，落实工作职责", "我校成立"], 1)
    True
    >>> _cut_at_end(["三、下步打算", "返回顶部"], 1), _cut_at_end(["三、下步打算", "我要投稿"], 1)
    (False, False)
    """
    line = texts[k].strip()
    if k != len(texts) - 1 or k == 0 or cjk_count(line) < 4:
        return False
    if HEADING.match(texts[k - 1]):  # (一)完善责任体系 / 我校成立: its section's first words
        return bool(SECTION_START.match(line))
    return line.endswith(("，", ",")) and "。" in texts[k - 1]


def _between_paragraphs(texts: list[str], k: int) -> bool:
    """A word or two alone between a heading or paragraph and the next paragraph of the report
    (一、主要做法 / 导航 / 今年以来，……): no menu stands inside the text.

    >>> body = "今年以来，局党组坚持守土有责，认真落实意识形态工作责任制，召开会议4次。"
    >>> _between_paragraphs(["一、主要做法", "导航", body], 1)
    True
    >>> _between_paragraphs(["导航", body], 0)
    False
    """
    if not 0 < k < len(texts) - 1 or cjk_count(texts[k]) > 4 or re.search(r"\d", texts[k]):
        return False
    above, below = texts[k - 1], texts[k + 1]
    return is_prose(below) and (is_prose(above) or bool(HEADING.match(above)))


def _subtitle_again(line: str, later: list[str]) -> bool:
    """A ——subtitle just below says the line's words again: the line is the report's title.

    >>> _subtitle_again("小学意识形态工作汇报材料", ["抓机遇", "——小学意识形态工作汇报材料"])
    True
    >>> _subtitle_again("意识形态工作自评报告", ["意识形态工作自评报告(全文共1402字)"])
    False
    """
    key = line_key(line)
    return len(key) >= 4 and any(t.startswith("——") and line_key(t) == key for t in later)


def _heading_again(heading: str, line: str) -> bool:
    """``line`` holds the words of the numbered heading above it, and nothing else.

    >>> _heading_again("二、意见建议", "意见建议"), _heading_again("1.综述 2", "2.综述 8")
    (True, False)
    """
    return (
        bool(HEADING.match(heading))
        and not re.search(r"\d", line)
        and line_key(HEADING.sub("", heading)) == line_key(line) != ""
    )
