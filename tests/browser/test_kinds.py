"""Every kind of body, in Chromium on the seed site: the desk starts with who and when (kind of
body, year, period), each kind's start gives a full skeleton in that kind's terms, the year fills
the meetings to cite and the campaign (editable, kept over a reload), and the catalogue lists
every kind and the project's own model reports (本站编写), which say so on their pages."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from playwright.sync_api import Browser, Page

from fanwen.aids.skeleton import all_fields
from fanwen.analyze.snippets import Kind, default_library, fill, own_variants, variants_for
from fanwen.check.formulations import load_formulations
from fanwen.intake.meta import OWN_SOURCE

from .conftest import DESKTOP, ROOT, open_page, screenshot
from .desking import FIELD_INPUTS, skeleton, stored

pytestmark = pytest.mark.slow

LIBRARY = default_library()
KINDS = LIBRARY.kinds
# Each kind's own substance, as issue 18 lists it: words its skeleton must show.
TERMS = {
    "county": ["统筹", "约谈", "考核", "联席会议", "意识形态领域安全"],
    "township": ["村级", "新时代文明实践站", "宗教", "移风易俗"],
    "street": ["网格", "小区", "楼宇", "公共空间"],
    "bureau": ["党组会议", "三审三校", "舆情"],
    "school": ["课堂", "教材", "报告会、研讨会、讲座、论坛", "师生思想", "校园网络"],
    "hospital": ["医德医风", "患者", "网络舆情", "医学伦理"],
    "soe": ["生产经营", "职工思想动态", "境外舆情"],
    "village": ["村务公开栏", "党员大会", "“三会一课”"],
}


def open_desk(page: Page, url: str) -> None:
    page.goto(f"{url}/desk.html")
    page.wait_for_selector("#fw-desk.fw-desk-ready")


def start(page: Page, kind: str, year: str = "2025", period: str = "年度") -> None:
    """Choose who and when, then start from the full skeleton."""
    page.select_option("[data-body]", kind)
    page.select_option("[data-year]", year)
    page.select_option("[data-period]", period)
    page.click("[data-act=skeleton]")
    page.wait_for_selector(".fw-part")


def part_texts(page: Page, role: str) -> list[str]:
    return page.eval_on_selector_all(
        f".fw-part[data-kind={role}] textarea", "els => els.map(e => e.value)"
    )


def field(page: Page, name: str) -> str:
    return page.input_value(f"{FIELD_INPUTS}[name='{name}']")


def test_the_desk_starts_with_who_and_when(page: Page, site_url: str) -> None:
    page.clock.set_fixed_time(datetime(2026, 1, 15, 9, 0))  # a January writes last year's report
    open_desk(page, site_url)
    who = page.locator(".fw-desk-who")
    assert who.locator("select").count() == 3
    # Who and when come before the ways to start.
    assert page.evaluate(
        "() => document.querySelector('.fw-desk-who').compareDocumentPosition("
        "document.querySelector('.fw-desk-start')) === Node.DOCUMENT_POSITION_FOLLOWING"
    )
    names = page.eval_on_selector_all("[data-body] option", "els => els.map(e => e.textContent)")
    assert names[1:] == [k.name for k in KINDS]
    periods = page.eval_on_selector_all("[data-period] option", "els => els.map(e => e.value)")
    assert periods == ["年度", "上半年", "第一季度", "第二季度", "第三季度", "第四季度"]
    assert page.input_value("[data-year]") == "2025"  # the year before, by the browser's clock


def test_the_desk_defaults_to_the_year_being_reported(page: Page, site_url: str) -> None:
    page.clock.set_fixed_time(datetime(2026, 12, 7, 9, 0))
    open_desk(page, site_url)
    assert page.input_value("[data-year]") == "2026"
    page.select_option("[data-body]", "bureau")
    page.click("[data-act=skeleton]")
    page.wait_for_selector(".fw-part")
    assert field(page, "term") == "2026年度"
    assert field(page, "year_next") == "2027"
    # No other year's example: the data lists no campaign for 2026, and the date is 2026's.
    hint = page.get_attribute(f"{FIELD_INPUTS}[name='campaign']", "placeholder")
    assert hint == "本年度的数据中没有，请按上级部署填写，或删去这一句"
    assert page.get_attribute(f"{FIELD_INPUTS}[name='date']", "placeholder") == "例：2026年12月20日"


@pytest.mark.parametrize("kind", KINDS, ids=[k.id for k in KINDS])
def test_each_kind_starts_a_full_skeleton_in_its_own_terms(
    browser: Browser, site_url: str, kind: Kind
) -> None:
    fields = all_fields(skeleton(), LIBRARY)
    with open_page(browser, viewport=DESKTOP) as page:
        open_desk(page, site_url)
        start(page, kind.id)
        shown = page.eval_on_selector_all(".fw-part", "els => els.map(e => e.dataset.kind)")
        roles = list(dict.fromkeys(p.role for p in skeleton().parts))
        assert shown == ["title", "recipient", *[r for r in shown if r in roles]]
        assert list(dict.fromkeys(shown[2:])) == roles  # every part, in the standard order
        for part in skeleton().parts:
            role = LIBRARY.roles[part.role]
            picked = (
                own_variants(role, kind.id)
                if part.take == "all"
                else variants_for(role, kind.id)[:1]
            )
            want = [fill(role.variants[k].text, fields) for k in picked]
            assert part_texts(page, part.role) == want, part.role
            if part.role in ("practices", "next_steps"):
                assert all(role.variants[k].kinds in ([kind.id], ["all"]) for k in picked)
                assert any(role.variants[k].kinds == [kind.id] for k in picked)
        # Every value the kind fills is in the draft (a variant chosen later finds it filled);
        # the fields the skeleton uses show it, 落款机关 being the unit itself.
        assert json.loads(stored(page) or "{}")["values"].items() >= kind.values.items()
        inputs = page.eval_on_selector_all(FIELD_INPUTS, "els => els.map(e => e.name)")
        assert {"unit", "recipient", "signatory"} <= set(inputs)
        for name in set(inputs) & kind.values.keys():
            assert field(page, name) == kind.values[name]
        assert field(page, "signatory") == kind.values["unit"]
        preview = page.inner_text("[data-preview]")
        # The title may be broken into lines (the desk chooses where a long title breaks).
        assert preview.replace("\n", "").startswith(
            f"{kind.values['unit']}关于2025年度落实意识形态工作责任制情况的报告"
        )
        for term in TERMS[kind.id]:
            assert term in preview, term
        # The variants a part offers are the kind's own first.
        options = page.eval_on_selector_all(
            ".fw-part[data-kind=practices] select[data-edit=variant] option",
            "els => els.map(e => e.textContent)",
        )
        assert options[0].startswith("写法1：") and kind.name.split("/")[0][:2] in options[0]
        if kind.id == "township":
            screenshot(page, "desk-township-1440")


YEARS = [
    # label, year, period, campaign, meetings named, meeting not yet held
    ("2024", "2024", "年度", "党纪学习教育", "党的二十大和二十届二中、三中全会精神", "四中全会"),
    (
        "2025",
        "2025",
        "年度",
        "深入贯彻中央八项规定精神学习教育",
        "党的二十大和二十届二中、三中、四中全会精神",
        None,
    ),
    (
        "2025 first half",
        "2025",
        "上半年",
        "深入贯彻中央八项规定精神学习教育",
        "党的二十大和二十届二中、三中全会精神",
        "四中全会",
    ),
]


@pytest.mark.parametrize(
    ("year", "period", "campaign", "spirit", "later"),
    [c[1:] for c in YEARS],
    ids=[c[0] for c in YEARS],
)
def test_the_year_fills_meetings_and_campaign(
    browser: Browser,
    site_url: str,
    year: str,
    period: str,
    campaign: str,
    spirit: str,
    later: str | None,
) -> None:
    table = load_formulations(ROOT / "snippets")
    assert [c.name for c in table.campaigns_of(int(year))] == [campaign]  # the checker's data
    with open_page(browser, viewport=DESKTOP) as page:
        open_desk(page, site_url)
        start(page, "township", year, period)
        assert (field(page, "campaign"), field(page, "guiding_spirit")) == (campaign, spirit)
        assert field(page, "year_next") == str(int(year) + 1)
        preview = page.inner_text("[data-preview]")
        term = f"{year}年度" if period == "年度" else f"{year}年{period}"
        title = f"中共××镇委员会关于{term}落实意识形态工作责任制情况的报告"
        assert preview.replace("\n", "").startswith(title)  # in lines the desk broke it into
        assert campaign in preview and spirit in preview
        if later:
            assert later not in preview
        # Editable: the writer's own words replace the filled value, and a reload keeps all.
        page.fill(f"{FIELD_INPUTS}[name='campaign']", "本单位的学习教育")
        assert "开展本单位的学习教育" in page.inner_text("[data-preview]")
        page.reload()
        page.wait_for_selector(".fw-part")
        assert page.input_value("[data-body]") == "township"
        assert (page.input_value("[data-year]"), page.input_value("[data-period]")) == (
            year,
            period,
        )
        assert field(page, "campaign") == "本单位的学习教育"
        assert field(page, "guiding_spirit") == spirit


def test_another_year_renews_what_the_last_one_filled(page: Page, site_url: str) -> None:
    open_desk(page, site_url)
    start(page, "county", "2024")
    assert field(page, "campaign") == "党纪学习教育"
    page.fill(f"{FIELD_INPUTS}[name='unit']", "中共青山县委")
    page.select_option("[data-year]", "2025")
    assert field(page, "campaign") == "深入贯彻中央八项规定精神学习教育"
    assert field(page, "guiding_spirit") == "党的二十大和二十届二中、三中、四中全会精神"
    assert field(page, "unit") == "中共青山县委"  # typed by the writer: kept
    assert '"year":"2025"' in (stored(page) or "")


def catalogue(page: Page, url: str, fragment: str = "") -> None:
    page.goto(f"{url}/catalogue.html{fragment}")
    page.wait_for_selector(".fw-cat-table tbody tr")


def rows(page: Page) -> list[str]:
    return page.eval_on_selector_all(
        ".fw-cat-table tbody a", "els => els.map(a => a.getAttribute('href'))"
    )


def test_catalogue_lists_every_kind_and_the_own_model_reports(page: Page, site_url: str) -> None:
    catalogue(page, site_url)
    chips = page.eval_on_selector_all(
        ".fw-cat-chip[data-kind]", "els => els.map(e => e.dataset.kind)"
    )
    assert {k.body_kind for k in KINDS} <= set(chips)
    page.select_option("[data-filter=source]", OWN_SOURCE)
    own = rows(page)
    assert len(own) == len(KINDS) == 8
    assert all(h.startswith("exemplars/model-") for h in own)
    assert page.locator(".fw-cat-table tbody .fw-cat-own").count() == 8
    assert f"source={OWN_SOURCE}" in page.evaluate("decodeURIComponent(location.hash)")
    for kind in KINDS:  # one model report per kind
        page.click(f".fw-cat-chip[data-kind='{kind.body_kind}']")
        assert len(rows(page)) == 1, kind.body_kind
        page.click(f".fw-cat-chip[data-kind='{kind.body_kind}']")
    screenshot(page, "catalogue-own-1440")
    page.select_option("[data-filter=source]", "")
    assert page.locator(".fw-cat-table tbody .fw-cat-own").count() == 8
    assert len(rows(page)) == 13


def test_a_model_report_says_it_is_the_sites_own(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/exemplars/model-school-2025.html")
    notice = page.inner_text(".fw-own")
    assert (
        notice.startswith("本站编写")
        and "不是任何单位的真实报告" in notice
        and "学校党委" in notice
    )
    assert OWN_SOURCE in page.inner_text(".fw-meta")
    page.goto(f"{site_url}/exemplars/city-bureau-2022.html")
    assert page.locator(".fw-own").count() == 0


def test_home_marks_the_own_model_reports(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/index.html")
    rows = page.locator("table tbody tr").all_inner_texts()
    own = [r for r in rows if "（本站编写）" in r]
    assert len(own) == 8 and all("2025" in r for r in own)
    assert "其中 8 篇是本站编写的示范报告" in page.inner_text("article")
