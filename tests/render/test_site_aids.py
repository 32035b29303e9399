"""The writing aids in a real ``mkdocs build --strict`` of six exemplars: the five seeds plus
a sixth dropped into a copy of ``corpus/``, with no code change.

Each aid page is read back from the built HTML and checked against the analysis of the
corpus: comparison pages hold every block of their role or theme verbatim (and no other),
the terms page links to every block using a term, every phrase-bank link leads to a block
holding the phrase, and the skeleton is offered exactly, as text and as a .txt download.
"""

from __future__ import annotations

import html
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from fanwen.aids.compare import by_role, by_theme
from fanwen.aids.skeleton import load_skeleton, skeleton_text
from fanwen.aids.terms import load_terms, term_places
from fanwen.analyze.analysis import Analysis, analyze_text
from fanwen.analyze.snippets import default_library
from fanwen.corpus import load_corpus
from fanwen.render.aid_pages import TERM_PLACES_SHOWN
from fanwen.render.notes import shown_text
from fanwen.render.pages import page_title
from fanwen.render.search_index import read_records
from helpers import ROOT, Built, as_pattern, mkdocs_build

pytestmark = pytest.mark.slow

SIXTH_SLUG = "town-party-committee-2024"
SIXTH = (
    "2024年××镇党委意识形态工作总结\n"
    "2024年，镇党委认真落实意识形态工作责任制。现将有关情况报告如下：\n"
    "一、工作开展情况\n"
    "一是强化网络阵地管理。落实“三审三校”制度，全年监测处置网络舆情7起，坚决做到“两个维护”。\n"
    "二是抓实理论学习。严格落实“第一议题”制度，党委理论学习中心组集中学习12次。\n"
    "二、存在的问题\n网评员队伍力量薄弱，舆情研判能力不足。\n"
    "三、下一步工作打算\n加强网评员队伍建设，每季度开展一次舆情研判培训。\n"
)


class AidPage(HTMLParser):
    """Comparison blocks (id → text), links under each heading, phrase-bank rows."""

    def __init__(self) -> None:
        super().__init__()
        self.compared: dict[str, str] = {}
        self.links: dict[str, list[str]] = {}  # heading text → hrefs in its section
        self.phrases: list[tuple[str, list[str]]] = []  # (phrase, hrefs)
        self.was: list[str] = []  # per phrase row: the exemplars' wording it was put right from
        self._in_was = False
        self._compare: str | None = None
        self._heading = ""
        self._in_heading = False
        self._in_phrase = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        classes = found.get("class", "").split()
        if tag == "div" and "fw-compare" in classes:
            self._compare = found["id"]
            self.compared[self._compare] = ""
        elif tag in ("h2", "h3"):
            self._heading, self._in_heading = "", True
        elif tag == "li":
            self.phrases.append(("", []))
            self.was.append("")
        elif tag == "mark" and "fw-slip" in classes and self.phrases:
            self._in_was = True
        elif tag == "span" and "fw-phrase" in classes:
            self._in_phrase = True
        elif tag == "a" and "href" in found and "headerlink" not in classes:
            self.links.setdefault(self._heading, []).append(found["href"])
            if self.phrases:
                self.phrases[-1][1].append(found["href"])

    def handle_endtag(self, tag: str) -> None:
        if tag == "div":
            self._compare = None
        elif tag == "span":
            self._in_phrase = False
        elif tag == "mark":
            self._in_was = False
        elif tag in ("h2", "h3"):
            self._in_heading = False

    def handle_data(self, data: str) -> None:
        if self._compare is not None:
            self.compared[self._compare] += data
        if self._in_heading and data != "\u00b6":  # the permalink sign
            self._heading += data
        if self._in_phrase:
            phrase, hrefs = self.phrases[-1]
            self.phrases[-1] = (phrase + data, hrefs)
        if self._in_was:
            self.was[-1] += data


def read_aid(path: Path) -> AidPage:
    """The parts of a page's article (navigation and footer left out)."""
    raw = path.read_text(encoding="utf-8")
    page = AidPage()
    page.feed(raw[raw.index("<article") : raw.index("</article>")])
    page.close()
    return page


def read_topic(index: Path) -> AidPage:
    """A comparison (its index page and every page it lists) read as one page: the compared
    blocks and the links of all its pages; each page listed once and under the size cap."""
    merged = AidPage()
    pages = [h for hrefs in read_aid(index).links.values() for h in hrefs if "/" in h]
    assert len(pages) == len(set(pages)), index
    for href in pages:
        path = index.parent / unquote(urlsplit(href).path)
        assert path.stat().st_size <= 300_000, path
        page = read_aid(path)
        merged.compared |= page.compared
        for heading, hrefs in page.links.items():
            merged.links.setdefault(heading, []).extend(hrefs)
    return merged


def block_of(href: str) -> tuple[str, str]:
    """(exemplar slug, block id) of a link such as ../exemplars/x.html#b7."""
    parts = urlsplit(href)
    return Path(unquote(parts.path)).stem, unquote(parts.fragment)


@pytest.fixture(scope="module")
def six(tmp_path_factory: pytest.TempPathFactory) -> tuple[Built, list[tuple[str, str, Analysis]]]:
    corpus = tmp_path_factory.mktemp("six-corpus")
    for path in (ROOT / "corpus").iterdir():
        shutil.copy(path, corpus / path.name)
    (corpus / f"{SIXTH_SLUG}.txt").write_text(SIXTH, encoding="utf-8")
    built = mkdocs_build(tmp_path_factory.mktemp("six") / "site", corpus)
    assert built.returncode == 0, built.output
    library = default_library()
    analysed = []
    for ex in load_corpus(corpus):
        analysis = analyze_text(ex.text, library)
        analysed.append((ex.slug, page_title(ex, analysis), analysis))
    assert len(analysed) == len(load_corpus(ROOT / "corpus")) + 1
    assert SIXTH_SLUG in {slug for slug, _, _ in analysed}
    return built, analysed


