"""Roles on kinds of report the rules were not written against (fanwen.analyze.sequence): a
研判报告 whose body opens with the situation, a 述职报告, a 宣传思想工作总结, a half-year school
report, a village report whose headings lost their numbers. The reports are written for these
tests; each block is labelled with the role a reader gives it."""

from __future__ import annotations

import pytest

from fanwen.analyze.analysis import analyze_text
from fanwen.analyze.blocks import Block
from fanwen.analyze.roles import cues_of, heading_role
from fanwen.analyze.sequence import _evidence, headword_role, section_name
from fanwen.analyze.snippets import default_library

CUES = cues_of(default_library())

QUARTER = """2024年第三季度意识形态领域分析研判报告
按照县委宣传部要求，镇党委对第三季度意识形态领域情况进行了分析研判，现将有关情况报告如下：
一、总体形势
第三季度，全镇意识形态领域总体平稳，主流思想舆论积极健康，未发生重大舆情事件。
干部群众对乡村振兴各项政策认同度较高，社会心态总体稳定。
二、主要工作
（一）抓牢理论学习。镇党委理论学习中心组集中学习3次，各村党支部开展专题学习12场。
（二）管好宣传阵地。对镇属微信公众号和村务公开栏开展一次全面排查。
三、风险隐患
一是网络谣言偶有出现，部分群众辨别能力不强。二是宗教活动场所管理还有薄弱环节。
四、应对措施
一是加强网络舆情监测，第一时间回应群众关切。二是开展宗教场所专项检查。
"""

REVIEW = """党委书记抓意识形态工作述职报告
今年以来，本人认真履行意识形态工作第一责任人职责，现将履职情况报告如下：
一、履行职责情况
（一）带头抓学习。全年主持召开党委理论学习中心组学习8次，带头讲党课2次。
（二）带头管阵地。定期听取宣传阵地管理情况汇报，审核重要稿件。
二、存在的不足
一是研究意识形态工作的次数还不够多。二是对网络意识形态工作的新情况研究不深。
三、今后努力方向
坚持把意识形态工作摆在更加突出的位置，带头学习，带头落实，带头管好阵地。
"""

PUBLICITY = """2023年宣传思想工作总结
2023年，县委宣传部紧扣中心、服务大局，各项工作取得新成效。
一、主要工作
（一）理论武装走深走实。举办各类宣讲活动200余场。
（二）新闻宣传有声有色。在省级以上媒体发稿150篇。
二、工作亮点
打造“田间课堂”宣讲品牌，被市委宣传部推广。
三、面临的困难
基层宣传队伍力量薄弱，专业人才缺乏，经费保障不足。
四、2024年工作设想
围绕县委中心工作，继续做强理论宣讲，做优新闻宣传，做实文明创建。
"""

VILLAGE = """××村2023年意识形态工作总结
今年，村党支部在镇党委的领导下，认真落实意识形态工作责任制，现总结如下。
加强组织领导
村党支部书记认真履行第一责任人职责，每季度专题研究意识形态工作一次，支委分工负责。
开展理论学习
利用主题党日组织党员学习党的创新理论，全年开展集中学习12次，参学党员380人次。
存在的问题
部分党员学习主动性不强，农村文化阵地利用率不高，网络宣传手段较少。
下步打算
继续抓好党员学习教育，用好新时代文明实践站，丰富群众文化生活。
"""

SCHOOL = """××学校2024年上半年意识形态工作总结
2024年上半年，学校党委坚持立德树人根本任务，认真落实意识形态工作责任制，现将有关情况总结如下：
一、上半年工作完成情况
（一）压实责任。学校党委召开专题会议2次，研究部署意识形态工作。
（二）课堂管理。组织听课评课40节，严把课堂讲授关。
二、需要改进的地方
部分教师对意识形态工作重视不够，网络平台管理还有漏洞。
三、下半年工作安排
加强教师思想政治教育，完善校园网络平台审核制度。
"""

SLOGAN = """××中学意识形态工作汇报
守阵地强特色树品牌
2023年，学校党总支坚持把意识形态工作摆在突出位置，现将主要做法汇报如下：
一、主要做法
（一）强化组织领导。成立意识形态工作领导小组，校长任组长。
三、强化风险研判
每月召开一次形势分析会，研判师生思想动态。
"""

