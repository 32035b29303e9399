"""The front end's bundles (scripts/web -> classic scripts), built as the site build does."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from fanwen.errors import InputError
from fanwen.render.frontend import WEB, bundles


@pytest.fixture(scope="module")
def built() -> dict[str, bytes]:
    return bundles()


def test_each_entry_becomes_one_classic_script(built: dict[str, bytes]) -> None:
    entries = re.findall(r'"([^"]+\.js)": "([^"]+\.js)"', (WEB / "build.js").read_text("utf-8"))
    assert entries and set(built) == {target for target, _ in entries}
    for text in (b.decode("utf-8") for b in built.values()):
        assert text.startswith("(() => {") and text.rstrip().endswith("})();")
        assert not re.search(r"^\s*(?:import|export)\b", text, re.M)


def test_the_search_bundle_holds_its_modules(built: dict[str, bytes]) -> None:
    text = built["assets/search/fanwen-search.js"].decode("utf-8")
    for name in ("decodeIds", "occurrences", "window.__fanwenSearch"):
        assert name in text


def test_without_esbuild_the_message_says_how_to_install(tmp_path: Path) -> None:
    web = tmp_path / "scripts" / "web"
    shutil.copytree(WEB, web)
    with pytest.raises(InputError, match=r"esbuild is not installed; run `make install`"):
        bundles(web)


def test_a_broken_module_names_the_file(tmp_path: Path) -> None:
    web = tmp_path / "scripts" / "web"
    shutil.copytree(WEB, web)
    (tmp_path / "node_modules").symlink_to(WEB.parents[1] / "node_modules")
    (web / "search" / "match.js").write_text("export function (", encoding="utf-8")
    with pytest.raises(InputError, match=r"build\.js: bundling failed:[\s\S]*match\.js"):
        bundles(web)
