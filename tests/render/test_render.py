"""Rendering exemplars to Markdown pages: escaping, anchors, templates, golden pages.

Exemplar text is data: whatever Markdown or HTML it seems to hold must reach the page as
plain text. The checks here run the rendered Markdown through Python-Markdown with the
extensions of mkdocs.yml; tests/test_site.py checks the same on a real MkDocs build.

Golden pages live in tests/golden/pages/ (one ``<slug>.md`` per seed exemplar, plus
``index.md`` and one ``role-<id>.md`` per role template). After a deliberate change to
rendering or cleaning, rewrite them with ``FANWEN_UPDATE_GOLDEN=1 make test`` and review
the diff before committing.
"""

from __future__ import annotations

import doctest
import html
import os
import re

import jinja2
import markdown
import pytest
import yaml
from pymdownx.slugs import slugify

from fanwen.analyze.analysis import analyze_text
from fanwen.analyze.snippets import ROLE_ORDER, Variant, default_library, fill
from fanwen.clean.exemplar import Exemplar
from fanwen.clean.pipeline import CleanResult, Flag
from fanwen.corpus import load_corpus
from fanwen.intake.decode import Decoded
from fanwen.intake.extracted import Extracted
from fanwen.intake.meta import ExemplarMeta
from fanwen.render import markup, notes, role_pages
from fanwen.render import pages as render
from fanwen.render.catalogue import catalogue_order
from helpers import GOLDEN, ROOT, parse_page, shown_blocks

GOLDEN = GOLDEN / "pages"
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


def markdown_extensions() -> list[str]:
    """The extension names of mkdocs.yml (its ``!ENV`` tag read as a plain value)."""

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor("!ENV", lambda loader, node: None)
    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    return [next(iter(e)) if isinstance(e, dict) else e for e in config["markdown_extensions"]]


def to_html(page: str) -> str:
    """Python-Markdown's HTML for a page, front matter dropped as MkDocs does."""
    body = page.split("\n---\n", 1)[1] if page.startswith("---\n") else page
    # mkdocs.yml's toc slugify (a !!python tag, which the loader above skips).
    configs = {"toc": {"slugify": slugify(case="lower")}}
    return markdown.markdown(body, extensions=markdown_extensions(), extension_configs=configs)


def make_exemplar(text: str, title: str | None = None, flags: list[Flag] | None = None) -> Exemplar:
    """An exemplar whose cleaned text is exactly ``text`` (cleaning left out)."""
    cleaned = CleanResult(original=text, text=text, flags=flags or [])
    meta = ExemplarMeta(title=title, year=2023, body_kind="局党组", source_site="某网站")
    return Exemplar(
        "甲.txt", "jia", meta, Extracted(text, "txt", decoded=Decoded(text, "utf-8")), cleaned
    )


@pytest.fixture(scope="module")
def seeds() -> list[Exemplar]:
    return load_corpus(ROOT / "corpus")


@pytest.mark.parametrize("line", DANGEROUS)
def test_dangerous_line_shows_verbatim(line: str) -> None:
    text = f"2023年意识形态工作总结\n{line}\n"
    parsed = parse_page(to_html(render.exemplar_page(make_exemplar(text))))
    assert parsed.blocks == {"b1": "2023年意识形态工作总结", "b2": line}
    assert parsed.inner_tags == ["h1", "p"]


def test_all_dangerous_lines_in_one_page() -> None:
    text = "".join(f"{line}\n" for line in DANGEROUS)
    parsed = parse_page(to_html(render.exemplar_page(make_exemplar(text, title="某局总结"))))
    assert "".join(parsed.blocks.values()) == "".join(DANGEROUS)
    expected = [b.text.removesuffix("\n") for b in analyze_text(text).blocks]
    assert list(parsed.blocks.values()) == expected
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
    home = to_html(render.home_page([ex]))  # the newest exemplars, linked by title
    assert "<script>" not in home
    assert 'href="exemplars/jia.md"' in home
    link = home.split('href="exemplars/jia.md">', 1)[1].split("</a>", 1)[0]
    assert html.unescape(link) == title


def test_front_matter_title_survives_yaml() -> None:
    title = "总结\x80二\ufeff三\\四: 五 # 六\u2028七"
    loaded = yaml.safe_load(f"title: {markup.front_matter_str(title)}")["title"]
    assert loaded == "总结\x80二\ufeff三\\四: 五 # 六 七"


def test_anchors_are_the_analysis_ids_and_skip_blank_lines() -> None:
    text = "一、工作情况\n\n召开会议××次\n   \n二、存在问题\n"
    ids = [b.id for b in analyze_text(text).blocks if b.text.strip()]
    page = render.exemplar_page(make_exemplar(text))
    assert page == render.exemplar_page(make_exemplar(text))
    parsed = parse_page(to_html(page))
    assert list(parsed.blocks) == ids == ["b1", "b3", "b5"]
    assert list(parsed.blocks.values()) == ["一、工作情况", "召开会议××次", "二、存在问题"]
    assert parsed.marks == ["××"]


