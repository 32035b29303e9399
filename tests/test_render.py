"""Rendering exemplars to Markdown pages: escaping, anchors, templates, golden pages.

Exemplar text is data: whatever Markdown or HTML it seems to hold must reach the page as
plain text. The checks here run the rendered Markdown through Python-Markdown with the
extensions of mkdocs.yml; tests/test_site.py checks the same on a real MkDocs build.

Golden pages live in tests/golden/pages/ (one ``<slug>.md`` per seed exemplar, plus
``index.md``). After a deliberate change to rendering or cleaning, rewrite them with
``FANWEN_UPDATE_GOLDEN=1 make test`` and review the diff before committing.
"""

from __future__ import annotations

import doctest
import html
import os
from html.parser import HTMLParser
from pathlib import Path

import jinja2
import markdown
import pytest
import yaml

from fanwen import render
from fanwen.clean import CleanResult, Flag
from fanwen.corpus import Exemplar, ExemplarMeta, load_corpus
from fanwen.decode import Decoded

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden" / "pages"
UPDATE = os.environ.get("FANWEN_UPDATE_GOLDEN") == "1"

# Lines that Markdown or HTML would act on if the text were read as either.
DANGEROUS = [
    "召开会议*次",
    "**重要指示精神**",
    "# 标题",
    "## 二级标题 #",
    "| 表格 | 列 |",
    "<script>alert(1)</script>",
    "<div>块</div>",
    "[链接](http://x)",
    "![图](http://x/y.png)",
    "<http://x>",
    "&amp; &lt; &#42; &copy;",
    "1. 一是加强组织领导",
    "- 列表项",
    "+ 列表项",
    "> 引用",
    "`代码`",
    "    缩进四格的一行",
    "***",
    "---",
    "=== 标记 ===",
    "\\* 反斜杠 \\",
    "<!-- 注释 -->",
    "_下划线_ __粗__",
    "~~删除~~ ^^插入^^ ==标记==",
    "\"双引号\" '单引号'",
    "{: #id .class } 属性",
    "!!! note 提示",
    "a  b\t制表",
]


class TextOf(HTMLParser):
    """Text of each ``fw-block`` div by id, and every tag met inside a block."""

    def __init__(self) -> None:
        super().__init__()
        self.blocks: dict[str, str] = {}
        self.inner_tags: list[str] = []
        self._current: str | None = None
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if self._current is not None:
            self._depth += 1
            self.inner_tags.append(tag)
        elif tag == "div" and "fw-block" in (found.get("class") or "").split():
            self._current = found["id"] or ""
            self.blocks[self._current] = ""
            self._depth = 0

    def handle_endtag(self, tag: str) -> None:
        if self._current is None:
            return
        if self._depth == 0:
            self._current = None
        else:
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._current is not None:
            self.blocks[self._current] += data


