"""写作台: the desk page and the data its script reads, in a real build of the seed site.

The data (``assets/desk/desk-data.js``) is generated from ``snippets/`` at every build, so it
must hold exactly what the templates hold: every role's variants and fields, the skeleton's
parts and headings, and every field once.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from fanwen.aids.skeleton import all_fields, load_skeleton
from fanwen.analyze.snippets import ROLE_ORDER, default_library
from fanwen.corpus import load_corpus
from fanwen.render.desk_page import DATA_GLOBAL, DESK, DESK_DATA, desk_data, desk_pages, desk_script
from helpers import ROOT, Built, read_page

SNIPPETS = ROOT / "snippets"


def read_data(text: str) -> dict:
    """The object a data script assigns to window.fanwenDeskData."""
    prefix = f"{DATA_GLOBAL} = "
    assert text.startswith(prefix) and text.endswith(";\n")
    return json.loads(text[len(prefix) : -2])


def check_against_snippets(data: dict) -> None:
    library = default_library()
    skeleton = load_skeleton(SNIPPETS)
    assert [r["id"] for r in data["roles"]] == list(ROLE_ORDER)
    for got in data["roles"]:
        role = library.roles[got["id"]]
        assert got["name"] == role.name
        assert got["variants"] == [{"title": v.title, "text": v.text} for v in role.variants]
        assert got["fields"] == [f.model_dump() for f in role.fields]
    assert data["skeleton"]["title"] == skeleton.title
    assert data["skeleton"]["recipient"] == skeleton.recipient
    assert data["skeleton"]["parts"] == [p.model_dump() for p in skeleton.parts]
    fields = data["fields"]
    assert fields == [f.model_dump() for f in all_fields(skeleton, library)]
    assert len({f["name"] for f in fields}) == len(fields)
    every = {f.name for r in library.ordered_roles() for f in r.fields}
    assert every | {f.name for f in skeleton.fields} == {f["name"] for f in fields}


def test_data_follows_the_snippets() -> None:
    data = desk_data(default_library(), load_skeleton(SNIPPETS))
    check_against_snippets(data)
    assert read_data(desk_script(data)) == data


def test_the_data_script_cannot_end_a_script_element() -> None:
    assert "</" not in desk_script({"text": "</script><b>"})


def test_desk_pages_are_the_page_and_its_data() -> None:
    pages = desk_pages(default_library(), SNIPPETS)
    assert list(pages) == [DESK, DESK_DATA]
    page = pages[DESK]
    assert page.startswith("---\ntitle: 写作台\n")
    for script in ("desk-data.js", "fanwen-desk.js"):
        assert f'<script src="assets/desk/{script}"></script>' in page
    assert "fanwen-word.js" not in page  # loaded when a Word file is asked for
    assert "\n\n" not in page[page.index('<div class="fw-desk"') : page.index("</noscript>")]


@pytest.mark.slow
def test_built_site_has_the_desk_and_its_data(seed_site: Built) -> None:
    site: Path = seed_site.site
    desk = read_page(site / "desk.html")
    assert desk.title.startswith("写作台")
    scripts = [src for src, _ in desk.scripts if src and "assets/desk/" in src]
    assert scripts == ["assets/desk/desk-data.js", "assets/desk/fanwen-desk.js"]
    for src in [*scripts, "assets/desk/fanwen-word.js"]:  # the Word bundle is loaded on demand
        assert (site / src).is_file(), src
    check_against_snippets(read_data((site / DESK_DATA).read_text("utf-8")))
    # Reachable from the home page and from every role page.
    assert "desk.html" in read_page(site / "index.html").links
    for role in ROLE_ORDER:
        assert "../desk.html" in read_page(site / "roles" / f"{role}.html").links, role


@pytest.mark.slow
def test_exemplar_pages_carry_their_cleaned_text_for_word(seed_site: Built) -> None:
    for ex in load_corpus(ROOT / "corpus"):
        text = (seed_site.site / "exemplars" / f"{ex.slug}.html").read_text("utf-8")
        found = re.search(r'<div class="fw-tools"[^>]*\sdata-text="([^"]*)"', text)
        assert found and html.unescape(found[1]) == ex.text, ex.slug
        assert "fanwen-word.js" not in text  # loaded on demand by 下载 Word
