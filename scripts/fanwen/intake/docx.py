"""Word .docx: the body's paragraphs and tables in order, with Word's own numbers as text.

* Paragraphs come in body order (content controls opened up); tables stand where they
  are, one line per row, cells joined with ``；`` — a space would not do, because the
  cleaning deletes spaces between Chinese characters and the cells would run together.
* Automatic numbering is written out (see :mod:`fanwen.intake.numbering`), so a heading
  that Word numbers 一、 reads ``一、…`` here as in a .txt.
* Headers and footers are left out, each reported as a :class:`Dropped`.
* Empty paragraphs are dropped silently: in Word they are layout (spacing), not text.
* Deleted revisions (``w:delText``) are left out, insertions kept. Text boxes, footnotes,
  comments and pictures are not read: a report's text does not live there.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from lxml import etree

from ..errors import InputError
from .extracted import Dropped, Extracted
from .numbering import Numbering

CELL_SEPARATOR = "；"
MAX_UNZIPPED = 256 * 1024 * 1024  # a report's parts unpack to a few MB; more is a zip bomb
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
SKIPPED_INSIDE = {qn(t) for t in ("w:txbxContent", "w:moveFrom", "w:pict")} | {MC_FALLBACK}
TEXT_TAGS = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n"}
WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
HEADER_KINDS = {"default": "", "first": "first-page ", "even": "even-page "}


def read_docx(data: bytes, name: str, fmt: str = "docx") -> Extracted:
    """The text of a .docx file, or :class:`InputError` when it is not one.

    >>> import docx as python_docx
    >>> doc = python_docx.Document()
    >>> _ = doc.add_paragraph("意识形态工作总结")
    >>> _ = doc.add_paragraph("")
    >>> _ = doc.add_paragraph("一是加强组织领导。")
    >>> buffer = io.BytesIO()
    >>> doc.save(buffer)
    >>> read_docx(buffer.getvalue(), "甲.docx").text
    '意识形态工作总结\\n一是加强组织领导。'
    """
    document = open_docx(data, name)
    part = document.part
    numbering = Numbering.from_xml(_related_root(part, RT.NUMBERING))
    styles = StyleNumbers(_related_root(part, RT.STYLES), numbering)
    lines = list(block_lines(document.element.body, numbering, styles))
    return Extracted("\n".join(lines), fmt, tuple(headers_and_footers(document)))


def open_docx(data: bytes, name: str) -> docx.document.Document:
    """Open the package, with a plain reason for each way it can fail."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        if data.startswith(b"PK\x03\x04"):
            raise InputError(name, "the ZIP package is damaged or truncated (its end is missing)")
        what = "plain text" if _looks_like_text(data) else "not a ZIP package"
        raise InputError(name, f"is not a Word document (.docx): it is {what}")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            if sum(info.file_size for info in package.infolist()) > MAX_UNZIPPED:
                raise InputError(name, "unpacks to more than 256 MB: not a report")
            bad = package.testzip()
        if bad is not None:
            raise InputError(name, f"the ZIP package is damaged (part {bad})")
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, EOFError, PackageNotFoundError) as err:
        raise InputError(name, f"the ZIP package is damaged or truncated ({err})") from None
    except (KeyError, ValueError) as err:
        raise InputError(name, f"is a ZIP archive but not a Word document ({err})") from None
    if document.part.content_type != WORD_MAIN:
        raise InputError(name, f"is not a Word document: {document.part.content_type}")
    return document


def _looks_like_text(data: bytes) -> bool:
    head = data[:512]
    return b"\x00" not in head and not head.startswith((b"%PDF", b"\xd0\xcf\x11\xe0"))


def _related_root(part: object, reltype: str) -> etree._Element | None:
    try:
        return part.part_related_by(reltype).element  # type: ignore[attr-defined]
    except KeyError:
        return None


