"""Turn exemplars into Markdown page strings for MkDocs (no mkdocs import here).

Exemplar text is data, never Markdown: every block of the analysis goes out as a raw
HTML block, HTML-escaped by Jinja2's autoescape, which Python-Markdown passes through
untouched, with its structure note beside it (see :mod:`fanwen.render_notes`)::

    <div class="fw-pair fw-item" id="b3">
    <div class="fw-block"><p>召开会议<mark class="fw-ph">××</mark>次，&lt;script&gt;</p></div>
    <aside class="fw-note" data-search-exclude>…</aside>
    </div>

Role pages (templates of ``snippets/``) come from :mod:`fanwen.render_roles`.

Values that must sit inside Markdown syntax (link text in the home table) go through
:func:`md_inline`, which turns every ASCII punctuation mark into a character reference.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from ..analyze.analysis import Analysis, AnalyzedBlock, analyze_text
from ..analyze.snippets import Library, default_library, snippets_folder
from ..clean.audit import format_label
from ..clean.exemplar import Exemplar
from ..clean.linefeatures import RECIPIENT
from ..clean.pipeline import CleanResult
from ..clean.tables import rule_label
from ..intake.decode import Decoded
from ..intake.extracted import Extracted
from ..intake.meta import OWN_SOURCE, ExemplarMeta
from .aid_pages import aid_pages, aids_nav
from .catalogue import (
    CATALOGUE,
    CATALOGUE_DATA,
    Row,
    catalogue_data,
    catalogue_order,
    catalogue_script,
    neighbours,
    region_of,
)
from .check_page import CHECK, check_pages
from .desk_page import DESK, desk_pages
from .markup import html_path, render_template
from .notes import PAGE_DIR, block_note, recipient_note, shown_text, summary
from .role_pages import role_examples, role_page, role_path
from .slip_marks import formulation_findings, marked_segments, slip_notes

HOME = "index.md"
HOME_ROWS = 10  # exemplars the home page lists; the catalogue has them all
UNKNOWN = "未注明"
KINDS = {"removed": "删除", "changed": "修改", "inserted": "插入"}
FLAG_KINDS = {"suspect": "疑似错字", "note": "编者提示"}
HEADING_LEVELS = ("h1", "h2", "h3")  # a block that is only such a heading shows bold
_SLUG = re.compile(r"[a-z0-9][a-z0-9-]*")


def char_count(text: str) -> int:
    """Characters without whitespace, the usual 字数 of a Chinese text.

    >>> char_count("一、工作情况\\n召开会议 ××次\\n")
    13
    """
    return sum(1 for ch in text if not ch.isspace())


def page_path(ex: Exemplar) -> str:
    """Where an exemplar's page lives among the docs, e.g. ``exemplars/city-bureau-2022.md``."""
    if not _SLUG.fullmatch(ex.slug):
        raise ValueError(f"{ex.source}: slug {ex.slug!r} is not a-z, 0-9 and -")
    return f"{PAGE_DIR}/{ex.slug}.md"


def page_title(ex: Exemplar, analysis: Analysis) -> str:
    """The page title: the metadata's, the text's own, one derived from the opening, the slug.

    >>> from fanwen.analyze.analysis import analyze_text
    >>> ex = make_exemplar("现将我局2022年意识形态工作情况报告如下：\\n")
    >>> page_title(ex, analyze_text(ex.text))
    '2022年意识形态工作情况报告'
    """
    if ex.meta.title:
        return ex.meta.title
    return analysis.title or analysis.suggested_title or ex.title


def header_rows(ex: Exemplar, analysis: Analysis) -> list[dict[str, object]]:
    """Label, value and whether the analysis supplied it, for each line of the header.

    A person's metadata wins over the analysis; ``derived`` marks what only the text gave.

    >>> from fanwen.analyze.analysis import analyze_text
    >>> ex = make_exemplar("2023年意识形态工作总结\\n")
    >>> [(r["label"], r["value"], r["derived"]) for r in header_rows(ex, analyze_text(ex.text))][0]
    ('年份', '2023', True)
    """
    meta = ex.meta
    rows = [
        ("年份", meta.year, analysis.year),
        ("单位类型", meta.body_kind, analysis.body_kind),
        ("来源网站", meta.source_site, None),
    ]
    out = [
        {"label": label, "value": str(v or f or UNKNOWN), "derived": not v and bool(f)}
        for label, v, f in rows
    ]
    out.append({"label": "字数", "value": str(char_count(ex.text)), "derived": False})
    out.append({"label": "原始格式", "value": format_label(ex.extracted), "derived": False})
    return out


