"""The writing desk (写作台): its page and the data its script needs (no mkdocs import here).

The desk (``scripts/web/desk/``) assembles a report from the full skeleton, the role
templates' variants and exemplar blocks, with one form for every field. What it needs from
``snippets/`` is written at every build as ``assets/desk/desk-data.js``, a plain script that
sets ``window.fanwenDeskData`` (a script, not a JSON file, so the site also works from
file://, where pages may not fetch files)::

    {"skeleton": {"title", "recipient", "parts": [{"role", "heading", "take"}]},
     "roles": [{"id", "name", "variants": [{"title", "kinds", "text"}],
                "fields": [{"name", "label", "example"}]}],
     "fields": [every field once: the skeleton's, then each role's, first one kept],
     "kinds": [{"id", "name", "values", "parts": [{"role", "heading", "variants"}],
                "offers": {role id: [variant index]}}],  (desk_kinds.kind_data)
     "calendar": {"years", "periods", "default", "values": {year: {period: {field: value}}}}}
"""

from __future__ import annotations

import json
from pathlib import Path

from ..aids.skeleton import Skeleton, all_fields, load_skeleton
from ..analyze.snippets import FillField, Library
from ..check.formulations import FormulationTable, load_formulations
from .desk_kinds import calendar_data, kind_data
from .markup import render_template

DESK = "desk.md"
DESK_DATA = "assets/desk/desk-data.js"
DATA_GLOBAL = "window.fanwenDeskData"


def _fields(fields: list[FillField]) -> list[dict[str, str]]:
    return [{"name": f.name, "label": f.label, "example": f.example} for f in fields]


def desk_data(library: Library, skeleton: Skeleton, table: FormulationTable) -> dict[str, object]:
    """Everything the desk reads from ``snippets/``, in report order.

    >>> from fanwen.analyze.snippets import default_library, snippets_folder
    >>> folder = snippets_folder()
    >>> data = desk_data(default_library(), load_skeleton(folder), load_formulations(folder))
    >>> data["roles"][0]["id"], data["skeleton"]["parts"][1]["heading"]
    ('opening', '一、工作开展情况')
    >>> [k["name"] for k in data["kinds"]][:3], data["calendar"]["default"]
    (['不区分单位类型', '县委/区委', '乡镇党委'], {'year': 2025, 'period': '年度'})
    """
    return {
        "skeleton": {
            "title": skeleton.title,
            "recipient": skeleton.recipient,
            "parts": [p.model_dump() for p in skeleton.parts],
        },
        "roles": [
            {
                "id": role.id,
                "name": role.name,
                "variants": [
                    {"title": v.title, "kinds": v.kinds, "text": v.text} for v in role.variants
                ],
                "fields": _fields(role.fields),
            }
            for role in library.ordered_roles()
        ],
        "fields": _fields(all_fields(skeleton, library)),
        "kinds": kind_data(library, skeleton),
        "calendar": calendar_data(library, table),
    }


def desk_script(data: dict[str, object]) -> str:
    """The data as a plain script: ``window.fanwenDeskData = {...};``.

    >>> desk_script({"a": "〔x〕</script>"})
    'window.fanwenDeskData = {"a": "〔x〕<\\\\/script>"};\\n'
    """
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f"{DATA_GLOBAL} = {text};\n"


def desk_pages(library: Library, folder: Path) -> dict[str, str]:
    """The desk page and its data script, keyed by path among the docs."""
    data = desk_data(library, load_skeleton(folder), load_formulations(folder))
    return {DESK: render_template("desk.md.j2"), DESK_DATA: desk_script(data)}
