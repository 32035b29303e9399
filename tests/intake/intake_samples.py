"""One realistic report with 一、/（一）/1. headings, the text every format is made from, and
a way to run Playwright beside the browser tests."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from fanwen.bench.intake import print_pdfs, report_html, write_docx, write_html

TITLE = "某某县文化和旅游局2023年意识形态工作总结"
REPORT = """\
2023年以来，在县委的坚强领导下，我局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，认真落实意识形态工作责任制，牢牢掌握意识形态工作领导权，现将有关情况总结如下。
一、工作开展情况
（一）强化组织领导，压紧压实主体责任
1.健全工作机制。局党组把意识形态工作纳入重要议事日程，全年召开党组会议专题研究意识形态工作4次，研究解决重点难点问题，制定印发《意识形态工作责任清单》，形成了党组书记负总责、分管领导具体抓、各股室协同推进的工作格局。
2.落实分析研判。每半年开展一次意识形态领域形势分析研判，梳理排查风险隐患，建立问题台账，逐项明确整改措施和完成时限，做到早发现、早报告、早处置，确保不发生重大意识形态事件。
（二）加强理论武装，筑牢思想根基
1.抓好中心组学习。制定年度理论学习中心组学习计划，全年开展集中学习研讨12次，撰写心得体会36篇，邀请市委党校专家作专题辅导2次，推动党的创新理论入脑入心、见行见效。
2.深化主题教育。扎实开展学习贯彻习近平新时代中国特色社会主义思想主题教育，组织专题读书班2期，围绕文旅融合、乡村旅游等开展调查研究8项，形成调研报告8篇，推动解决群众急难愁盼问题15个。
3.用好“学习强国”平台。引导党员干部每日登录学习，开展学习积分评比，全局党员人均学习积分位居全县前列，营造了比学赶超的浓厚氛围。
（三）守好阵地防线，唱响主旋律
1.加强阵地管理。严格落实“三审三校”制度，对门户网站、微信公众号、文化馆、图书馆等阵地开展全面排查，清理过期信息23条，确保各类阵地始终传播正能量。
2.繁荣文艺创作。围绕庆祝中华人民共和国成立74周年等重要节点，组织开展群众文化活动56场次，创作文艺作品12个，以群众喜闻乐见的形式宣传党的创新理论。
二、存在的问题
一是理论学习的深度还不够，部分干部满足于读原文、记笔记，联系实际思考不多。二是网络阵地管理还有薄弱环节，对新媒体平台的内容审核把关还不够严格。三是意识形态工作队伍建设有待加强，专业人才相对缺乏。
三、下一步工作打算
（一）持续深化理论武装
始终把学懂弄通做实习近平新时代中国特色社会主义思想作为首要政治任务，健全“第一议题”制度，推动学习往深里走、往实里走、往心里走。
（二）着力加强阵地管理
严格落实意识形态工作责任制，加强对门户网站、微信公众号等平台的日常监管，牢牢掌握网络意识形态工作主动权，坚决守好守牢意识形态阵地。
"""
LINES = REPORT.splitlines()


def same_report(
    folder: Path, title: str, body: list[str], header: str, footer: str
) -> dict[str, Path]:
    """The report as .docx (Word numbering, a header and a footer), a saved .html page and a
    .pdf printed by Chromium, in ``folder``."""
    files = {
        "docx": write_docx(folder / "report.docx", [title, *body], header, footer),
        "html": write_html(folder / "report.html", title, body),
        "pdf": folder / "report.pdf",
    }
    in_thread(lambda: print_pdfs([(files["pdf"], report_html(title, body))]))
    return files


def in_thread(job: Callable[[], object]) -> None:
    """Run ``job`` in a fresh thread: Playwright's sync API wants a thread with no event loop."""
    errors: list[BaseException] = []

    def run() -> None:
        try:
            job()
        except BaseException as err:  # handed to the caller below
            errors.append(err)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    if errors:
        raise errors[0]