def block_at(blocks: Sequence[AnalyzedBlock], pos: int) -> str:
    """The id of the block holding offset ``pos`` of the cleaned text, else ``""``.

    >>> from fanwen.analyze.analysis import analyze_text
    >>> blocks = analyze_text("2023年工作总结\\n意识形态工作上的的引导\\n").blocks
    >>> block_at(blocks, 14), block_at(blocks, 99)
    ('b2', '')
    """
    for block in blocks:
        if block.start <= pos < block.start + len(block.text):
            return block.id
    return ""


def flag_rows(ex: Exemplar, analysis: Analysis) -> list[dict[str, str]]:
    """Each flag with the anchor of the block it is in."""
    return [
        {
            "kind": FLAG_KINDS.get(flag.kind, flag.kind),
            "note": flag.note,
            "text": flag.text,
            "anchor": block_at(analysis.blocks, flag.pos),
        }
        for flag in ex.cleaned.flags
    ]


def block_rows(analysis: Analysis, library: Library) -> list[dict[str, object]]:
    """Every block with text in it: id, level, text segments (placeholders and 提法 slips
    marked) and its structure note, which gives the right wording of each slip."""
    rows: list[dict[str, object]] = []
    top = "h1" if any(b.level == "h1" for b in analysis.blocks) else "h2"
    for b in analysis.blocks:
        if not b.text.strip():
            continue
        found = formulation_findings(shown_text(b))
        # 中共××县委： under the title is the 主送机关, set flush left, no part of the opening
        first = not rows or (len(rows) == 1 and rows[0]["level"] == "title")
        to = first and b.level == "para" and bool(RECIPIENT.match(b.text.strip()))
        note = recipient_note(b) if to else block_note(b, library, top)
        rows.append(
            {
                "id": b.id,
                "level": "recipient" if to else b.level,
                "heading_only": b.level in HEADING_LEVELS and b.heading == b.text.strip(),
                "segments": marked_segments(shown_text(b), b.placeholders, found),
                "note": note | {"slips": slip_notes(found)},
            }
        )
    return rows


def _sibling(path: str | None) -> str | None:
    """An exemplar page's link to another one beside it: ``exemplars/x.md`` → ``x.html``."""
    return html_path(path.rsplit("/", 1)[-1]) if path else None


def exemplar_page(
    ex: Exemplar,
    library: Library | None = None,
    analysis: Analysis | None = None,
    links: dict[str, str | None] | None = None,
) -> str:
    """The page of one exemplar (HTML, ``fanwen: html``): header, annotated blocks, the
    catalogue neighbours ``links`` (see :func:`fanwen.render.catalogue.neighbours`), log."""
    library = library or default_library()
    analysis = analysis or analyze_text(ex.text, library)
    changes = [
        {
            "rule": c.rule,
            "label": rule_label(c.rule),
            "line": c.line,
            "kind": KINDS.get(c.kind, c.kind),
            "before": c.before,
            "after": c.after,
        }
        for c in ex.cleaned.changes
    ]
    links = dict(links or {})
    links.update(prev=_sibling(links.get("prev")), next=_sibling(links.get("next")))
    blocks = block_rows(analysis, library)
    return render_template(
        "exemplar.md.j2",
        ex=ex,
        links=links,
        title=page_title(ex, analysis),
        header=header_rows(ex, analysis),
        kind=ex.meta.body_kind or analysis.body_kind or "各类单位",
        blocks=blocks,
        slips=sum(len(b["note"]["slips"]) for b in blocks),
        changes=changes,
        flags=flag_rows(ex, analysis),
        dropped=ex.extracted.dropped,
        source_format=format_label(ex.extracted),
    )


def catalogue_row(ex: Exemplar, analysis: Analysis) -> Row:
    """What the catalogue shows of one exemplar (metadata first, then the analysis)."""
    title = page_title(ex, analysis)
    return Row(
        path=page_path(ex),
        title=title,
        year=ex.meta.year or analysis.year,
        kind=ex.meta.body_kind or analysis.body_kind,
        region=region_of(title),
        source=ex.meta.source_site,
        chars=char_count(ex.text),
        parts=tuple(analysis.roles()),
    )


