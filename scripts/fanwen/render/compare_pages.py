"""Comparison pages that stay bounded however large the corpus (no mkdocs import here).

For each role and each practice theme, ``aids/compare-<role>.md`` / ``aids/theme-<id>.md`` is
an index: the kinds of body, each with its pages. A page (``aids/compare/<role>-<k>-<n>.md``,
``aids/theme/<id>-<k>-<n>.md``) holds the blocks of one kind of body, exemplar by exemplar in
catalogue order, up to :data:`PAGE_CHARS` characters of block text or :data:`PAGE_EXEMPLARS`
exemplars, so no page grows with the corpus. Each 提法 slip is marked in its block and its right
wording given under the block (:mod:`fanwen.render.slip_marks`). Only the index pages are in
the navigation.
The pages themselves are HTML (``fanwen: html``), which the MkDocs hook puts into the site
without Markdown: the biggest pages of a large site, built in a fraction of the time.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..aids.compare import Place
from .markup import html_path, render_template
from .notes import shown_text
from .slip_marks import formulation_findings, marked_segments, slip_notes

AIDS_DIR = "aids"
PAGE_CHARS = 30_000  # block text on one comparison page, at most (one long exemplar may pass it)
PAGE_EXEMPLARS = 25
OTHER_KIND = "未注明"


@dataclass(frozen=True)
class Topic:
    """What a set of comparison pages compares: a role or a theme."""

    folder: str  # compare or theme
    id: str
    name: str
    about: str
    template_name: str = ""
    template_link: str = ""

    @property
    def index_path(self) -> str:
        return f"{AIDS_DIR}/{self.folder if self.folder == 'theme' else 'compare'}-{self.id}.md"

    def page_path(self, kind: int, number: int) -> str:
        return f"{AIDS_DIR}/{self.folder}/{self.id}-{kind}-{number}.md"


def _exemplar_groups(places: Sequence[Place]) -> list[dict[str, object]]:
    """Places grouped by exemplar, in the order given; links two folders deep."""
    groups: dict[str, dict[str, object]] = {}
    for p in places:
        group = groups.setdefault(p.slug, {"slug": p.slug, "title": p.title, "places": []})
        found = formulation_findings(shown_text(p.block))
        group["places"].append(  # type: ignore[union-attr]
            {
                "id": p.block.id,
                "href": f"../../exemplars/{p.slug}.html#{p.block.id}",
                "segments": marked_segments(shown_text(p.block), p.block.placeholders, found),
                "slips": slip_notes(found),
                "chars": len(p.block.text),
            }
        )
    return list(groups.values())


def paginate(groups: Sequence[dict]) -> list[list[dict]]:
    """Exemplar groups cut into pages of at most PAGE_CHARS characters or PAGE_EXEMPLARS groups.

    >>> g = {"places": [{"chars": 20_000}]}
    >>> [len(page) for page in paginate([g, g, g])]
    [1, 1, 1]
    """
    pages: list[list[dict]] = []
    size = 0
    for group in groups:
        chars = sum(p["chars"] for p in group["places"])
        if not pages or len(pages[-1]) >= PAGE_EXEMPLARS or (size and size + chars > PAGE_CHARS):
            pages.append([])
            size = 0
        pages[-1].append(group)
        size += chars
    return pages


def topic_pages(
    topic: Topic, places: Sequence[Place], kinds: Mapping[str, str | None]
) -> dict[str, str]:
    """The index page and the pages of one topic; ``kinds`` gives each exemplar's kind of body."""
    names = sorted({kinds.get(p.slug) or OTHER_KIND for p in places})
    pages: dict[str, str] = {}
    sections = []
    for k, name in enumerate(names):
        chosen = [p for p in places if (kinds.get(p.slug) or OTHER_KIND) == name]
        cut = paginate(_exemplar_groups(chosen))
        links = []
        for n, groups in enumerate(cut, 1):
            path = topic.page_path(k, n)
            links.append({"number": n, "path": path.removeprefix(f"{AIDS_DIR}/")})
            pages[path] = render_template(
                "compare.md.j2",
                title=f"对照阅读：{topic.name} · {name}（第 {n} 页，共 {len(cut)} 页）",
                topic=topic,
                index=html_path(f"../{topic.index_path.removeprefix(f'{AIDS_DIR}/')}"),
                prev=html_path(topic.page_path(k, n - 1).rsplit("/", 1)[1]) if n > 1 else "",
                next=html_path(topic.page_path(k, n + 1).rsplit("/", 1)[1]) if n < len(cut) else "",
                groups=groups,
            )
        count = len({p.slug for p in chosen})
        sections.append({"name": name, "exemplars": count, "blocks": len(chosen), "pages": links})
    pages[topic.index_path] = render_template(
        "compare_index.md.j2", topic=topic, sections=sections, blocks=len(places)
    )
    return pages