BUREAU = """××县文旅局2024年意识形态工作情况报告
根据县委办公室通知要求，现将我局2024年意识形态工作情况报告如下：
一、工作推进情况
（一）落实主体责任。局党组全年专题研究意识形态工作4次。
（二）管好文化阵地。对全县23家网吧、5家演出场所开展巡查。
二、取得的成果
全县文化市场未发生导向性问题，群众满意度稳步提升。
三、薄弱环节
一是基层文化阵地内容更新慢。二是网络文化监管力量不足。
四、原因剖析
主观上对新情况研究不够，客观上专业人员偏少。
五、改进思路
一是建强文化市场执法队伍。二是推动阵地内容常态更新。
"""

COMMUNITY = """××社区第一季度意识形态工作分析报告
一、意识形态领域基本状况
一季度，社区居民思想稳定，未出现负面舆情。
二、面临的挑战
一是老旧小区改造引发部分居民不满情绪。二是境外宗教渗透手段更加隐蔽。
三、对策建议
一是做好政策宣传解释。二是加强网格员信息报送。
"""

COMPANY = """××公司党委2023年度意识形态工作总结
2023年，公司党委认真落实意识形态工作责任制。
一、主要工作及成效
（一）加强理论学习。全年开展中心组学习10次。
（二）强化舆情管控。建立舆情日报制度。
二、存在的短板
部分基层党支部对意识形态工作重视不够。
三、2024年工作目标
确保全年不发生意识形态领域重大事件。
"""

SPEECH = """在全县意识形态工作会议上的讲话
同志们：
今天，我们召开全县意识形态工作会议，主要任务是总结去年工作，部署今年任务。
一、充分认识做好意识形态工作的重要性
意识形态决定文化前进方向和发展道路，做好这项工作事关全局、责任重大。
二、突出重点，抓好今年各项任务
各级党组织要把理论武装摆在首位，抓好阵地管理，做好网上舆论引导。
"""

RULES = """为切实落实党组意识形态工作责任制，结合本局实际，特制定本制度。
一、党组每半年至少专题研究一次意识形态工作，分析研判形势，部署阶段任务。
二、会商研判的主要职责是统筹协调全局意识形态领域情况的分析研判。
三、各科室每季度报送一次意识形态工作情况，重大情况随时报告。
"""

NEWS = """12月28日，县委宣传部召开意识形态工作联席会议，各成员单位负责同志参加会议。
会议听取了各成员单位第四季度意识形态工作情况汇报。
县委常委、宣传部部长李明指出，各单位要压紧压实责任，守好各自阵地。
会上，各成员单位还就网络舆情处置作了交流。
"""

NEWS_CLOSED = """3月6日，区委宣传部召开全区宣传思想文化工作会议。
区委常委、宣传部部长王某，各街道宣传委员，区直各部门分管负责同志出席会议。
会议传达学习了全市宣传部长会议精神，通报了去年全区宣传思想文化工作情况。
王某对全区宣传思想文化战线过去一年的辛勤付出表示感谢。他表示，去年全区宣传思想文化战线守正创新、担当作为，各项工作取得新进展。
王某要求，各单位要聚焦中心任务，管好各类阵地，把意识形态工作责任制落到实处。
接下来，区委宣传部将继续加强统筹协调，推动各项任务落地见效。
"""

NEWS_HEADLINE = """学校召开2023年度意识形态工作分析研判会
1226日，学校召开2023年度意识形态工作分析研判会，党委理论学习中心组成员参加。
党委宣传部通报了全年校园舆情情况，分析了舆情的类型和特点。
随后，党委书记陈某作总结讲话。他指出，各级领导干部要深刻认识意识形态工作的极端重要性。
各学院党委书记、宣传委员参加会议。
"""

NEWS_PURPOSE = """12月4日，全县宣传思想文化工作会议召开。
会议的主要任务是，传达贯彻上级宣传部长会议精神，总结今年工作，部署明年任务。
县委书记王某指出，要准确把握宣传思想工作的正确方向。
出席会议的还有：各乡（镇）党委书记和宣传委员，县直各单位主要负责同志。
"""

