"""Kinds of text whose body is no account of work done: a plan tells the work ahead, a notice
of tasks or a body of rules sets it out, and a speech asks for it after a part on why it matters.

A plan (工作要点, 工作计划, 实施方案, 督查方案) or rules (……制度, ……办法, ……细则) are named so in
the title, or the opening ends by saying so (特制定本制度); a notice of tasks says
so as its opening ends (现将考核事项通知如下); a speech is titled as one (在……会议上的讲话) or
greets its hearers before it begins (同志们：).
"""

from __future__ import annotations

import re

from .blocks import Block
from .structure import PRESIDED
from .titlerules import patterns

# …总结及2024年工作计划 is a summary that ends with a plan, not a plan
PLAN = re.compile(r"^(?!.*(?:总结|报告|汇报)).*(?:工作要点|工作计划|方案|工作安排|制度|办法|细则)$")
NOTICE = re.compile(r"通知如下|(?:特|现)?制定(?:如下|本)[^。，；]{0,8}(?:方案|办法|细则|制度|规定)")
SPEECH_TITLE = re.compile(r"(?:讲话|致辞|发言)(?:稿|提纲|材料)?$")
SALUTATION = re.compile(r"^\s*(?:同志们|各位(?:领导|同志|代表|委员))[，,：:！!]?\s*$")
# a speech's first part: how things stand, why the work matters (一、充分认识……的极端重要性)
STANDING = re.compile(
    r"(?:认清|认识|把握|看清|看到)[^，。；]{0,14}(?:形势|重要性|紧迫性|重大意义|必要性)"
)


def opening_blocks(blocks: list[Block]) -> list[Block]:
    """The paragraphs before the first heading or item (the title aside)."""
    body = [b for b in blocks if b.level != "title"]
    end = next((k for k, b in enumerate(body) if b.level != "para"), len(body))
    return body[:end]


def is_speech(blocks: list[Block], title: str | None) -> bool:
    """Titled as a speech, or greeting its hearers in its first lines.

    >>> is_speech([], "在2023年全县宣传思想文化工作会议上的讲话")
    True
    >>> is_speech([Block(0, "同志们：\\n", "para", None)], None), is_speech([], "某局工作总结")
    (True, False)
    """
    if SPEECH_TITLE.search(title or ""):
        return True
    return any(SALUTATION.match(b.text) for b in opening_blocks(blocks)[:2])


def body_start(blocks: list[Block], title: str | None) -> str:
    """The part a text's body starts with: the work ahead in a plan, a notice of tasks and a
    speech; else the work done.

    >>> body_start([], "某局2023年意识形态工作要点"), body_start([], "某局2023年意识形态工作总结")
    ('next_steps', 'practices')
    >>> body_start([Block(0, "……现将考核事项通知如下。\\n", "para", None)], None)
    'next_steps'
    """
    return "next_steps" if is_plan(blocks, title) or is_speech(blocks, title) else "practices"


def is_plan(blocks: list[Block], title: str | None) -> bool:
    """A plan, a notice of tasks or a body of rules: by its title, or its opening's last words.

    >>> is_plan([Block(0, "为落实责任制，特制定本制度。\\n", "para", None)], None)
    True
    """
    opening = opening_blocks(blocks)
    return bool(PLAN.search(title or "")) or any(NOTICE.search(b.text) for b in opening)


def plan_role(heading_role: str | None, plan: bool) -> str | None:
    """A plan's sections are all the work ahead, but one that introduces it (指导思想, 工作目标):
    a section name that would tell another part elsewhere (研判 in 会商研判的职能) does not.

    >>> plan_role("assessment", True), plan_role("opening", True), plan_role("problems", False)
    ('next_steps', 'opening', 'problems')
    """
    if plan and heading_role != "opening":
        return "next_steps"
    return heading_role


