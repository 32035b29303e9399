"""A saved web page: the article only, in the encoding the page declares.

1. Decode with the charset the page declares (``<meta charset>``, ``http-equiv``), read as
   GB18030 when it says gb2312/gbk (sites that say gb2312 use GBK characters); a BOM, no
   declaration, a single-byte one (latin-1) or one the bytes contradict fall back to
   ``decode_bytes``.
2. Take out what is plainly not the article: ``<nav>``, ``<footer>``, ``<aside>``, forms,
   buttons, scripts, and blocks whose class or id says menu, breadcrumb, related list,
   download, share, comment or copyright (see :mod:`fanwen.intake.page`).
3. Extract the article with trafilatura (favor_recall, tables, no comments, no
   deduplication), one paragraph per line; its table rows (``| a | b |``) become
   ``a；b`` as in a .docx. trafilatura keeps short heading lines (一、… （一）…) but moves
   the ``<h1>`` title to its metadata: the title is put back as the first line.
4. Lines that are only a link's words (a related article, a menu entry) are left out.

Every line of the page that is not in the result is reported as a :class:`Dropped`
(``html-outside-article``), so the extractor's choices can be checked.
"""

from __future__ import annotations

import codecs
import copy
import re
import warnings
from functools import cache
from types import ModuleType

import lxml.html
from lxml import etree

from ..errors import InputError
from .decode import BOMS, Decoded, decode_bytes
from .extracted import Dropped, Extracted
from .page import link_texts, page_lines, page_title, strip_boilerplate

CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
XML_ENCODING = re.compile(rb"""^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "hz": "gb18030"}
# Only a multi-byte declaration is taken at its word: a Chinese page that says latin-1 or
# windows-1252 (old templates do) would decode without error into nonsense.
TRUSTED = {"utf-8", "gb18030", "big5", "big5hkscs"}
TABLE_ROW = re.compile(r"^\|(.*)\|\s*$")
MIN_ARTICLE_CHARS = 20  # fewer, outside the title, is no article


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in its first 4 KB, as a Python codec name.

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    'gb18030'
    >>> declared_charset(b"<meta charset='UTF-8'>"), declared_charset(b"<p>none</p>")
    ('utf-8', None)
    """
    head = data[:4096]
    match = CHARSET.search(head) or XML_ENCODING.search(head)
    if not match:
        return None
    try:
        name = codecs.lookup(match[1].decode("ascii")).name
    except LookupError:
        return None
    return WIDER.get(name, name)


def decode_page(data: bytes, name: str) -> Decoded:
    """The page's text: its declared encoding when the bytes agree, else detection."""
    declared = declared_charset(data)
    if declared in TRUSTED and not any(data.startswith(bom) for bom, _ in BOMS):
        try:
            return Decoded(data.decode(declared), declared)
        except UnicodeDecodeError:
            pass
    return decode_bytes(data, name)


def read_html(data: bytes, name: str) -> Extracted:
    """The article of a saved page, or :class:`InputError` when the page has none."""
    decoded = decode_page(data, name)
    try:
        tree = lxml.html.document_fromstring(decoded.text)
    except (etree.ParserError, ValueError) as err:
        raise InputError(name, f"is not a readable HTML page ({err})") from None
    article = strip_boilerplate(copy.deepcopy(tree))
    title = page_title(article) or page_title(tree)
    text = extract_article(article, title)
    body = [line for line in text.splitlines() if _squash(line) != _squash(title)]
    if sum(len(_squash(line)) for line in body) < MIN_ARTICLE_CHARS:
        raise InputError(name, "no article text found in the page (only menus, links and footers?)")
    return Extracted(text, "html", tuple(outside(tree, text)), decoded)


def extract_article(tree: lxml.html.HtmlElement, title: str) -> str:
    """trafilatura's text of ``tree`` with the title first, rows as ``a；b``, no link lines."""
    raw = _trafilatura().extract(
        tree,
        favor_recall=True,
        include_tables=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
        output_format="txt",
        with_metadata=False,
    )
    links = link_texts(tree)
    lines = []
    for line in (raw or "").splitlines():
        line = _table_row(line.strip())
        if line and _squash(line) not in links:
            lines.append(line)
    if title and not any(_squash(title) == _squash(line) for line in lines[:3]):
        lines.insert(0, title)
    return "\n".join(lines)


@cache
def _trafilatura() -> ModuleType:
    """trafilatura, imported on first use: it reads its settings file without an encoding,
    which the tests (``PYTHONWARNDEFAULTENCODING``) would otherwise report."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", EncodingWarning)
        import trafilatura
    return trafilatura


def _table_row(line: str) -> str:
    """trafilatura's ``| 项目 | 次数 |`` as ``项目；次数``; a rule row ``|---|`` as nothing.

    >>> _table_row("| 项目 | 次数 | "), _table_row("|---|---|")
    ('项目；次数', '')
    """
    match = TABLE_ROW.match(line)
    if not match:
        return line
    cells = [c.strip() for c in match[1].split("|")]
    return "；".join(c for c in cells if c and not re.fullmatch(r"[-:\s]+", c))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def outside(tree: lxml.html.HtmlElement, text: str) -> list[Dropped]:
    """Each line of the page (block by block) that the article text does not hold.

    A page line is held when it is a line or a table cell of the text, or, when it has at
    least 8 characters, a part of one (a short menu entry such as 工作总结 would otherwise
    count as kept because the title holds those words).
    """
    lines = {_squash(line) for line in text.splitlines()}
    pieces = lines | {_squash(cell) for line in text.splitlines() for cell in line.split("；")}
    whole = _squash(text)
    out, seen = [], set()
    for line, where in page_lines(tree):
        squashed = _squash(line)
        held = squashed in pieces or (len(squashed) >= 8 and squashed in whole)
        if not held and (line, where) not in seen:
            seen.add((line, where))
            out.append(Dropped("html-outside-article", line, where))
    return out