class StyleNumbers:
    """The list and level a paragraph style gives its paragraphs (``w:basedOn`` followed)."""

    def __init__(self, root: etree._Element | None, numbering: Numbering) -> None:
        self.numbering = numbering
        self.styles = {}
        self.default: str | None = None
        for style in [] if root is None else root.iterchildren(qn("w:style")):
            if style.get(qn("w:type")) == "paragraph":
                self.styles[style.get(qn("w:styleId"))] = style
                if style.get(qn("w:default")) in ("1", "true"):
                    self.default = style.get(qn("w:styleId"))

    def lookup(self, style_id: str | None) -> tuple[str, int] | None:
        """``(numId, ilvl)`` of a style, or None when its paragraphs are not numbered."""
        seen: set[str] = set()
        current = style_id or self.default
        while current and current not in seen and current in self.styles:
            seen.add(current)
            num_pr = self.styles[current].find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            num_id = _val(num_pr, "w:numId")
            if num_id is not None:
                ilvl = _val(num_pr, "w:ilvl")
                if ilvl is None:
                    return num_id, self.numbering.style_level(num_id, current)
                return num_id, int(ilvl)
            current = _val(self.styles[current], "w:basedOn")
        return None


def _val(el: etree._Element | None, tag: str) -> str | None:
    child = None if el is None else el.find(qn(tag))
    return None if child is None else child.get(qn("w:val"))


def paragraph_number(p: etree._Element, numbering: Numbering, styles: StyleNumbers) -> str:
    """The number Word draws before paragraph ``p`` (and count it), or ``""``."""
    ppr = p.find(qn("w:pPr"))
    num_pr = None if ppr is None else ppr.find(qn("w:numPr"))
    style = styles.lookup(_val(ppr, "w:pStyle"))
    num_id = _val(num_pr, "w:numId")
    if num_id is None and style is None:
        return ""
    if num_id is None:
        num_id, ilvl = style  # type: ignore[misc]
    else:
        given = _val(num_pr, "w:ilvl")
        ilvl = int(given) if given is not None else (style[1] if style else 0)
    return "" if num_id == "0" else numbering.label(num_id, ilvl)


def run_text(p: etree._Element) -> str:
    """The visible text of a paragraph: runs, hyperlinks, fields' results and insertions."""
    out = []
    for el in p.iter(*TEXT_TAGS):
        if any(a.tag in SKIPPED_INSIDE for a in el.iterancestors()):
            continue
        if el.tag == qn("w:br") and el.get(qn("w:type")) in ("page", "column"):
            continue
        out.append((el.text or "") if TEXT_TAGS[el.tag] is None else TEXT_TAGS[el.tag])
    return "".join(out)


def block_lines(
    container: etree._Element, numbering: Numbering, styles: StyleNumbers
) -> Iterator[str]:
    """The non-empty lines of a body, cell, header or content control, in order."""
    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            number = paragraph_number(child, numbering, styles)
            text = run_text(child)
            if text.strip():
                yield number + text
        elif child.tag == qn("w:tbl"):
            yield from table_lines(child, numbering, styles)
        elif child.tag in (qn("w:sdt"), qn("w:customXml")):
            content = child.find(qn("w:sdtContent"))
            yield from block_lines(child if content is None else content, numbering, styles)


def table_lines(tbl: etree._Element, numbering: Numbering, styles: StyleNumbers) -> Iterator[str]:
    """One line per row: the cells' texts joined with ``；`` (merged cells once)."""
    for tr in tbl.iterchildren(qn("w:tr")):
        cells = []
        for tc in tr.iterchildren(qn("w:tc")):
            merge = tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
            if merge is not None and merge.get(qn("w:val"), "continue") == "continue":
                continue
            text = CELL_SEPARATOR.join(block_lines(tc, numbering, styles)).strip()
            if text:
                cells.append(text)
        if cells:
            yield CELL_SEPARATOR.join(cells)


def headers_and_footers(document: docx.document.Document) -> Iterator[Dropped]:
    """Every header and footer with text, once per part, named by section and kind."""
    seen: set[str] = set()
    rels = document.part.rels
    sections = document.element.body.iter(qn("w:sectPr"))
    for number, sect in enumerate(sections, start=1):
        for ref in sect.iterchildren(qn("w:headerReference"), qn("w:footerReference")):
            rid = ref.get(qn("r:id"))
            if rid in seen or rid not in rels:
                continue
            seen.add(rid)
            role = "header" if ref.tag == qn("w:headerReference") else "footer"
            kind = HEADER_KINDS.get(ref.get(qn("w:type"), "default"), "")
            root = rels[rid].target_part.element  # type: ignore[attr-defined]
            text = "\n".join(block_lines(root, Numbering(), StyleNumbers(None, Numbering())))
            if text.strip():
                yield Dropped(f"docx-{role}", text, f"section {number} {kind}{role}")
