"""Command-line tool ``fanwen``.

  fanwen clean FILE [--explain] [--json] [--skip FIXER]   cleaned text, or the audit log
  fanwen analyze FILE [--json]                             blocks, levels and roles
  fanwen check-draft FILE [--json] [--corpus DIR] [--year N [--period P]]
                                                           the checklist and findings on a draft
  fanwen check [CORPUS]                                    every bad file of a corpus
  fanwen export CORPUS OUT                                 cleaned texts and audit logs

Exit codes: 0 done, 1 bad input (the message names the file), 2 wrong usage; check-draft
exits 3 when a checklist item fails or a finding is an error (the draft needs work).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

from .analyze.analysis import Analysis, analysis_record, analyze_text
from .analyze.snippets import default_library, snippets_folder
from .check.copies import corpus_shared, corpus_sources, template_shared
from .check.draft import DraftCheck, check_text, draft_record
from .check.findings import Finding, position
from .check.formulations import load_formulations
from .clean.audit import audit_record, explain
from .clean.pipeline import FIXER_NAMES
from .corpus import clean_file, clean_parts, load_corpus
from .errors import CorpusError, InputError
from .intake.read import read_file


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    _utf8_stdout()
    try:
        return args.run(args)
    except InputError as err:
        print(f"fanwen: error: {err}", file=sys.stderr)
        return 1
    except CorpusError as err:
        print(f"fanwen: error: {err}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into head: stop quietly
        sys.stderr.close()
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fanwen", description="范文: clean and check exemplars")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")
    clean = sub.add_parser("clean", help="print the cleaned text of FILE")
    clean.add_argument("file", type=Path)
    clean.add_argument("--explain", action="store_true", help="print the audit log instead")
    clean.add_argument("--json", action="store_true", help="with --explain: one JSON object")
    clean.add_argument(
        "--skip",
        action="append",
        default=[],
        choices=FIXER_NAMES,
        metavar="FIXER",
        help="switch a fixer off (repeatable): " + ", ".join(FIXER_NAMES),
    )
    clean.set_defaults(run=_clean)
    analyze = sub.add_parser("analyze", help="clean FILE and show its structure")
    analyze.add_argument("file", type=Path)
    analyze.add_argument("--json", action="store_true", help="one JSON object")
    analyze.set_defaults(run=_analyze)
    draft = sub.add_parser("check-draft", help="check a draft report: checklist and findings")
    draft.add_argument("file", type=Path)
    draft.add_argument("--json", action="store_true", help="one JSON object")
    draft.add_argument(
        "--corpus",
        type=Path,
        default=None,
        help="exemplars to look for copied text in (default: ./corpus when it exists)",
    )
    draft.add_argument(
        "--year",
        type=_report_year,
        default=None,
        help="the year the report is for (default: the year in its title)",
    )
    draft.add_argument(
        "--period",
        choices=PERIODS,
        default=None,
        help="with --year: the quarter or half year the report is for (default: the whole year)",
    )
    draft.set_defaults(run=_check_draft)
    check = sub.add_parser("check", help="check every exemplar of a corpus folder")
    check.add_argument("corpus", type=Path, nargs="?", default=Path("corpus"))
    check.set_defaults(run=_check)
    export = sub.add_parser("export", help="write cleaned texts and audit logs to OUT")
    export.add_argument("corpus", type=Path)
    export.add_argument("out", type=Path)
    export.set_defaults(run=_export)
    return parser


def _report_year(value: str) -> int:
    """A report's year as given on the command line: four digits, 2000 to 2100."""
    if not value.isdigit() or not 2000 <= int(value) <= 2100:
        raise argparse.ArgumentTypeError(f"not a year between 2000 and 2100: {value!r}")
    return int(value)


def _utf8_stdout() -> None:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")


def _clean(args: argparse.Namespace) -> int:
    extracted, result = clean_file(args.file)
    if args.json:
        print(
            json.dumps(
                audit_record(str(args.file), extracted, result), ensure_ascii=False, indent=1
            )
        )
    elif args.explain:
        sys.stdout.write(explain(str(args.file), extracted, result))
    else:
        sys.stdout.write(result.text)
    return 0


def _analyze(args: argparse.Namespace) -> int:
    """One analysis per report: a page bundling 篇一、篇二 gives one for each (a JSON list)."""
    parts = clean_parts(args.file)
    analyses = [(cleaned, analyze_text(cleaned.text)) for _, cleaned in parts]
    if args.json:
        records = [analysis_record(str(args.file), c, a) for c, a in analyses]
        print(
            json.dumps(records[0] if len(records) == 1 else records, ensure_ascii=False, indent=1)
        )
        return 0
    for k, (_, analysis) in enumerate(analyses, 1):
        if len(analyses) > 1:
            print(f"# 第 {k} 篇")
        _print_analysis(analysis)
    return 0


