"""范文目录 in Chromium, on a synthetic corpus of 120 exemplars: the chips, selects, title
filter and sorts list exactly the rows the data calls for, in its order; the state lives in
the #fragment (reload, back/forward); 50 rows at first and 50 more on request; a row opens
its exemplar, whose 上一篇/下一篇 follow the catalogue's order; a phone's width; file://
with no request to any host; and titles or sources holding HTML stay text."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml
from playwright.sync_api import Browser, Page

from fanwen.bench.synthetic import write_corpus

from .conftest import DESKTOP, PHONE, ROOT, RecordingPage, open_page, screenshot

pytestmark = pytest.mark.slow

COUNT = 120
HOSTILE = "<img src=x onerror=alert(1)>"
HOSTILE_FILE = "synthetic_00005.txt"
HREFS = "() => Array.from(document.querySelectorAll('.fw-cat-table tbody a'), a => a.getAttribute('href'))"  # noqa: E501


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """120 synthetic exemplars, every kind of body in every year, a quarter of them with
    成效 instead of 工作开展情况; one of them titled and sourced with an HTML tag."""
    folder = tmp_path_factory.mktemp("catalogue") / "corpus"
    write_corpus(ROOT / "corpus", folder, COUNT)
    # Shift the years of every other round of kinds, so that a year filter on top of a kind
    # filter always has work to do, whatever years the generator drew.
    for i, file in enumerate(sorted(folder.glob("synthetic_*.txt"))):
        text = file.read_text("utf-8")
        year = int(re.search(r"(\d{4})年", text.split("\n")[0]).group(1))
        shifted = 2019 + (year - 2019 + i // 8) % 8
        lines = text.replace(f"{year}年", f"{shifted}年").split("\n")
        if i % 4 == 1:  # a quarter report their work as 成效: parts differ between rows
            lines[2] = "一、取得的成效"
        file.write_text("\n".join(lines), "utf-8")
    meta_file = folder / "meta.yaml"
    meta = yaml.safe_load(meta_file.read_text("utf-8"))
    first = (folder / HOSTILE_FILE).read_text("utf-8").split("\n")[0]
    meta[HOSTILE_FILE] |= {"title": first + HOSTILE, "source_site": HOSTILE}
    meta_file.write_text(yaml.safe_dump(meta, allow_unicode=True, sort_keys=False), "utf-8")
    return folder


@pytest.fixture(scope="module")
def expected(corpus: Path) -> list[dict]:
    """Each exemplar as the catalogue must list it, read from meta.yaml and the text alone
    (the first line is the title: region, unit, year), in the default order."""
    meta = yaml.safe_load((corpus / "meta.yaml").read_text("utf-8"))
    rows = []
    for name, entry in meta.items():
        first = (corpus / name).read_text("utf-8").split("\n")[0]
        rows.append(
            {
                "href": f"exemplars/{entry['slug']}.html",
                "title": entry.get("title", first),
                "year": int(re.search(r"(\d{4})年", first).group(1)),
                "kind": entry["body_kind"],
                "region": first[:3],  # 青山县…: a two-character place and its level
                "source": entry.get("source_site"),
            }
        )
    return sorted(rows, key=lambda r: (-r["year"], r["title"], r["href"]))


@pytest.fixture(scope="module")
def data(site: Path, expected: list[dict]) -> dict:
    """assets/catalogue/catalogue-data.js, checked against what meta.yaml and the texts say."""
    text = (site / "assets" / "catalogue" / "catalogue-data.js").read_text("utf-8")
    found = json.loads(text.removeprefix("window.fanwenCatalogue = ").rstrip().removesuffix(";"))
    fields = ("href", "title", "year", "kind", "region", "source")
    assert [{k: r[k] for k in fields} for r in found["rows"]] == expected
    return found


def hrefs(rows: list[dict]) -> list[str]:
    return [r["href"] for r in rows]


def shown(page: Page) -> list[str]:
    """The hrefs of the listed rows, after clicking 再显示 until every row is shown."""
    while page.locator(".fw-cat-more").count():
        before = page.locator(".fw-cat-table tbody tr").count()
        page.click(".fw-cat-more")
        assert page.locator(".fw-cat-table tbody tr").count() > before
    return page.evaluate(HREFS)


def count_line(n: int) -> str:
    return f"符合条件的范文 {n} 篇（共 {COUNT} 篇）"


def open_catalogue(page: Page, url: str, fragment: str = "") -> None:
    page.goto(f"{url}/catalogue.html{fragment}")
    page.wait_for_selector(".fw-cat-table tbody tr")


def test_two_clicks_list_the_township_exemplars_of_the_two_latest_years(
    page: Page, url: str, expected: list[dict]
) -> None:
    years = sorted({r["year"] for r in expected}, reverse=True)[:2]
    wanted = [r for r in expected if r["kind"] == "乡镇党委" and r["year"] in years]
    assert 3 <= len(wanted) < 30, "the corpus should make this a real filter"
    older = {r["year"] for r in expected if r["kind"] == "乡镇党委"} - set(years)
    assert len(years) == 2 and older, "the kind should also have rows of older years"
    open_catalogue(page, url)
    page.click(".fw-cat-chip[data-kind='乡镇党委']")
    page.click(".fw-cat-chip[data-year='recent']")
    assert shown(page) == hrefs(wanted)
    assert page.inner_text(".fw-cat-count") == count_line(len(wanted))
    assert page.get_attribute("[data-kind='乡镇党委']", "aria-pressed") == "true"
    assert page.get_attribute("[data-year='recent']", "aria-pressed") == "true"


def _chips(*selectors: str) -> Callable[[Page, dict], None]:
    return lambda page, common: [page.click(s) for s in selectors]


def _select(name: str, value: str | None = None) -> Callable[[Page, dict], None]:
    """Choose ``value`` (or the data's most common value of ``name``) in a select."""
    return lambda page, common: page.select_option(
        f"select[data-filter='{name}']", value or common[name]
    )


def _type(text: str) -> Callable[[Page, dict], None]:
    def act(page: Page, common: dict) -> None:
        page.fill("input[data-filter='text']", text)
        page.press("input[data-filter='text']", "Enter")  # the filter applies on change

    return act


def _both(*acts: Callable[[Page, dict], None]) -> Callable[[Page, dict], None]:
    return lambda page, common: [act(page, common) for act in acts]


# name: (what the user does, which rows must be listed, how they are ordered); a row is
# judged by what meta.yaml and the text say (r), the data (d) and the commonest values (c).
FILTERS = {
    "parts": (
        _chips("[data-part='achievements']", "[data-part='problems']"),
        lambda r, d, c: {"achievements", "problems"} <= set(d["parts"]),
        None,
    ),
    "region": (_select("region"), lambda r, d, c: r["region"] == c["region"], None),
    "source": (_select("source", "公众号"), lambda r, d, c: r["source"] == "公众号", None),
    "text": (_type("街道"), lambda r, d, c: "街道" in r["title"], None),
    "kind-and-text": (
        _both(_chips("[data-kind='局党组']"), _type("责任制")),
        lambda r, d, c: r["kind"] == "局党组" and "责任制" in r["title"],
        None,
    ),
    "year-asc": (_select("sort", "year-asc"), None, lambda r, d: (r["year"], r["title"])),
    "year-desc": (_select("sort", "year-desc"), None, lambda r, d: (-r["year"], r["title"])),
    "chars-desc": (_select("sort", "chars-desc"), None, lambda r, d: (-d["chars"], r["title"])),
    "chars-asc": (_select("sort", "chars-asc"), None, lambda r, d: (d["chars"], r["title"])),
    "title": (_select("sort", "title"), None, lambda r, d: r["title"]),
}


@pytest.mark.parametrize("name", FILTERS)
def test_each_filter_and_sort_gives_the_rows_of_the_data(
    page: Page, url: str, expected: list[dict], data: dict, name: str
) -> None:
    act, keep, order = FILTERS[name]
    by_href = {d["href"]: d for d in data["rows"]}
    common = {"region": Counter(r["region"] for r in expected).most_common(1)[0][0]}
    rows = [r for r in expected if keep is None or keep(r, by_href[r["href"]], common)]
    if order is not None:
        rows = sorted(rows, key=lambda r: order(r, by_href[r["href"]]))  # stable: data order
        assert rows != expected or name == "year-desc", "the sort should change the order"
    if keep is not None:
        assert 2 <= len(rows) < COUNT / 2, "the corpus should make this a real filter"
    open_catalogue(page, url)
    act(page, common)
    assert shown(page) == hrefs(rows)
    assert page.inner_text(".fw-cat-count") == count_line(len(rows))


def test_parts_must_all_be_there(page: Page, url: str, data: dict) -> None:
    """Two part chips keep the rows with both parts, not those with either."""
    open_catalogue(page, url)
    page.click("[data-part='achievements']")
    one = shown(page)
    assert one == [d["href"] for d in data["rows"] if "achievements" in d["parts"]]
    page.click("[data-part='practices']")
    both = [d["href"] for d in data["rows"] if {"achievements", "practices"} <= set(d["parts"])]
    assert shown(page) == both
    assert len(both) < len(one)


def test_the_state_survives_reload_and_history(page: Page, url: str, expected: list[dict]) -> None:
    open_catalogue(page, url)
    page.click("[data-kind='局党组']")
    page.click("[data-year='2024']")
    page.click("[data-year='2025']")
    page.select_option("select[data-filter='sort']", "title")
    wanted = sorted(
        (r for r in expected if r["kind"] == "局党组" and r["year"] in (2024, 2025)),
        key=lambda r: r["title"],
    )
    assert shown(page) == hrefs(wanted)
    fragment = unquote(urlsplit(page.url).fragment)
    assert "kind=局党组" in fragment and "sort=title" in fragment, fragment

    page.reload()
    page.wait_for_selector(".fw-cat-table tbody tr")
    assert shown(page) == hrefs(wanted)
    assert page.inner_text(".fw-cat-count") == count_line(len(wanted))
    for chip in ("[data-kind='局党组']", "[data-year='2024']", "[data-year='2025']"):
        assert page.get_attribute(chip, "aria-pressed") == "true", chip
    assert page.input_value("select[data-filter='sort']") == "title"

    # A new fragment (a link, or typed in the address bar) is a new history entry.
    page.evaluate("location.hash = 'kind=党支部'")
    branch = [r for r in expected if r["kind"] == "党支部"]
    page.wait_for_function(
        f"document.querySelector('.fw-cat-count').textContent.includes('{len(branch)} 篇（')"
    )
    assert shown(page) == hrefs(branch)
    assert page.get_attribute("[data-kind='党支部']", "aria-pressed") == "true"
    page.go_back()
    page.wait_for_function(
        "document.querySelector(\"[data-kind='局党组']\").getAttribute('aria-pressed') === 'true'"
    )
    assert shown(page) == hrefs(wanted)
    assert page.input_value("select[data-filter='sort']") == "title"
    page.go_forward()
    page.wait_for_function(
        "document.querySelector(\"[data-kind='党支部']\").getAttribute('aria-pressed') === 'true'"
    )
    assert shown(page) == hrefs(branch)


def test_fifty_rows_then_fifty_more(page: Page, url: str, expected: list[dict]) -> None:
    open_catalogue(page, url)
    assert page.inner_text(".fw-cat-count") == count_line(COUNT)
    assert page.evaluate(HREFS) == hrefs(expected[:50])
    assert page.inner_text(".fw-cat-more") == "再显示 50 篇"
    page.click(".fw-cat-more")
    assert page.evaluate(HREFS) == hrefs(expected[:100])
    assert page.inner_text(".fw-cat-more") == f"再显示 {COUNT - 100} 篇"
    page.click(".fw-cat-more")
    assert page.evaluate(HREFS) == hrefs(expected)
    assert page.locator(".fw-cat-more").count() == 0


def neighbours(page: Page) -> dict[str, str | None]:
    """The resolved targets of the first 上一篇 / 范文目录 / 下一篇 bar (None: no link)."""
    return page.evaluate(
        """() => Object.fromEntries(['fw-prev', 'fw-up', 'fw-next'].map(c => {
          const node = document.querySelector('nav.fw-neighbours .' + c);
          return [c, node.tagName === 'A' ? node.href : null];
        }))"""
    )


def test_every_exemplar_page_links_its_catalogue_neighbours(
    site: Path, expected: list[dict]
) -> None:
    """Both bars (top and foot) of every exemplar page: 上一篇 / 下一篇 in catalogue order."""
    order = [Path(h).name for h in hrefs(expected)]
    for i, name in enumerate(order):
        html = (site / "exemplars" / name).read_text("utf-8")
        bars = re.findall(r'<nav class="fw-neighbours".*?</nav>', html)
        assert len(bars) == 2, name
        for bar in bars:
            prev = re.findall(r'class="fw-prev" href="([^"]+)"', bar)
            after = re.findall(r'class="fw-next" href="([^"]+)"', bar)
            assert prev == ([order[i - 1]] if i else []), name
            assert after == ([order[i + 1]] if i + 1 < len(order) else []), name
            assert 'class="fw-up" href="../catalogue.html"' in bar


def test_a_row_opens_its_exemplar_and_its_neighbours_follow_the_catalogue(
    page: Page, url: str, expected: list[dict]
) -> None:
    order = [f"{url}/{h}" for h in hrefs(expected)]
    middle = 37
    open_catalogue(page, url)
    link = page.locator(".fw-cat-table tbody a").nth(middle)
    assert link.inner_text() == expected[middle]["title"]
    link.click()
    page.wait_for_load_state()
    assert page.url == order[middle]
    assert page.inner_text("h1") == expected[middle]["title"]
    assert neighbours(page) == {
        "fw-prev": order[middle - 1],
        "fw-up": f"{url}/catalogue.html",
        "fw-next": order[middle + 1],
    }
    page.click("nav.fw-neighbours >> nth=0 >> a.fw-next")
    assert page.url == order[middle + 1]
    page.click("nav.fw-neighbours >> nth=-1 >> a.fw-prev")  # the bar at the foot
    page.click("nav.fw-neighbours >> nth=0 >> a.fw-prev")
    assert page.url == order[middle - 1]
    page.click("nav.fw-neighbours >> nth=0 >> a.fw-up")
    page.wait_for_selector(".fw-cat-table tbody tr")
    assert urlsplit(page.url).path == "/catalogue.html"

    page.goto(order[0])
    assert neighbours(page) == {
        "fw-prev": None,
        "fw-up": f"{url}/catalogue.html",
        "fw-next": order[1],
    }
    assert page.inner_text("nav.fw-neighbours >> nth=0 >> .fw-prev") == "已是第一篇"
    page.goto(order[-1])
    assert neighbours(page) == {
        "fw-prev": order[-2],
        "fw-up": f"{url}/catalogue.html",
        "fw-next": None,
    }
    assert page.inner_text("nav.fw-neighbours >> nth=0 >> .fw-next") == "已是最后一篇"


def test_catalogue_and_exemplar_fit_a_phone(
    browser: Browser, url: str, expected: list[dict]
) -> None:
    with open_page(browser, viewport=PHONE, device_scale_factor=2) as page:
        open_catalogue(page, url)
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        assert page.locator(".fw-cat-table thead").is_hidden(), "rows should show as cards"
        display = page.evaluate(
            "getComputedStyle(document.querySelector('.fw-cat-table tbody tr')).display"
        )
        assert display == "block"
        screenshot(page, "catalogue-390")
        page.click("[data-kind='党支部']")  # clickable: visible, not covered, gets the event
        branch = [r for r in expected if r["kind"] == "党支部"]
        assert page.inner_text(".fw-cat-count") == count_line(len(branch))
        assert page.evaluate(HREFS) == hrefs(branch)
        page.click("[data-year='recent']")
        assert page.get_attribute("[data-year='recent']", "aria-pressed") == "true"
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        boxes = page.locator(".fw-cat-table tbody tr")
        for i in range(boxes.count()):
            box = boxes.nth(i).bounding_box()
            assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
        screenshot(page, "catalogue-390-filtered")
        page.goto(f"{url}/{expected[0]['href']}")
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        screenshot(page, "exemplar-synthetic-390")


# Each header of the table: its text, how many lines it takes, its content height and the
# line height; and whether the table fits its column.
HEADERS = """() => ({
  heads: Array.from(document.querySelectorAll('.fw-cat-table thead th'), th => {
    const range = document.createRange()
    range.selectNodeContents(th)
    const style = getComputedStyle(th)
    return {
      text: th.textContent,
      lines: new Set(Array.from(range.getClientRects(), r => Math.round(r.top))).size,
      height: th.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom),
      line: parseFloat(style.lineHeight),
    }
  }),
  table: document.querySelector('.fw-cat-table').scrollWidth,
  room: document.querySelector('.fw-cat').clientWidth,
})"""


@pytest.mark.parametrize("width", [DESKTOP["width"], 1024, 768], ids=["1440", "1024", "768"])
def test_headers_stand_on_one_line(browser: Browser, site_url: str, width: int) -> None:
    """On the seed site, where most rows have no 地区 ("—"), the 地区 column is as narrow as
    its cells allow: its header must still read 地区 on one line, not one character a line."""
    with open_page(browser, viewport={"width": width, "height": 900}) as page:
        open_catalogue(page, site_url)
        found = page.evaluate(HEADERS)
        assert [h["text"] for h in found["heads"]] == [
            "标题",
            "年份",
            "单位类型",
            "地区",
            "字数",
            "包含的部分",
        ]
        for head in found["heads"]:
            assert head["lines"] == 1, head
            assert head["height"] <= head["line"] * 1.2, head  # one line's height
        assert found["table"] <= found["room"], found  # the table still fits its column
        screenshot(page, f"catalogue-headers-{width}")


def test_catalogue_works_from_the_file_system(
    recording: RecordingPage, site: Path, expected: list[dict]
) -> None:
    page = recording.page
    page.goto((site / "catalogue.html").as_uri())
    page.wait_for_selector(".fw-cat-table tbody tr")
    assert page.inner_text(".fw-cat-count") == count_line(COUNT)
    page.click("[data-kind='党组']")
    wanted = [r for r in expected if r["kind"] == "党组"]
    assert shown(page) == hrefs(wanted)
    page.locator(".fw-cat-table tbody a").first.click()
    page.wait_for_load_state()
    assert page.url == (site / wanted[0]["href"]).as_uri()
    assert page.inner_text("h1") == wanted[0]["title"]
    assert recording.outside_requests(None) == []
    assert all(url.startswith(("file:", "data:", "blob:")) for url in recording.requests)


def test_html_in_a_title_or_source_stays_text(page: Page, url: str, data: dict) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    (row,) = [d for d in data["rows"] if d["source"] == HOSTILE]
    assert row["title"].endswith(HOSTILE)
    open_catalogue(page, url)
    options = page.eval_on_selector_all(
        "select[data-filter='source'] option", "os => os.map(o => o.textContent)"
    )
    assert f"{HOSTILE}（1）" in options
    page.select_option("select[data-filter='source']", HOSTILE)
    assert shown(page) == [row["href"]]
    assert page.inner_text(".fw-cat-table tbody a") == row["title"]
    page.fill("input[data-filter='text']", "onerror")
    page.press("input[data-filter='text']", "Enter")
    assert shown(page) == [row["href"]]
    assert page.locator("#fw-catalogue img").count() == 0
    assert page.evaluate("document.querySelectorAll('img[src=x], [onerror]').length") == 0
    page.click(".fw-cat-table tbody a")
    page.wait_for_load_state()
    assert page.url == f"{url}/{row['href']}"
    assert page.title().startswith(row["title"])
    assert HOSTILE in page.inner_text(".fw-meta")  # 来源网站, as text
    assert page.evaluate("document.querySelectorAll('img[src=x], [onerror]').length") == 0
    assert dialogs == []
