"""草稿检查: the check page and its data script, alone and in a real build of the seed site.

The data (``assets/check/check-data.js``) carries the browser rules and the checklist's
groups; every rule the checker can report must be filed under exactly one checklist item, or
the page would list a finding nowhere (or twice).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fanwen.analyze.snippets import default_library
from fanwen.check.browser_rules import rules_for_browser
from fanwen.check.checklist import DUTIES_GROUP, checklist_groups, load_checklist
from fanwen.check.settings import draft_settings
from fanwen.check.surface import surface_specs
from fanwen.check.years import RULES as YEAR_RULES
from fanwen.render.check_page import (
    CHECK,
    CHECK_DATA,
    DATA_GLOBAL,
    check_data,
    check_pages,
    check_script,
)
from helpers import ROOT, Built, read_page

SNIPPETS = ROOT / "snippets"
STRUCTURE = ("frame", "order", "opening", "transition", "assessment", "events", "data")
STRUCTURE += ("answers", "duties")


def read_data(text: str) -> dict:
    """The object a data script assigns to window.fanwenCheckData."""
    prefix = f"{DATA_GLOBAL} = "
    assert text.startswith(prefix) and text.endswith(";\n")
    return json.loads(text[len(prefix) : -2])


def every_rule() -> set[str]:
    """Every rule id a finding can carry (formulations by their own ids)."""
    rules = rules_for_browser(SNIPPETS)
    formulations = rules["formulations"]
    found = {s.rule for s in surface_specs()} | {f"structure.{k}" for k in STRUCTURE}
    found |= {x["rule"] for x in formulations["slips"] + formulations["lists"]}
    return found | {"meeting.latest", "copy.run", "copy.share", *YEAR_RULES}


def filed_under(rule: str, groups: list[dict]) -> list[str]:
    """The items (group / text) whose ``finds`` take ``rule``."""
    return [
        f"{g['name']} / {item['text']}"
        for g in groups
        for item in g["items"]
        if any(rule == f or rule.startswith(f"{f}.") for f in item["finds"])
    ]


def test_every_rule_is_filed_under_one_item_of_its_group() -> None:
    groups = checklist_groups(load_checklist(SNIPPETS), default_library())
    settings = draft_settings()
    for rule in every_rule():
        items = filed_under(rule, groups)
        if rule == "structure.duties":
            assert len(items) == len(default_library().duties)
            assert all(i.startswith(f"{DUTIES_GROUP} / ") for i in items)
            continue
        assert len(items) == 1, (rule, items)
        assert items[0].startswith(f"{settings.group(rule)} / "), (rule, items)


def test_groups_are_the_checklist_then_the_duties() -> None:
    checklist = load_checklist(SNIPPETS)
    groups = checklist_groups(checklist, default_library())
    assert [g["name"] for g in groups] == [g.name for g in checklist.groups] + [DUTIES_GROUP]
    duties = groups[-1]["items"]
    assert [d["subject"] for d in duties] == [d.id for d in default_library().duties]
    for group, source in zip(groups, checklist.groups, strict=False):
        assert [item["text"] for item in group["items"]] == [own.text for own in source.items]


def test_data_script_holds_the_rules_and_cannot_end_a_script() -> None:
    data = check_data(default_library(), SNIPPETS)
    assert read_data(check_script(data)) == data
    assert data["rules"] == rules_for_browser(SNIPPETS)
    assert "</" not in check_script({"text": "</script><b>"})


def test_check_pages_are_the_page_and_its_data() -> None:
    pages = check_pages(default_library(), SNIPPETS)
    assert list(pages) == [CHECK, CHECK_DATA]
    page = pages[CHECK]
    assert page.startswith("---\ntitle: 草稿检查\n")
    frame = page[page.index('<div class="fw-check"') : page.index("</noscript>")]
    assert "\n\n" not in frame and "data-search-exclude" in frame
    for src in ("check/check-data.js", "desk/desk-data.js", "check/fanwen-check.js"):
        assert f'<script src="assets/{src}"></script>' in page


@pytest.mark.slow
def test_built_site_has_the_check_page_linked_from_home_desk_and_checklist(
    seed_site: Built,
) -> None:
    site: Path = seed_site.site
    page = read_page(site / "check.html")
    assert page.title.startswith("草稿检查")
    ours = ("assets/check/", "assets/desk/")
    scripts = [src for src, _ in page.scripts if src and src.startswith(ours)]
    assert scripts == [
        "assets/check/check-data.js",
        "assets/desk/desk-data.js",
        "assets/check/fanwen-check.js",
    ]
    for src in scripts:
        assert (site / src).is_file(), src
    data = read_data((site / CHECK_DATA).read_text("utf-8"))
    assert data == check_data(default_library(), SNIPPETS)
    assert "check.html" in read_page(site / "index.html").links
    assert "check.html?from=desk" in read_page(site / "desk.html").links
    assert "../check.html" in read_page(site / "aids" / "checklist.html").links
    nav = read_page(site / "exemplars" / "city-bureau-2022.html").links
    assert "../check.html" in nav
