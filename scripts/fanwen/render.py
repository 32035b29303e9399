"""Turn exemplars into Markdown page strings for MkDocs (no mkdocs import here).

Exemplar text is data, never Markdown: every paragraph goes out as a raw HTML block,
HTML-escaped by Jinja2's autoescape, which Python-Markdown passes through untouched::

    <div class="fw-block" id="p3"><p>召开会议××次，&lt;script&gt; 原样显示</p></div>

Values that must sit inside Markdown syntax (link text in the home table) go through
:func:`md_inline`, which turns every ASCII punctuation mark into a character reference.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from .corpus import Exemplar

TEMPLATES = Path(__file__).parent / "templates"
PAGE_DIR = "exemplars"
HOME = "index.md"
UNKNOWN = "未注明"
KINDS = {"removed": "删除", "changed": "修改", "inserted": "插入"}
FLAG_KINDS = {"suspect": "疑似错字", "note": "编者提示"}
_SLUG = re.compile(r"[a-z0-9][a-z0-9-]*")
_MD_PUNCT = re.compile(r"[!-/:-@\[-`{-~]")  # all ASCII punctuation
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff]")
# Python-Markdown rewrites these even inside raw HTML (tabs to spaces, STX/ETX dropped).
_MD_REWRITES = re.compile("[\t\n\r\x02\x03]")


@dataclass(frozen=True)
class Block:
    """One paragraph of an exemplar: its anchor, its line in the cleaned text, its text."""

    anchor: str
    line: int
    text: str


def paragraphs(text: str) -> list[Block]:
    """The non-blank lines of a cleaned text, numbered ``p1``, ``p2``… in order.

    >>> [(b.anchor, b.text) for b in paragraphs("一、工作情况\\n\\n召开会议××次\\n")]
    [('p1', '一、工作情况'), ('p2', '召开会议××次')]
    """
    lines = text.split("\n")
    kept = [(i, line) for i, line in enumerate(lines) if line.strip()]
    return [Block(f"p{n}", i, line) for n, (i, line) in enumerate(kept, 1)]


def char_count(text: str) -> int:
    """Characters without whitespace, the usual 字数 of a Chinese text.

    >>> char_count("一、工作情况\\n召开会议 ××次\\n")
    13
    """
    return sum(1 for ch in text if not ch.isspace())


def html_text(value: object) -> Markup:
    """Escape a value for a raw HTML block; every ``{{ }}`` of the templates goes through it.

    >>> str(html_text("<script>\\t**次**"))
    '&lt;script&gt;&#9;**次**'
    """
    if isinstance(value, Markup):
        return value
    escaped = str(escape(str(value)))
    return Markup(_MD_REWRITES.sub(lambda m: f"&#{ord(m[0])};", escaped))


def md_inline(value: object) -> Markup:
    """Text that Markdown shows as is, even inside a link or a table cell.

    >>> str(md_inline("**重要指示精神** | [链接](x)"))
    '&#42;&#42;重要指示精神&#42;&#42; &#124; &#91;链接&#93;&#40;x&#41;'
    """
    text = " ".join(str(value).split())
    return Markup(_MD_PUNCT.sub(lambda m: f"&#{ord(m[0])};", text))


def front_matter_str(value: object) -> Markup:
    """A YAML string for a front matter title; HTML-escaped, as MkDocs themes print titles raw.

    >>> str(front_matter_str('2022年"两个维护"<b>'))
    '"2022年&quot;两个维护&quot;&lt;b&gt;"'
    """
    quoted = json.dumps(html.escape(" ".join(str(value).split())), ensure_ascii=False)
    return Markup(_YAML_UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", quoted))


def visible(value: str) -> str:
    """Make line breaks, lone spaces and empty strings visible in the cleaning log.

    >>> visible("笔杆儿网\\n"), visible(" "), visible("")
    ('笔杆儿网⏎', '␣', '（空）')
    """
    if not value:
        return "（空）"
    if not value.strip():
        value = value.replace(" ", "␣").replace("\u3000", "［全角空格］").replace("\t", "⇥")
    return value.replace("\r", "␍").replace("\n", "⏎")


@cache
def environment() -> Environment:
    """The Jinja2 environment: StrictUndefined, HTML autoescape on, see :func:`html_text`."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        undefined=StrictUndefined,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=html_text,
    )
    env.filters.update(md_inline=md_inline, front_matter=front_matter_str, visible=visible)
    return env


def render_template(name: str, **context: object) -> str:
    """Render one template of ``templates/``; a missing variable raises UndefinedError."""
    return environment().get_template(name).render(**context)


def page_path(ex: Exemplar) -> str:
    """Where an exemplar's page lives among the docs, e.g. ``exemplars/city-bureau-2022.md``."""
    if not _SLUG.fullmatch(ex.slug):
        raise ValueError(f"{ex.source}: slug {ex.slug!r} is not a-z, 0-9 and -")
    return f"{PAGE_DIR}/{ex.slug}.md"


def header_rows(ex: Exemplar) -> list[tuple[str, str]]:
    """Label and value of each line of an exemplar's header."""
    meta = ex.meta
    return [
        ("年份", str(meta.year) if meta.year else UNKNOWN),
        ("单位类型", meta.body_kind or UNKNOWN),
        ("来源网站", meta.source_site or UNKNOWN),
        ("字数", str(char_count(ex.text))),
    ]


def flag_rows(ex: Exemplar, blocks: Sequence[Block]) -> list[dict[str, str]]:
    """Each flag with the anchor of the paragraph it is in."""
    by_line = {b.line: b.anchor for b in blocks}
    rows = []
    for flag in ex.cleaned.flags:
        line = ex.text.count("\n", 0, flag.pos)
        rows.append(
            {
                "kind": FLAG_KINDS.get(flag.kind, flag.kind),
                "note": flag.note,
                "text": flag.text,
                "anchor": by_line.get(line, ""),
            }
        )
    return rows


def exemplar_page(ex: Exemplar) -> str:
    """The Markdown page of one exemplar: header, paragraphs, cleaning log."""
    blocks = paragraphs(ex.text)
    changes = [
        {
            "rule": c.rule,
            "line": c.line,
            "kind": KINDS.get(c.kind, c.kind),
            "before": c.before,
            "after": c.after,
        }
        for c in ex.cleaned.changes
    ]
    return render_template(
        "exemplar.md.j2",
        ex=ex,
        title_in_text=bool(blocks) and blocks[0].text == ex.title,
        header=header_rows(ex),
        blocks=blocks,
        changes=changes,
        flags=flag_rows(ex, blocks),
    )


def home_page(exemplars: Sequence[Exemplar]) -> str:
    """The home page: what the site is for and a table linking every exemplar."""
    rows = [
        {
            "title": ex.title,
            "path": page_path(ex),
            "year": ex.meta.year or UNKNOWN,
            "body_kind": ex.meta.body_kind or UNKNOWN,
            "chars": char_count(ex.text),
        }
        for ex in exemplars
    ]
    return render_template("home.md.j2", rows=rows)


def site_pages(exemplars: Sequence[Exemplar]) -> dict[str, str]:
    """Every generated page, keyed by its path among the docs."""
    pages = {HOME: home_page(exemplars)}
    pages.update((page_path(ex), exemplar_page(ex)) for ex in exemplars)
    return pages


def nav(exemplars: Sequence[Exemplar]) -> list[object]:
    """The site navigation: home, then the exemplars in corpus order."""
    return [HOME, {"范文": [page_path(ex) for ex in exemplars]}]
