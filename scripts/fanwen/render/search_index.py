"""Exact Chinese search: the searchable records of a built site, written as index pieces.

After the build, every page's ``<article>`` is read into records (:func:`page_records`):

- one per analysis block (any element of class ``fw-block``), linked to its anchor;
- one per structure note (``fw-note``) beside a block, linked to the same anchor, so a role
  or technique named only in a note (下一步, 对仗) is found too;
- one per heading section for the rest of the page's text (a page's header, an aid page).

Elements marked ``data-search-exclude`` (the page tools, the reading help, the cleaning log,
which lists removed site text) and permalink signs are left out. :mod:`fanwen.render.search_pieces`
writes the records as chunks and posting shards that ``scripts/web/search/`` loads on demand;
a query finds exactly the records whose text contains every word of it.

This module never imports mkdocs; ``scripts/mkdocs_hooks.py`` calls :func:`write_index`.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..analyze.snippets import default_library
from ..check.copies import template_shared
from .copy_index import copy_pieces, copy_postings
from .search_pieces import (
    Chunk,
    chunks_of,
    cover,
    decode_ids,
    exemplar_range,
    fold,
    shard_of,
    write_pieces,
)

NOTE_TITLE = "结构说明"
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BREAKS = _HEADINGS | {
    "p", "div", "li", "dt", "dd", "td", "th", "tr", "br", "blockquote", "pre", "section", "aside",
    "details", "summary", "table", "ul", "ol", "dl",
}  # fmt: skip
_SPACE = re.compile(r"\s+")
_ARTICLE = '<article class="md-content__inner'
# A short block that opens a part of a report: 一、工作情况 / （二）强化… / 第三部分
_NUM = "[一二三四五六七八九十]+"
_PART = re.compile(f"^(?:{_NUM}、|（{_NUM}）|第{_NUM})")


def norm(text: str) -> str:
    """Text as shown in a record: no U+200B, runs of white space as one space, trimmed.

    >>> norm(" 两个\\n\\n维护\\u200b ")
    '两个 维护'
    """
    return _SPACE.sub(" ", text.replace("\u200b", "")).strip()


@dataclass
class Record:
    location: str
    title: str
    text: str = ""  # normalised plain text
    kind: str = "block"  # block, note or section; the first record of a page is "page"

    @property
    def anchor(self) -> str:
        return self.location.partition("#")[2]


@dataclass
class _Unit:
    anchor: str | None
    parts: list[str] = field(default_factory=list)
    heading: list[str] = field(default_factory=list)
    section: str = ""  # for a block: the heading of the page section it sits in
    kind: str = "block"  # block or note


class _PageReader:
    """Blocks, notes and heading sections of the ``<article>`` of one Material page, read as
    lxml's HTML parser reports start tags, end tags and text (a parser target)."""

    def __init__(self) -> None:
        self.stack: list[tuple[str, str, str]] = []  # (tag, role, id); roles: article/block/…
        self.roles: Counter[str] = Counter()  # how many open elements have each role
        self.blocks: list[_Unit] = []
        self.sections: list[_Unit] = [_Unit(None)]
        self.title_parts: list[str] = []
        self.page_title: str | None = None
        self.h1 = 0  # open h1 elements

    def _role(self, tag: str, attr: dict[str, str], classes: set[str]) -> str:
        roles = self.roles
        if not roles["article"]:
            return "article" if tag == "article" and "md-content__inner" in classes else ""
        if "data-search-exclude" in attr or "headerlink" in classes:
            return "exclude"
        if roles["exclude"]:
            return ""
        if ("fw-block" in classes or "fw-note" in classes) and not roles["block"]:
            # The unit's anchor: its own id, or that of the nearest element around it.
            ids = [attr.get("id", "")] + [i for _, _, i in reversed(self.stack)]
            anchor = next((i for i in ids if i), "")
            if not anchor:
                return ""
            section = norm("".join(self.sections[-1].heading))
            kind = "block" if "fw-block" in classes else "note"
            self.blocks.append(_Unit(anchor, section=section, kind=kind))
            return "block"
        if tag in _HEADINGS and not roles["block"] and attr.get("id"):
            self.sections.append(_Unit(attr["id"]))
            return "heading"
        if tag in _HEADINGS and roles["block"] and self.blocks[-1].kind == "block":
            return "block-heading"
        return ""

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        if tag in _BREAKS:
            self.data("\n")  # text of two paragraphs or cells never runs together
        attr = dict(attrib)
        inside = self.roles["article"] > 0
        role = self._role(tag, attr, set(attr.get("class", "").split()))
        self.stack.append((tag, role, attr.get("id", "") if inside else ""))
        self.roles[role] += 1
        self.h1 += tag == "h1"

    def end(self, tag: str) -> None:
        if tag in _BREAKS:
            self.data("\n")
        if not self.stack:
            return
        _, role, _ = self.stack.pop()
        self.roles[role] -= 1
        self.h1 -= tag == "h1"
        if tag == "h1" and self.page_title is None and self.title_parts:
            self.page_title = norm("".join(self.title_parts))

    def data(self, data: str) -> None:
        roles = self.roles
        if not roles["article"] or roles["exclude"]:
            return
        if self.page_title is None and self.h1:
            self.title_parts.append(data)
        if roles["block"]:
            self.blocks[-1].parts.append(data)
            if roles["block-heading"]:
                self.blocks[-1].heading.append(data)
        else:
            self.sections[-1].parts.append(data)
            if roles["heading"]:
                self.sections[-1].heading.append(data)

    def close(self) -> _PageReader:
        return self