# A news piece opens with its date (12月31日，我县召开…… / 昨（16）日， / 今日上午，; a bare 今天，
# opens a speech), or with the meeting when cut above its lead (会上，……)
# (……，1月9日下午，…… after the purpose it was held for: 为精准把握……，)
NEWS_LEAD = re.compile(
    r"^\s*(?:为了?[^。！？；]{2,120}?[，,]?(?=\d{1,2}月\d{1,2}日))?"
    r"(?:(?:\d{1,2}月\d{1,2}日|昨[（(]\d{1,2}[)）]日)(?:上午|下午|晚)?"
    r"|[昨今][日天](?:上午|下午|晚)|近日|日前|会上)[，,]"
)
# who attended, in one sentence of its own: 县委常委、宣传部部长某某，各镇办宣传委员……出席会议。
# (……参加会议，……应邀参加。 / 出席会议的还有：……); it belongs to the lead, the opening, whether it
# stands under it or at the end of the piece; a demand to attend (……必须亲自参加会议) is none
ATTENDANCE = re.compile(
    r"^(?![^。！？；]*(?:(?<![主重需])要(?!求)|必须|务必|应当|须))"
    r"[^。！？；]{4,300}(?:参加|出席|列席)了?(?:会议|本次会议|此次会议)"
    r"(?:[，,][^。！？；]{2,60}(?:参加|出席|列席))?。?$"
    r"|^(?:出席|参加|列席)(?:会议|本次会议|此次会议)的(?:还有|有)[：:][^。！？；]{4,300}。?$"
)
# what a leader said at the meeting (赵某指出，…… / 周某在讲话中强调，…… / 她指出，……
# / 就做好……工作，王某要求，…… / 最后赵某强调了三点：): the work asked for; not a quoted
# central leader, nor a demand followed (按照上级要求，……)
LEADER_POSTS = "书记|主任|局长|院长|校长|部长|镇长|乡长|县长|区长|市长|主席|董事长|总经理|组长|同志"
LEADER_SAID = re.compile(
    r"^(?:就[^。！？；，,]{2,30}[，,])?"
    r"(?!会议|[^。！？；，,]*(?:总书记|习近平|中央|文件|精神))"
    r"(?:[他她]|(?!按|根据|依|遵|对照|结合|围绕)[^。！？；，,：:]{2,24})"
    r"(?:指出|强调|要求)(?:了[一二三四五六七八九十两几\d]+点(?:意见|要求)?)?[，,：:]"
    # … his view, where he is named by his pronoun (他表示，去年一年，全区……)
    r"|^[他她](?:表示|认为)[，,：:]"
    # … a leader named by the post, no comma after the word (武某书记要求全体党员……), or
    # the speech he made (某某作重要讲话。)
    rf"|^[^。！？；，,]{{0,24}}(?:{LEADER_POSTS})(?:要求|强调|指出)(?![了过])"
    # … or, closing the meeting, his demands counted out (最后，某书记肯定了……，并对下一步工作
    # 提出三点要求：)
    rf"|^(?:最后[，,])?[^。！？；，,]{{0,20}}(?:{LEADER_POSTS})[^。！？；]{{0,60}}提出[^。！？；，,]{{0,6}}要求[：:]"
    # … or, last of all, the leader's closing words whatever they are called (最后，某书记……作了
    # 点评和总结 / 最后，董事长某某以……开篇)
    rf"|^最后[，,][^。！？；]{{0,20}}(?:{LEADER_POSTS})"
    r"|^(?:(?:最后|随后|接着|会上)[，,])?[^。！？；，,]{2,30}(?:作(?:了)?(?:重要|专题|总结)?)?讲话[。，,]"
    # … and the meeting's own words, unless they tell the work done and what it brought
    # (会议指出，……镇党委一贯高度重视…… / ……成绩突出，成效明显 / 会议指出，今年以来，……: practices)
    r"|^会议(?:指出|强调|认为|要求)[，,：:]"
    r"(?!(?:今年以来|一年来|过去一年)|[^。！？；]{0,60}(?:一贯|高度重视|成绩|成效|取得|走在))"
)


# what the meeting was for, told apart from the lead: 会议的主要任务是，传达贯彻……
PURPOSE = re.compile(r"^(?:本次|这次|此次)?会议的?(?:主要)?任务是|^(?:本次|这次|此次)?会议旨在")


def lead_detail(text: str) -> bool:
    """A news paragraph that belongs to the lead wherever it stands: who attended, or what the
    meeting was for.

    >>> lead_detail("各镇宣传委员参加会议。"), lead_detail("会议的主要任务是，传达贯彻上级精神。")
    (True, True)
    >>> lead_detail("会议要求，要压实责任。")
    False
    """
    t = text.strip()
    return bool(ATTENDANCE.match(t) or PURPOSE.match(t))


