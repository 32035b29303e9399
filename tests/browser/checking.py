"""Driving the draft check page (check.html) in Chromium, and reading back what it shows: the
marks in the rendered draft (grouped by finding), the checklist groups and their counts.

The test draft is written by hand for a 文旅局 and holds exactly four things to find: a
leftover ××, a watermark line, a garbled 提法 and one paragraph copied from an exemplar
(taken from the built exemplar page, so the test follows the corpus).
"""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page

from helpers import read_page

COPIED_FROM = ("city-bureau-2022", "下一步，局党组将继续深刻认识")
PLACEHOLDER = "××"
WATERMARK = "笔杆儿网www.bgzjy.cn"
SLIP = "坚定“四个意识”"
FILLER = "本单位第{n}次组织讲解员交流学习体会，结合展陈内容相互取长补短。"

DRAFT = """2024年区文旅局党组意识形态工作情况报告
今年以来，区文旅局党组把意识形态工作作为管党治党的重要内容，班子成员各负其责，全局意识形态领域总体平稳。现将工作情况报告如下：
一、工作开展情况
一是压实工作责任。党组书记认真履行第一责任人职责，全年专题研究意识形态工作××次，班子成员落实“一岗双责”。
二是强化理论武装。落实“第一议题”制度，中心组集中学习12次，引导党员干部坚定“四个意识”。
笔杆儿网www.bgzjy.cn
三是加强阵地管理。对景区展板、文化场馆讲解词逐一审核，规范工作群管理，全年处置网络舆情3起。
{filler}二、意识形态领域形势研判
总体来看，全局意识形态领域形势平稳可控，全年没有发生意识形态领域重大事件。
三、存在的问题
文化场馆讲解队伍理论功底参差不齐，网上宣传手段不多。
四、下一步工作打算
{copied}
每季度组织讲解员集中培训一次，用好局微信公众号讲好本地红色故事。"""

# Each finding's marked text, grouped by finding: {finding index: text of its marks}.
MARKED = """() => {
  const byFinding = {}
  const marks = document.querySelectorAll('.fw-check-paper mark')
  for (const mark of marks) {
    for (const k of mark.dataset.f.split(' ')) {
      byFinding[k] = (byFinding[k] ?? '') + mark.textContent
    }
  }
  return byFinding
}"""


def copied_block(site: Path) -> tuple[str, str]:
    """(anchor, text) of the exemplar block the draft copies."""
    slug, start = COPIED_FROM
    blocks = read_page(site / "exemplars" / f"{slug}.html").blocks
    ((anchor, text),) = [(a, t) for a, t in blocks.items() if t.startswith(start)]
    return anchor, text


def draft(site: Path, filler_lines: int = 0) -> str:
    """The test draft; ``filler_lines`` plain lines make it long enough to scroll."""
    filler = "".join(FILLER.format(n=n) + "\n" for n in range(1, filler_lines + 1))
    return DRAFT.format(copied=copied_block(site)[1], filler=filler)


def open_check(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("#fw-check.fw-check-ready")


def check(page: Page, text: str) -> None:
    """Put ``text`` in the box, press 检查 and wait for the results."""
    page.fill("[data-input]", text)
    page.click("[data-act=check]")
    page.wait_for_selector("#fw-check.fw-check-done [data-paper] mark")


def marked(page: Page) -> dict[str, str]:
    return page.evaluate(MARKED)


def mark_titles(page: Page) -> dict[str, str]:
    """The explanation (title) of each marked text, mark by mark."""
    return page.eval_on_selector_all(
        ".fw-check-paper mark",
        "ms => Object.fromEntries(ms.map(m => [m.textContent, m.title]))",
    )


def groups(page: Page) -> list[dict[str, object]]:
    """Each group as shown: name, count line, and its items' states and texts."""
    return page.eval_on_selector_all(
        ".fw-check-group",
        """gs => gs.map(g => ({
          name: g.querySelector('h3').firstChild.textContent,
          count: (g.querySelector('.fw-check-count') || {}).textContent,
          items: [...g.querySelectorAll('.fw-check-item')].map(i => ({
            state: i.className.match(/fw-check-(ok|fail|manual)/)[1],
            text: i.querySelector('.fw-check-text').textContent,
            findings: [...i.querySelectorAll('.fw-check-finding')].map(f => f.textContent),
          })),
        }))""",
    )


def in_view(page: Page, selector: str) -> bool:
    """Is the element inside the window and inside every scrolling box around it?"""
    return page.eval_on_selector(
        selector,
        """el => {
          const r = el.getBoundingClientRect()
          if (r.bottom <= 0 || r.top >= innerHeight) return false
          for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
            if (!/auto|scroll/.test(getComputedStyle(p).overflowY)) continue
            const box = p.getBoundingClientRect()
            if (r.bottom <= box.top || r.top >= box.bottom) return false
          }
          return true
        }""",
    )
