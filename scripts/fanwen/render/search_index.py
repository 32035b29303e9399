"""Exact Chinese search: a block-level index written after the build.

Material's search segments Chinese with jieba at build time, but its query segmenter never
tries a query's last characters as a word, so many results do not contain the query. This
module replaces Material's ``search/search_index.json`` by one record per analysis block
(any element of class ``fw-block`` with an ``id``) or, on pages without blocks, per heading
section. ``scripts/web/search/`` answers Material's search UI from it by
exact substring matching, so every block that contains the query is found and no other;
the jieba segmentation kept in each record (tokens joined by U+200B, as Material does)
ranks whole-word matches first.

The index is also written as ``search/search_index.js`` (``var __index = …``), which
Material loads with a ``<script>`` tag when the site is opened from the file system.

This module never imports mkdocs; ``scripts/mkdocs_hooks.py`` calls :func:`write_index`.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import jieba

USERDICT = Path(__file__).parent / "data" / "jieba_userdict.txt"
SEP = "\u200b"  # between jieba tokens in a record's text, as in Material's own index
_VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "param",
    "source",
    "track",
    "wbr",
}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BREAKS = _HEADINGS | {
    "p", "div", "li", "dt", "dd", "td", "th", "tr", "br", "blockquote", "pre", "section", "aside",
    "details", "summary", "table", "ul", "ol", "dl",
}  # fmt: skip
_SPACE = re.compile(r"\s+")
# A short block that opens a part of a report: 一、工作情况 / （二）强化… / 第三部分
_NUM = "[一二三四五六七八九十]+"
_PART = re.compile(f"^(?:{_NUM}、|（{_NUM}）|第{_NUM})")


def norm(text: str) -> str:
    """Text as searched: no U+200B, runs of white space as one space, trimmed.

    >>> norm(" 两个\\n\\n维护\\u200b ")
    '两个 维护'
    """
    return _SPACE.sub(" ", text.replace(SEP, "")).strip()


@cache
def _jieba() -> jieba.Tokenizer:
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    if USERDICT.is_file():
        with USERDICT.open("rb") as words:  # jieba leaves a file it opened itself open
            tokenizer.load_userdict(words)
    return tokenizer


def segment(text: str) -> list[str]:
    """jieba tokens of ``text`` with the genre's user dictionary; they join back to ``text``.

    >>> segment("做到两个维护")
    ['做到', '两个维护']
    """
    return [token for token in _jieba().cut(text) if token]


@dataclass
class Record:
    location: str
    title: str
    text: str = ""  # normalised plain text

    def as_doc(self) -> dict[str, str]:
        return {
            "location": self.location,
            "title": self.title,
            "text": SEP.join(segment(self.text)),
        }


@dataclass
class _Unit:
    anchor: str | None
    parts: list[str] = field(default_factory=list)
    heading: list[str] = field(default_factory=list)
    section: str = ""  # for a block: the heading of the page section it sits in


class _PageParser(HTMLParser):
    """Blocks and heading sections of the ``<article>`` of one Material page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str, str]] = []  # (tag, role, id); roles: article/block/…
        self.blocks: list[_Unit] = []
        self.sections: list[_Unit] = [_Unit(None)]
        self.title_parts: list[str] = []
        self.page_title: str | None = None

    def _roles(self) -> set[str]:
        return {role for _, role, _ in self.stack}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BREAKS:
            self.handle_data("\n")  # text of two paragraphs or cells never runs together
        attr = {k: v or "" for k, v in attrs}
        classes = set(attr.get("class", "").split())
        roles = self._roles()
        role = ""
        if "article" not in roles:
            if tag == "article" and "md-content__inner" in classes:
                role = "article"
        elif "data-search-exclude" in attr or "headerlink" in classes:
            role = "exclude"
        elif "exclude" in roles:
            role = ""
        elif "fw-block" in classes and "block" not in roles:
            # The block's anchor: its own id, or that of the nearest element around it.
            ids = [attr.get("id", "")] + [i for _, _, i in reversed(self.stack)]
            anchor = next((i for i in ids if i), "")
            if anchor:
                role = "block"
                section = norm("".join(self.sections[-1].heading))
                self.blocks.append(_Unit(anchor, section=section))
        elif tag in _HEADINGS and "block" not in roles and attr.get("id"):
            role = "heading"
            self.sections.append(_Unit(attr["id"]))
        elif tag in _HEADINGS and "block" in roles:
            role = "block-heading"
        if tag not in _VOID:
            self.stack.append((tag, role, attr.get("id", "") if "article" in roles else ""))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _BREAKS:
            self.handle_data("\n")
        if not any(t == tag for t, _, _ in self.stack):
            return
        while self.stack:
            t, _, _ = self.stack.pop()
            if t == tag:
                break
        if tag == "h1" and self.page_title is None and self.title_parts:
            self.page_title = norm("".join(self.title_parts))

    def handle_data(self, data: str) -> None:
        roles = self._roles()
        if "article" not in roles or "exclude" in roles:
            return
        if self.page_title is None and any(t == "h1" for t, _, _ in self.stack):
            self.title_parts.append(data)
        if "block" in roles:
            self.blocks[-1].parts.append(data)
            if "block-heading" in roles:
                self.blocks[-1].heading.append(data)
        else:
            self.sections[-1].parts.append(data)
            if "heading" in roles:
                self.sections[-1].heading.append(data)