NEWS_INVITED = """12月20日，全市统战工作联席会议在市委统战部召开。
会上，各成员单位回顾了今年重点工作，交流了明年工作思路。
各成员单位联络员参加会议，各民主党派有关负责同志应邀参加。
"""

NEWS_LABELS = """守牢网络阵地 凝聚奋进力量
8月12日，我市召开网络意识形态工作联席会议，传达学习上级有关会议精神，部署下一阶段工作。
会议强调
要切实扛起网络意识形态工作主体责任，守好管好各类网络阵地。
会议指出
网络意识形态工作事关全局，各级各部门要提高政治站位，压实工作责任。
"""

NEWS_HELD = """全县宣传思想文化工作会议举行
昨（12）日，全县宣传思想文化工作会议召开，总结去年工作，部署今年任务。
会议指出，今年以来，全县宣传思想战线立足实际，理论武装持续深化，主流舆论不断壮大。
县委书记李某指出，十八大以来，宣传思想工作取得历史性成就，各级各部门要守正创新。
"""

NEWS_DEMAND = """3月2日，县委宣传部召开意识形态工作领导小组会议，研究部署全年工作。
会议听取了各成员单位上年度意识形态工作情况汇报。
会议要求，今后研究部署意识形态工作，各乡镇党委书记必须亲自参加会议。
"""

NEWS_ITEMS = """2月8日上午，区委文明办主任一行到社区调研新时代文明实践站建设。
调研组实地察看了实践站的活动场地，听取了社区的工作汇报。
调研组还与社区干部座谈，交流了实践站运行中的经验做法。
一是要有阵地，把活动场所用足用好。
二是要有队伍，壮大志愿服务力量。
"""

NEWS_AFTER = """9月5日，公司党委召开党支部书记述职大会，各支部书记逐一述职。
公司党委书记对各支部书记的述职逐一进行了点评。
会后，公司党委将把现场测评结果纳入年度考核，推动各支部整改提升。
"""

NEWS_YESTERDAY = """昨（12）日，全县宣传思想文化工作推进会在县委礼堂开幕，部署今年任务。
会上，各乡镇宣传委员交流了工作经验。
县委书记李某指出，各级各部门要守正创新，压紧压实意识形态工作责任。
"""

NEWS_MOOD = """5月8日，县委网信办召开网络意识形态工作推进会。
会议通报了上半年全县网络舆情处置情况，与会人员交流了经验做法。
全县网信系统干部要进一步提高政治站位，必须守牢网络阵地，确保不发生重大网络舆情。
"""

LESSON = """6月28日，学院党委举办意识形态工作专题党课，党委书记李某为全体党员授课。
李某从当前意识形态领域的新情况讲起，结合案例讲解了阵地管理的具体要求。
党课结束后，大家纷纷表示，今后要把所学用到教学科研和学生工作中。
通过此次党课，党员们对意识形态工作的认识进一步加深，责任意识进一步增强。
"""