def attends_lead(body: list[Block]) -> bool:
    """The second block of a report's body (its title aside) lists who attended, standing apart
    right under a news lead: it belongs to the opening.

    >>> attends_lead([Block(0, "5月8日，县委召开会议。", "para", None),
    ...               Block(9, "县委常委、宣传部部长某某出席会议。", "para", None)])
    True
    """
    return len(body) > 1 and bool(ATTENDANCE.match(body[1].text.strip()))


def is_news(blocks: list[Block]) -> bool:
    """A meeting's news: its first paragraph is the lead, or its headline names the meeting
    held (学校召开意识形态工作分析研判会).

    >>> body = Block(9, "学校把意识形态教育融入思政课。", "para", None)
    >>> is_news([Block(0, "学校召开意识形态工作分析研判会", "title", ""), body])
    True
    >>> is_news([Block(0, "某中学开展意识形态主题教育活动", "title", ""), body])
    False
    >>> is_news([Block(0, "今天，我们召开全县意识形态工作会议，部署今年工作。", "para", None)])
    False

    >>> is_news([Block(0, "12月31日，我县召开意识形态工作领导小组会议。", "para", None)])
    True
    """
    opening = [b for b in opening_blocks(blocks) if not PRESIDED.match(b.text.strip())]
    if opening and NEWS_LEAD.match(opening[0].text):
        return True
    title = next((b.text.strip() for b in blocks if b.level == "title"), "")
    return bool(opening) and bool(patterns().meeting_news.search(title))


def genre_role(text: str, genre: str | None) -> str | None:
    """The role a kind of text gives a line: in a speech, a part on how things stand or why
    the work matters is the assessment; in a meeting's news, what a leader said is the work
    asked of everyone.

    >>> genre_role("一、充分认识意识形态工作的极端重要性", "speech")
    'assessment'
    >>> genre_role("赵某强调，秋季开学是一个调整和整合的过程。", "news")
    'next_steps'
    >>> genre_role("县委书记强调，意识形态工作是党的一项极端重要的工作。", None) is None
    True
    >>> genre_role("就抓好当前意识形态工作，张某要求，要压实责任。", "news")
    'next_steps'
    >>> genre_role("按照县委要求，我局组织开展了自查。", "news") is None
    True
    >>> genre_role("会议指出，今年全县宣传思想战线成绩突出。", "news") is None
    True
    """
    pattern, role = GENRE_ROLES.get(genre or "", (None, None))
    return role if pattern and pattern.search(text) else None


# the last words of a meeting's news: what the unit will go on doing (接下来，公司党群工作将继续……
# / 新起点，新征程。某市将持续……), not what a leader asked
NEWS_CLOSING = re.compile(
    r"^(?:接下来|下一步|今后|新起点[，,]新征程。)?[，,]?[^。！？；：:]{0,30}?(?<![要须必应需])将(?:继续|持续|进一步|以此为契机)"
    # … or what the unit will do after the meeting (会后，公司党委将结合测评结果……)
    r"|^会后[，,][^。！？；：:]{0,30}?(?<![要须必应需])将"
)


def news_closing(text: str, genre: str | None, last: bool) -> str | None:
    """The last paragraph of a meeting's news, when it says what the unit will go on doing.

    >>> news_closing("接下来，公司党群工作将继续围绕中心、服务大局。", "news", True)
    'closing'
    >>> news_closing("会议要求，各支部将继续抓好落实。", "news", True) is None
    True
    >>> news_closing("下一步，我局将继续压实责任。", None, True) is None
    True
    """
    if genre != "news" or not last or LEADER_SAID.match(text):
        return None
    return "closing" if NEWS_CLOSING.match(text) else None


GENRE_ROLES = {"speech": (STANDING, "assessment"), "news": (LEADER_SAID, "next_steps")}
SENTENCE_START = re.compile(r"(?<=[。！？；])")


