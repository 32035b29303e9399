"""草稿检查: the draft-check page and the data its script reads (no mkdocs import here).

The page (``scripts/web/check/``, bundled into ``assets/check/fanwen-check.js``) checks a
draft in the browser with the rules of :func:`fanwen.check.browser_rules.rules_for_browser`
and files each finding under an item of the writing checklist. Both come from one data
script, ``assets/check/check-data.js``, which sets ``window.fanwenCheckData`` (a script, not
a JSON file, so the page also works from file://)::

    {"rules": {...rules_for_browser()...},
     "groups": [{"name", "items": [{"text", "finds": [rule or rule prefix], "subject"?}]}]}

The groups are those of ``snippets/checklist.yaml`` (an item's ``finds`` names the rules
filed under it), then the duty areas of ``snippets/duties.yaml``, one item each, as on the
checklist page.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..analyze.snippets import Library
from ..check.browser_rules import rules_for_browser
from ..check.checklist import checklist_groups, load_checklist
from .markup import render_template

CHECK = "check.md"
CHECK_DATA = "assets/check/check-data.js"
DATA_GLOBAL = "window.fanwenCheckData"


def check_data(library: Library, folder: Path) -> dict[str, object]:
    """Everything the check page reads: the browser rules and the checklist groups.

    >>> from fanwen.analyze.snippets import default_library, snippets_folder
    >>> data = check_data(default_library(), snippets_folder())
    >>> data["groups"][2]["items"][0]["finds"], data["rules"]["settings"]["copy_min"]
    (['formulation'], 15)
    """
    return {
        "rules": rules_for_browser(folder),
        "groups": checklist_groups(load_checklist(folder), library),
    }


def check_script(data: dict[str, object]) -> str:
    """The data as a plain script: ``window.fanwenCheckData = {...};``.

    >>> check_script({"a": "“两个维护”</script>"})
    'window.fanwenCheckData = {"a":"“两个维护”<\\\\/script>"};\\n'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f"{DATA_GLOBAL} = {text};\n"


def check_pages(library: Library, folder: Path) -> dict[str, str]:
    """The check page and its data script, keyed by path among the docs.

    >>> from fanwen.analyze.snippets import default_library, snippets_folder
    >>> list(check_pages(default_library(), snippets_folder()))
    ['check.md', 'assets/check/check-data.js']
    """
    data = check_script(check_data(library, folder))
    return {CHECK: render_template("check.md.j2"), CHECK_DATA: data}
