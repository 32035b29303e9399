"""Helpers shared by the test modules: the ``fanwen`` command run as a user runs it, the
real site built with ``mkdocs build --strict`` in a subprocess, and readers of what a
built page holds.

Each build runs the project's mkdocs.yml, as ``make build`` does, with the corpus folder set
through ``FANWEN_CORPUS`` (read by mkdocs.yml as ``extra.fanwen.corpus``); an exported
``FANWEN_CORPUS`` of the caller never leaks in.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from fanwen.analyze.analysis import Analysis
from fanwen.render.notes import shown_text

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
DATA = TESTS / "data"  # cases, gold annotations and real pages
GOLDEN = TESTS / "golden"  # expected outputs; FANWEN_UPDATE_GOLDEN=1 rewrites them


@dataclass
class Built:
    site: Path
    returncode: int
    output: str  # stdout, then stderr
    stderr: str


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
VOID |= {"track", "wbr"}


class Page(HTMLParser):
    """What a built page holds: block texts by their pair's id, tags inside them, the ``fw-ph``
    marks, scripts, ids, references."""

    def __init__(self) -> None:
        super().__init__()
        self.blocks: dict[str, str] = {}
        self.block_tags: dict[str, list[str]] = {}
        self.marks: list[str] = []  # text of each placeholder mark inside a block
        self.ids: list[str] = []
        self.scripts: list[tuple[str | None, str]] = []
        self.refs: list[tuple[str, str]] = []  # what a browser loads: (where, url)
        self.links: list[str] = []  # <a href>
        self.title = ""
        self._stack: list[str] = []
        self._block: str | None = None  # id of the fw-pair whose fw-block is open
        self._block_depth = 0
        self._pair = ""
        self._in_mark = False

    @property
    def inner_tags(self) -> list[str]:
        """Every tag met inside a block's text, in page order."""
        return [tag for tags in self.block_tags.values() for tag in tags]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        if found.get("id"):
            self.ids.append(found["id"])
        if tag == "a" and "href" in found:
            self.links.append(found["href"])
        elif tag != "a":
            self.refs += [
                (f"<{tag} {a}>", found[a]) for a in ("href", "src", "srcset") if a in found
            ]
        if tag == "script":
            self.scripts.append((found.get("src"), ""))
        classes = found.get("class", "").split()
        if self._block is not None:
            self.block_tags[self._block].append(tag)
            self._in_mark = tag == "mark" and "fw-ph" in classes
        elif "fw-pair" in classes:
            self._pair = found["id"]
        elif tag == "div" and "fw-block" in classes:
            self._block = self._pair
            self.blocks[self._block] = ""
            self.block_tags[self._block] = []
            self._block_depth = len(self._stack)
        if tag not in VOID:
            self._stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        self._in_mark = False
        if tag in self._stack:
            while self._stack.pop() != tag:
                pass
        if self._block is not None and len(self._stack) <= self._block_depth:
            self._block = None

    def handle_data(self, data: str) -> None:
        if self._block is not None:
            self.blocks[self._block] += data
        if self._in_mark:
            self.marks.append(data)
        if self._stack and self._stack[-1] == "script" and self.scripts:
            src, text = self.scripts[-1]
            self.scripts[-1] = (src, text + data)
        if self._stack and self._stack[-1] == "title":
            self.title += data


def parse_page(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def read_page(path: Path) -> Page:
    return parse_page(path.read_text(encoding="utf-8"))


def run(*args: str) -> tuple[int, str, str]:
    """Run the installed console script ``fanwen``, as a user would: (exit code, out, err)."""
    exe = Path(sys.executable).parent / "fanwen"
    proc = subprocess.run(
        [str(exe), *args], capture_output=True, text=True, encoding="utf-8", check=False
    )
    return proc.returncode, proc.stdout, proc.stderr


def mkdocs_build(site: Path, corpus: Path | None = None, config: Path | None = None) -> Built:
    """``mkdocs build --strict`` of the project into ``site``, from ``corpus`` if given.

    With ``config``, that file is built as it is, without ``--strict`` on the command line:
    its own settings decide.
    """
    env = {k: v for k, v in os.environ.items() if k != "FANWEN_CORPUS"}
    env["NO_MKDOCS_2_WARNING"] = "1"
    if corpus is not None:
        env["FANWEN_CORPUS"] = str(corpus)
    how = ["--strict", "-f", "mkdocs.yml"] if config is None else ["-f", str(config)]
    command = [sys.executable, "-m", "mkdocs", "build", *how, "-d", str(site)]
    done = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", check=False
    )
    return Built(site, done.returncode, done.stdout + done.stderr, done.stderr)


def shown_blocks(analysis: Analysis) -> dict[str, str]:
    """Each block of the analysis with text in it, as its page shows it: minus the line end."""
    return {b.id: shown_text(b) for b in analysis.blocks if b.text.strip()}


def outside_refs(site: Path) -> list[str]:
    """Every reference to another host that a browser would load from a built page."""
    found = []
    for path in site.rglob("*.html"):
        page = read_page(path)
        found += [f"{path.name} {what} {url}" for what, url in page.refs if is_outside(url)]
        text = path.read_text(encoding="utf-8")
        found += [f"{path.name} style {u}" for u in css_urls(text) if is_outside(u)]
    for path in site.rglob("*.css"):
        found += [f"{path.name} {u}" for u in css_urls(path.read_text("utf-8")) if is_outside(u)]
    return found


def css_urls(css: str) -> list[str]:
    urls = re.findall(r"""url\(\s*['"]?([^'")\s]+)""", css)
    return urls + re.findall(r"""@import\s+['"]([^'"]+)""", css)


def is_outside(url: str) -> bool:
    parts = urlsplit(url.strip())
    return bool(parts.netloc) or parts.scheme not in ("", "data")


def as_pattern(phrase: str) -> re.Pattern[str]:
    """×× in a data phrase stands for the figure the exemplar gave (or its own ××)."""
    parts = [re.escape(p) for p in phrase.split("××")]
    return re.compile(r"(?:\d+(?:[.,]\d+)?|×{2,})".join(parts))