def asked_later(text: str, genre: str | None) -> str | None:
    """In a meeting's news, a paragraph that tells what a leader did and then, for most of its
    length, what he asked (陈某总结了去年工作……。他强调，要……；要……) is the work asked for.

    >>> asked_later("陈某总结了去年的工作。他强调，要加强理论武装，要巩固壮大主流舆论。", "news")
    'next_steps'
    >>> asked_later("陈某总结了去年的工作，部署了今年的任务。他强调，要抓好落实。", "news") is None
    True
    >>> asked_later("5月8日，县委召开研判会。副书记李某到会并作讲话。", "news") is None
    True
    """
    if genre != "news" or NEWS_LEAD.match(text):  # the lead tells who came (某某到会并作讲话)
        return None
    for m in SENTENCE_START.finditer(text.rstrip()):
        rest = text[m.start() :].strip()
        if rest and LEADER_SAID.match(rest):
            return "next_steps" if 2 * len(rest) >= len(text.strip()) else None
    return None


# an item of what was asked, in a meeting's news: 一是要有阵地 / 二要提高站位
DEMAND_ITEM = re.compile("^[一二三四五六七八九十]{1,2}(?:是要|要)(?!求)")


def demand_item(block: Block, genre: str | None) -> str | None:
    """An item of a meeting's news that says what must be done (一是要……, 二要……): the work
    asked for.

    >>> demand_item(Block(0, "二是要有队伍。", "item", None), "news")
    'next_steps'
    >>> demand_item(Block(0, "二是建立了工作台账。", "item", None), "news") is None
    True
    """
    asked = genre == "news" and block.level == "item" and DEMAND_ITEM.match(block.text.strip())
    return "next_steps" if asked else None


DEMAND = re.compile(r"(?<![重主需必只纲摘提纪])要(?![求点素闻害])|必须|务必")
DONE = re.compile(r"(?<![为除])了(?!解)")
MEETING_SAID = re.compile(r"^会议(?:指出|强调|认为|要求)")
AHEAD = re.compile(r"今后|下一步|下步|下阶段")


def news_mood(text: str, genre: str | None) -> str | None:
    """A paragraph of a meeting's news that no cue reads: what it asks (要…，必须…, nothing told
    as done) is the work ahead; what it tells as done (…了…, nothing asked) is the work done.

    >>> news_mood("各单位要压实责任，必须守好阵地。", "news")
    'next_steps'
    >>> news_mood("与会人员交流了经验做法。", "news")
    'practices'
    >>> news_mood("各单位要总结了经验。", "news") is None
    True
    """
    if genre != "news" or MEETING_SAID.match(text):  # 会议指出，…高度重视…: LEADER_SAID's exception
        return None
    demand, done = len(DEMAND.findall(text)), len(DONE.findall(text))
    if AHEAD.search(text):  # 明确了今后……的主攻方向: told as done, about the work ahead
        done = 0
    if demand >= 2 and not done:
        return "next_steps"
    return "practices" if done and not demand else None


# what an event left behind, told at the end of its news: 本次主题党课给大家留下了深刻印象 /
# 党课结束后，大家纷纷表示，…… / 通过此次党课，党员们对……进一步加深 / “这次培训讲得很生动……”
EFFECT = re.compile(
    r"^(?:通过|经过)?(?:此次|本次|这次)[^。！？；]{0,24}(?:党课|会议|活动|培训|演练|学习|讲座|宣讲)"
    r"|^“[^”]{8,}”"
)
# (明确了今后……的方向 / 本次会议要求，……: the work ahead, not what the event left behind)
ASKED = re.compile(r"要求|强调|指出")
# … the hearers' resolve (……纷纷表示，今后要……), even where it looks ahead
RESOLVE = re.compile(
    r"^[^。！？；]{0,12}(?:大家|与会人员|参训人员|参会人员|党员们?|干部职工|师生们?)纷纷表示"
)


def effect_tail(blocks: list[Block]) -> set[int]:
    """The last paragraphs of a piece without top headings that tell what the event left
    behind: its closing.

    >>> b = [Block(0, "5月8日，学院举办专题党课。", "para", None)]
    >>> b += [Block(9, "党课结束后，大家纷纷表示，要把所学用到工作中。", "para", None)]
    >>> sorted(effect_tail(b))
    [1]
    """
    if any(b.level == "h1" for b in blocks):
        return set()
    tail: set[int] = set()
    for k in range(len(blocks) - 1, 0, -1):
        text = blocks[k].text.strip()
        effect = EFFECT.match(text) and not AHEAD.search(text) and not ASKED.search(text[:40])
        if blocks[k].level != "para" or not (effect or RESOLVE.match(text)):
            break
        tail.add(k)
    return tail
