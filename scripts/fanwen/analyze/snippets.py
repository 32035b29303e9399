"""Annotated section templates from ``snippets/``: roles, practice themes, duty areas.

One YAML file per role in ``snippets/roles/``, plus ``snippets/themes.yaml``,
``snippets/duties.yaml`` and ``snippets/kinds.yaml`` (the kinds of body a variant may speak
for). Everything is validated by pydantic with ``extra="forbid"``; errors name the file and
the field. A snippet variant may only use the fill-in fields its template declares
(``{unit}``), and every field must be used: an unknown marker stops the build.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from ..datafile import Prose, Strict, load_yaml_model
from ..errors import CorpusError, InputError

ROLE_ORDER = (
    "opening",
    "practices",
    "achievements",
    "assessment",
    "problems",
    "causes",
    "next_steps",
    "closing",
)
FIELD_MARK = re.compile(r"\{([a-z_][a-z0-9_]*)\}|[{}]")
ID = r"^[a-z][a-z0-9_]*$"
EVERY_KIND = "all"  # a variant's kinds: [all] is taken by every kind's skeleton and the general one


class Move(Strict):
    """One thing a part of the report does. ``shows``: the form a block must have for the move
    to be named beside it (a heading, a list of 一是、二是 in the paragraph, a signature or date
    line), so that a note never names a heading's move beside a paragraph without one."""

    name: str
    does: Prose
    example: Prose
    shows: Literal["heading", "list", "signature"] | None = None


class Cues(Strict):
    """Regular expressions that signal the role: in headings, in transition sentences, and in
    sub-headings that bring the role back inside the overall picture (``assessment``) of a
    研判 report, where work done is listed under 一、总体情况 as （一）强化……"""

    headings: list[str] = Field(min_length=1)
    transitions: list[str] = Field(default_factory=list)
    subheadings: list[str] = Field(default_factory=list)


class FillField(Strict):
    name: str = Field(pattern=ID)
    label: str
    example: str


class Variant(Strict):
    title: str
    # ids of snippets/kinds.yaml; none: a general variant; [all]: every skeleton takes it
    kinds: list[str] = Field(default_factory=list)
    text: Prose


class Kind(Strict):
    """A kind of body the desk writes for (``snippets/kinds.yaml``)."""

    id: str = Field(pattern=ID)
    name: str
    body_kind: str
    values: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _signed_by_itself(self) -> Kind:
        """The body that reports signs the report: 落款机关 (`signatory`) is the unit's name.

        >>> Kind(id="bureau", name="局党组", body_kind="局党组", values={"unit": "××局党组"}).values
        {'unit': '××局党组', 'signatory': '××局党组'}
        """
        if "unit" in self.values:
            self.values.setdefault("signatory", self.values["unit"])
        return self


class KindTable(Strict):
    periods: list[str] = Field(min_length=1)
    kinds: list[Kind] = Field(min_length=1)


class RoleTemplate(Strict):
    id: str = Field(pattern=ID)
    name: str
    purpose: Prose
    moves: list[Move] = Field(min_length=2)
    cues: Cues
    notes: list[Prose] = Field(min_length=2)
    faults: list[Prose] = Field(min_length=2)
    fields: list[FillField] = Field(min_length=1)
    variants: list[Variant] = Field(min_length=2)

    @model_validator(mode="after")
    def _fields_match_markers(self) -> RoleTemplate:
        declared = {f.name for f in self.fields}
        used: set[str] = set()
        for k, variant in enumerate(self.variants):
            for m in FIELD_MARK.finditer(variant.text):
                if m[1] is None:
                    raise ValueError(f"variants.{k}.text: stray brace at offset {m.start()}")
                if m[1] not in declared:
                    raise ValueError(f"variants.{k}.text: unknown field {{{m[1]}}}")
                used.add(m[1])
        unused = declared - used
        if unused:
            raise ValueError(
                f"fields: declared but used in no variant: {', '.join(sorted(unused))}"
            )
        return self


class AxisEntry(Strict):
    """One entry of a second axis: a practice theme or a duty area, with its cues."""

    id: str = Field(pattern=ID)
    name: str
    about: Prose
    cues: list[str] = Field(min_length=1)


class Theme(AxisEntry):
    cues: list[str] = Field(min_length=2)


class ThemeTable(Strict):
    themes: list[Theme] = Field(min_length=4)


class Duty(AxisEntry):
    pass


class DutyTable(Strict):
    source: str
    duties: list[Duty] = Field(min_length=4)


