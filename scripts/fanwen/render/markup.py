"""Escaping and the Jinja2 environment shared by every page template.

Every ``{{ }}`` of a template goes through :func:`html_text` (HTML-escaped, and the few
characters Python-Markdown rewrites even inside raw HTML turned into references); values
that must sit inside Markdown syntax go through :func:`md_inline` first.
"""

from __future__ import annotations

import html
import json
import re
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

TEMPLATES = Path(__file__).parent / "templates"
_MD_PUNCT = re.compile(r"[!-/:-@\[-`{-~]")  # all ASCII punctuation
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff]")
# Python-Markdown rewrites these even inside raw HTML (tabs to spaces, STX/ETX dropped).
_MD_REWRITES = re.compile("[\t\n\r\x02\x03]")


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


def html_path(path: str) -> str:
    """Where a generated page lands in the built site (``use_directory_urls: false``).

    >>> html_path("exemplars/city-bureau-2022.md"), html_path("../compare-problems.md")
    ('exemplars/city-bureau-2022.html', '../compare-problems.html')
    """
    return path.removesuffix(".md") + ".html"


_ID = re.compile(r'\sid="([^"]*)"')


def anchor_ids(page_html: str) -> set[str]:
    """The ids a page of ours holds (every template writes ``id="…"`` in double quotes), so
    MkDocs can check links into pages that skip Markdown.

    >>> sorted(anchor_ids('<div class="fw-pair" id="b3"><h2 id="某局&amp;">'))
    ['b3', '某局&']
    """
    return {html.unescape(m) for m in _ID.findall(page_html)}
