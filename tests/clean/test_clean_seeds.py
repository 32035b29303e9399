"""The five seed exemplars: golden cleaned text, no site text left, no report text lost.

Golden files live in tests/golden/clean/. After a deliberate change to cleaning, rewrite
them with ``FANWEN_UPDATE_GOLDEN=1 make test`` and review the diff before committing.
"""

from __future__ import annotations

import os
import re

import pytest

from fanwen.clean.chars import CJK_RE
from fanwen.clean.pipeline import NOISE_FIXERS
from fanwen.corpus import clean_file
from helpers import GOLDEN, ROOT

# The seeds copied from websites; the project's own model reports (model_*.txt) have nothing to
# clean, which tests/test_model_reports.py checks.
SEEDS = sorted(p for p in (ROOT / "corpus").glob("*.txt") if not p.name.startswith("model_"))
GOLDEN = GOLDEN / "clean"
UPDATE = os.environ.get("FANWEN_UPDATE_GOLDEN") == "1"

# Site text of any kind that must not survive cleaning.
LEFTOVERS = re.compile(
    r"www\.|\.com|\.cn\b|bgzjy|SUCAI|paid|admin|阅读时长|加入收藏|扫码|领取福利|公众号：|素材库|"
    r"代笔|客服|会员群|哒哒|^\d{5,}$",
    re.IGNORECASE | re.MULTILINE,
)
# Sentences of the reports that are easy to lose: short, next to noise, or placeholders.
MUST_KEEP = {
    "000": [
        "今年以来我局无典型事件和影响及长期存在的问题。",
        "年度党组会议××次专题分析研判",
        "与学习习近平对××重要指示精神相结合",
        "在《××简报》等刊发",
    ],
    "001": ["现将××××年贯彻落实意识形态工作情况汇报如下：", "组织党组理论学习××次"],
    "002": [
        "2022年市局党组意识形态工作情况报告",
        "牢牢把握党对意识形态工作的领导权。\n三要强化“一岗双责”",
        "把稳思想“方向盘”",
        "党委（党组）书记述职评议大会",
        "近300篇（条）",
    ],
    "003": ["一是强化理论学习，把准正确政治方向。", "全年共召开××次党组会议", "党的××大大精神"],
    "004": [
        "结合主题教育，精准落实各项惠民政策",
        "对×××工作群、×××等平台进行安全把关",
        "筑牢海北医保系统意识形态工作基础。",
    ],
}


@pytest.fixture(scope="module", params=SEEDS, ids=[s.name[:3] for s in SEEDS])
def seed(request: pytest.FixtureRequest):
    extracted, result = clean_file(request.param)
    return request.param, extracted, result


def test_cleaned_text_matches_golden(seed) -> None:
    path, _, result = seed
    golden = GOLDEN / path.name
    if UPDATE:
        golden.write_text(result.text, encoding="utf-8")
    assert result.text == golden.read_text(encoding="utf-8")


def test_no_site_text_is_left(seed) -> None:
    _, _, result = seed
    assert LEFTOVERS.findall(result.text) == []


def test_sentences_that_are_easy_to_lose_are_kept(seed) -> None:
    path, _, result = seed
    for sentence in MUST_KEEP[path.name[:3]]:
        assert sentence in result.text


def test_original_is_rebuilt_from_the_log(seed) -> None:
    path, extracted, result = seed
    assert extracted.decoded.to_bytes(result.rebuild()) == path.read_bytes()


def test_chinese_removed_only_as_noise(seed) -> None:
    """Outside noise rules, cleaning may change punctuation and spaces, never report text."""
    _, _, result = seed
    for name, changes in result.steps:
        for change in changes:
            if name not in NOISE_FIXERS and name != "dangling_numbers":
                assert CJK_RE.findall(change.before) == [], change
