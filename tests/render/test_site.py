"""Real MkDocs builds (``mkdocs build --strict``) into temporary folders.

Each build runs the project's mkdocs.yml in a subprocess, as ``make build`` does, with the
corpus folder set through ``FANWEN_CORPUS`` (read by mkdocs.yml as ``extra.fanwen.corpus``):
the seed corpus, a hostile exemplar whose lines look like Markdown and HTML, and a corpus
with bad files, which must stop the build before anything is written.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from fanwen.analyze.analysis import analyze_text
from fanwen.analyze.snippets import default_library, fill
from fanwen.clean.exemplar import Exemplar
from fanwen.corpus import load_corpus
from fanwen.render.pages import HOME_ROWS
from fanwen.render.search_index import read_records
from helpers import ROOT, Built, mkdocs_build, outside_refs, read_page, shown_blocks

pytestmark = pytest.mark.slow

HOSTILE = [
    "2023年意识形态工作总结",
    "会上强调<script>alert(1)</script>要守土有责。",
    "局党组召开会议*次，传达**加粗**精神。",
    "表格 | 列 | 值",  # a table row; the outer pipes of a copied web table are cleaned away
    "#标题#加强阵地建设",  # a hashtag; '# 标题' with a space is a heading mark cleaning removes
    "[链接](http://x)",
    "详见<img src=x onerror=alert(2)>。",
    "学习A&amp;B和a*b与c*d、x_y_z。",
    "1. 一是加强组织领导。",
    "- 坚持<b>粗</b>`代码`。",
]
# What must survive cleaning for the hostile test to mean anything.
SURVIVES = ["<script>alert(1)</script>", "表格|列|值", "#标题", "[链接](http://x)", "<img src=x"]
SURVIVES += ["&amp;B", "a*b与c*d", "<b>粗</b>`代码`"]
HOSTILE_TITLE = "<script>alert(3)</script>《**重要**|讲话》&amp;"


def check_exemplar_pages(built: Built, exemplars: list[Exemplar]) -> None:
    """Every block of every exemplar shows verbatim, in its own anchored pair."""
    for ex in exemplars:
        page = read_page(built.site / "exemplars" / f"{ex.slug}.html")
        assert page.blocks == shown_blocks(analyze_text(ex.text)), ex.source
        for anchor, tags in page.block_tags.items():
            tags = [t for t in tags if t != "mark"]  # ×× placeholders
            assert tags in (["p"], ["h1"]), (ex.source, anchor, tags)
        assert len(page.ids) == len(set(page.ids)), f"duplicate ids in {ex.slug}"
        assert not any("alert(" in text for _, text in page.scripts)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Built, list[Exemplar]]:
    corpus = tmp_path_factory.mktemp("hostile-corpus")
    body = "\n".join(HOSTILE) + "\n"
    (corpus / "hostile.txt").write_text(body, encoding="utf-8")
    (corpus / "titled.txt").write_text(body, encoding="utf-8")
    meta = f"titled.txt:\n  title: {json.dumps(HOSTILE_TITLE)}\n  source_site: <i>某</i>网\n"
    (corpus / "meta.yaml").write_text(meta, encoding="utf-8")
    built = mkdocs_build(tmp_path_factory.mktemp("hostile") / "site", corpus)
    assert built.returncode == 0, built.output
    return built, load_corpus(corpus)


def test_seed_site_shows_every_paragraph_verbatim(seed_site: Built) -> None:
    exemplars = load_corpus(ROOT / "corpus")
    check_exemplar_pages(seed_site, exemplars)
    home = read_page(seed_site.site / "index.html")
    pages = {f"exemplars/{ex.slug}.html" for ex in exemplars}
    listed = {link for link in home.links if link.startswith("exemplars/")}
    assert listed <= pages and len(listed) == min(len(pages), HOME_ROWS)  # the newest ones
    data = (seed_site.site / "assets" / "catalogue" / "catalogue-data.js").read_text("utf-8")
    assert all(f'"href":"exemplars/{ex.slug}.html"' in data for ex in exemplars)


def test_seed_site_is_searchable(seed_site: Built) -> None:
    by_page: dict[str, str] = {}
    for location, _, text in read_records(seed_site.site):
        page = location.split("#")[0]
        by_page[page] = by_page.get(page, "") + text
    for ex in load_corpus(ROOT / "corpus"):
        text = by_page[f"exemplars/{ex.slug}.html"]
        for anchor, block in shown_blocks(analyze_text(ex.text)).items():
            assert block in text, (ex.slug, anchor)
        assert "watermark" not in text  # the cleaning log is left out of search


def test_role_pages_have_chinese_anchors_and_exact_variants(seed_site: Built) -> None:
    library = default_library()
    for role in library.ordered_roles():
        path = seed_site.site / "roles" / f"{role.id}.html"
        page = read_page(path)
        assert {"写法步骤", "要点", "常见问题", "填空字段", "参考写法"} <= set(page.ids)
        raw = path.read_text(encoding="utf-8")
        codes = re.findall(r'<pre class="fw-variant"><code>(.*?)</code></pre>', raw, re.S)
        assert [html.unescape(c) for c in codes] == [
            fill(v.text, role.fields) for v in role.variants
        ]


def test_every_internal_link_resolves(seed_site: Built) -> None:
    """Links written as raw HTML (notes → role pages) escape MkDocs' validation: check here."""
    # 404.html links from the site root (/), as it is served for any missing address.
    found = [p.resolve() for p in seed_site.site.rglob("*.html") if p.name != "404.html"]
    pages = {p: read_page(p) for p in found}
    broken = []
    checked = 0
    for path, page in pages.items():
        for href in page.links:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith("mailto:"):
                continue
            target = (path.parent / unquote(parts.path)).resolve() if parts.path else path
            if target.is_dir():
                target = target / "index.html"
            fragment = unquote(parts.fragment)
            checked += 1
            if not target.exists():
                broken.append(f"{path.name}: {href}")
            elif fragment and target.suffix == ".html" and fragment not in pages[target].ids:
                broken.append(f"{path.name}: {href} (no such anchor)")
    assert checked > 100
    assert broken == []


