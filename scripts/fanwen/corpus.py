"""The outer layer that reads files: exemplars from ``corpus/`` and their metadata.

Every problem is an :class:`InputError` naming the file; loading a whole corpus
collects all of them into one :class:`CorpusError` before anything is written.
"""

from __future__ import annotations

import re
from pathlib import Path

from .clean.exemplar import Exemplar
from .clean.pipeline import CleanResult, fix_and_explain
from .datafile import load_yaml_model
from .errors import CorpusError, InputError
from .intake.decode import Decoded, decode_bytes
from .intake.meta import CorpusMeta, ExemplarMeta

MAX_BYTES = 2 * 1024 * 1024  # a report is 5-20 KB; anything near this is not one
META_FILE = "meta.yaml"


def default_slug(name: str) -> str:
    """A readable slug from a file name.

    >>> default_slug("000_E7e34a.txt")
    '000-e7e34a'
    """
    return re.sub(r"[^a-z0-9]+", "-", Path(name).stem.lower()).strip("-") or "exemplar"


def read_text(path: Path) -> Decoded:
    """Read and decode one exemplar file, or raise InputError naming it."""
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a directory, not a text file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(path, f"file is {size:,} bytes; the limit is {MAX_BYTES:,}")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(path, f"cannot read: {err.strerror}") from None
    decoded = decode_bytes(data, str(path))
    if not decoded.text.strip():
        raise InputError(path, "file holds only whitespace")
    return decoded


def clean_file(path: Path) -> tuple[Decoded, CleanResult]:
    decoded = read_text(path)
    result = fix_and_explain(decoded.text)
    if not result.text.strip():
        raise InputError(path, "nothing is left after cleaning: the file holds only site noise")
    return decoded, result


def load_meta(corpus_dir: Path) -> dict[str, ExemplarMeta]:
    path = corpus_dir / META_FILE
    if not path.exists():
        return {}
    return load_yaml_model(path, CorpusMeta).root


def load_corpus(corpus_dir: Path) -> list[Exemplar]:
    """Every ``*.txt`` of ``corpus_dir``, cleaned; all bad files reported together."""
    if not corpus_dir.is_dir():
        raise CorpusError([InputError(corpus_dir, "corpus folder not found")])
    errors: list[InputError] = []
    try:
        meta = load_meta(corpus_dir)
    except InputError as err:
        errors.append(err)
        meta = {}
    paths = sorted(corpus_dir.glob("*.txt"))
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
            decoded, cleaned = clean_file(path)
        except InputError as err:
            errors.append(err)
            continue
        slug = info.slug or default_slug(path.name)
        exemplars.append(Exemplar(path.name, slug, info, decoded, cleaned))
    errors += _duplicate_slugs(corpus_dir, exemplars)
    if not paths and not errors:
        errors.append(InputError(corpus_dir, "no .txt exemplars in the corpus folder"))
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
