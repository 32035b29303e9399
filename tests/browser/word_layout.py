"""A .docx as LibreOffice lays it out: converted to PDF with stand-ins for the 公文 faces
(tests/data/gongwen-fonts.conf, given to LibreOffice as FONTCONFIG_FILE), then measured with
pdfplumber against GB/T 9704-2012. The standard's figures are written here apart from the
generator's table (scripts/web/desk/layout.js), so that the two check each other.

Every row of characters is placed on the line grid: line k of a page is the band
[37 + k·p, 37 + (k+1)·p] mm with p = 225 / 22 mm; a row belongs to the line its em box's
centre falls in, and must sit centred in it (LibreOffice centres text in a grid line) within
1 mm, so the first line's top is at 37 mm ± 1 mm on every page.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
import pytest
from docx import Document as docx_document

from helpers import DATA

MM = 25.4 / 72  # millimetres per point
PAGE_W, PAGE_H = 210.0, 297.0
TOP, LEFT, BLOCK_W, BLOCK_H = 37.0, 28.0, 156.0, 225.0  # 版心 (GB/T 9704 5.2.2)
RIGHT = LEFT + BLOCK_W
CHARS, LINES = 28, 22  # 每行 28 字, 每面 22 行 (5.2.3)
PITCH = BLOCK_H / LINES  # one line, mm
CHAR = BLOCK_W / CHARS  # one character of 3号 on the grid, mm
BODY_PT, TITLE_PT, PAGE_NO_PT = 16.0, 22.0, 14.0
PAGE_NO_BELOW = 7.0  # the page number's line 7 mm below the 版心 (7.5)
FONTS_CONF = DATA / "gongwen-fonts.conf"
PAGE_NO = re.compile(r"^—(\d+)—$")
DATE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
EDGE = 0.4  # mm: tolerance of an edge
LINE_START_FORBIDDEN = "，。、；：！？）》”’"  # may hang past the right edge
LINE_END_FORBIDDEN = "“‘（《〔【—…"  # taken to the next line with the character after it
NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])")


@dataclass
class Row:
    """One line of characters as the PDF has it (mm from the page's top-left corner)."""

    page: int
    baseline: float
    size: float
    x0: float
    x1: float
    text: str
    ems: list[float]  # each character's advance in ems of its size
    ends: list[float]  # each character's right edge, mm

    @property
    def centre(self) -> float:
        return self.baseline - self.size * MM / 2

    @property
    def slot(self) -> int:
        return int((self.centre - TOP) // PITCH)

    @property
    def inside(self) -> int:
        """How many characters end inside the 版心 (a closing mark may hang past it)."""
        return sum(1 for end in self.ends if end <= RIGHT + EDGE)

    @property
    def hanging(self) -> str:
        return "".join(
            ch for ch, end in zip(self.text, self.ends, strict=True) if end > RIGHT + EDGE
        )

    @property
    def right(self) -> float:
        """The right edge of what is inside the 版心."""
        return max((end for end in self.ends if end <= RIGHT + EDGE), default=self.x0)

    @property
    def full_width(self) -> int:
        return sum(1 for e in self.ems[: self.inside] if e > 0.9)

    @property
    def half_width(self) -> int:
        return sum(1 for e in self.ems[: self.inside] if 0.3 < e <= 0.7)


@dataclass
class Layout:
    pages: list[list[Row]]  # body rows of each page, top to bottom
    footers: list[Row | None]
    size: tuple[float, float]
    figures: dict = field(default_factory=dict)


def to_pdf(docx: Path, out: Path) -> Path:
    """LibreOffice's PDF of ``docx`` (a profile of its own, the stand-in faces) in ``out``."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail("LibreOffice is missing: run `make office`")
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "FONTCONFIG_FILE": str(FONTS_CONF)}
    profile = f"-env:UserInstallation={(out / 'profile').as_uri()}"
    command = [soffice, profile, "--headless", "--norestore", "--convert-to", "pdf"]
    subprocess.run(
        [*command, "--outdir", str(out), str(docx)],
        check=True,
        capture_output=True,
        timeout=180,
        env=env,
    )
    return out / f"{docx.stem}.pdf"


def render(pdf: Path, to: Path, page: int) -> Path:
    """Page ``page`` of ``pdf`` as a PNG picture ``to`` (pdftoppm, 60 dpi)."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.fail("pdftoppm is missing: run `make office` (poppler-utils)")
    to.parent.mkdir(parents=True, exist_ok=True)
    one = ["-f", str(page), "-l", str(page), "-singlefile"]
    subprocess.run(
        [pdftoppm, "-png", "-r", "60", *one, str(pdf), str(to.with_suffix(""))], check=True
    )
    return to


def _rows(page_no: int, chars: list[dict], height_pt: float) -> list[Row]:
    lines: dict[float, list[dict]] = {}
    for c in chars:
        if c["text"].strip():
            lines.setdefault(round(height_pt - c["matrix"][5], 0), []).append(c)
    rows = []
    for _, cs in sorted(lines.items(), key=lambda item: -item[0]):
        cs.sort(key=lambda c: c["x0"])
        rows.append(
            Row(
                page=page_no,
                baseline=(height_pt - cs[0]["matrix"][5]) * MM,
                size=round(max(c["size"] for c in cs), 1),
                x0=cs[0]["x0"] * MM,
                x1=cs[-1]["x1"] * MM,
                text="".join(c["text"] for c in cs),
                ems=[(c["x1"] - c["x0"]) / c["size"] for c in cs],
                ends=[c["x1"] * MM for c in cs],
            )
        )
    return sorted(rows, key=lambda r: r.baseline)


def read_layout(pdf: Path) -> Layout:
    """The rows of every page of ``pdf``: body rows and the page-number row apart."""
    pages, footers = [], []
    with pdfplumber.open(pdf) as doc:
        first = doc.pages[0]
        size = (float(first.width) * MM, float(first.height) * MM)
        for k, page in enumerate(doc.pages, 1):
            rows = _rows(k, page.chars, float(page.height))
            foot = [r for r in rows if PAGE_NO.match(r.text.replace(" ", ""))]
            footers.append(foot[-1] if foot else None)
            pages.append([r for r in rows if r not in foot])
    return Layout(pages, footers, size)


AUTO_SPACE = 0.25  # of a character, where Chinese meets Latin letters or digits


def gb2312_width(text: str) -> float:
    """Width in characters as 仿宋_GB2312 sets it: ASCII half, everything else (×) whole, and
    a quarter where Chinese meets Latin letters or digits (Word's and LibreOffice's default)."""
    kinds = [
        "latin" if ch.isascii() and ch.isalnum() else "han" if "\u4e00" <= ch <= "\u9fff" else ""
        for ch in text
    ]
    turns = sum(1 for a, b in itertools.pairwise(kinds) if {a, b} == {"latin", "han"})
    return sum(0.5 if ord(ch) < 0x80 else 1.0 for ch in text) + AUTO_SPACE * turns


def _next_row(layout: Layout, row: Row) -> Row | None:
    page = layout.pages[row.page - 1]
    if row.slot == LINES - 1 and row.page < len(layout.pages):
        following = layout.pages[row.page]
        return following[0] if following and following[0].slot == 0 else None
    return next((r for r in page if r.slot == row.slot + 1), None)


def _full_rows(layout: Layout) -> list[tuple[Row, Row]]:
    """Rows of body size that a paragraph continues after (the next line, flush left), each
    with that next row."""
    full = []
    for page in layout.pages:
        for row in page:
            after = _next_row(layout, row)
            if (
                row.size == BODY_PT
                and after
                and after.size == BODY_PT
                and after.x0 < LEFT + CHAR / 2
            ):
                full.append((row, after))
    return full


def _check_full_row(row: Row, after: Row, problems: list[str]) -> int:
    """A full line: justified from its start to the 版心's right edge (a closing mark may hang
    past it); if all its characters are full width, 28 of them (26 after the indent), or 27 with
    a hanging closing mark, or 27 where the line-breaking rules take one to the next line."""
    indent = round((row.x0 - LEFT) / CHAR)
    want = CHARS - indent
    where = f"page {row.page} line {row.slot + 1} ({row.text[:8]}…)"
    if indent not in (0, 2):
        problems.append(f"{where}: starts {row.x0:.1f} mm, not at 28 mm or two characters in")
    if row.hanging and (len(row.hanging) > 1 or row.hanging not in LINE_START_FORBIDDEN):
        problems.append(f"{where}: {row.hanging} past the 版心's right edge")
    if row.half_width == 0:
        # LibreOffice may hang a closing mark that would have been the 28th character, and
        # keeps a character with the closing mark after it (or an opening mark with the one
        # after it) on the next line: Word and WPS set such lines the same way.
        kept = after.text[:1] in LINE_END_FORBIDDEN or after.text[1:2] in LINE_START_FORBIDDEN
        count = row.full_width
        if not (count == want or count + len(row.hanging) == want or (kept and count == want - 1)):
            problems.append(f"{where}: {count} characters on a full line, not {want}")
    if not RIGHT - CHAR / 2 < row.right <= RIGHT + EDGE:
        problems.append(f"{where}: a full line ends at {row.right:.1f} mm, not at {RIGHT} mm")
    return row.inside


def headings_of(docx: Path) -> set[str]:
    """The headings of ``docx`` that stand on a line of their own: numbered paragraphs
    (一、 （一） 1.) short enough for one line, read back with python-docx."""
    texts = (p.text.strip() for p in docx_document(str(docx)).paragraphs)
    return {t for t in texts if NUMBERED.match(t) and gb2312_width(t) <= CHARS}


def check_pages_end(layout: Layout, headings: set[str], problems: list[str]) -> None:
    """22 lines on every full page, or 21 where the next page starts with a heading held over
    to stand above its text; no heading alone on the last line of a page."""
    figures = layout.figures
    figures["lines_per_page"] = [max((r.slot for r in p), default=-1) + 1 for p in layout.pages]
    figures["headings_held_over"] = []
    for k, lines in enumerate(figures["lines_per_page"][:-1], 1):
        following = layout.pages[k]
        held = lines == LINES - 1 and following and following[0].text in headings
        if held:
            figures["headings_held_over"].append(following[0].text)
        elif lines != LINES:
            problems.append(f"page {k}: {lines} lines, not {LINES}")
    for page in layout.pages[:-1]:
        for row in (r for r in page if r.slot == LINES - 1 and r.text in headings):
            problems.append(f"page {row.page}: the heading {row.text} alone on its last line")


def check_grid(layout: Layout, problems: list[str]) -> None:
    """Page size; every row on a grid line; left and right edges; 28 characters on every full
    line."""
    if abs(layout.size[0] - PAGE_W) > 1 or abs(layout.size[1] - PAGE_H) > 1:
        problems.append(f"page {layout.size[0]:.0f} × {layout.size[1]:.0f} mm, not A4")
    figures = layout.figures
    tops = []
    for page in layout.pages:
        for row in page:
            off = row.centre - (TOP + (row.slot + 0.5) * PITCH)
            if abs(off) > 1:
                problems.append(f"page {row.page} {row.text[:8]}: {off:+.1f} mm off its grid line")
        if page:
            tops.append(round(page[0].centre - PITCH / 2 - page[0].slot * PITCH, 2))
            if min(r.x0 for r in page) < LEFT - EDGE:
                problems.append(f"page {page[0].page}: text left of the 版心")
    figures["first_line_top_mm"] = tops
    pairs = _full_rows(layout)
    full = [row for row, _ in pairs]
    if not full:
        problems.append("no full line of body text to measure")
    figures["full_lines"] = [_check_full_row(row, after, problems) for row, after in pairs]
    figures["full_lines_all_full_width"] = [r.full_width for r in full if not r.half_width]
    flush = [r.x0 for p in layout.pages for r in p if r.x0 < LEFT + CHAR]
    figures["left_edge_mm"] = round(min(flush), 2) if flush else None
    figures["full_line_right_edge_mm"] = sorted({round(r.right, 1) for r in full})
    figures["hanging_marks"] = "".join(r.hanging for r in full)
    pitches = [(r.right - r.x0) / r.full_width for r in full if not r.half_width]
    figures["char_pitch_mm"] = round(sum(pitches) / len(pitches), 3) if pitches else None


def check_title(layout: Layout, title: str, problems: list[str]) -> None:
    """The title's rows: centred, no row under three characters, 梯形 or 菱形, the whole title."""
    rows = [r for r in layout.pages[0] if r.size == TITLE_PT]
    layout.figures["title_rows"] = [r.text for r in rows]
    layout.figures["title_centres_mm"] = [round((r.x0 + r.x1) / 2, 2) for r in rows]
    if "".join(r.text for r in rows) != title.replace(" ", ""):
        problems.append(f"title rows {[r.text for r in rows]} are not the title {title}")
    for row in rows:
        if abs((row.x0 + row.x1) / 2 - (LEFT + BLOCK_W / 2)) > EDGE:
            problems.append(f"title row {row.text} not centred")
    widths = [gb2312_width(r.text) for r in rows]
    if any(w < 3 for w in widths):
        problems.append(f"a title row under three characters: {widths}")
    diamond = len(widths) == 3 and widths[1] >= max(widths[0], widths[2])
    if not diamond and any(b > a for a, b in itertools.pairwise(widths)):
        problems.append(f"title rows neither 梯形 nor 菱形: {widths}")


def check_closing(layout: Layout, sealed: bool, problems: list[str]) -> None:
    """落款: the date on the last line, the name right above it, after one blank line (two
    sealed), and their right edges per GB/T 9704 7.3.5.2 (7.3.5.1 sealed). The stand-in face
    sets × half wide where 仿宋_GB2312 sets it whole; expected positions allow for that."""
    last = layout.pages[-1]
    date = last[-1] if last and DATE.match(last[-1].text) else None
    name = next((r for r in last if date and r.slot == date.slot - 1), None)
    if date is None or name is None:
        problems.append("no name and date on the last lines of the last page")
        return
    above = [r for r in last if r.slot < name.slot]
    blank = name.slot - above[-1].slot - 1 if above else None
    gap = lambda x1: round((RIGHT - x1) / CHAR, 2)  # noqa: E731
    short = (gb2312_width(name.text) - (name.x1 - name.x0) / CHAR) * CHAR  # × half wide here
    layout.figures["closing"] = {
        "name": name.text,
        "date": date.text,
        "blank_lines_above": blank,
        "name_right_gap_chars": gap(name.x1),
        "date_right_gap_chars": gap(date.x1),
        "date_start_minus_name_start_chars": round((date.x0 - name.x0) / CHAR, 2),
        "same_in_gb2312_chars": round((date.x0 - name.x0 + short) / CHAR, 2),
    }
    if blank is not None and blank != (2 if sealed else 1):
        problems.append(f"{blank} blank lines above the name")
    if sealed:
        if abs(date.x1 - (RIGHT - 4 * CHAR)) > EDGE:
            problems.append(f"sealed: the date ends {gap(date.x1)} characters from the edge, not 4")
        centre = (name.x0 - short / 2 + name.x1) / 2 - (date.x0 + date.x1) / 2
        if abs(centre) > EDGE + CHAR / 4:
            problems.append(f"sealed: the name is {centre:+.1f} mm off the date's centre")
        return
    if abs(date.x1 - (RIGHT - 2 * CHAR)) <= EDGE:  # the date longer: 右空二字, the name left of it
        if abs(name.x0 - short - (date.x0 - 2 * CHAR)) > EDGE:
            problems.append("the name does not start two characters left of the date")
        return
    if abs(name.x1 - (RIGHT - 2 * CHAR)) > EDGE:
        problems.append(f"the name ends {gap(name.x1)} characters from the edge, not 2")
    if abs(date.x0 - (name.x0 - short) - 2 * CHAR) > EDGE:
        problems.append("the date does not start two characters right of the name")
    if date.x1 > RIGHT - 2 * CHAR + EDGE:
        problems.append("the date comes nearer the edge than two characters")


def check_page_numbers(layout: Layout, problems: list[str]) -> None:
    """— n — on every page, 4号, odd pages on the right and even on the left, one character in."""
    one = PAGE_NO_PT * MM
    edges = []
    for k, row in enumerate(layout.footers, 1):
        if row is None or PAGE_NO.match(row.text.replace(" ", "")).group(1) != str(k):
            problems.append(f"page {k}: no page number — {k} —")
            continue
        gap = RIGHT - row.x1 if k % 2 else row.x0 - LEFT
        edges.append(round(gap / one, 2))
        if abs(gap - one) > EDGE:
            problems.append(f"page {k}: the page number is {gap:.1f} mm in, not one character")
        if abs(row.baseline - row.size * MM - (TOP + BLOCK_H + PAGE_NO_BELOW)) > 1:
            problems.append(f"page {k}: the page number's top is not 7 mm below the 版心")
    layout.figures["page_number_in_chars"] = edges


def problems_of(
    pdf: Path, title: str | None, closing: str | None, headings: set[str] = frozenset()
) -> tuple[list[str], dict]:
    """Everything in ``pdf`` that GB/T 9704 lays out otherwise, and the measured figures.
    ``closing``: "plain", "sealed" or None (no name and date to check); ``headings``: the texts
    of headings on lines of their own (:func:`headings_of`)."""
    layout = read_layout(pdf)
    problems: list[str] = []
    check_pages_end(layout, headings, problems)
    check_grid(layout, problems)
    if title is not None:
        check_title(layout, title, problems)
    if closing is not None:
        check_closing(layout, closing == "sealed", problems)
    check_page_numbers(layout, problems)
    layout.figures["pages"] = len(layout.pages)
    return problems, layout.figures
