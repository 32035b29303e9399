"""Roles decoded as a sequence (fanwen.analyze.sequence): the parts' order and the headings
decide together; the browser's draft path (repairs=False) is left as it was."""

from __future__ import annotations

import pytest

from fanwen.analyze.analysis import analyze_text
from fanwen.analyze.blocks import Block
from fanwen.analyze.sequence import decode_roles, restarts
from fanwen.analyze.snippets import default_library

LIB = default_library()


def _para(k: int, text: str) -> Block:
    return Block(k, text, "para", None)


def _head(k: int, text: str, level: str = "h1") -> Block:
    return Block(k, text, level, text)


CASES = [
    (
        "an opening after the body began is read as the section it stands in",
        [
            (_para(0, "今年以来，局党组坚持守土有责。"), "opening"),
            (_head(1, "一、主要做法"), "practices"),
            (_para(2, "加强理论学习。"), "opening"),
        ],
        ["opening", "practices", "practices"],
    ),
    (
        "a stray earlier part without a heading follows its section",
        [
            (_head(0, "二、存在的问题"), "problems"),
            (_para(1, "理论学习不够深入。"), "problems"),
            (_para(2, "宣传阵地管理还有短板。"), "practices"),
            (_para(3, "队伍建设有待加强。"), "problems"),
        ],
        ["problems", "problems", "problems", "problems"],
    ),
    (
        "a heading that names a part moves on even against the reading",
        [
            (_head(0, "一、工作开展情况"), "practices"),
            (_para(1, "召开会议4次。"), "practices"),
            (_head(2, "二、下一步工作打算"), "practices"),
        ],
        ["practices", "practices", "next_steps"],
    ),
    (
        "the assessment of a 研判报告 may return to what was done",
        [
            (_head(0, "一、总体态势"), "assessment"),
            (_para(1, "意识形态领域总体平稳。"), "assessment"),
            (_head(2, "（一）强化理论武装", "h2"), "practices"),
        ],
        ["assessment", "assessment", "practices"],
    ),
    (
        "prose above the first section is the opening, even where it says what was done",
        [
            (_para(0, "各位领导、同志们："), "opening"),
            (_para(1, "回顾和总结是为了把经验条理化，同时找出问题和不足，加以改进。"), "practices"),
            (_head(2, "一、扎实开展理论学习"), "practices"),
            (_para(3, "支部全年组织集中学习12次。"), "practices"),
        ],
        ["opening", "opening", "practices", "practices"],
    ),
    (
        "a paragraph above the first section led as a section is (强化…，压实…。) is not",
        [
            (_para(0, "按照区委要求，现将上半年工作报告如下。"), "opening"),
            (_para(1, "加强组织领导，压实各项责任。学校由书记任组长。"), "practices"),
            (_head(2, "一、强化理论学习"), "practices"),
        ],
        ["opening", "practices", "practices"],
    ),
    (
        "a section that profiles the unit (where it lies, what it holds) is the opening",
        [
            (_head(0, "一、基本情况"), "assessment"),
            (_para(1, "××镇位于县境东北部，离县城30公里，下辖12个行政村。"), "assessment"),
            (_head(2, "二、主要做法"), "practices"),
            (_para(3, "镇党委全年召开专题会议4次。"), "practices"),
        ],
        ["opening", "opening", "practices", "practices"],
    ),
]


@pytest.mark.parametrize(("label", "pieces", "roles"), CASES, ids=[c[0] for c in CASES])
def test_decoded_roles(label: str, pieces: list, roles: list[str]) -> None:
    assert [r for _, r in decode_roles(pieces, LIB)] == roles


def test_the_title_keeps_no_role() -> None:
    pieces = [(Block(0, "某局工作总结", "title", "某局工作总结"), None)]
    pieces += [(_para(1, "今年以来，局党组坚持守土有责。"), "opening")]
    assert [r for _, r in decode_roles(pieces, LIB)] == [None, "opening"]


def test_a_list_that_starts_again_is_marked() -> None:
    blocks = [_head(k, f"{n}.事项", "h3") for k, n in enumerate((1, 2, 3, 1, 2))]
    blocks.insert(3, _head(9, "（二）存在的问题", "h2"))
    assert restarts(blocks) == [False, False, False, False, False, False]
    assert restarts([_head(k, f"{n}.事项", "h3") for k, n in enumerate((1, 2, 1))])[-1]


REPORT = """某局2023年意识形态工作总结
今年以来，局党组坚持守土有责，现将有关情况报告如下。
一、主要做法
加强理论学习，全年集中学习12次。
二、存在的问题
理论学习还不够深入。
三、下一步打算
持续加强理论武装。
"""


def test_draft_reading_is_unchanged_and_repairs_decode() -> None:
    draft = analyze_text(REPORT, repairs=False)
    full = analyze_text(REPORT)
    assert [b.role for b in draft.blocks] == [b.role for b in full.blocks]
    assert [b.role for b in full.blocks] == [
        None, "opening", "practices", "practices", "problems", "problems", "next_steps",
        "next_steps",
    ]  # fmt: skip