def test_seed_blocks_are_the_analysis_blocks(seeds: list[Exemplar]) -> None:
    for ex in seeds:
        analysis = analyze_text(ex.text)
        parsed = parse_page(to_html(render.exemplar_page(ex)))
        assert parsed.blocks == shown_blocks(analysis), ex.slug
        blocks = [b for b in analysis.blocks if b.text.strip()]
        assert parsed.marks == [p["text"] for b in blocks for p in b.placeholders]


def test_mid_line_items_are_blocks_of_their_own() -> None:
    text = "2023年工作总结\n下步将从三方面努力：一是理论武装再强化。二是氛围再浓厚。\n"
    parsed = parse_page(to_html(render.exemplar_page(make_exemplar(text))))
    assert list(parsed.blocks.values())[1:] == [
        "下步将从三方面努力：",
        "一是理论武装再强化。",
        "二是氛围再浓厚。",
    ]


def test_flags_link_to_their_block() -> None:
    text = "标题\n意识形态工作上的的引导\n"
    flag = Flag("suspect", "重复用字", text.index("的的"), "的的")
    page = render.exemplar_page(make_exemplar(text, flags=[flag]))
    assert '<a href="#b2">b2</a>' in page
    assert "疑似错字" in page


def test_char_count_and_header() -> None:
    ex = make_exemplar("标题\n召开会议 ××次\n")
    assert render.char_count(ex.text) == 9
    rows = {r["label"]: r["value"] for r in render.header_rows(ex, analyze_text(ex.text))}
    assert rows == {
        "年份": "2023",
        "单位类型": "局党组",
        "来源网站": "某网站",
        "字数": "9",
        "原始格式": "纯文本（.txt，编码 utf-8）",
    }


def test_metadata_wins_over_analysis() -> None:
    text = "2021年意识形态工作总结\n镇党委高度重视，镇党委书记带头抓。\n"
    ex = make_exemplar(text, title="某局2023年总结")
    analysis = analyze_text(text)
    assert (analysis.year, analysis.body_kind) == (2021, "乡镇党委")
    rows = render.header_rows(ex, analysis)
    assert [(r["value"], r["derived"]) for r in rows[:2]] == [("2023", False), ("局党组", False)]
    assert render.page_title(ex, analysis) == "某局2023年总结"
    bare = render.make_exemplar(text)
    derived = render.header_rows(bare, analysis)
    assert [(r["value"], r["derived"]) for r in derived[:3]] == [
        ("2021", True),
        ("乡镇党委", True),
        ("未注明", False),
    ]


def test_notes_name_role_level_theme_and_link() -> None:
    text = "2023年工作总结\n一是加强组织领导。局党组召开会议××次，压实主体责任。\n二、存在问题\n"
    page = render.exemplar_page(make_exemplar(text))
    assert '<a class="fw-note-role" href="../roles/practices.html"' in page
    assert '<a class="fw-note-role" href="../roles/problems.html"' in page
    assert '<span class="fw-note-level">分项</span>' in page
    assert "<dt>主题</dt><dd>组织领导与责任落实</dd>" in page
    assert '<mark class="fw-ph">××</mark>' in page
    assert "小标题：标出本部分（存在问题与不足）的开始" in page


def test_role_page_holds_every_part(seeds: list[Exemplar]) -> None:
    library = default_library()
    role = library.roles["problems"]
    page = render.site_pages(seeds, library)["roles/problems.md"]
    body = to_html(page)
    for move in role.moves:
        assert move.example in html.unescape(body)
    for item in [*role.notes, *role.faults]:
        assert item in html.unescape(body)
    for field in role.fields:
        assert f"〔{field.label}〕" in body
    codes = re.findall(r'<pre class="fw-variant"><code>(.*?)</code></pre>', body, re.S)
    assert [html.unescape(c) for c in codes] == [fill(v.text, role.fields) for v in role.variants]
    assert '<h2 id="常见问题">常见问题</h2>' in body  # readable Chinese anchors


def test_variant_code_is_exact_even_when_hostile() -> None:
    role = default_library().roles["closing"]
    hostile = "{" + role.fields[0].name + "}<script>&amp; **x** `y`\t|z|\n\n  缩进"
    odd = role.model_copy(update={"variants": [Variant(title="# <b>标题</b>", text=hostile)]})
    body = to_html(role_pages.role_page(odd, []))
    code = re.search(r'<pre class="fw-variant"><code>(.*?)</code></pre>', body, re.S)[1]
    assert html.unescape(code) == fill(hostile, role.fields)
    assert "<script>" not in body and "<b>" not in body


def test_home_lists_roles_of_each_exemplar(seeds: list[Exemplar]) -> None:
    body = to_html(render.home_page(seeds))
    assert body.count('href="roles/') == 8
    assert "导语、工作开展情况、存在问题与不足、下一步工作打算" in body


