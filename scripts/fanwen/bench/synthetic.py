"""A synthetic corpus for the site benchmarks: every block distinct text, the genre's shape kept.

A corpus recombined from whole paragraphs makes an index look smaller than any real one
(the same paragraph a hundred times is one text). Here each exemplar is written afresh from
the seeds' *sentences*, grouped by the role of the block they come from, so a report still
runs opening → practices → problems → next steps, but every paragraph is a new combination,
speaks for its own unit (镇 / 局 / 学校 / 公司 …) and carries its own numbers. The kinds of
body, regions, years and sources vary, so the catalogue's filters have something to filter.
"""

from __future__ import annotations

import functools
import random
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..analyze.analysis import analyze_text
from ..corpus import load_corpus

REGIONS = [
    "青山", "临江", "桃源", "云岭", "石门", "清河", "长宁", "永安", "白沙", "金川",
    "凤凰", "龙泉", "新华", "东湖", "南山", "西林", "北塘", "安平", "兴隆", "和顺",
]  # fmt: skip
LEVELS = ["县", "区", "市"]


@dataclass(frozen=True)
class Body:
    """A kind of body: how its name ends, how it speaks of itself, its metadata label."""

    suffix: str
    self_name: str
    whole: str
    kind: str


BODIES = [
    Body("镇党委", "我镇", "全镇", "乡镇党委"),
    Body("街道党工委", "我街道", "全街道", "乡镇党委"),
    Body("市场监督管理局党组", "我局", "全局", "局党组"),
    Body("退役军人事务局党组", "我局", "全局", "局党组"),
    Body("卫生健康委员会党组", "我委", "全委", "党组"),
    Body("第一中学党委", "我校", "全校", "党委"),
    Body("城市建设投资公司党委", "我公司", "全公司", "党委"),
    Body("社区党支部", "我支部", "全体党员", "党支部"),
]
SOURCES = ["本单位存档", "上级转发", "范文网站", "公众号", None]
TITLES = ["{year}年意识形态工作总结", "{year}年落实意识形态工作责任制情况报告"]
HEADINGS = {
    "practices": ["一、工作开展情况", "一、主要工作及成效", "一、落实意识形态工作责任制情况"],
    "problems": ["二、存在的问题", "二、存在的不足", "二、问题和不足"],
    "next_steps": ["三、下一步工作打算", "三、下步工作措施", "三、今后工作方向"],
}
ITEMS = "一二三四五六七八九十"
AREAS = [
    "理论武装", "阵地管理", "网络舆情", "新闻宣传", "思想政治工作", "党风廉政建设", "文明创建",
    "干部教育培训", "基层党建", "宗教事务", "民族团结", "校园文化", "企业文化", "社会宣传",
    "文化惠民", "志愿服务", "安全生产宣传", "法治宣传", "统一战线", "群团工作", "风险研判",
    "网络评论员队伍", "政务新媒体", "讲座论坛报告会", "宣传栏和电子屏",
]  # fmt: skip
_SENTENCE = re.compile(r"[^。！；]+[。！；]")
_SELF = re.compile(r"我局|我单位|我委|我镇|本局")
_WHOLE = re.compile(r"全局|全镇|全委")
_NUMBER = re.compile(r"\d+")
_ITEM_MARK = re.compile(r"^(?:[一二三四五六七八九十]+是|（[一二三四五六七八九十]+）|\d+[.、])")


def sentence_pools(corpus: Path) -> dict[str, list[str]]:
    """The collected seeds' sentences by the role of their block, item marks (一是) taken off.

    >>> pools = sentence_pools(Path("corpus"))  # doctest: +SKIP
    >>> pools["problems"][0]  # doctest: +SKIP
    '个别干部职工对习近平新时代中国特色社会主义思想的学习还不够深入。'
    """
    pools: dict[str, list[str]] = {"opening": [], "practices": [], "problems": [], "next_steps": []}
    # The collected seeds only: the project's own model reports (本站编写) repeat the same set
    # phrases in all eight, which recombined a thousand times would make no real corpus.
    for ex in (ex for ex in load_corpus(corpus) if not ex.meta.own):
        for block in analyze_text(ex.text).blocks:
            role = {"achievements": "practices", "assessment": "practices"}.get(block.role or "")
            role = role or block.role
            role = "problems" if role == "causes" else role
            if role not in pools or block.level not in ("para", "item"):
                continue
            text = _ITEM_MARK.sub("", block.text.strip())
            pools[role] += [s for s in _SENTENCE.findall(text) if len(s) >= 12]
    return pools