def home_page(
    exemplars: Sequence[Exemplar],
    library: Library | None = None,
    analyses: Sequence[Analysis] | None = None,
) -> str:
    """The home page: what the site is for, how to use it, the newest exemplars, the roles."""
    library = library or default_library()
    if analyses is None:
        analyses = [analyze_text(ex.text, library) for ex in exemplars]
    rows = [catalogue_row(ex, a) for ex, a in zip(exemplars, analyses, strict=True)]
    return _home(catalogue_order(rows), library)


def _home(ordered: Sequence[Row], library: Library) -> str:
    """The home page of exemplars already in catalogue order."""
    kinds: dict[str, int] = {}
    for row in ordered:
        kinds[row.kind or UNKNOWN] = kinds.get(row.kind or UNKNOWN, 0) + 1
    rows = [
        {
            "title": row.title,
            "path": row.path,
            "year": str(row.year or UNKNOWN),
            "body_kind": row.kind or UNKNOWN,
            "own": row.source == OWN_SOURCE,
            "chars": str(row.chars),
            "roles": "、".join(library.roles[r].name for r in row.parts),
        }
        for row in ordered[:HOME_ROWS]
    ]
    roles = [
        {"name": r.name, "path": role_path(r.id), "summary": summary(r.purpose)}
        for r in library.ordered_roles()
    ]
    counted = sorted(kinds.items(), key=lambda kv: -kv[1])
    return render_template(
        "home.md.j2",
        count=len(ordered),
        own=sum(row.source == OWN_SOURCE for row in ordered),
        kinds=[{"name": k, "count": n} for k, n in counted],
        rows=rows,
        roles=roles,
    )


def site_pages(exemplars: Sequence[Exemplar], library: Library | None = None) -> dict[str, str]:
    """Every generated page, keyed by its path among the docs, in the order search ranks
    them: home, catalogue, desk, role pages, aids, exemplars (catalogue order), comparisons."""
    library = library or default_library()
    analyses = [analyze_text(ex.text, library) for ex in exemplars]
    rows = {page_path(ex): catalogue_row(ex, a) for ex, a in zip(exemplars, analyses, strict=True)}
    ordered = catalogue_order(list(rows.values()))
    pages = {
        HOME: _home(ordered, library),
        CATALOGUE: render_template("catalogue.md.j2", count=len(ordered)),
    }
    pages[CATALOGUE_DATA] = catalogue_script(catalogue_data(ordered, library))
    pages |= desk_pages(library, snippets_folder())
    by_path = {page_path(ex): (ex, a) for ex, a in zip(exemplars, analyses, strict=True)}
    in_order = [by_path[r.path][0] for r in ordered], [by_path[r.path][1] for r in ordered]
    for role in library.ordered_roles():
        examples = role_examples(role.id, *in_order, page_path, page_title)
        pages[role_path(role.id)] = role_page(role, examples)
    corpus = [(by_path[r.path][0].slug, r.title, by_path[r.path][1]) for r in ordered]
    kinds = {by_path[r.path][0].slug: r.kind for r in ordered}
    aids, files, comparisons = aid_pages(corpus, library, snippets_folder(), kinds)
    pages |= aids | files | check_pages(library, snippets_folder())
    links = neighbours(ordered)
    for row in ordered:
        ex, analysis = by_path[row.path]
        pages[row.path] = exemplar_page(ex, library, analysis, links[row.path])
    return pages | comparisons


def nav(library: Library | None = None, pages: Collection[str] | None = None) -> list[object]:
    """The site navigation: sections, never one entry per exemplar (the catalogue lists them).

    >>> nav()[:4]
    ['index.md', 'catalogue.md', 'desk.md', 'check.md']
    """
    library = library or default_library()
    return [
        HOME,
        CATALOGUE,
        DESK,
        CHECK,
        {"各部分写法": [role_path(r.id) for r in library.ordered_roles()]},
        {"写作辅助": aids_nav(library, pages)},
    ]


def make_exemplar(text: str, title: str | None = None) -> Exemplar:
    """An exemplar whose cleaned text is exactly ``text`` (for examples and tests).

    >>> make_exemplar("2023年意识形态工作总结\\n").title
    '2023年意识形态工作总结'
    """
    cleaned = CleanResult(original=text, text=text)
    extracted = Extracted(text, "txt", decoded=Decoded(text, "utf-8"))
    return Exemplar("例.txt", "example", ExemplarMeta(title=title), extracted, cleaned)
