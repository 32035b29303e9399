"""Analysis against hand-made gold annotations, and on texts built to test general rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from fanwen.analyze.analysis import analyze_raw, analyze_text
from fanwen.corpus import clean_file
from helpers import DATA, ROOT, run

GOLD = sorted((DATA / "gold").glob("*.yaml"))


def gold_of(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=GOLD, ids=[g.stem[:3] for g in GOLD])
def case(request: pytest.FixtureRequest):
    gold = gold_of(request.param)
    _, cleaned = clean_file(ROOT / "corpus" / f"{request.param.stem}.txt")
    return gold, cleaned, analyze_text(cleaned.text)


def test_blocks_agree_with_gold(case) -> None:
    gold, _, analysis = case
    got = [(b.level, b.role, b.text) for b in analysis.blocks]
    assert len(got) == len(gold["blocks"]), [(lv, r, t[:12]) for lv, r, t in got]
    for (level, role, start), (g_level, g_role, g_start) in zip(got, gold["blocks"], strict=True):
        assert (level, role, start[: len(g_start)]) == (g_level, g_role, g_start)


def test_title_year_and_body_agree_with_gold(case) -> None:
    gold, _, analysis = case
    assert analysis.title == gold["title"]
    assert analysis.year == gold["year"]
    assert analysis.body_kind == gold["body_kind"]
    if "suggested_title" in gold:
        assert analysis.suggested_title == gold["suggested_title"]


def test_blocks_make_up_the_whole_text(case) -> None:
    _, cleaned, analysis = case
    assert "".join(b.text for b in analysis.blocks) == cleaned.text
    assert all(b.text for b in analysis.blocks)


def roles(text: str) -> list[tuple[str, str | None]]:
    return [(b.level, b.role) for b in analyze_raw(text)[1].blocks]


CASES = [
    (
        "a 研判 report opens with the overall picture",
        "县2024年一季度意识形态领域形势分析研判报告\n"
        "一、总体态势：稳中有进\n"
        "一季度，全县意识形态领域总体平稳。\n"
        "（一）强化阵地管理\n"
        "全县排查各类阵地120个。\n"
        "二、工作总体情况\n"
        "县委全年召开专题会议4次。\n",
        [
            ("title", None),
            ("h1", "assessment"),
            ("para", "assessment"),
            ("h2", "practices"),
            ("para", "practices"),
            ("h1", "practices"),
            ("para", "practices"),
        ],
    ),
    (
        "paragraphs before the first heading open the report",
        "某局2023年意识形态工作总结\n"
        "抓机遇 迎挑战 出特色\n"
        "2023年，局党组认真落实意识形态工作责任制，现将有关情况汇报如下：\n"
        "一、加强组织领导，提高工作成效\n"
        "局党组全年召开专题会议4次。\n"
        "二、主要成效\n"
        "全局干部职工理论素养进一步提升。\n",
        [
            ("title", None),
            ("para", "opening"),
            ("para", "opening"),
            ("h1", "practices"),
            ("para", "practices"),
            ("h1", "achievements"),
            ("para", "achievements"),
        ],
    ),
    (
        "no headings: roles from transition sentences",
        "现将我单位2024年意识形态工作情况报告如下。\n"
        "局党组坚持把意识形态工作摆在突出位置，全年召开专题会议4次。\n"
        "今年以来，我局未发生意识形态领域重大事件，意识形态领域总体平稳可控。\n"
        "同时也要看到，还存在一些不足：学习形式较为单一，网评队伍力量薄弱。\n"
        "下一步，我们将进一步压实责任，创新学习方式。\n",
        [
            ("para", "opening"),
            ("para", "practices"),
            ("para", "assessment"),
            ("para", "problems"),
            ("para", "next_steps"),
        ],
    ),
    (
        "a paired-clause line alone, ending in a full stop, heads the prose under it",
        "某区2024年宣传思想工作综述\n"
        "2024年，全区宣传思想战线坚持守正创新，各项工作取得新进展，为全区发展凝聚了力量。\n"
        "筑牢思想根基，深化理论武装。\n"
        "全年举办理论学习中心组专题学习12次，组织宣讲团深入基层开展宣讲320场，覆盖干部群众2万余人次。\n",
        [("title", None), ("para", "opening"), ("h1", "practices"), ("para", "practices")],
    ),
    (
        "a work report's 基本情况 tells the work done",
        "某监区党支部2024年意识形态工作报告\n"
        "一、基本情况\n"
        "1.支部把意识形态工作摆在突出位置，列入重要议事日程，每季度专题研究一次。\n"
        "二、存在的问题\n"
        "理论学习的形式还比较单一。\n",
        [
            ("title", None),
            ("h1", "practices"),
            ("h3", "practices"),
            ("h1", "problems"),
            ("para", "problems"),
        ],
    ),
    (
        "a 研判 report's 基本情况 gives the overall picture, whatever comes under it",
        "某县民政局2025年一季度意识形态形势分析研判报告\n"
        "一、基本情况\n"
        "（一）强化组织领导\n"
        "局党组每月听取一次意识形态工作汇报。\n",
        # the work under it interleaves with the picture, as 研判报告 do
        [("title", None), ("h1", "assessment"), ("h2", "practices"), ("para", "practices")],
    ),
    (
        "a work report's 总体情况 that states the picture gives the picture",
        "某大队2024年上半年意识形态工作总结\n"
        "一、总体情况\n"
        "上半年，全队意识形态工作总体较好，队伍思想稳定。\n",
        [("title", None), ("h1", "assessment"), ("para", "assessment")],
    ),
    (
        "a meeting's news: what its leader asked of everyone is the work ahead",
        "某县召开意识形态工作专题会议\n"
        "6月12日，某县召开意识形态工作专题会议，通报上半年工作情况。\n"
        "会上，各乡镇汇报了落实意识形态工作责任制的情况。\n"
        "会议强调，各级党组织要把意识形态工作摆在更加突出的位置，层层压实责任。\n"
        "县委书记就做好下半年工作提出三点要求。\n"
        "县长指出，要把各项任务落到实处，按时报送工作进展。\n",
        [
            ("title", None),
            ("para", "opening"),
            ("para", "practices"),
            ("para", "next_steps"),
            ("para", "next_steps"),
            ("para", "next_steps"),
        ],
    ),
    (
        "a meeting's news with items: 会上 turns to what was done, 指出，要 to the demands",
        "某院召开意识形态工作会议\n"
        "3月5日，某院召开意识形态工作会议，传达上级会议精神。\n"
        "会上，院党组成员通报了上年度意识形态工作情况。\n"
        "院长指出，要坚持守正创新，牢牢掌握意识形态工作领导权。\n"
        "一是提高政治站位。\n",
        [
            ("title", None),
            ("para", "opening"),
            ("para", "practices"),
            ("para", "next_steps"),
            ("item", "next_steps"),
        ],
    ),
    (
        "a statement of weight is not a demand: 重要 holds 要, 来说 holds 说",
        "一、主要做法\n"
        "大家普遍认为：对我们来说，意识形态工作极端重要，必须抓紧抓实。\n"
        "县委书记强调，意识形态工作是党的一项极端重要的工作。\n"
        "会议指出，今年是全面落实责任制的关键一年，要早谋划。\n",
        [("h1", "practices"), ("para", "practices"), ("para", "practices"), ("para", "practices")],
    ),
    (
        "one paragraph holds problems and next steps",
        "一、存在的问题\n"
        "虽然取得了一定成效，但仍存在一些问题：阵地管理不够精细。下步，我们将健全阵地管理制度。\n",
        [("h1", "problems"), ("para", "problems"), ("para", "next_steps")],
    ),
    (
        "headings inside paragraphs",
        "2024年某镇党委意识形态工作总结\n"
        "一、压实责任，健全机制。镇党委书记认真履行第一责任人职责，全镇召开会议6次。\n"
        "二、存在的不足。一是理论学习不够深入；二是网络阵地建设滞后。\n"
        "三、下一步打算。一要强化理论武装。二要加强阵地建设。\n",
        [
            ("title", None),
            ("h1", "practices"),
            ("h1", "problems"),
            ("item", "problems"),
            ("item", "problems"),
            ("h1", "next_steps"),
            ("item", "next_steps"),
            ("item", "next_steps"),
        ],
    ),
    (
        "mixed half- and full-width punctuation",
        "现将2023年意识形态工作情况报告如下:\n"
        "(一)加强理论武装.党组理论学习中心组集中学习12次,专题研讨3次;\n"
        "(二)存在问题。一是学习不够深入,二是阵地管理不严。\n"
        "(三)下一步工作打算.一要抓好学习,二要管好阵地.\n",
        [
            ("para", "opening"),
            ("h2", "practices"),
            ("h2", "problems"),
            ("item", "problems"),
            ("h2", "next_steps"),
            ("item", "next_steps"),
        ],
    ),
]


CASES.append(
    (
        "section labels below the top level, inline labels, closing with signature",
        "一、工作开展情况\n"
        "（一）压实主体责任。镇党委全年专题研究意识形态工作4次。\n"
        "主要成效：干部群众政治认同、思想认同、情感认同不断增强。\n"
        "二、存在的问题及原因分析\n"
        "（一）存在的问题。1.理论学习深度不够。2.网络阵地建设滞后。\n"
        "（二）原因分析。究其原因，一是思想认识不到位，二是工作力量不足。\n"
        "三、下一步工作打算\n"
        "第一，强化责任落实。第二，深化理论学习。\n"
        "特此报告。\n"
        "中共××镇委员会\n"
        "2023年12月20日\n",
        [
            ("h1", "practices"),
            ("h2", "practices"),
            ("para", "achievements"),
            ("h1", "problems"),
            ("h2", "problems"),
            ("h3", "problems"),
            ("h3", "problems"),
            ("h2", "causes"),
            ("h1", "next_steps"),
            ("item", "next_steps"),
            ("item", "next_steps"),
            ("para", "closing"),
            ("para", "closing"),
            ("para", "closing"),
        ],
    )
)


CASES += [
    (
        "a heading naming the work and its results is practices, 基本情况 alone the assessment",
        "某街道2025年上半年意识形态工作总结\n"
        "一、上半年主要工作与成效\n"
        "街道党工委坚持守正创新，多措并举。\n"
        "二、基本情况\n"
        "上半年街道意识形态领域总体平稳。\n"
        "三、基本情况与主要成效\n"
        "党组累计召开21次专题会议。\n",
        [
            ("title", None),
            ("h1", "practices"),
            ("para", "practices"),
            ("h1", "assessment"),
            ("para", "assessment"),
            ("h1", "practices"),
            ("para", "practices"),
        ],
    ),
    (
        "an opening that announces problems starts the body with them",
        "高校意识形态工作总结\n"
        "高校意识形态工作的主流是积极健康的。同时也要看到，高校意识形态工作中还存在以下不相适应的问题。\n"
        "1.部分干部对意识形态工作的重视程度同当前复杂形势不相适应\n"
        "首都高校对外交流频繁，各种外来思潮的影响更加隐蔽多样。\n",
        [("title", None), ("para", "opening"), ("h3", "problems"), ("para", "problems")],
    ),
    (
        "paragraphs led by a short line of work are no opening; a problem's summary line",
        "意识形态领域风险点排查报告\n"
        "强化宣传思想阵地管理。团委刊物一律实行三审三校，确保稿件质量。\n"
        "强化网络意识形态管理。组建全媒体中心，实行统一领导、专人负责。\n"
        "1.网络监管仍需进一步强化，特别是对团属全媒体中心的管理。\n"
        "2.各类社团开展活动的报批时效还需进一步提高。\n",
        [
            ("title", None),
            ("para", "practices"),
            ("para", "practices"),
            ("h3", "problems"),
            ("h3", "problems"),
        ],
    ),
]


@pytest.mark.parametrize(("label", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_general_rules(label: str, text: str, expected: list) -> None:
    assert roles(text) == expected


def test_missing_title_is_null_with_a_derived_suggestion() -> None:
    _, analysis = analyze_raw(
        "局党组高度重视意识形态工作。现将本局2024年意识形态工作情况汇报如下：\n"
    )
    assert analysis.title is None
    assert analysis.suggested_title == "2024年意识形态工作情况汇报"


def test_techniques_and_placeholders_are_found() -> None:
    text = (
        "一是坚持理论学习，把稳思想“方向盘”。召开会议16次，开展研讨××次，"
        "与业务同部署、同落实、同检查，树牢“四个意识”。\n"
    )
    block = analyze_raw(text)[1].blocks[0]
    kinds = {(t.kind, t.text) for t in block.techniques}
    assert ("data_evidence", "16次") in kinds and ("data_evidence", "××次") in kinds
    assert ("parallelism", "同部署、同落实、同检查") in kinds
    assert ("formulations", "四个意识") in kinds
    assert ("metaphor_heading", "方向盘") in kinds
    assert [p["text"] for p in block.placeholders] == ["××"]


def test_practice_items_get_a_theme() -> None:
    text = "一、主要做法\n一是强化理论武装。落实“第一议题”制度，党组理论学习中心组集中学习12次。\n"
    blocks = analyze_raw(text)[1].blocks
    assert blocks[1].role == "practices" and blocks[1].theme == "theory_study"


@pytest.mark.parametrize("seed", sorted((ROOT / "corpus").glob("*.txt")), ids=lambda p: p.name[:3])
def test_cli_json_has_the_documented_shape(seed: Path) -> None:
    code, out, err = run("analyze", "--json", str(seed))
    assert code == 0, err
    record = json.loads(out)
    assert list(record) == [
        "source",
        "title",
        "suggested_title",
        "year",
        "body_kind",
        "removed",
        "changes",
        "blocks",
    ]
    for block in record["blocks"]:
        assert list(block) == [
            "id",
            "level",
            "heading",
            "role",
            "theme",
            "techniques",
            "placeholders",
            "text",
        ]
    cleaned = clean_file(seed)[1].text
    assert "".join(b["text"] for b in record["blocks"]) == cleaned
    assert len({b["id"] for b in record["blocks"]}) == len(record["blocks"])
