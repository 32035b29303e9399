"""The line classifier (fanwen.clean.lineclass): page furniture told by its features, report
lines kept, every removal in the audit log under its own rule."""

from __future__ import annotations

import pytest

from fanwen.clean.lineclass import find_classified_noise, line_weights, score
from fanwen.clean.linefeatures import own_features as features
from fanwen.clean.pipeline import FIXER_NAMES, fix_and_explain

BODY = "今年以来，局党组坚持守土有责，认真落实意识形态工作责任制，全年召开专题会议4次。"

# (label, lines above the report's first paragraph, the lines that must go)
CASES = [
    (
        "navigation trail run together",
        ["首页范文工作总结党建工作总结", "2023年意识形态工作总结"],
        [0],
    ),
    ("a lone navigation word", ["导航", "2023年意识形态工作总结"], [0]),
    ("slogan with symbols", ["观文似海 — — 某某文库◆收藏本站~", "2023年意识形态工作总结"], [0]),
    (
        "table of contents",
        [
            "目录",
            "1.2023年意识形态工作总结(局机关) 2",
            "2.2023年意识形态工作总结(乡镇) 9",
            "2023年意识形态工作总结(局机关)",
        ],
        [0, 1, 2],
    ),
    (
        "a compilation's name over its first report",
        ["2023年意识形态工作总结汇编", "2023年意识形态工作总结(局机关)"],
        [0],
    ),
    (
        "a shorter copy of the report's own title, with a count",
        [
            "意识形态工作自评报告",
            "意识形态工作自评报告(全文共1402字)",
            "2021年上半年意识形态工作情况自评报告",
        ],
        [0, 1],
    ),
    ("the title alone stays", ["2023年意识形态工作总结"], []),
    (
        "a title a viewer broke into short lines stays for broken_title to join",
        ["网站客服:3074922707", "某街道", "2020", "上半年", "意识形态", "工作总结"],
        [0],
    ),
    ("a recipient line stays", ["2023年意识形态工作总结", "县委："], []),
    ("a date line under the title stays", ["医院意识形态工作专项报告", "（2025年03月26日）"], []),
    ("a heading above the first paragraph stays", ["2023年意识形态工作总结", "一、主要做法"], []),
    ("a slogan title stays", ["抓机遇 迎挑战 出特色", "——小学意识形态工作汇报材料"], []),
    (
        "a disclosure page's record of fields above the title",
        [
            "索  引 号: 11230105K0/2022-15502",
            "主题分类: 综合政务",
            "公开方式: 主动公开 公开范围: 面向社会 主题词:",
            "发文机关: 中共某街道工作委员会",
            "2022年某街道意识形态工作报告",
        ],
        [0, 1, 2, 3],
    ),
    (
        "a page title cut at the front, with a bar",
        ["年度意识形态工作总结(区县局)|2021年工作要点", "2021年度社区意识形态工作总结"],
        [0],
    ),
    ("a site marker with a web address", ["【example.com--述职报告】", "2020年度述职报告"], [0]),
    ("a file-type badge alone on a line", ["docx", "2021年社区意识形态工作总结"], [0]),
    (
        "the title again with a copy number",
        ["乡镇宣传工作总结", "时间:2021-08-31", "乡镇宣传工作总结1:"],
        [1, 2],
    ),
]


@pytest.mark.parametrize(("label", "head", "gone"), CASES, ids=[c[0] for c in CASES])
def test_lines_above_the_report(label: str, head: list[str], gone: list[int]) -> None:
    text = "\n".join([*head, BODY, "一、主要做法", "导航", BODY]) + "\n"
    removed = [e.before.rstrip("\n") for e in find_classified_noise(text)]
    assert removed == [head[k] for k in gone]


def test_nothing_is_taken_from_a_text_without_report_paragraphs() -> None:
    assert find_classified_noise("导航\n目录\n一、主要做法\n") == []


def test_each_removal_is_logged_and_the_text_rebuilds() -> None:
    text = f"首页范文工作总结党建工作总结\n导航\n2023年意识形态工作总结\n{BODY}\n"
    result = fix_and_explain(text)
    logged = [(c.rule, c.line, c.before) for c in result.changes if c.rule == "line_classifier"]
    assert logged == [
        ("line_classifier", 1, "首页范文工作总结党建工作总结\n"),
        ("line_classifier", 2, "导航\n"),
    ]
    assert result.text.startswith("2023年意识形态工作总结\n")
    assert result.rebuild() == text
    assert "noise_classifier" in FIXER_NAMES
    assert fix_and_explain(text, skip=["noise_classifier"]).text.startswith("首页")


def test_weights_are_data_and_move_the_decision() -> None:
    values = features("导航", [])
    weights = line_weights()
    assert score(values) > weights.threshold
    pushing = {n: 0.0 for n, w in weights.weights.items() if w * values.get(n, 0.0) > 0}
    assert pushing, "some weight must push a lone navigation word towards furniture"
    quiet = weights.model_copy(update={"weights": weights.weights | pushing})
    assert score(values, quiet) <= weights.threshold