def test_generated_pages_stay_out_of_docs(seed_site: Built) -> None:
    names = {p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*")}
    assert not any(n.endswith(".md") for n in names), names


def test_hostile_text_shows_as_text(hostile: tuple[Built, list[Exemplar]]) -> None:
    built, exemplars = hostile
    assert {ex.slug for ex in exemplars} == {"hostile", "titled"}
    for ex in exemplars:
        assert all(bit in ex.text for bit in SURVIVES), ex.text
    check_exemplar_pages(built, exemplars)
    for ex in exemplars:
        page = read_page(built.site / "exemplars" / f"{ex.slug}.html")
        assert all(src is None or src.startswith("../assets/") for src, _ in page.scripts)
        raw = (built.site / "exemplars" / f"{ex.slug}.html").read_text(encoding="utf-8")
        assert "<script>alert" not in raw and "<img src=x" not in raw and "<i>某" not in raw


def test_hostile_title_is_text_in_head_and_nav(hostile: tuple[Built, list[Exemplar]]) -> None:
    built, _ = hostile
    page = read_page(built.site / "exemplars" / "titled.html")
    assert page.title == f"{HOSTILE_TITLE} - 意识形态工作总结范文库"
    home = read_page(built.site / "index.html")
    assert "exemplars/titled.html" in home.links
    raw = (built.site / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(3)" not in raw


def test_bad_corpus_stops_before_writing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (corpus / "good.txt").write_text("2023年意识形态工作总结\n局党组召开会议。\n", encoding="utf-8")
    site = tmp_path / "site"
    site.mkdir()
    marker = site / "marker.txt"
    marker.write_text("earlier build", encoding="utf-8")
    before = sorted(p.relative_to(site) for p in site.rglob("*"))

    built = mkdocs_build(site, corpus)

    assert built.returncode != 0
    assert "empty.txt" in built.output and "binary.txt" in built.output, built.output
    assert "good.txt" not in built.output
    assert "2 bad file(s)" in built.output
    assert sorted(p.relative_to(site) for p in site.rglob("*")) == before
    assert marker.read_text(encoding="utf-8") == "earlier build"


def test_site_loads_nothing_from_outside(seed_site: Built, hostile) -> None:
    assert outside_refs(seed_site.site) == []
    assert outside_refs(hostile[0].site) == []
    html_text = (seed_site.site / "exemplars" / "city-bureau-2022.html").read_text("utf-8")
    assert "fonts.googleapis" not in html_text and "fonts.gstatic" not in html_text


def test_strict_build_fails_on_a_broken_link(tmp_path: Path) -> None:
    """``--strict`` means what it says: a warning, e.g. a link to no page, fails the build."""
    docs = tmp_path / "docs"
    (docs / "assets").mkdir(parents=True)
    (docs / "assets" / "fanwen.css").write_text("", encoding="utf-8")
    (docs / "extra.md").write_text("# 其他\n\n[无此页](no-such-page.md)\n", encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    hooks = ROOT / "scripts" / "mkdocs_hooks.py"
    config.write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\ndocs_dir: {docs}\nhooks: [{hooks}]\nwatch: []\n"
        f"extra:\n  fanwen:\n    corpus: {ROOT / 'corpus'}\n",
        encoding="utf-8",
    )
    done = mkdocs_build(tmp_path / "site", config=config)
    assert done.returncode != 0
    assert "no-such-page.md" in done.stderr