def read_article(html: str) -> _PageReader:
    """The page's article read by :class:`_PageReader` (lxml's HTML parser, recovering)."""
    reader = _PageReader()
    parser = etree.HTMLParser(target=reader, encoding="utf-8", remove_comments=True)
    parser.feed(article_of(html).encode("utf-8"))
    return parser.close()


def article_of(html: str) -> str:
    """The ``<article>`` of a Material page (the part search reads), or the whole page."""
    start = html.find(_ARTICLE)
    end = html.rfind("</article>")
    return html[start : end + len("</article>")] if 0 <= start < end else html


def page_records(html: str, url: str) -> list[Record]:
    """The page record, then one record per block and note, then the heading sections.

    A block is an element of class ``fw-block``, a note one of class ``fw-note``; the anchor
    is its own ``id`` or that of the nearest element around it (``<div id="b3"><div
    class="fw-block">…``). A block inside a page section (a comparison page's exemplar) takes
    that section's heading as title; other blocks take the last part heading before them
    (一、工作情况), found as a heading inside a block or as a short block that opens a part,
    else the page title. A note's title is 结构说明 and its block's part. Text outside blocks and
    notes goes into one record per heading section (its id), the page's top for the rest.

    >>> html = ('<article class="md-content__inner">'
    ...         '<div id="b1"><div class="fw-block"><h1>标题</h1></div></div>'
    ...         '<div id="b2"><div class="fw-block"><p>一、工作情况</p></div>'
    ...         '<aside class="fw-note">下一步</aside></div>'
    ...         '<div class="fw-block" id="b3"><p>做到“两个维护”</p></div>'
    ...         '<details data-search-exclude>两个维护</details><dl><dd>2023</dd></dl>'
    ...         '<h2 id="s">某局报告</h2><div class="fw-block" id="c1"><p>守土有责</p></div>'
    ...         '</article>')
    >>> for r in page_records(html, "x.html")[1:]:
    ...     print(r.kind, r.location, r.title, r.text)
    block x.html#b1 标题 标题
    block x.html#b2 一、工作情况 一、工作情况
    note x.html#b2 结构说明 · 一、工作情况 下一步
    block x.html#b3 一、工作情况 做到“两个维护”
    block x.html#c1 某局报告 守土有责
    section x.html 标题 2023
    section x.html#s 某局报告 某局报告
    """
    parser = read_article(html)
    title = parser.page_title or url
    records = [Record(url, title, kind="page")]
    part, section = title, ""
    for unit in parser.blocks:
        text = norm("".join(unit.parts))
        if unit.kind == "note":
            if text:
                location = f"{url}#{unit.anchor}"
                records.append(Record(location, f"{NOTE_TITLE} · {part}", text, "note"))
            continue
        if unit.section != section:
            section = unit.section
            part = section or title
        if unit.heading:
            part = norm("".join(unit.heading))
        elif not section and len(text) <= 30 and _PART.match(text):
            part = text
        if text:
            records.append(Record(f"{url}#{unit.anchor}", part, text))
    for unit in parser.sections:
        text = norm("".join(unit.parts))
        if text:
            location = f"{url}#{unit.anchor}" if unit.anchor else url
            heading = norm("".join(unit.heading)) or title
            records.append(Record(location, heading, text, "section"))
    return records


