"""The outer layer that reads files: exemplars from ``corpus/`` and their metadata.

Every problem is an :class:`InputError` naming the file; loading a whole corpus
collects all of them into one :class:`CorpusError` before anything is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import Field, RootModel

from .clean.pipeline import CleanResult, fix_and_explain
from .clean.tables import Strict, load_yaml_model
from .errors import CorpusError, InputError
from .intake.decode import Decoded, decode_bytes

MAX_BYTES = 2 * 1024 * 1024  # a report is 5-20 KB; anything near this is not one
META_FILE = "meta.yaml"
SLUG = r"^[a-z0-9][a-z0-9-]*$"


class ExemplarMeta(Strict):
    """What a person knows better than the analysis; every field optional but the slug."""

    slug: str | None = Field(default=None, pattern=SLUG)
    title: str | None = None
    year: int | None = Field(default=None, ge=1990, le=2100)
    body_kind: str | None = None
    source_site: str | None = None


class CorpusMeta(RootModel[dict[str, ExemplarMeta]]):
    root: dict[str, ExemplarMeta] = {}


@dataclass(frozen=True)
class Exemplar:
    source: str
    slug: str
    meta: ExemplarMeta
    decoded: Decoded
    cleaned: CleanResult

    @property
    def text(self) -> str:
        return self.cleaned.text

    @property
    def title(self) -> str:
        """The metadata title, else the first line when it reads like a title, else the slug."""
        if self.meta.title:
            return self.meta.title
        first = self.text.split("\n", 1)[0].strip()
        if 0 < len(first) <= 60 and not re.search("[。！？；]", first):
            return first
        return self.slug


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