def _speak(sentence: str, body: Body, rng: random.Random) -> str:
    """A seed sentence said by ``body``, with numbers of its own."""
    sentence = _SELF.sub(body.self_name, sentence)
    sentence = _WHOLE.sub(body.whole, sentence)
    return _NUMBER.sub(lambda m: str(rng.randint(2, 9 * 10 ** len(m.group()))), sentence)


def _paragraph(pool: list[str], body: Body, rng: random.Random, k: int, place: str = "") -> str:
    """Sentences of ``pool`` led by a field of work, e.g. 在网络舆情方面，坚持…"""
    said = "".join(_speak(s, body, rng) for s in rng.sample(pool, min(k, len(pool))))
    return f"{place}在{rng.choice(AREAS)}方面，{said}"


def _item(
    mark: str, pool: list[str], body: Body, rng: random.Random, k: int, place: str = ""
) -> str:
    """One numbered item: 一是在网络舆情方面，…"""
    return f"{mark}是" + _paragraph(pool, body, rng, k, place)


def _fresh(make, used: set[str], place: str = "") -> str:
    """The first text ``make()`` gives that is not in ``used`` (then added to it); when the
    short pools run dry (the problems have few sentences), the unit's place leads the text
    (一是青山镇在网络舆情方面，…)."""
    for tries in range(1000):
        text = make() if tries < 20 or not place else make(place=place)
        if text not in used:
            used.add(text)
            return text
    raise RuntimeError(f"synthetic corpus: no new text left for {place or 'a title'}")


def exemplar_text(
    i: int, pools: dict[str, list[str]], rng: random.Random, used: set[str]
) -> tuple[str, dict]:
    """The text of synthetic exemplar ``i`` and its ``meta.yaml`` entry; every line but the
    part headings is new to ``used``."""
    body = BODIES[i % len(BODIES)]
    year = 2019 + rng.randrange(8)  # every kind of body in every year

    def title() -> str:
        unit = f"{rng.choice(REGIONS)}{rng.choice(LEVELS)}{rng.choice(REGIONS)}{body.suffix}"
        return unit + "|" + rng.choice(TITLES).format(year=year)

    unit, kind = _fresh(title, used).split("|")
    place = unit.removesuffix(body.suffix)
    opening = _paragraph(pools["opening"], body, rng, 2)
    lines = [
        unit.removesuffix("党组") + kind,
        f"{year}年以来，{unit}{opening}现将有关情况报告如下：",
    ]
    for role in ("practices", "problems", "next_steps"):
        lines.append(rng.choice(HEADINGS[role]))
        for n in range(rng.randint(3, 6)):
            item = functools.partial(_item, ITEMS[n], pools[role], body, rng, rng.randint(2, 4))
            lines.append(_fresh(item, used, place))
    meta: dict = {"slug": f"synthetic-{i:05d}", "body_kind": body.kind}
    source = SOURCES[i % len(SOURCES)]
    if source:
        meta["source_site"] = source
    return "\n".join(lines) + "\n", meta


def write_corpus(source: Path, out: Path, count: int, seed: int = 7) -> None:
    """Write ``count`` synthetic exemplars and their ``meta.yaml`` into ``out``."""
    rng = random.Random(seed)
    pools = sentence_pools(source)
    out.mkdir(parents=True, exist_ok=True)
    meta, used = {}, set()
    for i in range(count):
        text, entry = exemplar_text(i, pools, rng, used)
        name = f"synthetic_{i:05d}.txt"
        (out / name).write_text(text, encoding="utf-8")
        meta[name] = entry
    with (out / "meta.yaml").open("w", encoding="utf-8") as f:
        yaml.safe_dump(meta, f, allow_unicode=True, sort_keys=False)
