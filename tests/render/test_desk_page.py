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
from fanwen.check.formulations import load_formulations
from fanwen.check.meetings import meeting_findings
from fanwen.corpus import load_corpus
from fanwen.render.desk_kinds import year_values
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
        want = [{"title": v.title, "kinds": v.kinds, "text": v.text} for v in role.variants]
        assert got["variants"] == want
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
    data = desk_data(default_library(), load_skeleton(SNIPPETS), load_formulations(SNIPPETS))
    check_against_snippets(data)
    assert read_data(desk_script(data)) == data


# Each kind's own substance, as the issue lists it: words its skeleton must use.
KIND_TERMS = [
    ("county", ["统筹", "约谈", "考核", "联席会议", "风险"]),
    ("township", ["村级", "新时代文明实践站", "宗教", "移风易俗"]),
    ("street", ["网格", "小区", "楼宇", "公共空间"]),
    ("bureau", ["党组", "三审三校", "舆情"]),
    ("school", ["课堂", "教材", "报告会、研讨会、讲座、论坛", "师生思想", "校园网络"]),
    ("hospital", ["医德医风", "患者", "舆情", "医学伦理"]),
    ("soe", ["生产经营", "职工思想动态", "境外舆情"]),
    ("village", ["村务公开栏", "党员大会", "“三会一课”"]),
]


@pytest.mark.parametrize(("kind", "terms"), KIND_TERMS, ids=[k for k, _ in KIND_TERMS])
def test_each_kind_has_its_own_skeleton(kind: str, terms: list[str]) -> None:
    library = default_library()
    data = desk_data(library, load_skeleton(SNIPPETS), load_formulations(SNIPPETS))
    entry = next(k for k in data["kinds"] if k["id"] == kind)
    general = data["kinds"][0]
    assert general["id"] == ""
    roles = {r["id"]: r for r in data["roles"]}
    text = ""
    for part, plain in zip(entry["parts"], general["parts"], strict=True):
        variants = [roles[part["role"]]["variants"][k] for k in part["variants"]]
        assert variants, part["role"]
        text += "".join(v["text"] for v in variants)
        if part["role"] in ("practices", "next_steps"):  # the kind's own, never the general
            assert all(v["kinds"] in ([kind], ["all"]) for v in variants), part["role"]
            assert any(v["kinds"] == [kind] for v in variants), part["role"]
            assert part["variants"] != plain["variants"]
            assert entry["offers"][part["role"]][: len(part["variants"])] == part["variants"]
    for term in terms:
        assert term in text, term
    assert {"unit", "unit_short", "recipient"} <= set(entry["values"])


def test_the_general_skeleton_takes_no_kind_variant() -> None:
    data = desk_data(default_library(), load_skeleton(SNIPPETS), load_formulations(SNIPPETS))
    roles = {r["id"]: r for r in data["roles"]}
    for part in data["kinds"][0]["parts"]:
        kinds = [roles[part["role"]]["variants"][k]["kinds"] for k in part["variants"]]
        assert all(k in ([], ["all"]) for k in kinds) and [] in kinds


YEARS = [
    ("2024", 2024, "年度", "党纪学习教育", "党的二十大和二十届二中、三中全会精神"),
    (
        "2025",
        2025,
        "年度",
        "深入贯彻中央八项规定精神学习教育",
        "党的二十大和二十届二中、三中、四中全会精神",
    ),
    (
        "2025 first half",
        2025,
        "上半年",
        "深入贯彻中央八项规定精神学习教育",
        "党的二十大和二十届二中、三中全会精神",
    ),
    ("2024 first quarter", 2024, "第一季度", "党纪学习教育", "党的二十大和二十届二中全会精神"),
    (
        "2023",
        2023,
        "年度",
        "学习贯彻习近平新时代中国特色社会主义思想主题教育",
        "党的二十大和二十届二中全会精神",
    ),
    ("2022", 2022, "年度", "", "党的二十大精神"),
]


@pytest.mark.parametrize(
    ("year", "period", "campaign", "spirit"), [c[1:] for c in YEARS], ids=[c[0] for c in YEARS]
)
def test_the_year_fills_meetings_and_campaign(
    year: int, period: str, campaign: str, spirit: str
) -> None:
    table = load_formulations(SNIPPETS)
    values = year_values(table, year, period)
    assert (values["campaign"], values["guiding_spirit"]) == (campaign, spirit)
    assert values["term"] == (f"{year}年度" if period == "年度" else f"{year}年{period}")
    assert values["year_next"] == str(year + 1)
    # The checker, reading the same data, asks nothing of a draft that cites what was filled in;
    # it does ask when the latest meeting is left out.
    draft = f"××局{values['term']}意识形态工作总结\n深入学习贯彻{spirit}。\n"
    assert meeting_findings(draft, table) == []
    if "、" in spirit:
        older = spirit.rsplit("、", 1)[0] + "全会精神"
        assert meeting_findings(draft.replace(spirit, older), table)


def test_the_example_values_tell_one_year() -> None:
    """The examples a writer sees (and the filled skeleton) agree with the example year.

    The year's values (报告期, meetings, campaign, next year) are what the desk would fill in for
    the example 报告年度; the signed date falls in that year.
    """
    library = default_library()
    fields = [*load_skeleton(SNIPPETS).fields]
    fields += [f for template in library.ordered_roles() for f in template.fields]
    examples = {f.name: f.example for f in all_fields(load_skeleton(SNIPPETS), library)}
    year = int(examples["year"])
    derived = year_values(load_formulations(SNIPPETS), year, "年度")
    differing = [(f.name, f.example) for f in fields if derived.get(f.name, f.example) != f.example]
    assert differing == []
    assert examples["date"].startswith(f"{year}年")


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
