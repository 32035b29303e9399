"""``make bench``: how fast :func:`~fanwen.intake.read.read_file` reads each format.

Sample files are made from the reports in ``corpus/`` the way people have them: a .docx
whose 一、/（一）/1. headings are Word's automatic numbering, with a header and a footer;
a template site's page (menu, breadcrumb, related list, download button, 备案号 footer)
declared as GB2312; a PDF printed by Chromium with a running header and page numbers;
and .doc/.wps/.rtf/.odt files saved by LibreOffice. The tests build their inputs with the
same functions.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from ..intake.decode import decode_bytes
from ..intake.office import convert_all, find_soffice
from ..intake.read import read_file

Block = str | Sequence[Sequence[str]]  # a paragraph, or a table as rows of cells
HEADINGS = (
    (0, re.compile(r"^[一二三四五六七八九十]+、")),
    (1, re.compile(r"^（[一二三四五六七八九十]+）")),
    (2, re.compile(r"^\d+[.．]")),
)
LEVELS = (("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3."))
OFFICE_FORMATS = ("doc", "wps", "rtf", "odt")
PAGE = """<!DOCTYPE html><html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{title}_工作总结_范文网</title></head><body>
<div class="top"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zj/">工作总结</a></li>
<li><a href="/jh/">工作计划</a></li><li><a href="/fy/">心得体会</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zj/">工作总结</a> &gt; 正文</div>
<div class="main"><div class="article"><h1>{title}</h1>
<div class="content">{body}</div>
<div class="down"><a href="/down/1.doc">下载Word文档</a></div></div>
<div class="related"><h3>相关推荐</h3><ul>
<li><a href="/a/1.html">2023年意识形态工作总结范文</a></li>
<li><a href="/a/2.html">意识形态工作责任制落实情况报告</a></li></ul></div></div>
<div class="footer"><p>Copyright 2016-2024 范文网 版权所有</p>
<p><a href="https://beian.miit.gov.cn/">京ICP备12345678号-1</a></p></div></body></html>"""
PRINT_CSS = (
    "body{font-family:'WenQuanYi Micro Hei';font-size:16pt;line-height:1.6}"
    "h1{font-size:22pt;text-align:center}p{text-indent:2em;margin:0}"
    "table{border-collapse:collapse}td{border:1px solid #000;padding:2px 6px}"
)
RUNNING_HEADER = "某某县文化和旅游局文件"
MARGIN_BOX = '<div style="font-size:10pt;width:100%;text-align:center">'


def heading_level(line: str) -> tuple[int | None, str]:
    """The numbering level of a heading line and its words without the number.

    >>> heading_level("（二）加强理论武装"), heading_level("一是加强组织领导")
    ((1, '加强理论武装'), (None, '一是加强组织领导'))
    """
    for level, pattern in HEADINGS:
        match = pattern.match(line)
        if match:
            return level, line[match.end() :]
    return None, line


def _numbering_xml() -> str:
    levels = "".join(
        f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:suff w:val="nothing"/></w:lvl>'
        for k, (fmt, text) in enumerate(LEVELS)
    )
    return f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{levels}</w:abstractNum>'


def _number(element: object, level: int, num_id: str = "90") -> None:
    """Give a paragraph or a style ``w:numPr`` (list ``num_id``, ``level``)."""
    ppr = element.get_or_add_pPr()  # type: ignore[attr-defined]
    ppr.insert(
        0,
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
            f'<w:numId w:val="{num_id}"/></w:numPr>'
        ),
    )


def add_numbering(document: docx.document.Document) -> None:
    """A 一、/（一）/1. list (numId 90); 一、 headings get it through the Heading 1 style."""
    root = document.part.numbering_part.element
    nums = root.findall(qn("w:num"))
    abstract = parse_xml(_numbering_xml())
    if nums:
        nums[0].addprevious(abstract)
    else:
        root.append(abstract)
    root.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    )
    _number(document.styles["Heading 1"].element, 0)


def write_docx(path: Path, blocks: Sequence[Block], header: str = "", footer: str = "") -> Path:
    """A .docx of ``blocks``; numbered headings lose their typed number to Word's own."""
    document = docx.Document()
    add_numbering(document)
    for block in blocks:
        if not isinstance(block, str):
            table = document.add_table(rows=len(block), cols=len(block[0]))
            for row, cells in zip(table.rows, block, strict=True):
                for cell, text in zip(row.cells, cells, strict=True):
                    cell.text = text
            continue
        level, words = heading_level(block)
        if level == 0:
            document.add_paragraph(words, style="Heading 1")
        elif level is not None:
            _number(document.add_paragraph(words)._p, level)
        else:
            document.add_paragraph(block)
    if header:
        document.sections[0].header.paragraphs[0].text = header
    if footer:
        document.sections[0].footer.paragraphs[0].text = footer
    document.save(str(path))
    return path


def _html_block(block: Block) -> str:
    if not isinstance(block, str):
        rows = "".join(
            "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in block
        )
        return f"<table>{rows}</table>"
    if heading_level(block)[0] is not None:
        return f"<p><strong>{html.escape(block)}</strong></p>"
    return f"<p>{html.escape(block)}</p>"


