"""The full skeleton (``snippets/skeleton.yaml``): every part's template in standard order."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from pydantic import Field

from ..analyze.snippets import ROLE_ORDER, FillField, Library, fill, own_variants, variants_for
from ..datafile import Strict, load_yaml_model

CN_NUMERALS = "一二三四五六七八九十"


class SkeletonPart(Strict):
    role: Literal[ROLE_ORDER]  # type: ignore[valid-type]
    heading: str | None
    take: Literal["first", "all"] = "first"


class Skeleton(Strict):
    title: str
    recipient: str
    fields: list[FillField]
    parts: list[SkeletonPart] = Field(min_length=1)


def load_skeleton(folder: Path) -> Skeleton:
    return load_yaml_model(folder / "skeleton.yaml", Skeleton)


def renumber(texts: Sequence[str]) -> list[str]:
    """Sub-items taken from several variants, numbered （一）（二）… in order.

    >>> renumber(["（一）加强组织领导。", "（四）加强网络阵地管理。"])
    ['（一）加强组织领导。', '（二）加强网络阵地管理。']
    """
    pattern = re.compile(f"^（[{CN_NUMERALS}]+）")
    return [pattern.sub(f"（{CN_NUMERALS[k]}）", t) if k < 10 else t for k, t in enumerate(texts)]


def all_fields(skeleton: Skeleton, library: Library) -> list[FillField]:
    """Every field of the skeleton and the role templates, once by name, the first one kept.

    >>> from fanwen.analyze.snippets import default_library, snippets_folder
    >>> [f.name for f in all_fields(load_skeleton(snippets_folder()), default_library())][:3]
    ['recipient', 'term', 'year']
    """
    fields = list(skeleton.fields)
    for template in library.ordered_roles():
        fields += [f for f in template.fields if f.name not in {g.name for g in fields}]
    return fields


def skeleton_text(
    skeleton: Skeleton, library: Library, style: str = "〔{label}〕", kind: str | None = None
) -> str:
    """The whole report skeleton as plain text, fields shown as ``style`` (〔label〕), in the
    variants a kind of body's skeleton takes (the general ones without a kind)."""
    fields = all_fields(skeleton, library)
    lines = [fill(skeleton.title, fields, style), fill(skeleton.recipient, fields, style)]
    for part in skeleton.parts:
        template = library.roles[part.role]
        taken = (
            own_variants(template, kind) if part.take == "all" else variants_for(template, kind)[:1]
        )
        variants = [template.variants[k] for k in taken]
        if part.heading:
            lines.append(part.heading)
        lines += renumber([fill(v.text.strip(), fields, style) for v in variants])
    return "\n".join(lines) + "\n"