@dataclass(frozen=True)
class Library:
    roles: dict[str, RoleTemplate]
    themes: list[Theme]
    duties: list[Duty]

    kinds: list[Kind] = field(default_factory=list)
    periods: list[str] = field(default_factory=list)

    def ordered_roles(self) -> list[RoleTemplate]:
        return [self.roles[r] for r in ROLE_ORDER if r in self.roles]


def variants_for(role: RoleTemplate, kind: str | None) -> list[int]:
    """Indices of the variants a kind of body is offered: its own first and those for every kind
    (as its skeleton takes them), then the general ones.

    With no kind, the general ones (those that name no kind), then those for every kind.

    >>> role = default_library().roles["next_steps"]
    >>> [role.variants[k].title[:4] for k in variants_for(role, "township")]
    ['乡镇党委', '总述—分', '问题—措']
    >>> [role.variants[k].title[:4] for k in variants_for(role, None)]
    ['总述—分', '问题—措']
    """
    own = [k for k, v in enumerate(role.variants) if kind and kind in v.kinds]
    general = [k for k, v in enumerate(role.variants) if not v.kinds]
    return own + _for_all(role) + general if own else general + _for_all(role)


def own_variants(role: RoleTemplate, kind: str | None) -> list[int]:
    """The variants a kind's skeleton takes where a part takes all: its own, else the general.

    >>> role = default_library().roles["practices"]
    >>> [role.variants[k].title[:9] for k in own_variants(role, "street")]
    ['街道党工委：网格与', '街道党工委：小区楼', '各类单位都要报告的']
    """
    own = [k for k, v in enumerate(role.variants) if kind and kind in v.kinds]
    return (own or [k for k, v in enumerate(role.variants) if not v.kinds]) + _for_all(role)


def _for_all(role: RoleTemplate) -> list[int]:
    """The variants every skeleton takes (``kinds: [all]``: duties every body reports)."""
    return [k for k, v in enumerate(role.variants) if EVERY_KIND in v.kinds]


def fill(text: str, fields: list[FillField], style: str = "〔{label}〕") -> str:
    """Show each fill-in field the way a writer sees it.

    >>> fill("{unit}党组高度重视", [FillField(name="unit", label="单位名称", example="市局")])
    '〔单位名称〕党组高度重视'
    """
    labels = {f.name: style.format(label=f.label, example=f.example) for f in fields}
    return FIELD_MARK.sub(lambda m: labels[m[1]], text)


def load_library(folder: Path) -> Library:
    """All templates of ``folder``; every bad file is reported, as for the corpus."""
    errors: list[InputError] = []
    roles: dict[str, RoleTemplate] = {}
    for path in sorted((folder / "roles").glob("*.yaml")):
        try:
            template = load_yaml_model(path, RoleTemplate)
        except InputError as err:
            errors.append(err)
            continue
        if template.id != path.stem:
            errors.append(InputError(path, f"field id: {template.id!r} differs from file name"))
        roles[template.id] = template
    errors += [
        InputError(folder / "roles" / f"{r}.yaml", "missing role template")
        for r in ROLE_ORDER
        if r not in roles and not any(e.path.endswith(f"{r}.yaml") for e in errors)
    ]
    themes = _load_axis(folder, "themes.yaml", ThemeTable, errors)
    duties = _load_axis(folder, "duties.yaml", DutyTable, errors)
    kinds = _load_axis(folder, "kinds.yaml", KindTable, errors)
    if kinds:
        errors += _unknown_kinds(folder, roles, {k.id for k in kinds.kinds})
    if errors:
        raise CorpusError(errors)
    return Library(roles, themes.themes, duties.duties, kinds.kinds, kinds.periods)


def _unknown_kinds(folder: Path, roles: dict[str, RoleTemplate], ids: set[str]) -> list[InputError]:
    """A variant naming a kind of body that ``kinds.yaml`` does not list is an error."""
    return [
        InputError(folder / "roles" / f"{r}.yaml", f"variants.{k}.kinds: unknown kind {name!r}")
        for r, role in roles.items()
        for k, v in enumerate(role.variants)
        for name in v.kinds
        if name not in ids | {EVERY_KIND}
    ]


def _load_axis(folder: Path, name: str, model, errors: list[InputError]):
    try:
        return load_yaml_model(folder / name, model)
    except InputError as err:
        errors.append(err)
    except FileNotFoundError:
        errors.append(InputError(folder / name, "missing"))
    return None


def snippets_folder() -> Path:
    """``snippets/`` of the working folder, else the one beside this package's source tree."""
    here = Path.cwd() / "snippets"
    return here if here.is_dir() else Path(__file__).resolve().parents[3] / "snippets"


@cache
def default_library() -> Library:
    return load_library(snippets_folder())
