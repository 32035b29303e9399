"""The command-line tool as a user meets it: output, audit log, and bad input."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from fanwen.cli import main
from fanwen.corpus import MAX_BYTES
from fanwen.intake.decode import Decoded
from helpers import run

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpus").glob("*.txt"))
REPORT = "2022年意识形态工作总结\n局党组坚持守土有责。笔杆儿网www.bgzjy.cn\n召开会议*次。\n"


def test_clean_prints_the_cleaned_text(tmp_path: Path) -> None:
    source = tmp_path / "甲.txt"
    source.write_bytes(REPORT.encode("gbk"))
    code, out, _ = run("clean", str(source))
    assert code == 0
    assert out == "2022年意识形态工作总结\n局党组坚持守土有责。\n召开会议××次。\n"


def test_explain_lists_every_change_with_rule_and_line(tmp_path: Path) -> None:
    source = tmp_path / "甲.txt"
    source.write_text(REPORT, encoding="utf-8")
    code, out, _ = run("clean", "--explain", str(source))
    assert code == 0
    assert "decoded as utf-8" in out
    assert "L2    watermark" in out and '"笔杆儿网www.bgzjy.cn"' in out
    assert "L3    placeholder" in out and '"*" → "××"' in out


@pytest.mark.parametrize("seed", SEEDS, ids=[s.name for s in SEEDS])
def test_json_log_rebuilds_the_original_bytes(seed: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["clean", "--json", str(seed)]) == 0
    record = json.loads(capsys.readouterr().out)
    text = Path(seed).read_bytes()
    cleaned = main_text(seed)
    for step in reversed(record["steps"]):
        for c in sorted(step["changes"], key=lambda c: (c["new_pos"], c["pos"]), reverse=True):
            cleaned = (
                cleaned[: c["new_pos"]] + c["before"] + cleaned[c["new_pos"] + len(c["after"]) :]
            )
    decoded = Decoded(
        cleaned,
        record["encoding"],
        bytes.fromhex(record["bom"]),
        bytes.fromhex(record["cut_bytes"]),
    )
    assert decoded.to_bytes() == text


def main_text(seed: Path) -> str:
    code, out, _ = run("clean", str(seed))
    assert code == 0
    return out


def bad_inputs(tmp: Path) -> list[tuple[str, Path, str]]:
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "blank.txt").write_text(" \u3000\n\t\n", encoding="utf-8")
    (tmp / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp / "mixed.txt").write_bytes(REPORT.encode() + b"\xff\xfe\xfa" + REPORT.encode())
    (tmp / "huge.txt").write_bytes(REPORT.encode() * (MAX_BYTES // len(REPORT.encode()) + 1))
    (tmp / "noise.txt").write_text("微信扫码领取福利\n221381\n", encoding="utf-8")
    (tmp / "folder").mkdir()
    return [
        ("missing file", tmp / "missing.txt", "no such file"),
        ("directory", tmp / "folder", "is a directory"),
        ("empty file", tmp / "empty.txt", "file is empty"),
        ("whitespace only", tmp / "blank.txt", "only whitespace"),
        ("binary data", tmp / "binary.txt", "binary data"),
        ("undecodable bytes", tmp / "mixed.txt", "cannot decode"),
        ("over the size limit", tmp / "huge.txt", "the limit for .txt is"),
        ("only site noise", tmp / "noise.txt", "nothing is left after cleaning"),
    ]


def test_each_bad_input_names_file_and_problem(tmp_path: Path) -> None:
    for label, path, problem in bad_inputs(tmp_path):
        code, out, err = run("clean", str(path))
        assert code == 1, label
        assert out == "", label
        assert err.startswith(f"fanwen: error: {path}: "), (label, err)
        assert problem in err and err.count("\n") == 1, (label, err)


def test_export_of_a_bad_corpus_lists_every_bad_file_and_writes_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEEDS[0], corpus)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 8)
    out = tmp_path / "out"
    code, _, err = run("export", str(corpus), str(out))
    assert code == 1
    assert "2 bad file(s)" in err
    assert "empty.txt: file is empty" in err and "binary.txt: binary data" in err
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus"]


def test_export_writes_text_and_audit_for_each_exemplar(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, stdout, _ = run("export", str(ROOT / "corpus"), str(out))
    assert code == 0, stdout
    texts = sorted(out.glob("*.txt"))
    assert len(texts) == len(SEEDS)
    assert len(list(out.glob("*.audit.json"))) == len(SEEDS)


def test_unknown_metadata_key_names_file_and_field(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEEDS[0], corpus)
    (corpus / "meta.yaml").write_text(
        f"{SEEDS[0].name}:\n  slug: demo\n  titel: 错字段\n", encoding="utf-8"
    )
    code, _, err = run("check", str(corpus))
    assert code == 1
    assert "meta.yaml" in err and "titel" in err and "Extra inputs are not permitted" in err


def test_check_accepts_the_real_corpus() -> None:
    code, out, _ = run("check", str(ROOT / "corpus"))
    assert code == 0
    assert f"{len(SEEDS)} exemplar(s), no problems" in out


def test_wrong_usage_exits_2() -> None:
    code, _, err = run("clean")
    assert code == 2 and "usage" in err
    assert os.path.exists(Path(sys.executable).parent / "fanwen")
