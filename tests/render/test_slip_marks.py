"""What the checker knows reaches the reading side: exemplar and comparison pages mark each 提法
slip in the text and give its right wording; no aid page offers a slip as a phrase to copy.

Run over the five seed exemplars and the real pages (as a corpus of their own), so the exemplar
slips listed in tests/check/test_formulation_data.py are all met.
"""

from __future__ import annotations

import html
import re
import shutil
from html.parser import HTMLParser

import pytest

from fanwen.analyze.analysis import analyze_text
from fanwen.analyze.snippets import default_library
from fanwen.corpus import load_corpus
from fanwen.render.notes import shown_text
from fanwen.render.pages import page_path, site_pages
from fanwen.render.slip_marks import corrected_phrase, formulation_findings, marked_segments
from helpers import DATA, ROOT


@pytest.fixture(scope="module", params=["seeds", "real"])
def site(request, tmp_path_factory):
    """(exemplars with their analyses, every generated page) of one corpus."""
    folder = ROOT / "corpus"
    if request.param == "real":
        folder = tmp_path_factory.mktemp("real")
        for path in (DATA / "real").glob("*.txt"):
            shutil.copy(path, folder / path.name)
    exemplars = list(load_corpus(folder))
    library = default_library()
    analyses = {ex.slug: analyze_text(ex.text, library) for ex in exemplars}
    return exemplars, analyses, site_pages(exemplars, library)


class Marks(HTMLParser):
    """Per block (its pair's or comparison block's id): the text of each fw-slip mark inside
    the block, and the slip notes (the note's 提法 rows, or the notes under a comparison block)."""

    def __init__(self) -> None:
        super().__init__()
        self.marked: dict[str, list[str]] = {}
        self.notes: dict[str, list[str]] = {}
        self._pair = ""
        self._in_block = self._in_mark = self._in_note = False
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        classes = found.get("class", "").split()
        if "fw-pair" in classes or "fw-compare" in classes:
            self._pair = found["id"]
            self.marked.setdefault(self._pair, [])
            self.notes.setdefault(self._pair, [])
        if tag == "div" and "fw-block" in classes:
            self._in_block, self._depth = True, 0
        elif self._in_block and tag == "div":
            self._depth += 1
        if tag == "mark" and "fw-slip" in classes and self._in_block:
            self._in_mark = True
            self.marked[self._pair].append("")
        if "fw-note-slip" in classes or "fw-slip-note" in classes:
            self._in_note = True
            self.notes[self._pair].append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._in_mark = False
        if tag in ("div", "p") and self._in_note:
            self._in_note = False
        if tag == "div" and self._in_block:
            if self._depth == 0:
                self._in_block = False
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._in_mark:
            self.marked[self._pair][-1] += data
        if self._in_note:
            self.notes[self._pair][-1] += data


def marks_of(page: str) -> Marks:
    parser = Marks()
    parser.feed(page)
    parser.close()
    return parser


def test_exemplar_pages_mark_every_slip_and_give_its_right_wording(site) -> None:
    exemplars, analyses, pages = site
    seen = 0
    for ex in exemplars:
        read = marks_of(pages[page_path(ex)])
        for block in analyses[ex.slug].blocks:
            found = formulation_findings(shown_text(block)) if block.text.strip() else []
            spans = [f.text for f in found]
            assert "".join(read.marked.get(block.id, [])) == "".join(spans), (ex.slug, block.id)
            notes = read.notes.get(block.id, [])
            for f in found:  # the span and the right wording stand in the block's note
                assert any(f.text in n and f.message in n for n in notes), (ex.slug, f.text)
            seen += len(found)
    assert seen >= 3


def test_comparison_pages_mark_every_slip_and_give_its_right_wording(site) -> None:
    _, analyses, pages = site
    blocks = {f"{slug}-{b.id}": b for slug, a in analyses.items() for b in a.blocks}
    seen = 0
    for path, page in pages.items():
        if not path.startswith(("aids/compare/", "aids/theme/")):
            continue
        read = marks_of(page)
        for key, marked in read.marked.items():
            found = formulation_findings(shown_text(blocks[key]))
            assert "".join(marked) == "".join(f.text for f in found), (path, key)
            for f in found:
                assert any(f.text in n and f.message in n for n in read.notes[key]), (path, key)
            seen += len(found)
    assert seen >= 3


PHRASE = re.compile(r'<span class="fw-phrase">(.*?)</span>')
TAG = re.compile(r"<[^>]+>")


def copyable(path: str, page: str) -> list[str]:
    """What a reader copies from an aid page: the phrase bank's phrases; elsewhere the text."""
    if path == "aids/phrases.md":
        return [html.unescape(TAG.sub("", p).replace("\\", "")) for p in PHRASE.findall(page)]
    return [html.unescape(TAG.sub("", page))]


def test_no_aid_page_offers_a_slip_to_copy(site) -> None:
    _, _, pages = site
    aids = {
        p: page
        for p, page in pages.items()
        if p.startswith("aids/") and not p.startswith(("aids/compare", "aids/theme"))
    }
    assert "aids/phrases.md" in aids and "aids/skeleton.txt" in aids
    offered = [(p, t) for p, page in aids.items() for t in copyable(p, page)]
    assert len(offered) >= 20
    assert [(p, f.text) for p, t in offered for f in formulation_findings(t)] == []


def test_a_misordered_list_is_shown_put_right_and_marked() -> None:
    pages = site_pages(list(load_corpus(ROOT / "corpus")), default_library())
    bank = pages["aids/phrases.md"]
    line = next(x for x in bank.splitlines() if "守土有责、守土负责、守土尽责</span>" in x)
    assert '<mark class="fw-slip">守土有责、守土尽责、守土负责</mark>' in line
    assert "增强“四个自信”" not in bank  # a slip no reordering mends is left out


@pytest.mark.parametrize(
    ("text", "right"),
    [
        pytest.param(
            "守土有责、守土尽责、守土负责", "守土有责、守土负责、守土尽责", id="three-reordered"
        ),
        pytest.param("领导权、话语权和管理权", "领导权、管理权和话语权", id="separators-kept"),
        pytest.param("增强“四个意识”", "增强“四个意识”", id="right-as-it-is"),
        pytest.param("增强“四个自信”", None, id="wrong-verb-left-out"),
        pytest.param("政治意识、大局意识、看齐意识", None, id="missing-member-left-out"),
        pytest.param("新时代中国特色社会主义思想", None, id="name-cut-left-out"),
    ],
)
def test_corrected_phrase(text: str, right: str | None) -> None:
    assert corrected_phrase(text) == right


@pytest.mark.parametrize(
    ("text", "placeholders", "pieces"),
    [
        pytest.param("坚定“四个意识”", [], [("坚定“四个意识”", False, True)], id="whole-slip"),
        pytest.param(
            "召开××次", [{"text": "××", "offset": 2}],
            [("召开", False, False), ("××", True, False), ("次", False, False)], id="no-slip",
        ),
        pytest.param(
            "学习贯彻××文化思想", [{"text": "××", "offset": 4}],
            [("学习贯彻", False, False), ("××", True, True), ("文化思想", False, True)],
            id="placeholder-inside-a-slip",
        ),
    ],
)  # fmt: skip
def test_marked_segments(text: str, placeholders: list, pieces: list) -> None:
    got = marked_segments(text, placeholders, formulation_findings(text))
    assert [(s.text, s.placeholder, s.slip) for s in got] == pieces
    assert "".join(s.text for s in got) == text
