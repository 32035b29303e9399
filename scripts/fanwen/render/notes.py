"""The structure note shown beside each block of an exemplar page (no mkdocs import here).

A note says what the analysis found: the block's role (linked to the role's page), its
heading level, its practice theme, the techniques it uses and what it does for the report,
the best matching move of the role's template, else the role's purpose::

    >>> from fanwen.analyze.analysis import analyze_text
    >>> from fanwen.analyze.snippets import default_library
    >>> block = analyze_text("2023年工作总结\\n现将有关情况报告如下：\\n").blocks[1]
    >>> note = block_note(block, default_library())
    >>> note["role"], note["level"]
    ('导语', '段落')
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..analyze.analysis import AnalyzedBlock
from ..analyze.snippets import Library, Move, RoleTemplate
from ..analyze.structure import NUM
from ..analyze.techniques import Technique

PAGE_DIR = "exemplars"  # where exemplar pages live among the docs
ROLE_DIR = "roles"
LEVEL_NAMES = {
    "title": "标题",
    "h1": "一级标题",
    "h2": "二级标题",
    "h3": "三级标题",
    "item": "分项",
    "para": "段落",
}
TITLE_DOES = "点明单位、年度和报告事项，让读者一眼看清这是什么报告。"
RECIPIENT_DOES = (
    "写明报告呈送的上级机关，在标题之下居左顶格，后加全角冒号（GB/T 9704—2012 7.3.3）。"
)
HEADING_DOES = "小标题：标出本部分（{role}）的开始，概括下面几段的内容。"
SUBHEADING_DOES = "分项小标题：标出“{role}”下的一项，概括下面的内容。"
LIST_MARK = re.compile(f"{NUM}[是要]")  # 一是、二要: the items a paragraph lists
# a line of the closing without a sentence in it: the signature (中共××县××局党组) or the date
SIGNATURE_LINE = re.compile(r"[^。！？；，,：:\n]{2,30}")
SUMMARY_MIN = 16  # characters a one-line role summary should reach
MOVE_MIN_SHARE = 0.25  # share of a move example's character pairs the block must contain


@dataclass(frozen=True)
class Segment:
    """A run of block text; ``placeholder`` runs (××) are highlighted on the page, ``slip``
    runs (a 提法 the checker finds wrong, :mod:`fanwen.render.slip_marks`) are marked."""

    text: str
    placeholder: bool
    slip: bool = False


def shown_text(block: AnalyzedBlock) -> str:
    """A block's text as its page element holds it: the cleaned text minus the line end.

    >>> from fanwen.analyze.analysis import analyze_text
    >>> shown_text(analyze_text("一是加强组织领导。\\n").blocks[0])
    '一是加强组织领导。'
    """
    return block.text.removesuffix("\n")


def segments(text: str, placeholders: Sequence[dict[str, object]]) -> list[Segment]:
    """Cut a text at its placeholders; the segments join back to the text.

    >>> [(s.text, s.placeholder) for s in segments("召开××次会议", [{"text": "××", "offset": 2}])]
    [('召开', False), ('××', True), ('次会议', False)]
    """
    out: list[Segment] = []
    pos = 0
    for mark in sorted(placeholders, key=lambda p: int(p["offset"])):
        start = int(mark["offset"])
        end = min(len(text), start + len(str(mark["text"])))
        if start < pos or start >= len(text):
            continue
        if start > pos:
            out.append(Segment(text[pos:start], False))
        out.append(Segment(text[start:end], True))
        pos = end
    if pos < len(text) or not out:
        out.append(Segment(text[pos:], False))
    return out


def summary(purpose: str, least: int = SUMMARY_MIN) -> str:
    """The first clauses of a role's purpose, at least ``least`` characters, for one-line lists.

    >>> summary("用简短表态收束全文，重申决心和方向，并写明落款。")
    '用简短表态收束全文，重申决心和方向'
    """
    clauses = re.findall("[^，。；]+", purpose.strip())
    kept = clauses[:1]
    for clause in clauses[1:]:
        if len("，".join(kept)) >= least:
            break
        kept.append(clause)
    return "，".join(kept)


def pairs(text: str) -> set[str]:
    """The character pairs of a text, punctuation and spaces left out.

    >>> sorted(pairs("压实责任。"))
    ['压实', '实责', '责任']
    """
    kept = [ch for ch in text if ch.isalnum()]
    return {a + b for a, b in itertools.pairwise(kept)}


def _shows(move: Move, text: str, heading: bool) -> bool:
    """Whether a block of this form may be named by the move (:attr:`Move.shows`)."""
    if move.shows == "heading":
        return heading
    if move.shows == "list":
        return bool(LIST_MARK.search(text))
    if move.shows == "signature":
        return bool(SIGNATURE_LINE.fullmatch(text.strip()))
    return True


def matching_move(text: str, role: RoleTemplate, heading: bool = False) -> Move | None:
    """The move of a role whose example shares most character pairs with ``text``, among the
    moves a block of its form may show; a signature or date line is the signature's move.

    >>> from fanwen.analyze.snippets import default_library
    >>> roles = default_library().roles
    >>> matching_move("对照上级要求，我们的工作还存在一些差距和不足。", roles["problems"]).name
    '过渡引出'
    >>> matching_move("中共××县××局党组", roles["closing"]).name
    '落款'
    >>> text = "（一）加强组织领导，压紧压实意识形态工作责任。"
    >>> matching_move(text, roles["practices"]) is None  # read as a paragraph: not 条目小标题
    True
    >>> matching_move(text, roles["practices"], heading=True).name
    '条目小标题'
    """
    signature = next((m for m in role.moves if m.shows == "signature"), None)
    if signature and _shows(signature, text, heading):
        return signature
    found = pairs(text)
    best, best_share = None, MOVE_MIN_SHARE
    for move in (m for m in role.moves if _shows(m, text, heading)):
        example = pairs(move.example)
        share = len(found & example) / len(example) if example else 0.0
        if share > best_share:
            best, best_share = move, share
    return best


def block_does(block: AnalyzedBlock, library: Library, top: str = "h1") -> str:
    """What a block does in the report, in one line.

    >>> from fanwen.analyze.analysis import analyze_text
    >>> from fanwen.analyze.snippets import default_library
    >>> blocks = analyze_text("2023年工作总结\\n二、存在问题\\n").blocks
    >>> [block_does(b, default_library()) for b in blocks][1]
    '小标题：标出本部分（存在问题与不足）的开始，概括下面几段的内容。'
    """
    if block.level == "title":
        return TITLE_DOES
    role = library.roles.get(block.role or "")
    if role is None:
        return ""
    if block.heading and block.heading == block.text.strip() and block.level != "item":
        does = HEADING_DOES if block.level == top else SUBHEADING_DOES
        return does.format(role=role.name)
    headed = bool(block.heading) and block.level != "para"
    move = matching_move(block.text, role, headed)
    return f"{move.name}：{move.does}" if move else f"{summary(role.purpose)}。"


def technique_rows(found: Sequence[Technique]) -> list[dict[str, object]]:
    """Each technique once, in order, with how often it occurs and the words that show it.

    >>> rows = technique_rows([Technique("d", "数据举证", "召开会议3次"),
    ...                        Technique("d", "数据举证", "开展研讨2次")])
    >>> rows[0]["name"], rows[0]["count"], rows[0]["texts"]
    ('数据举证', 2, '召开会议3次；开展研讨2次')
    """
    grouped: dict[str, list[str]] = {}
    for technique in found:
        grouped.setdefault(technique.name, []).append(technique.text)
    return [
        {"name": name, "count": len(texts), "texts": "；".join(texts)}
        for name, texts in grouped.items()
    ]


def role_href(role_id: str, prefix: str = "../") -> str:
    """The address of a role's page from an exemplar page (plain .html, see mkdocs.yml).

    >>> role_href("problems")
    '../roles/problems.html'
    """
    return f"{prefix}{ROLE_DIR}/{role_id}.html"


def block_note(block: AnalyzedBlock, library: Library, top: str = "h1") -> dict[str, object]:
    """Everything the note beside a block shows; empty strings where nothing applies. ``top``
    is the level of the report's part headings (h1, or h2 in a report without 一、)."""
    role = library.roles.get(block.role or "")
    themes = {t.id: t.name for t in library.themes}
    return {
        "role": role.name if role else "",
        "href": role_href(role.id) if role else "",
        "level": LEVEL_NAMES.get(block.level, block.level),
        "theme": themes.get(block.theme or "", ""),
        "techniques": technique_rows(block.techniques),
        "does": block_does(block, library, top),
        "placeholders": len(block.placeholders),
    }


def recipient_note(block: AnalyzedBlock) -> dict[str, object]:
    """The note beside the 主送机关 line (中共××县委：): a line of the report's form, no part."""
    return {
        "role": "",
        "href": "",
        "level": "主送机关",
        "theme": "",
        "techniques": [],
        "does": RECIPIENT_DOES,
        "placeholders": len(block.placeholders),
    }
