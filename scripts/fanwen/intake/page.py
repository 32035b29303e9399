"""An HTML page as blocks of lines, and the parts of a template page that are never the article.

Template sites wrap a report in the same furniture every time: a menu, a breadcrumb
(当前位置：首页 > …), a related list (相关推荐), a download button (下载Word文档), a footer
with the 备案号. The elements are known by their tag or by a word of their class or id.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

# fmt: off
BLOCK = frozenset([
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
])
INVISIBLE = frozenset([
    "script", "style", "noscript", "template", "head", "title", "iframe", "object", "svg",
])
BOILERPLATE_TAGS = frozenset([
    "nav", "footer", "aside", "form", "button", "select", "input", "textarea",
])
BOILERPLATE_WORDS = frozenset([
    "nav", "navbar", "navi", "menu", "menus", "topnav", "subnav", "crumb", "crumbs",
    "breadcrumb", "breadcrumbs", "bread", "position", "location", "weizhi", "dangqian",
    "footer", "foot", "copyright", "beian", "related", "relate", "relation", "recommend",
    "tuijian", "xiangguan", "xgwz", "hot", "rank", "sidebar", "side", "aside", "download",
    "down", "xiazai", "share", "comment", "comments", "pinglun", "pager", "pagination",
    "prenext", "login", "search", "toolbar", "advert", "ads", "banner",
])
# fmt: on
KEEP_SENTENCES = 3  # an element with this many 。 (or the <h1>) holds the article: kept


def _words(el: etree._Element) -> set[str]:
    """The words of an element's class and id: ``article-down`` -> {article, down}."""
    raw = f"{el.get('class', '')} {el.get('id', '')}"
    words = re.split(r"[^a-z0-9]+", re.sub(r"([a-z])([A-Z])", r"\1 \2", raw).lower())
    return {w for w in words if w}


def _holds_article(el: etree._Element) -> bool:
    """A wrapper that a broad class word (``side``, ``main-down``) would wrongly hit."""
    return el.text_content().count("。") >= KEEP_SENTENCES or el.find(".//h1") is not None


def strip_boilerplate(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """Remove menus, breadcrumbs, related lists, footers… from ``tree`` (changed in place).

    >>> page = lxml.html.document_fromstring(
    ...     '<body><div class="crumb">首页 &gt; 正文</div><div class="content"><p>正文内容。</p>'
    ...     '</div><div class="footer">京ICP备12345678号</div></body>')
    >>> strip_boilerplate(page).text_content()
    '正文内容。'
    """
    doomed = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body"):
            continue
        if (el.tag in INVISIBLE and el.tag != "title") or (
            (el.tag in BOILERPLATE_TAGS or _words(el) & BOILERPLATE_WORDS)
            and not (_holds_article(el))
        ):
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()
    return tree


def page_title(tree: lxml.html.HtmlElement) -> str:
    """The page's ``<h1>``, else its ``<title>`` up to the site's name (``_``, ``-``, ``|``).

    >>> page_title(lxml.html.document_fromstring("<title>某局工作总结_范文网</title><p>x</p>"))
    '某局工作总结'
    """
    for h1 in tree.iter("h1"):
        text = " ".join(h1.text_content().split())
        if text:
            return text
    title = tree.find(".//title")
    if title is None or not title.text_content().strip():
        return ""
    return re.split(r"\s*(?:_|\||-{1,2}|—)\s*", title.text_content().strip())[0]


def link_texts(tree: lxml.html.HtmlElement) -> set[str]:
    """The words of every link, spaces removed: a line that is only these is navigation."""
    texts = (re.sub(r"\s+", "", a.text_content()) for a in tree.iter("a"))
    return {t for t in texts if t}


def _locate(el: etree._Element) -> str:
    """A short CSS-like locator: ``div.crumb``, ``ul.nav > li``, ``footer > p``."""
    parts = []
    for node in [el, *list(el.iterancestors())[:1]]:
        if node.tag in ("html", "body"):
            break
        name = node.tag
        if node.get("id"):
            name += f"#{node.get('id').split()[0]}"
        elif node.get("class", "").split():
            name += f".{node.get('class').split()[0]}"
        parts.insert(0, name)
    return " > ".join(parts) or "page"


def page_lines(tree: lxml.html.HtmlElement) -> list[tuple[str, str]]:
    """Every line of text a browser shows, one per block or ``<br>``, with its locator.

    >>> page_lines(lxml.html.document_fromstring(
    ...     '<body><ul class="nav"><li>首页</li><li>工作总结</li></ul><p>甲<br>乙</p></body>'))
    [('首页', 'ul.nav > li'), ('工作总结', 'ul.nav > li'), ('甲', 'p'), ('乙', 'p')]
    """
    body = tree.find("body")
    out: list[tuple[str, str]] = []
    buffer: list[str] = []
    _walk(body if body is not None else tree, "page", out, buffer)
    _flush(buffer, "page", out)
    return out


def _flush(buffer: list[str], where: str, out: list[tuple[str, str]]) -> None:
    line = " ".join("".join(buffer).split())
    buffer.clear()
    if line:
        out.append((line, where))


def _walk(el: etree._Element, where: str, out: list[tuple[str, str]], buffer: list[str]) -> None:
    """Collect ``el``'s text into ``buffer``, flushing a line at each block edge."""
    if isinstance(el.tag, str) and el.tag not in INVISIBLE:
        inner = where
        if el.tag in BLOCK or el.tag == "br":
            _flush(buffer, where, out)
            inner = _locate(el) if el.tag in BLOCK else where
        if el.text:
            buffer.append(el.text)
        for child in el:
            _walk(child, inner, out, buffer)
        if el.tag in BLOCK:
            _flush(buffer, inner, out)
    if el.tail:
        buffer.append(el.tail)