def page_records(html: str, url: str) -> list[Record]:
    """One record per block of the page (or per heading section if it has no blocks).

    A block is an element of class ``fw-block``; its anchor is its own ``id`` or that of
    the nearest element around it (``<div id="b3"><div class="fw-block">…``). A block
    inside a page section (a comparison page's exemplar) takes that section's heading as
    title; other blocks take the last part heading before them (一、工作情况), found as a
    heading inside a block or as a short block that opens a part, else the page title.

    The first record has no anchor and no text: it names the page.

    >>> html = ('<article class="md-content__inner">'
    ...         '<div class="fw-block" id="b1"><h1>标题</h1></div>'
    ...         '<div id="b2"><div class="fw-block"><p>一、工作情况</p></div></div>'
    ...         '<div class="fw-block" id="b3"><p>做到“两个维护”</p></div>'
    ...         '<details data-search-exclude>两个维护</details>'
    ...         '<h2 id="s">某局报告</h2><div class="fw-block" id="c1"><p>守土有责</p></div>'
    ...         '</article>')
    >>> for r in page_records(html, "x.html")[1:]:
    ...     print(r.location, r.title, r.text)
    x.html#b1 标题 标题
    x.html#b2 一、工作情况 一、工作情况
    x.html#b3 一、工作情况 做到“两个维护”
    x.html#c1 某局报告 守土有责
    """
    parser = _PageParser()
    parser.feed(html)
    parser.close()
    title = parser.page_title or url
    records = [Record(url, title)]
    if parser.blocks:
        part, section = title, ""
        for unit in parser.blocks:
            text = norm("".join(unit.parts))
            if unit.section != section:
                section = unit.section
                part = section or title
            if unit.heading:
                part = norm("".join(unit.heading))
            elif not section and len(text) <= 30 and _PART.match(text):
                part = text
            if text:
                records.append(Record(f"{url}#{unit.anchor}", part, text))
    else:
        for unit in parser.sections:
            text = norm("".join(unit.parts))
            if not text:
                continue
            location = f"{url}#{unit.anchor}" if unit.anchor else url
            records.append(Record(location, norm("".join(unit.heading)) or title, text))
    return records


def built_pages(site_dir: Path) -> list[Path]:
    """The content pages of a built site, home first (404.html is left out)."""
    pages = (p for p in site_dir.rglob("*.html") if p.name != "404.html")
    return sorted(pages, key=lambda p: (p.relative_to(site_dir).as_posix() != "index.html", p))


def share_texts(records: list[Record]) -> list[dict]:
    """The records as index entries, each text stored (and segmented) once: a record whose
    text an earlier record already holds (a block quoted on a comparison page) gets
    ``"same": <index of that record>`` and no text.

    >>> share_texts([Record("a#b1", "某局", "守土有责"), Record("c#x", "对照", "守土有责")])[1]
    {'location': 'c#x', 'title': '对照', 'same': 0}
    """
    first: dict[str, int] = {}
    docs = []
    for i, record in enumerate(records):
        if record.text and record.text in first:
            same = first[record.text]
            docs.append({"location": record.location, "title": record.title, "same": same})
        else:
            first.setdefault(record.text, i)
            docs.append(record.as_doc())
    return docs


def text_of(index: dict, doc: dict) -> str:
    """A record's text, followed through ``same``."""
    return index["docs"][doc["same"]]["text"] if "same" in doc else doc.get("text", "")


def build_index(site_dir: Path, config: dict | None = None) -> dict:
    """The index of a built site, in the shape of Material's ``search_index.json`` (plus
    ``same`` on records whose text another record holds, see :func:`share_texts`)."""
    records = []
    for path in built_pages(site_dir):
        url = path.relative_to(site_dir).as_posix()
        records += page_records(path.read_text(encoding="utf-8"), url)
    config = config or {"lang": ["zh"], "separator": r"[\s\-]+"}
    return {"config": config, "docs": share_texts(records)}


def write_index(site_dir: Path) -> dict:
    """Replace Material's index in ``site_dir/search/`` by the block index (.json and .js)."""
    folder = site_dir / "search"
    json_path = folder / "search_index.json"
    config = None
    if json_path.is_file():
        config = json.loads(json_path.read_text(encoding="utf-8")).get("config")
    index = build_index(site_dir, config)
    folder.mkdir(parents=True, exist_ok=True)
    data = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    json_path.write_text(data, encoding="utf-8")
    (folder / "search_index.js").write_text(f"var __index = {data};\n", encoding="utf-8")
    return index


def query(index: dict, text: str) -> list[str]:
    """Locations of the records that contain every word of ``text`` (the worker's rule).

    Matching ignores case and treats white space as in :func:`norm`; ranking is left to
    the worker, so the locations come in index order.
    """
    terms = norm(text).lower().split()
    if not terms:
        return []
    found = []
    for doc in index["docs"]:
        plain = norm(text_of(index, doc)).lower()
        if plain and all(term in plain for term in terms):
            found.append(doc["location"])
    return found
