"""Driving the writing desk (desk.html) in Chromium, and reading back what it gives: the
clipboard, downloaded .docx files (python-docx) and the draft in localStorage."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from playwright.sync_api import Page

from fanwen.aids.skeleton import all_fields, load_skeleton, skeleton_text
from fanwen.analyze.snippets import default_library

from .conftest import ROOT

STORAGE_KEY = "fanwen-desk-draft"
FIELD_INPUTS = ".fw-fields input"
CN = "[一二三四五六七八九十]+"
LEVEL_PATTERNS = [  # as scripts/web/desk/levels.js, written apart from it
    ("h1", re.compile(f"^{CN}、")),
    ("h2", re.compile(f"^（{CN}）")),
    ("h3", re.compile(r"^\d{1,2}[.．](?!\d)")),
]


def skeleton():
    return load_skeleton(ROOT / "snippets")


def examples() -> dict[str, str]:
    """Each field of the desk (skeleton's and templates', once) and its example."""
    return {f.name: f.example for f in all_fields(skeleton(), default_library())}


def labels() -> dict[str, str]:
    return {f.name: f.label for f in all_fields(skeleton(), default_library())}


def skeleton_filled(style: str = "{example}") -> str:
    """The full skeleton as the desk should copy it: every field given as ``style``."""
    return skeleton_text(skeleton(), default_library(), style).removesuffix("\n")


def start_skeleton(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("#fw-desk.fw-desk-ready")
    page.click("[data-act=skeleton]")
    page.wait_for_selector(".fw-part")


def fill_fields(page: Page, skip: tuple[str, ...] = ()) -> list[str]:
    """Type every field's example into the form (but the ones in ``skip``); their names."""
    names = page.eval_on_selector_all(FIELD_INPUTS, "els => els.map(e => e.name)")
    table = examples()
    for name in names:
        if name not in skip:
            page.fill(f"{FIELD_INPUTS}[name='{name}']", table[name])
    return names


def copy_all(page: Page) -> str:
    page.evaluate("navigator.clipboard.writeText('')")
    page.click("[data-act=copy]")
    page.wait_for_function("async () => (await navigator.clipboard.readText()) !== ''")
    return page.evaluate("navigator.clipboard.readText()")


def download(page: Page, selector: str, to: Path) -> Path:
    """Click ``selector``, wait for the file it saves, keep it as ``to``."""
    with page.expect_download() as info:
        page.click(selector)
    to.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(info.value.path(), to)
    return to


def stored(page: Page) -> str | None:
    return page.evaluate(f"localStorage.getItem('{STORAGE_KEY}')")


def level_of(k: int, line: str) -> str:
    """The level the desk gives line ``k`` of the copied full skeleton."""
    if k == 0:
        return "title"
    if k == 1:
        return "recipient"
    return next((level for level, p in LEVEL_PATTERNS if p.match(line)), "body")


def east_asia_font(paragraph: Paragraph) -> str | None:
    fonts = paragraph.runs[0]._r.rPr.find(qn("w:rFonts"))
    return None if fonts is None else fonts.get(qn("w:eastAsia"))


def docx_lines(path: Path) -> tuple[list[Paragraph], list[str]]:
    """The paragraphs of a .docx that hold text, and their texts as the lines copied: the
    blank lines (one under the title, as GB/T 9704 leaves, and above the closing) left out,
    the title's lines (parted by line breaks) joined."""
    paragraphs = Document(str(path)).paragraphs
    assert paragraphs[1].text == "", "the line after the title is left blank"
    kept = [p for p in paragraphs if p.text]
    return kept, [p.text.replace("\n", "") for p in kept]