def expected_compared(places) -> dict[str, str]:
    return {f"{p.slug}-{p.block.id}": shown_text(p.block) for p in places}


def test_role_comparisons_hold_every_block_of_the_role_verbatim(six) -> None:
    built, corpus = six
    for role, places in by_role(corpus).items():
        page = read_topic(built.site / "aids" / f"compare-{role}.html")
        assert page.compared == expected_compared(places), role
        linked = {block_of(h) for hrefs in page.links.values() for h in hrefs if "exemplars/" in h}
        assert linked == {(p.slug, p.block.id) for p in places}, role
    problems = read_topic(built.site / "aids" / "compare-problems.html").compared
    with_problems = {key.rsplit("-", 1)[0] for key in problems}
    assert SIXTH_SLUG in with_problems and len(with_problems) >= 5


def test_theme_comparisons_hold_every_block_of_the_theme(six) -> None:
    built, corpus = six
    themes = by_theme(corpus, default_library())
    assert len(themes) >= 5
    for theme, places in themes.items():
        page = read_topic(built.site / "aids" / f"theme-{theme}.html")
        assert page.compared == expected_compared(places), theme


def test_terms_page_links_every_block_using_the_term(six) -> None:
    built, corpus = six
    terms = load_terms(ROOT / "snippets")
    found = term_places(corpus, terms)
    page = read_aid(built.site / "aids" / "terms.html")
    texts = {(slug, b.id): b.text for slug, _, a in corpus for b in a.blocks}
    for term in terms:
        linked = {block_of(h) for h in page.links[term.term]}
        # Up to TERM_PLACES_SHOWN places (the page says how many there are in all).
        every = {(p.slug, p.block.id) for p in found[term.id]}
        assert linked <= every and len(linked) == min(len(every), TERM_PLACES_SHOWN), term.term
        for place in linked:
            assert any(re.search(form, texts[place]) for form in term.forms), (term.term, place)
        plain = {(s, bid) for (s, bid), t in texts.items() if term.term in t}
        if len(found[term.id]) <= TERM_PLACES_SHOWN:
            assert plain <= linked, term.term
        else:
            assert plain <= every, term.term


def test_phrase_links_lead_to_blocks_holding_the_phrase(six) -> None:
    built, corpus = six
    texts = {(slug, b.id): b.text for slug, _, a in corpus for b in a.blocks}
    page = read_aid(built.site / "aids" / "phrases.html")
    rows = [
        (html.unescape(was or p), hrefs)
        for (p, hrefs), was in zip(page.phrases, page.was, strict=True)
        if p
    ]
    assert len(rows) >= 50
    for phrase, hrefs in rows:  # a phrase put right links to blocks holding the wording it had
        assert hrefs, phrase
        for href in hrefs:
            assert as_pattern(phrase).search(texts[block_of(href)]), (phrase, href)


def test_sixth_exemplar_is_in_every_corpus_aid(six) -> None:
    built, corpus = six
    target = f"exemplars/{SIXTH_SLUG}.html"
    for name in ("phrases", "terms", "compare-practices", "compare-problems"):
        read = read_topic if name.startswith("compare") else read_aid
        page = read(built.site / "aids" / f"{name}.html")
        hrefs = [h for hrefs in page.links.values() for h in hrefs]
        assert any(target in h for h in hrefs), name
    sixth = next(a for slug, _, a in corpus if slug == SIXTH_SLUG)
    themes = {b.theme for b in sixth.blocks if b.theme}
    assert len(themes) >= 2
    for theme in themes:
        page = read_topic(built.site / "aids" / f"theme-{theme}.html")
        assert any(key.startswith(f"{SIXTH_SLUG}-") for key in page.compared), theme
    catalogue = (built.site / "assets" / "catalogue" / "catalogue-data.js").read_text("utf-8")
    assert f'"href":"{target}"' in catalogue


def test_skeleton_is_offered_exactly_as_text_and_download(six) -> None:
    built, _ = six
    expected = skeleton_text(load_skeleton(ROOT / "snippets"), default_library())
    raw = (built.site / "aids" / "skeleton.html").read_text(encoding="utf-8")
    codes = re.findall(r'<pre class="fw-variant fw-skeleton"><code>(.*?)</code></pre>', raw, re.S)
    assert [html.unescape(c) for c in codes] == [expected.removesuffix("\n")]
    assert 'href="skeleton.txt"' in raw
    download = (built.site / "aids" / "skeleton.txt").read_bytes().decode("utf-8-sig")
    assert download.replace("\r\n", "\n") == expected


def test_search_index_has_a_record_per_compared_block(six) -> None:
    built, corpus = six
    records = {loc: (title, text) for loc, title, text in read_records(built.site)}
    for role, places in by_role(corpus).items():
        topic = built.site / "aids" / f"compare-{role}.html"
        pages = [h for hrefs in read_aid(topic).links.values() for h in hrefs if "/" in h]
        for place in places:
            anchor = f"{place.slug}-{place.block.id}"
            found = [
                records[f"aids/{p}#{anchor}"] for p in pages if f"aids/{p}#{anchor}" in records
            ]
            assert found == [(place.title, " ".join(shown_text(place.block).split()))]
