"""``fanwen check-draft`` as a user meets it: findings with line:column, JSON, exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from fanwen.cli import main
from helpers import DATA, ROOT

CASES = yaml.safe_load((DATA / "draft_cases.yaml").read_text(encoding="utf-8"))
GOOD = next(
    c["draft"] for c in CASES if c["label"] == "a complete draft passes every structure check"
)
BAD = "2024年工作总结\r\n局党组召开会议*次，坚定“四个意识”。\r\n笔杆儿网www.bgzjy.cn\r\n"


def run(argv: list[str], capsys: pytest.CaptureFixture) -> tuple[int, str]:
    code = main(argv)
    return code, capsys.readouterr().out


def test_a_good_draft_passes_with_exit_0(tmp_path: Path, capsys) -> None:
    draft = tmp_path / "草稿.txt"
    draft.write_text(GOOD, encoding="utf-8")
    code, out = run(["check-draft", "--corpus", str(ROOT / "corpus"), str(draft)], capsys)
    assert code == 0, out
    assert "22/22 项通过；发现 0 处错误" in out and "【提法准确】 通过 3/3 项\n✓" in out


def test_findings_name_line_column_rule_and_group(tmp_path: Path, capsys) -> None:
    draft = tmp_path / "草稿.txt"
    draft.write_bytes(BAD.encode("gbk"))
    code, out = run(["check-draft", str(draft)], capsys)
    assert code == 3
    assert "2:8      错误 placeholder.run “*” 在“局党组召开会议【*】次，坚定“四个意…”" in out
    assert "2:11     错误 formulation.sige_yishi_verb “坚定“四个意识””" in out
    assert "3:1      错误 noise.site_banner “笔杆儿网www.bgzjy.cn”" in out
    assert (
        out.index("【提法准确】")
        < out.index("formulation.sige_yishi_verb")
        < out.index("【干净可报】")
    )


def test_json_has_every_finding_and_the_checklist(tmp_path: Path, capsys) -> None:
    draft = tmp_path / "草稿.txt"
    draft.write_text(BAD, encoding="utf-8")
    code, out = run(["check-draft", "--json", str(draft)], capsys)
    record = json.loads(out)
    assert code == 3 and record["failed"] is True
    assert record["total"] == 22 and record["passed"] < 22
    star = next(f for f in record["findings"] if f["rule"] == "placeholder.run")
    assert (star["line"], star["column"], star["end_column"], star["text"]) == (2, 8, 9, "*")
    assert star["group"] == "干净可报" and star["severity"] == "error"
    groups = {c["group"] for c in record["checklist"]}
    assert groups == {"结构完整", "内容扎实", "提法准确", "干净可报", "责任事项"}


def test_copying_is_looked_for_in_the_corpus(tmp_path: Path, capsys) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(ROOT / "corpus" / "002_13674df05d4d43f5.txt", corpus)
    source = (corpus / "002_13674df05d4d43f5.txt").read_text(encoding="utf-8")
    draft = tmp_path / "草稿.txt"
    draft.write_text(GOOD + source.splitlines()[14] + "\n", encoding="utf-8")
    code, out = run(["check-draft", "--json", "--corpus", str(corpus), str(draft)], capsys)
    record = json.loads(out)
    runs = [f for f in record["findings"] if f["rule"] == "copy.run"]
    assert runs and runs[0]["extra"]["location"].startswith("exemplars/002-13674df05d4d43f5.html#b")
    # Copying is no error, but it fails the item on rewriting exemplars, as on the page.
    assert code == 3 and not any(f["severity"] == "error" for f in record["findings"])
    failed = [c["item"] for c in record["checklist"] if c["checked"] and not c["ok"]]
    assert failed == ["参考范文的地方已结合本单位实际改写，没有照搬范文原文。"]


def test_a_missing_draft_is_bad_input(tmp_path: Path, capsys) -> None:
    assert main(["check-draft", str(tmp_path / "无.txt")]) == 1


LAST_YEAR = "2024年局党组意识形态工作总结\n2024年以来，局党组扎实开展党纪学习教育。\n"


@pytest.mark.parametrize(
    ("label", "argv", "want"),
    [
        ("the title's year: nothing to ask", [], set()),
        ("the writer's year: last year's title, year and campaign", ["--year", "2025"],
         {("year.title", "2024"), ("year.stale", "2024年"), ("year.campaign", "党纪学习教育")}),
        ("the writer's year and period", ["--year", "2025", "--period", "上半年"],
         {("year.title", "2024"), ("year.stale", "2024年"), ("year.campaign", "党纪学习教育")}),
    ],
)  # fmt: skip
def test_the_year_the_report_is_for(tmp_path: Path, capsys, label, argv, want) -> None:
    draft = tmp_path / "草稿.txt"
    draft.write_text(LAST_YEAR, encoding="utf-8")
    _, out = run(["check-draft", "--json", *argv, str(draft)], capsys)
    years = [f for f in json.loads(out)["findings"] if f["rule"].startswith("year.")]
    assert {(f["rule"], f["text"]) for f in years} == want, label
    assert all(f["severity"] == "check" for f in years), label


def test_the_period_is_named_in_the_message(tmp_path: Path, capsys) -> None:
    draft = tmp_path / "草稿.txt"
    draft.write_text(LAST_YEAR, encoding="utf-8")
    _, out = run(["check-draft", "--year", "2025", "--period", "上半年", str(draft)], capsys)
    assert "本报告写的是2025年上半年，这里写的却是2024年" in out


@pytest.mark.parametrize(
    ("label", "argv"),
    [
        ("a year that is no year", ["--year", "99"]),
        ("a period not in the data", ["--year", "2025", "--period", "全年"]),
    ],
)  # fmt: skip
def test_a_bad_year_or_period_is_wrong_usage(tmp_path: Path, label, argv) -> None:
    draft = tmp_path / "草稿.txt"
    draft.write_text(LAST_YEAR, encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["check-draft", *argv, str(draft)])
    assert exit_.value.code == 2, label


def test_a_period_needs_a_year(tmp_path: Path, capsys) -> None:
    draft = tmp_path / "草稿.txt"
    draft.write_text(LAST_YEAR, encoding="utf-8")
    assert main(["check-draft", "--period", "上半年", str(draft)]) == 2
    assert "--period needs --year" in capsys.readouterr().err


def test_the_verdict_of_each_item_is_that_of_its_findings(tmp_path: Path, capsys) -> None:
    """An unfilled field and no word on events fail their items, as on the check page."""
    draft = tmp_path / "草稿.txt"
    text = GOOD.replace("局党组始终", "〔单位名称〕始终")
    draft.write_text(text.replace("本年度未发生意识形态领域重大事件。", ""), encoding="utf-8")
    code, out = run(["check-draft", str(draft)], capsys)
    assert code == 3, out
    assert "✗ 没有遗留的占位符" in out and "✓ 没有遗留的占位符" not in out
    assert "✗ 写明意识形态领域形势研判结论" in out
    # Each finding is listed under the item it fails, and the count is the page's.
    assert out.index("✗ 没有遗留的占位符") < out.index("placeholder.field")
    assert out.index("✗ 写明意识形态领域形势研判结论") < out.index("structure.events")
    assert out.index("structure.events") < out.index("【内容扎实】")
    record = json.loads(run(["check-draft", "--json", str(draft)], capsys)[1])
    failed = {c["item"][:6] for c in record["checklist"] if c["checked"] and not c["ok"]}
    assert {"写明意识形态", "没有遗留的占"} <= failed and "有“做法成效" not in failed
    assert f"{record['passed']}/{record['total']} 项通过" in out