def _print_analysis(analysis: Analysis) -> None:
    print(f"标题：{analysis.title or '（无）'}", end="")
    print(f"（建议：{analysis.suggested_title}）" if analysis.suggested_title else "")
    print(f"年份：{analysis.year or '（未知）'}  单位类型：{analysis.body_kind or '（未知）'}")
    for b in analysis.blocks:
        extra = " ".join(filter(None, [b.theme, *sorted({t.name for t in b.techniques})]))
        print(f"{b.id:<4} {b.level:<5} {b.role or '-':<12} {_short(b.heading or b.text)}  {extra}")


def _short(text: str, width: int = 28) -> str:
    text = text.strip()
    return text if len(text) <= width else text[: width - 1] + "…"


SEVERITY = {"error": "错误", "check": "请核对", "info": "参考"}
PERIODS = [p.label for p in load_formulations(snippets_folder()).meetings.periods]


def _check_draft(args: argparse.Namespace) -> int:
    """Exit 0 when the draft passes, 3 when it needs work (see :attr:`DraftCheck.failed`).

    The draft is checked as read (not cleaned: placeholders and site text are what some checks
    look for); positions are line:column of that text, 1-based.
    """
    if args.period and args.year is None:
        print("fanwen: error: --period needs --year", file=sys.stderr)
        return 2
    extracted = read_file(args.file)
    if not extracted.text.strip():
        raise InputError(args.file, "file holds only whitespace")
    library = default_library()
    corpus = args.corpus or Path("corpus")
    sources, shared = [], frozenset()
    if args.corpus is not None or corpus.is_dir():
        exemplars = [(ex, analyze_text(ex.text, library)) for ex in load_corpus(corpus)]
        sources = corpus_sources((ex.slug, ex.title, a) for ex, a in exemplars)
        shared = frozenset(corpus_shared(exemplars)) | template_shared(library)
    check = check_text(
        extracted.text,
        library,
        sources,
        snippets_folder(),
        year=args.year,
        period=args.period,
        shared=shared,
    )
    if args.json:
        print(json.dumps(draft_record(str(args.file), check), ensure_ascii=False, indent=1))
    else:
        _print_check(check, copying=bool(sources))
    return 3 if check.failed else 0


def _print_check(check: DraftCheck, copying: bool) -> None:
    """Each checklist group, its items (✓ passed, ✗ failed, ○ for the writer's own eye) with
    the findings that fail them, then the findings no item takes."""
    for group in check.filed.groups:
        print(f"【{group.name}】 通过 {group.passed}/{group.checked} 项")
        for item in group.items:
            print(f"{'✓' if item.ok else '✗' if item.checked else '○'} {item.text}")
            for k in item.findings:
                _print_finding(check, check.findings[k])
    if check.filed.rest:
        print("【其他】")
        for k in check.filed.rest:
            _print_finding(check, check.findings[k])
    errors = sum(f.severity == "error" for f in check.findings)
    others = len(check.findings) - errors
    print(f"{check.passed}/{check.total} 项通过；发现 {errors} 处错误、{others} 处请核对或参考")
    if not copying:
        print("（没有范文目录，未检查照抄范文）")


def _print_finding(check: DraftCheck, f: Finding) -> None:
    where = "全文" if f.start is None else "{}:{}".format(*position(check.text, f.start))
    quoted = f" “{_short(f.text, 24)}”" if f.text else ""
    if f.start is not None and f.end is not None and len(f.text) < CONTEXT_BELOW:
        quoted += f" 在“{context(check.text, f.start, f.end)}”"
    print(f"  {where:<8} {SEVERITY[f.severity]} {f.rule}{quoted}\n           {f.message}")


CONTEXT_BELOW = 6  # a finding's text shorter than this (××, 的的) is shown in its line too
CONTEXT_CHARS = 8


def context(text: str, start: int, end: int) -> str:
    """The finding in its line, a few characters either side, marked with 【】.

    >>> context("2023年，局党组召开会议××次，学习12次。", 13, 15)
    '…，局党组召开会议【××】次，学习12次。'
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[max(line_start, start - CONTEXT_CHARS) : start]
    after = text[end : min(line_end, end + CONTEXT_CHARS)]
    lead = "…" if start - len(before) > line_start else ""
    tail = "…" if end + len(after) < line_end else ""
    return f"{lead}{before}【{text[start:end]}】{after}{tail}"


def _check(args: argparse.Namespace) -> int:
    exemplars = load_corpus(args.corpus)
    for ex in exemplars:
        print(
            f"ok  {ex.source}  {ex.slug}  {len(ex.text)} chars, {len(ex.cleaned.changes)} changes"
        )
    print(f"{len(exemplars)} exemplar(s), no problems")
    return 0


def _export(args: argparse.Namespace) -> int:
    """Everything is written to a temporary folder first: a bad corpus leaves OUT untouched."""
    exemplars = load_corpus(args.corpus)
    out: Path = args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".fanwen-", dir=out.parent))
    try:
        for ex in exemplars:
            record = audit_record(ex.source, ex.extracted, ex.cleaned)
            (staging / f"{ex.slug}.txt").write_text(ex.text, encoding="utf-8")
            (staging / f"{ex.slug}.audit.json").write_text(
                json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8"
            )
        if out.exists():
            shutil.rmtree(out)
        staging.rename(out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    print(f"wrote {len(exemplars)} exemplar(s) to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
