"""Pages of the writing aids (no mkdocs import): comparisons, phrase bank, terms,
full skeleton and checklist, all generated from the corpus and ``snippets/``.

Every link to an exemplar is a Markdown link to ``exemplars/<slug>.md#<block id>``, so
``mkdocs build --strict`` checks that each one resolves.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from pathlib import Path

from ..aids.compare import by_role, by_theme
from ..aids.phrases import Phrase, functions, mine
from ..aids.skeleton import load_skeleton, skeleton_text
from ..aids.terms import load_terms, term_places
from ..analyze.analysis import Analysis
from ..analyze.snippets import ROLE_ORDER, Library
from ..check.checklist import load_checklist
from .compare_pages import Topic, topic_pages
from .markup import render_template
from .notes import PAGE_DIR
from .role_pages import role_path
from .slip_marks import corrected_phrase

AIDS_DIR = "aids"
PHRASES_SHOWN = 20  # phrases per function on the phrase bank, most used first
LINKS_SHOWN = 5  # links to places per phrase
TERM_PLACES_SHOWN = 12  # places per term
SKELETON_TXT = f"{AIDS_DIR}/skeleton.txt"


def href(place_slug: str, block_id: str, depth: int = 1) -> str:
    """A link from a page ``depth`` folders deep to a block of an exemplar.

    >>> href("city-bureau-2022", "b7")
    '../exemplars/city-bureau-2022.md#b7'
    """
    return f"{'../' * depth}{PAGE_DIR}/{place_slug}.md#{block_id}"


def windows_text(text: str) -> str:
    """Text for a .txt download that old Windows Notepad also opens right: BOM and CRLF.

    >>> windows_text("一、工作开展情况\\n（一）加强组织领导\\n")
    '\\ufeff一、工作开展情况\\r\\n（一）加强组织领导\\r\\n'
    """
    return "\ufeff" + text.replace("\r\n", "\n").replace("\n", "\r\n")


def compare_pages(
    corpus, library: Library, kinds: Mapping[str, str | None]
) -> tuple[dict[str, str], list[dict], list[dict]]:
    """Per role and per theme an index and its bounded pages (fanwen.render.compare_pages);
    plus the lists the aids index shows."""
    pages: dict[str, str] = {}
    role_index, theme_index = [], []
    for role, places in by_role(corpus).items():
        template = library.roles[role]
        topic = Topic("compare", role, template.name, template.purpose, template.name,
                      f"../{role_path(role)}")  # fmt: skip
        pages |= topic_pages(topic, places, kinds)
        role_index.append(
            {"name": template.name, "path": f"compare-{role}.md", "count": len(places)}
        )
    names = {t.id: t for t in library.themes}
    for theme, places in by_theme(corpus, library).items():
        topic = Topic("theme", theme, names[theme].name, names[theme].about)
        pages |= topic_pages(topic, places, kinds)
        theme_index.append(
            {"name": names[theme].name, "path": f"theme-{theme}.md", "count": len(places)}
        )
    return pages, role_index, theme_index


def offered(bank: Sequence[Phrase]) -> tuple[list[tuple[Phrase, str]], int]:
    """The phrases the bank may offer for copying, each with the text to show: as mined, or
    with a fixed-order list put in order (:func:`~fanwen.render.slip_marks.corrected_phrase`);
    and how many were left out because they hold a 提法 slip no reordering mends."""
    shown, left_out = [], 0
    for phrase in bank:
        text = corrected_phrase(phrase.text)
        if text is None:
            left_out += 1
        else:
            shown.append((phrase, text))
    return shown, left_out


def phrases_page(bank: Sequence[Phrase], library: Library) -> str:
    shown, left_out = offered(bank)
    roles = []
    for role in ROLE_ORDER:
        groups = []
        for function in functions().functions:
            found = [(p, t) for p, t in shown if p.role == role and p.function == function.id]
            if found:
                rows = [
                    {
                        "text": text,
                        "was": p.text if text != p.text else "",
                        "exemplars": p.exemplars,
                        "links": [href(s, b) for s, b in p.places[:LINKS_SHOWN]],
                    }
                    for p, text in found[:PHRASES_SHOWN]
                ]
                groups.append(
                    {
                        "name": function.name,
                        "about": function.about,
                        "phrases": rows,
                        "more": len(found) - len(rows),
                    }
                )
        if groups:
            roles.append({"name": library.roles[role].name, "functions": groups})
    return render_template("phrases.md.j2", roles=roles, left_out=left_out)


def terms_page(corpus, folder: Path) -> str:
    terms = load_terms(folder)
    found = term_places(corpus, terms)
    rows = [
        {
            "term": t.term,
            "explanation": t.explanation,
            "count": len(found[t.id]),
            "places": [
                {"label": f"{p.title} {p.block.id}", "href": href(p.slug, p.block.id)}
                for p in found[t.id][:TERM_PLACES_SHOWN]
            ],
        }
        for t in terms
    ]
    return render_template("terms.md.j2", terms=rows)


def aids_nav(library: Library, pages: Collection[str] | None) -> list[object]:
    """The writing aids in the navigation; theme pages only where ``pages`` has them."""
    themes = [f"{AIDS_DIR}/theme-{t.id}.md" for t in library.themes]
    return [
        f"{AIDS_DIR}/{name}.md" for name in ("index", "skeleton", "checklist", "phrases", "terms")
    ] + [
        {"对照阅读·各部分": [f"{AIDS_DIR}/compare-{r.id}.md" for r in library.ordered_roles()]},
        {"对照阅读·各主题": [p for p in themes if pages is None or p in pages]},
    ]


def aid_pages(
    corpus: Sequence[tuple[str, str, Analysis]],
    library: Library,
    folder: Path,
    kinds: Mapping[str, str | None] | None = None,
) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(aid pages, other files such as the skeleton .txt, comparison pages), keyed by docs
    path; ``kinds`` gives each exemplar's kind of body (by slug) for the comparison pages."""
    comparisons, role_index, theme_index = compare_pages(corpus, library, kinds or {})
    pages: dict[str, str] = {}
    skeleton = skeleton_text(load_skeleton(folder), library)
    checklist = load_checklist(folder)
    pages[f"{AIDS_DIR}/index.md"] = render_template(
        "aids.md.j2", role_pages=role_index, theme_pages=theme_index
    )
    pages[f"{AIDS_DIR}/phrases.md"] = phrases_page(
        mine([(slug, a) for slug, _, a in corpus], library), library
    )
    pages[f"{AIDS_DIR}/terms.md"] = terms_page(corpus, folder)
    pages[f"{AIDS_DIR}/skeleton.md"] = render_template(
        "skeleton.md.j2",
        text=skeleton.removesuffix("\n"),  # the copy button copies no final line end
        download="skeleton.txt",
        filename="意识形态工作责任制落实情况报告框架.txt",
    )
    duties = [{"name": d.name, "about": d.about} for d in library.duties]
    pages[f"{AIDS_DIR}/checklist.md"] = render_template(
        "checklist.md.j2",
        groups=checklist.groups,
        duties=duties,
        duties_source="《党委（党组）意识形态工作责任制实施办法》",
    )
    return pages, {SKELETON_TXT: windows_text(skeleton)}, comparisons
