"""The Makefile's choice of Python: the newest python3.x (3.11 or later) on PATH that runs,
checked with stand-in pythons (shell scripts) on a PATH of their own."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import ROOT

TOOLS = ("sh", "make", "ls", "sed", "sort", "awk", "tail", "echo", "test")  # what make runs here


def stub(folder: Path, name: str, status: int = 0) -> None:
    path = folder / name
    path.write_text(f"#!/bin/sh\nexit {status}\n", encoding="utf-8")
    path.chmod(0o755)


def choose(tmp_path: Path, pythons: dict[str, int], *args: str) -> subprocess.CompletedProcess:
    """`make -s python` with only ``pythons`` ({name: exit status}) and the tools on PATH."""
    tools, fake = tmp_path / "tools", tmp_path / "bin"
    tools.mkdir()
    fake.mkdir()
    for tool in TOOLS:
        found = shutil.which(tool)
        assert found, tool
        (tools / tool).symlink_to(found)
    for name, status in pythons.items():
        stub(fake, name, status)
    env = {"PATH": f"{fake}:{tools}", "HOME": str(tmp_path)}
    command = ["make", "-s", "--no-print-directory", "-C", str(ROOT), "python", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, encoding="utf-8")


CASES = [
    (
        "Ubuntu 24.04 / Debian 13: 3.12 and 3.13, no 3.11",
        {"python3.12": 0, "python3.13": 0},
        "python3.13",
    ),
    ("3.11 only", {"python3.11": 0}, "python3.11"),
    (
        "newest first, by number not by text: 3.9 and 3.11",
        {"python3.9": 0, "python3.11": 0},
        "python3.11",
    ),
    (
        "a python3.13 that does not run is passed over",
        {"python3.12": 0, "python3.13": 1},
        "python3.12",
    ),
    ("python3.13-config is no Python", {"python3.11": 0, "python3.13-config": 0}, "python3.11"),
]


@pytest.mark.parametrize(("pythons", "chosen"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_make_takes_the_newest_python_from_3_11(tmp_path: Path, pythons: dict, chosen: str) -> None:
    done = choose(tmp_path, pythons)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == chosen


def test_make_says_clearly_when_there_is_no_python_3_11_or_newer(tmp_path: Path) -> None:
    done = choose(tmp_path, {"python3.9": 0, "python3.10": 0, "python3.13": 1})
    assert done.returncode != 0
    assert "no python3.11 or newer on PATH" in done.stderr
    assert "make PYTHON=" in done.stderr


def test_a_python_given_to_make_is_used(tmp_path: Path) -> None:
    done = choose(tmp_path, {"python3.13": 0}, "PYTHON=/opt/python/bin/python3.12")
    assert done.stdout.strip() == "/opt/python/bin/python3.12"