OP, P, A, S, PR, N = "opening", "practices", "achievements", "assessment", "problems", "next_steps"
CA, CL = "causes", "closing"
CASES = [
    ("研判报告: the situation first, then the work, risks and measures", QUARTER,
     [OP, S, S, S, P, P, P, PR, PR, PR, N, N, N]),
    ("述职报告: duties done, shortcomings, the way ahead", REVIEW, [OP, P, P, P, PR, PR, PR, N, N]),
    ("宣传思想工作总结: highlights, difficulties, a plan named 工作设想", PUBLICITY,
     [OP, P, P, P, A, A, PR, PR, N, N]),
    ("村 report with headings that lost their numbers", VILLAGE, [OP, P, P, P, P, PR, PR, N, N]),
    ("half-year school report: 需要改进的地方, 下半年工作安排", SCHOOL,
     [OP, P, P, P, PR, PR, N, N]),
    ("a slogan above the body and a heading of work ending in 研判", SLOGAN, [OP, OP, P, P, P, P]),
    # Written and labelled after the reading above was settled, before running it on them:
    ("局 report: 取得的成果, 薄弱环节, 原因剖析, 改进思路", BUREAU,
     [OP, P, P, P, A, A, PR, PR, PR, CA, CA, N, N, N]),
    ("社区 quarter analysis without opening: 基本状况, 面临的挑战, 对策建议", COMMUNITY,
     [S, S, PR, PR, PR, N, N, N]),
    ("公司 report: 存在的短板 then 工作目标", COMPANY, [OP, P, P, P, PR, PR, N, N]),
    # Kinds met in batches 12-14, written here in our own words:
    ("讲话: greeting and occasion, why the work matters, then the tasks", SPEECH,
     [OP, OP, S, S, N, N]),
    ("制度: rules read as the work ahead, 研判 in a section's name aside", RULES, [OP, N, N, N]),
    ("会议新闻: the lead, what the meeting did, what a leader said, what else was done", NEWS,
     [OP, P, N, P]),
    # Forms met in batch21, written here in our own words:
    ("党课新闻: what the lesson left behind closes the piece (纷纷表示 / 通过此次党课)", LESSON,
     [OP, P, CL, CL]),
    ("会议新闻: uncued paragraphs read by what they tell (了) or ask (要, 必须)", NEWS_MOOD,
     [OP, P, N]),
    ("会议新闻: attendance under the lead, a view (他表示), the unit going on", NEWS_CLOSED,
     [OP, OP, P, N, N, CL]),
    ("会议新闻: a headline naming the meeting over a lead with a broken date, the closing"
     " speech after 随后, who attended told last", NEWS_HEADLINE, [OP, P, N, OP]),
    ("会议新闻: what the meeting was for, and 出席会议的还有： at the end, are the lead's",
     NEWS_PURPOSE, [OP, OP, N, OP]),
    ("会议新闻: no headline, a lead dated 昨（12）日", NEWS_YESTERDAY, [OP, P, N]),
    ("会议新闻: the last paragraph, what the unit will do after the meeting (会后，……将……)",
     NEWS_AFTER, [OP, P, CL]),
    ("会议新闻: items that say what must be done (一是要……) are the work asked for", NEWS_ITEMS,
     [OP, P, P, N, N]),
    ("会议新闻: a demand that names attending a meeting is no list of who came", NEWS_DEMAND,
     [OP, P, N]),
    ("会议新闻: who attended told last, with those invited after a comma", NEWS_INVITED,
     [OP, P, OP]),
    ("会议新闻: a headline saying the meeting was held, a lead dated 昨（12）日, 会议指出 over the"
     " year's work done, a leader's words", NEWS_HELD, [OP, P, N]),
    ("会议新闻: 会议强调 and 会议指出 alone on their lines over what was said", NEWS_LABELS,
     [OP, N, N, N, N]),
]  # fmt: skip


@pytest.mark.parametrize(("label", "text", "roles"), CASES, ids=[c[0] for c in CASES])
def test_roles_of_unseen_kinds(label: str, text: str, roles: list[str]) -> None:
    got = [b.role for b in analyze_text(text).blocks if b.role]
    assert got == roles, label


HEADINGS = [
    ("a situation named by its last word", "一、总体形势", "assessment"),
    ("a dynamic of the field", "二、意识形态领域舆情动态：", "assessment"),
    ("risks and hidden dangers", "三、风险隐患", "problems"),
    ("difficulties faced", "三、面临的困难", "problems"),
    ("what needs improving", "（二）需要改进的地方", "problems"),
    ("causes analysed", "四、问题根源分析", "causes"),
    ("the longest word wins: 应对措施 over 措施", "四、应对措施", "next_steps"),
    ("measures taken are the work done", "一、主要措施", "practices"),
    ("a plan named 设想", "五、2024年工作设想", "next_steps"),
    ("suggestions", "五、意见建议。", "next_steps"),
    ("highlights", "二、特色亮点", "achievements"),
    ("a topic that names no part", "二、网络阵地", None),
]


@pytest.mark.parametrize(("label", "heading", "role"), HEADINGS, ids=[h[0] for h in HEADINGS])
def test_last_word_of_a_heading(label: str, heading: str, role: str | None) -> None:
    assert headword_role(heading) == role, label