def write_html(path: Path, title: str, blocks: Sequence[Block]) -> Path:
    """A template site's page for the report, saved as GB2312-declared GBK bytes."""
    body = "\n".join(_html_block(b) for b in blocks)
    page = PAGE.format(title=html.escape(title), body=body)
    path.write_bytes(page.encode("gbk", errors="xmlcharrefreplace"))
    return path


def report_html(title: str, blocks: Sequence[Block]) -> str:
    """The report as a page to print: a centred title, indented paragraphs."""
    body = "".join(_html_block(b) for b in blocks)
    return f'<meta charset="utf-8"><style>{PRINT_CSS}</style><h1>{html.escape(title)}</h1>{body}'


def print_pdfs(
    jobs: Sequence[tuple[Path, str]],
    header: str | None = RUNNING_HEADER,
    env: dict[str, str] | None = None,
) -> None:
    """Print each ``(path, page html)`` with Chromium; with a ``header``, every page has it
    on top and its number as — n — below; ``env`` is Chromium's environment (its fonts)."""
    from playwright.sync_api import sync_playwright

    from .browser import launch

    margins = {"top": "3cm", "bottom": "2.5cm", "left": "2.7cm", "right": "2.6cm"}
    with sync_playwright() as playwright:
        browser = launch(playwright, env)
        page = browser.new_page()
        for path, content in jobs:
            page.set_content(content)
            page.wait_for_load_state()
            page.pdf(
                path=str(path),
                format="A4",
                display_header_footer=header is not None,
                header_template=f"{MARGIN_BOX}{html.escape(header or '')}</div>",
                footer_template=f'{MARGIN_BOX}— <span class="pageNumber"></span> —</div>',
                margin=margins,
            )
        browser.close()


def save_as(sources: Sequence[Path], fmt: str, outdir: Path) -> list[Path]:
    """``sources`` (.docx) saved by LibreOffice as ``fmt``; .wps is a .doc under that name."""
    lo = outdir / f"lo-{fmt}"
    out = []
    for target in convert_all(sources, lo, "bench", "doc" if fmt == "wps" else fmt):
        out.append(target.rename(outdir / f"{target.stem}.{fmt}"))
    shutil.rmtree(lo, ignore_errors=True)
    return out


def corpus_reports(corpus: Path) -> list[tuple[str, list[str]]]:
    """Each corpus report as (title, paragraphs)."""
    reports = []
    for path in sorted(corpus.glob("*.txt")):
        lines = [ln.strip() for ln in decode_bytes(path.read_bytes(), str(path)).text.splitlines()]
        lines = [ln for ln in lines if ln]
        reports.append((lines[0], lines[1:]))
    if not reports:
        raise SystemExit(f"bench: no .txt files in {corpus}")
    return reports


def build_samples(corpus: Path, count: int, folder: Path, office: bool) -> dict[str, list[Path]]:
    """``count`` files per format in ``folder``, cycling through the corpus reports."""
    reports = corpus_reports(corpus)
    picks = [reports[i % len(reports)] for i in range(count)]
    files: dict[str, list[Path]] = {}
    files["txt"] = [folder / f"r{i}.txt" for i in range(count)]
    for path, (title, lines) in zip(files["txt"], picks, strict=True):
        path.write_text("\n".join([title, *lines]) + "\n", encoding="utf-8")
    files["docx"] = [
        write_docx(folder / f"r{i}.docx", [title, *lines], title, "第 1 页")
        for i, (title, lines) in enumerate(picks)
    ]
    files["html"] = [
        write_html(folder / f"r{i}.html", title, lines) for i, (title, lines) in enumerate(picks)
    ]
    files["pdf"] = [folder / f"r{i}.pdf" for i in range(count)]
    print_pdfs([(p, report_html(t, ls)) for p, (t, ls) in zip(files["pdf"], picks, strict=True)])
    for fmt in OFFICE_FORMATS if office else ():
        files[fmt] = save_as(files["docx"], fmt, folder)
    return files


def time_reads(paths: Sequence[Path]) -> dict[str, float]:
    """Files per second and median milliseconds per file of ``read_file``."""
    timings = []
    for path in paths:
        started = time.perf_counter()
        read_file(path)
        timings.append(time.perf_counter() - started)
    return {
        "files": len(paths),
        "files_per_second": round(len(paths) / sum(timings), 1),
        "median_ms_per_file": round(statistics.median(timings) * 1000, 1),
        "max_ms_per_file": round(max(timings) * 1000, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="fanwen.bench.intake")
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    parser.add_argument("--files", type=int, default=50, help="sample files per format")
    parser.add_argument("--out", type=Path, default=Path("bench-results/intake.json"))
    args = parser.parse_args(argv)
    office = find_soffice() is not None
    if not office:
        print("LibreOffice is missing (make office): .doc, .wps, .rtf and .odt are skipped")
    with tempfile.TemporaryDirectory(prefix="fanwen-bench-intake-") as tmp:
        samples = build_samples(args.corpus, max(args.files, 1), Path(tmp), office)
        result = {fmt: time_reads(paths) for fmt, paths in samples.items()}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1), encoding="utf-8")
    print(f"{'format':<7}{'files':>6}{'files/s':>10}{'median ms':>11}{'max ms':>9}")
    for fmt, figures in result.items():
        print(
            f"{fmt:<7}{figures['files']:>6}{figures['files_per_second']:>10}"
            f"{figures['median_ms_per_file']:>11}{figures['max_ms_per_file']:>9}"
        )
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