def markdown_extensions() -> list[str]:
    """The extension names of mkdocs.yml (its ``!ENV`` tag read as a plain value)."""

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor("!ENV", lambda loader, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    return [next(iter(e)) if isinstance(e, dict) else e for e in config["markdown_extensions"]]


def to_html(page: str) -> str:
    """Python-Markdown's HTML for a page, front matter dropped as MkDocs does."""
    body = page.split("\n---\n", 1)[1] if page.startswith("---\n") else page
    return markdown.markdown(body, extensions=markdown_extensions())


def parse(html_text: str) -> TextOf:
    parser = TextOf()
    parser.feed(html_text)
    parser.close()
    return parser


def make_exemplar(text: str, title: str | None = None, flags: list[Flag] | None = None) -> Exemplar:
    """An exemplar whose cleaned text is exactly ``text`` (cleaning left out)."""
    cleaned = CleanResult(original=text, text=text, flags=flags or [])
    meta = ExemplarMeta(title=title, year=2023, body_kind="局党组", source_site="某网站")
    return Exemplar("甲.txt", "jia", meta, Decoded(text, "utf-8"), cleaned)


@pytest.fixture(scope="module")
def seeds() -> list[Exemplar]:
    return load_corpus(ROOT / "corpus")


@pytest.mark.parametrize("line", DANGEROUS)
def test_dangerous_line_shows_verbatim(line: str) -> None:
    text = f"2023年意识形态工作总结\n{line}\n"
    parsed = parse(to_html(render.exemplar_page(make_exemplar(text))))
    assert parsed.blocks["p2"] == line
    assert parsed.inner_tags == ["h1", "p"]


def test_all_dangerous_lines_in_one_page() -> None:
    text = "".join(f"{line}\n" for line in DANGEROUS)
    parsed = parse(to_html(render.exemplar_page(make_exemplar(text, title="某局总结"))))
    assert list(parsed.blocks.values()) == DANGEROUS
    assert set(parsed.inner_tags) == {"p"}


def test_raw_text_never_reaches_the_markdown() -> None:
    page = render.exemplar_page(make_exemplar("标题\n<script>alert(1)</script> & **次**\n"))
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; **次**" in page


@pytest.mark.parametrize("title", ["<script>alert(1)</script>", "**重要** | [链接](x) #", '"引号"'])
def test_hostile_title_is_escaped_everywhere(title: str) -> None:
    ex = make_exemplar("正文第一段。\n", title=title)
    page = render.exemplar_page(ex)
    front = yaml.safe_load(page.split("---\n")[1])
    assert front["title"] == html.escape(title)  # themes print titles as HTML
    assert "<script>" not in page
    home = to_html(render.home_page([ex]))
    assert "<script>" not in home
    assert 'href="exemplars/jia.md"' in home
    link = home.split('href="exemplars/jia.md">', 1)[1].split("</a>", 1)[0]
    assert html.unescape(link) == title


def test_front_matter_title_survives_yaml() -> None:
    title = "总结\x80二\ufeff三\\四: 五 # 六\u2028七"
    loaded = yaml.safe_load(f"title: {render.front_matter_str(title)}")["title"]
    assert loaded == "总结\x80二\ufeff三\\四: 五 # 六 七"


def test_anchors_are_stable_unique_and_skip_blank_lines() -> None:
    text = "一、工作情况\n\n召开会议××次\n   \n二、存在问题\n"
    blocks = render.paragraphs(text)
    assert [(b.anchor, b.line, b.text) for b in blocks] == [
        ("p1", 0, "一、工作情况"),
        ("p2", 2, "召开会议××次"),
        ("p3", 4, "二、存在问题"),
    ]
    page = render.exemplar_page(make_exemplar(text))
    assert page == render.exemplar_page(make_exemplar(text))
    assert list(parse(to_html(page)).blocks) == ["p1", "p2", "p3"]


def test_seed_anchors_unique(seeds: list[Exemplar]) -> None:
    for ex in seeds:
        ids = list(parse(to_html(render.exemplar_page(ex))).blocks)
        assert ids == [f"p{n}" for n in range(1, len(ids) + 1)]
        assert len(ids) == len([line for line in ex.text.split("\n") if line.strip()])


def test_flags_link_to_their_paragraph() -> None:
    text = "标题\n意识形态工作上的的引导\n"
    flag = Flag("suspect", "重复用字", text.index("的的"), "的的")
    page = render.exemplar_page(make_exemplar(text, flags=[flag]))
    assert '<a href="#p2">p2</a>' in page
    assert "疑似错字" in page


def test_char_count_and_header() -> None:
    ex = make_exemplar("标题\n召开会议 ××次\n")
    assert render.char_count(ex.text) == 9
    assert ("字数", "9") in render.header_rows(ex)
    assert ("年份", "2023") in render.header_rows(ex)


def test_strict_undefined_raises() -> None:
    with pytest.raises(jinja2.UndefinedError):
        render.render_template("exemplar.md.j2")
    with pytest.raises(jinja2.UndefinedError):
        render.environment().from_string("{{ ex.no_such_field }}").render(ex=object())


def test_autoescape_is_on() -> None:
    assert render.environment().from_string("{{ v }}").render(v="<b>&") == "&lt;b&gt;&amp;"


def test_bad_slug_is_refused() -> None:
    ex = make_exemplar("标题\n")
    bad = Exemplar(ex.source, "a)b", ex.meta, ex.decoded, ex.cleaned)
    with pytest.raises(ValueError, match="slug"):
        render.page_path(bad)


def test_site_pages_and_nav(seeds: list[Exemplar]) -> None:
    pages = render.site_pages(seeds)
    assert list(pages) == ["index.md"] + [f"exemplars/{ex.slug}.md" for ex in seeds]
    assert render.nav(seeds) == ["index.md", {"范文": list(pages)[1:]}]


def test_docstring_examples() -> None:
    assert doctest.testmod(render).failed == 0


def golden_check(name: str, page: str) -> None:
    golden = GOLDEN / name
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(page, encoding="utf-8", newline="\n")
    assert golden.exists(), f"{golden} missing: run FANWEN_UPDATE_GOLDEN=1 make test"
    assert page == golden.read_text(encoding="utf-8")


def test_seed_pages_match_golden(seeds: list[Exemplar]) -> None:
    assert len(seeds) == 5
    for ex in seeds:
        golden_check(f"{ex.slug}.md", render.exemplar_page(ex))


def test_home_page_matches_golden(seeds: list[Exemplar]) -> None:
    golden_check("index.md", render.home_page(seeds))
