"""The year a report is for: its period, and the year checks over the real reports.

The conformance cases (tests/data/draft_cases.yaml, both engines) hold each rule's hits and
passes. Here: the period given by the writer wins over the title's; over the five exemplars and
the real pages the year checks find exactly the spots listed below (each read and judged: every
one is a real question for the writer, none a false alarm); and asking for the year after the
title's, as a writer starting from last year's report does, marks what must change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fanwen.check.draft import text_findings
from fanwen.check.findings import normalize_breaks
from fanwen.check.formulations import load_formulations
from fanwen.check.meetings import Period, head_year, report_period
from fanwen.intake.read import read_file
from helpers import DATA, ROOT

TABLE = load_formulations(ROOT / "snippets")
PAGES = sorted([*(ROOT / "corpus").glob("*.txt"), *(DATA / "real").glob("*.txt")])

# What the year checks find on the real reports, each read in its page:
REVIEWED = {
    # A "2022" report whose main line is 以开展党史学习教育为主线: the 2021 campaign, as in the
    # 2021 report it was made from (the same page on two sites).
    ("002_13674df05d4d43f5.txt", "year.campaign", "党史学习教育"),
    ("sucai198-1.txt", "year.campaign", "党史学习教育"),
    # A 2024 report saying 扎实开展学习贯彻新思想主题教育 (2023, its second batch ended in
    # January 2024): worth asking.
    ("gwg365-1.txt", "year.campaign", "主题教育"),
    # A page titled 2023 whose text begins 2021 年以来 and speaks of 党史学习教育: a 2021 report
    # under a new year in its title.
    ("triumph-1.txt", "year.stale", "2021 年"),
    ("triumph-1.txt", "year.campaign", "党史学习教育"),
}


def _text(path: Path) -> str:
    return normalize_breaks(read_file(path).text)


def _year_findings(text: str, year: int | None = None) -> set[tuple[str, str]]:
    return {
        (f.rule, f.text) for f in text_findings(text, TABLE, year) if f.rule.startswith("year.")
    }


def test_year_checks_find_exactly_the_reviewed_spots_on_real_reports() -> None:
    found = {(p.name, rule, text) for p in PAGES for rule, text in _year_findings(_text(p))}
    assert found == REVIEWED


PERIODS = [
    # label, text, the writer's year and period, the period found
    ("the title's year and quarter", "2024年第三季度总结", None, None, (2024, 9, "第三季度")),
    ("the writer's year wins over the title's", "2024年上半年总结", 2025, None, (2025, 12, "度")),
    ("the title's half year kept", "2025年上半年总结", 2025, None, (2025, 6, "上半年")),
    ("the writer's year and period", "工作总结", 2025, "前三季度", (2025, 9, "前三季度")),
    ("no year anywhere", "工作总结\n今年以来，局党组……", None, None, None),
    ("a page's date is no year", "时间：2022-07-12\n县委2020年报告", None, None, (2020, 12, "度")),
    ("a document number is none", "（〔2021〕36号）\n2019年，局党委", None, None, (2019, 12, "度")),
]  # fmt: skip


@pytest.mark.parametrize(("label", "text", "year", "period", "want"), PERIODS)
def test_the_report_period(label, text, year, period, want) -> None:
    found = report_period(text, TABLE.meetings, year, period)
    assert found == (Period(*want) if want else None), label


def test_starting_from_last_years_report_marks_its_title() -> None:
    """Every real report with a year in its title, checked for the next year, has it marked."""
    titled = []
    for path in PAGES:
        text = _text(path)
        head = head_year(text)
        if head and "。" not in text[head[0] :].split("\n")[0]:
            titled.append((path.name, text, int(text[head[0] : head[1]])))
    assert len(titled) >= 25
    for name, text, year in titled:
        assert ("year.title", str(year)) in _year_findings(text, year + 1), name
        assert ("year.title", str(year)) not in _year_findings(text, year), name
    corpus = _year_findings(_text(ROOT / "corpus" / "002_13674df05d4d43f5.txt"), 2023)
    assert {("year.stale", "2022年"), ("year.title", "2022")} <= corpus


def test_every_campaign_pattern_finds_its_own_name() -> None:
    import re

    for campaign in TABLE.campaigns:
        assert re.search(campaign.pattern, campaign.name), campaign.key
        assert [c.key for c in TABLE.campaigns_of(campaign.year)] == [campaign.key]


def test_a_campaign_later_than_the_report_is_worded_so() -> None:
    def message(text: str) -> str:
        return next(f.message for f in text_findings(text, TABLE) if f.rule == "year.campaign")

    later = message("2023年局党组意识形态工作总结\n局党组巩固深化党纪学习教育成果。")
    earlier = message("2025年局党组意识形态工作总结\n局党组扎实开展主题教育。")
    assert "晚于本报告所写的2023年度" in later
    assert earlier.startswith("“学习贯彻习近平新时代中国特色社会主义思想主题教育”是2023年开展的")
    assert "如是巩固拓展其成果，可以保留" in earlier