def built_pages(site_dir: Path, order: Sequence[str] = ()) -> list[Path]:
    """The content pages of a built site (404.html left out): those named in ``order``
    (site paths such as ``exemplars/x.html``) in that order, then the rest by path."""
    rank = {url: i for i, url in enumerate(order)}
    pages = (p for p in site_dir.rglob("*.html") if p.name != "404.html")

    def key(path: Path) -> tuple[int, str]:
        url = path.relative_to(site_dir).as_posix()
        return (rank.get(url, len(rank)), url)

    return sorted(pages, key=key)


def page_chunks(html: str, url: str) -> list[Chunk]:
    """The records of one page as chunks; notes and sections carry their kind."""
    page, *records = page_records(html, url)
    rows = [(r.anchor, r.title, r.text, *([] if r.kind == "block" else [r.kind])) for r in records]
    return chunks_of(url, page.title, rows)


def site_chunks(site_dir: Path, order: Sequence[str] = ()) -> list[Chunk]:
    """Every page's records, cut into the chunks the index is written as."""
    chunks: list[Chunk] = []
    for path in built_pages(site_dir, order):
        url = path.relative_to(site_dir).as_posix()
        chunks += page_chunks(path.read_text(encoding="utf-8"), url)
    return chunks


def write_index(
    site_dir: Path, order: Sequence[str] = (), sites: Mapping[str, str] | None = None
) -> dict:
    """Replace Material's index in ``site_dir/search/`` by the index in pieces, with the
    copying check's pieces (``sites``: each exemplar page's site); the meta."""
    folder = site_dir / "search"
    for old in folder.glob("search_index.*"):
        old.unlink()
    chunks = site_chunks(site_dir, order)
    templates = template_shared(default_library())
    copies = copy_pieces(copy_postings(chunks, exemplar_range(chunks), sites or {}, templates))
    return write_pieces(folder, chunks, None, copies)


def read_piece(folder: Path, kind: str, number: int) -> dict:
    """A piece's data read back from its script (for :func:`query` and tests)."""
    text = (folder / kind / f"{number}.js").read_text(encoding="utf-8")
    return json.loads(text[text.index(",", text.index(",") + 1) + 1 : text.rindex(")")])


def query(site_dir: Path, text: str) -> list[str]:
    """Locations of the records that contain every word of ``text``, found as the page finds
    them: candidate chunks from the posting shards, then exact matching in those chunks.

    Matching folds white space and ASCII case (:func:`fold`); locations come in index order.
    """
    folder = site_dir / "search"
    index = json.loads((folder / "search_index.json").read_text(encoding="utf-8"))
    meta = index["config"]["fanwen"]
    words = fold(text).split()
    if not words:
        return []
    keys = sorted({key for word in words for key in cover(word)})
    lists = [
        set(decode_ids(read_piece(folder, "post", shard_of(k, meta["shards"])).get(k, "")))
        for k in keys
    ]
    found = []
    for number in sorted(set.intersection(*lists)):
        chunk = read_piece(folder, "text", number)
        for anchor, _, body, *_ in chunk["records"]:
            if body and all(word in fold(body) for word in words):
                found.append(f"{chunk['page']}#{anchor}" if anchor else chunk["page"])
    return found


def read_records(site_dir: Path) -> list[tuple[str, str, str]]:
    """Every record of a built site's index, read back from its chunks: (location, title,
    text), in index order, page records (no text) included. For tests and checks."""
    folder = site_dir / "search"
    meta = json.loads((folder / "search_index.json").read_text(encoding="utf-8"))
    out = []
    for number in range(meta["config"]["fanwen"]["chunks"]):
        chunk = read_piece(folder, "text", number)
        for anchor, title, text, *_ in chunk["records"]:
            out.append((f"{chunk['page']}#{anchor}" if anchor else chunk["page"], title, text))
    return out
