"""The outer layer that reads files: exemplars from ``corpus/`` and their metadata.

Every problem is an :class:`InputError` naming the file; loading a whole corpus
collects all of them into one :class:`CorpusError` before anything is written.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from pathlib import Path

from .clean.exemplar import Exemplar
from .clean.pipeline import CleanResult, fix_and_explain
from .clean.reports import split_reports
from .datafile import load_yaml_model
from .errors import CorpusError, InputError
from .intake.extracted import Extracted
from .intake.meta import CorpusMeta, ExemplarMeta
from .intake.read import READERS, SUPPORTED, read_file

MAX_BYTES = READERS[".txt"][1]  # a report is 5-20 KB of text; anything near this is not one
META_FILE = "meta.yaml"


def default_slug(name: str) -> str:
    """A readable slug from a file name; a name not in ASCII gets a short stable hash.

    >>> default_slug("000_E7e34a.txt"), default_slug("县委2023年总结.docx")
    ('000-e7e34a', '2023-d88c2d')
    """
    ascii_part = re.sub(r"[^a-z0-9]+", "-", Path(name).stem.lower()).strip("-")
    if name.isascii():
        return ascii_part or "exemplar"
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:6]
    return f"{ascii_part or 'exemplar'}-{digest}"


def clean_file(path: Path, extracted: Extracted | None = None) -> tuple[Extracted, CleanResult]:
    """Read one file of any supported format (or take what was read of it) and clean it as
    one text, or raise InputError naming it."""
    extracted = extracted or read_file(path)
    if extracted.format == "txt" and not extracted.text.strip():
        raise InputError(path, "file holds only whitespace")
    result = fix_and_explain(extracted.text)
    if not result.text.strip():
        raise InputError(path, "nothing is left after cleaning: the file holds only site noise")
    return extracted, result


def clean_parts(path: Path) -> list[tuple[Extracted, CleanResult]]:
    """Each report of the file, cleaned apart: a page bundling 篇一、篇二 gives several.

    The pieces a reader left out stay with the first report; a split text file keeps its
    decoding only as a whole (the pieces rebuild the bytes together, not one by one).
    """
    extracted = read_file(path)
    parts = split_reports(extracted.text)
    if len(parts) == 1:
        return [clean_file(path, extracted)]
    pieces = [
        replace(extracted, text=part, dropped=extracted.dropped if k == 0 else (), decoded=None)
        for k, part in enumerate(parts)
    ]
    return [clean_file(path, piece) for piece in pieces]


def corpus_files(corpus_dir: Path) -> tuple[list[Path], list[InputError]]:
    """Every file a person put in the folder (dotfiles and meta.yaml aside), and sub-folders
    as errors: nothing in the corpus is ever passed over in silence."""
    paths, errors = [], []
    for path in sorted(corpus_dir.iterdir()):
        if path.name.startswith(".") or path.name == META_FILE:
            continue
        if path.is_dir():
            errors.append(
                InputError(path, "is a folder; put exemplar files in the corpus folder itself")
            )
        else:
            paths.append(path)
    return paths, errors


def load_meta(corpus_dir: Path) -> dict[str, ExemplarMeta]:
    path = corpus_dir / META_FILE
    if not path.exists():
        return {}
    return load_yaml_model(path, CorpusMeta).root


def load_corpus(corpus_dir: Path) -> list[Exemplar]:
    """Every file of ``corpus_dir``, read and cleaned; all bad files reported together."""
    if not corpus_dir.is_dir():
        raise CorpusError([InputError(corpus_dir, "corpus folder not found")])
    errors: list[InputError] = []
    try:
        meta = load_meta(corpus_dir)
    except InputError as err:
        errors.append(err)
        meta = {}
    paths, problems = corpus_files(corpus_dir)
    errors += problems
    names = {p.name for p in paths}
    errors += [
        InputError(corpus_dir / META_FILE, f"entry {name!r}: no such file in the corpus")
        for name in meta
        if name not in names
    ]
    exemplars: list[Exemplar] = []
    for path in paths:
        info = meta.get(path.name, ExemplarMeta())
        try:
            parts = clean_parts(path)
        except InputError as err:
            errors.append(err)
            continue
        slug = info.slug or default_slug(path.name)
        if len(parts) == 1:
            exemplars.append(Exemplar(path.name, slug, info, *parts[0]))
            continue
        for k, (extracted, cleaned) in enumerate(parts, 1):
            exemplars.append(Exemplar(path.name, f"{slug}-{k}", info, extracted, cleaned, part=k))
    errors += _duplicate_slugs(corpus_dir, exemplars)
    if not paths and not errors:
        kinds = ", ".join(SUPPORTED)
        errors.append(InputError(corpus_dir, f"no exemplars in the corpus folder ({kinds})"))
    if errors:
        raise CorpusError(errors)
    return exemplars


def _duplicate_slugs(corpus_dir: Path, exemplars: list[Exemplar]) -> list[InputError]:
    seen: dict[str, str] = {}
    errors = []
    for ex in exemplars:
        if ex.slug in seen:
            errors.append(
                InputError(
                    corpus_dir / ex.source, f"slug {ex.slug!r} is used by {seen[ex.slug]} too"
                )
            )
        seen.setdefault(ex.slug, ex.source)
    return errors