NAMES = [
    ("a top heading", Block(0, "二、存在的问题\n", "h1", "二、存在的问题"), True, "二、存在的问题"),
    ("a short line alone in the body", Block(0, "存在的问题\n", "para", None), True, "存在的问题"),
    ("the same line above the body", Block(0, "存在的问题\n", "para", None), False, None),
    ("a sentence is no name", Block(0, "存在的问题有三点：\n", "para", None), True, None),
    ("a sub-heading names a topic", Block(0, "（一）问题\n", "h2", "（一）问题"), True, None),
    ("a line run on into prose", Block(0, "存在的问题", "para", None), True, None),
]  # fmt: skip


@pytest.mark.parametrize(("label", "block", "begun", "name"), NAMES, ids=[n[0] for n in NAMES])
def test_what_names_a_section(label: str, block: Block, begun: bool, name: str | None) -> None:
    assert section_name(block, "h1", begun) == name, label


def test_the_draft_reading_is_left_as_it_was() -> None:
    """Without repairs (the browser's draft path) the village report reads as before: the
    unnumbered 存在的问题 line has no turn of its own, so the reading keeps practices."""
    got = [b.role for b in analyze_text(VILLAGE, repairs=False).blocks if b.role]
    assert got.count("practices") > 4 and "next_steps" not in got


EVIDENCE = [
    ("a cue of the templates comes first", Block(0, "二、存在的问题", "h1", "二、存在的问题"),
     ("problems", None, None)),
    ("a viewer's gaps inside words", Block(0, "二、存在 的问 题", "h1", "二、存在 的问 题"),
     ("problems", None, None)),
    ("no cue: the last word", Block(0, "三、风险隐患", "h1", "三、风险隐患"),
     (None, "problems", None)),
    ("a heading of work: no last word", Block(0, "三、强化预警研判", "h1", "三、强化预警研判"),
     (None, None, None)),
    ("a sub-heading names no part", Block(0, "（二）风险隐患", "h2", "（二）风险隐患"),
     (None, None, None)),
    ("prose turns in its first sentence", Block(0, "下 一步，我们将继续努力。", "para", None),
     (None, None, "next_steps")),
]  # fmt: skip


@pytest.mark.parametrize(("label", "block", "found"), EVIDENCE, ids=[e[0] for e in EVIDENCE])
def test_what_a_block_names_itself(label: str, block: Block, found: tuple) -> None:
    assert _evidence(block, "h1", CUES) == found, label


CUED_HEADINGS = [
    ("a background section opens the report", "一、背景介绍", "opening"),
    ("an evaluation of the effect is the achievements", "四、效果评估", "achievements"),
    ("the staff's current thinking is the picture", "二、员工思想现状分析", "assessment"),
    ("work and results told together are the work", "一、主要做法与成效", "practices"),
    ("a plan's guiding thought opens it", "一、指导思想", "opening"),
    ("proposals and measures are the work ahead", "三、管理建议及措施", "next_steps"),
    ("a present state summed up is the picture", "网络意识形态现状概述", "assessment"),
    ("a distinctive practice is still the work", "一、特色做法", "practices"),
    ("a distinctive highlight is the achievements", "二、特色亮点", "achievements"),
]


@pytest.mark.parametrize(
    ("label", "heading", "role"), CUED_HEADINGS, ids=[h[0] for h in CUED_HEADINGS]
)
def test_the_cue_a_heading_names(label: str, heading: str, role: str) -> None:
    assert heading_role(heading, cues_of(default_library())) == role, label


PLAN = """某局2023年意识形态工作要点
为做好今年的意识形态工作，结合本局实际，制定工作要点如下。
一、指导思想
以党的创新理论为指导，全面落实意识形态工作责任制，守牢意识形态阵地，为本局各项工作提供有力思想保证。
二、主要任务
（一）抓好理论武装。局党组理论学习中心组每月集中学习一次，全年专题研讨不少于四次。
"""


def test_a_plan_tells_the_work_ahead_after_its_guiding_thought() -> None:
    roles = [(b.text.split("\n")[0][:6], b.role) for b in analyze_text(PLAN).blocks[1:]]
    assert roles == [
        ("为做好今年的", "opening"),
        ("一、指导思想", "opening"),
        ("以党的创新理", "opening"),
        ("二、主要任务", "next_steps"),
        ("（一）抓好理", "next_steps"),
    ]