def test_strict_undefined_raises() -> None:
    with pytest.raises(jinja2.UndefinedError):
        markup.render_template("exemplar.md.j2")
    with pytest.raises(jinja2.UndefinedError):
        markup.environment().from_string("{{ ex.no_such_field }}").render(ex=object())


def test_autoescape_is_on() -> None:
    assert markup.environment().from_string("{{ v }}").render(v="<b>&") == "&lt;b&gt;&amp;"


def test_bad_slug_is_refused() -> None:
    ex = make_exemplar("标题\n")
    bad = Exemplar(ex.source, "a)b", ex.meta, ex.extracted, ex.cleaned)
    with pytest.raises(ValueError, match="slug"):
        render.page_path(bad)


def test_site_pages_and_nav(seeds: list[Exemplar]) -> None:
    pages = render.site_pages(seeds)
    ordered = [
        row.path
        for row in catalogue_order(
            [render.catalogue_row(ex, analyze_text(ex.text)) for ex in seeds]
        )
    ]
    role_pages = [f"roles/{r}.md" for r in ROLE_ORDER]
    compared = [p for p in pages if p.startswith(("aids/compare", "aids/theme"))]
    aids = [p for p in pages if p.startswith("aids/") and p not in compared]
    start = ["index.md", "catalogue.md", "assets/catalogue/catalogue-data.js"]
    desk = ["desk.md", "assets/desk/desk-data.js"]
    check = ["check.md", "assets/check/check-data.js"]
    assert list(pages) == [*start, *desk, *role_pages, *aids, *check, *ordered, *compared]
    assert {"aids/index.md", "aids/skeleton.md", "aids/skeleton.txt"} <= set(aids)
    assert {f"aids/compare-{r}.md" for r in ROLE_ORDER} <= set(compared)
    assert any("/compare/" in p for p in compared) and all(p.endswith(".md") for p in compared)
    site_nav = render.nav(pages=pages)
    assert site_nav[:5] == [
        "index.md",
        "catalogue.md",
        "desk.md",
        "check.md",
        {"各部分写法": role_pages},
    ]
    in_nav = flatten(site_nav[5]["写作辅助"])
    indexes = [p for p in compared if p.count("/") == 1]
    assert sorted(in_nav) == sorted(p for p in aids + indexes if p.endswith(".md"))
    assert not any(p.startswith("exemplars/") for p in flatten(site_nav[5:]))


def flatten(items: list) -> list[str]:
    """The page paths of a navigation section, sections inside it included."""
    found: list[str] = []
    for item in items:
        found += flatten(next(iter(item.values()))) if isinstance(item, dict) else [item]
    return found


@pytest.mark.parametrize("module", [render, markup, notes, role_pages])
def test_docstring_examples(module) -> None:
    assert doctest.testmod(module).failed == 0


def golden_check(name: str, page: str) -> None:
    golden = GOLDEN / name
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(page, encoding="utf-8", newline="\n")
    assert golden.exists(), f"{golden} missing: run FANWEN_UPDATE_GOLDEN=1 make test"
    assert page == golden.read_text(encoding="utf-8")


def test_seed_pages_match_golden(seeds: list[Exemplar]) -> None:
    # The five seed exemplars from websites and the project's eight model reports (本站编写).
    assert len(seeds) == 13
    assert sum(ex.meta.own for ex in seeds) == 8
    for ex in seeds:
        golden_check(f"{ex.slug}.md", render.exemplar_page(ex))


def test_home_page_matches_golden(seeds: list[Exemplar]) -> None:
    golden_check("index.md", render.home_page(seeds))


def test_role_pages_match_golden(seeds: list[Exemplar]) -> None:
    pages = render.site_pages(seeds)
    for role in ROLE_ORDER:
        golden_check(f"role-{role}.md", pages[f"roles/{role}.md"])


def test_aid_pages_match_golden(seeds: list[Exemplar]) -> None:
    pages = render.site_pages(seeds)
    aids = [path for path in pages if path.startswith("aids/") and path.endswith(".md")]
    assert len(aids) >= 15
    for path in aids:
        golden_check(path.replace("/", "-"), pages[path])


def test_the_recipient_under_the_title_is_no_part_of_the_opening() -> None:
    """中共××县委： under the title is shown as the 主送机关 (flush left), not as the 导语."""
    text = (
        "中共××县××局党组关于2025年度落实意识形态工作责任制情况的报告\n中共××县委：\n"
        "2025年，局党组认真落实意识形态工作责任制。现将有关情况报告如下：\n一、工作开展情况\n"
        "局党组全年专题研究意识形态工作4次。\n"
    )
    rows = render.block_rows(analyze_text(text), default_library())
    assert [(r["level"], r["note"]["level"], r["note"]["role"]) for r in rows[:3]] == [
        ("title", "标题", ""),
        ("recipient", "主送机关", ""),
        ("para", "段落", "导语"),
    ]
