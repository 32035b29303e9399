"""One entry point for every format: :func:`read_file` picks the reader by the file's suffix.

Every bad input ends as an :class:`~fanwen.errors.InputError` naming the file, in plain
words: an unknown suffix, a file over its format's size limit, a damaged or mislabelled
file, an encrypted PDF or one without text, a page without an article, an empty result.
No traceback and no half result reach the caller.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from pathlib import Path

from docx.exceptions import PythonDocxError
from docx.opc.exceptions import OpcError
from lxml import etree
from pypdf.errors import PyPdfError

from ..errors import InputError
from .docx import read_docx
from .extracted import Extracted
from .html import read_html
from .office import read_office
from .pdf import read_pdf
from .txt import read_txt

MB = 1024 * 1024
Reader = Callable[[bytes, str], Extracted]
# suffix -> (reader, size limit). A report is 5-20 KB of text; Word and PDF files carry
# fonts and pictures, so their limits are higher.
READERS: dict[str, tuple[Reader, int]] = {
    ".txt": (read_txt, 2 * MB),
    ".docx": (read_docx, 20 * MB),
    ".html": (read_html, 5 * MB),
    ".htm": (read_html, 5 * MB),
    ".pdf": (read_pdf, 50 * MB),
    ".doc": (read_office, 20 * MB),
    ".wps": (read_office, 20 * MB),
    ".rtf": (read_office, 50 * MB),
    ".odt": (read_office, 20 * MB),
}
SUPPORTED: tuple[str, ...] = tuple(READERS)
# What a damaged file can make the libraries raise; all of it is the file's fault.
LIBRARY_ERRORS = (
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    AttributeError,
    EOFError,
    OSError,
    RecursionError,
    zlib.error,
    etree.LxmlError,
    PyPdfError,
    PythonDocxError,
    OpcError,
)


def read_file(path: Path) -> Extracted:
    """The text of ``path`` by its format, or :class:`InputError` saying what is wrong.

    >>> read_file(Path("报告.xls"))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    fanwen.errors.InputError: 报告.xls: unsupported file type '.xls'; supported: .txt, .docx, ...
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if path.is_dir():
        raise InputError(path, "is a directory, not a file")
    if suffix not in READERS:
        kind = f"file type {suffix!r}" if suffix else "file without an extension"
        raise InputError(path, f"unsupported {kind}; supported: {', '.join(SUPPORTED)}")
    reader, limit = READERS[suffix]
    data = _read_bytes(path, limit)
    try:
        extracted = reader(data, str(path))
    except InputError:
        raise
    except LIBRARY_ERRORS as err:
        raise InputError(path, f"cannot be read as {suffix}: {type(err).__name__}: {err}") from None
    if not extracted.text.strip():
        raise InputError(path, f"no text in it: the {suffix} file holds only whitespace")
    return extracted


def _read_bytes(path: Path, limit: int) -> bytes:
    """The file's bytes; a missing, empty, unreadable or too large file is an InputError."""
    if not path.exists():
        raise InputError(path, "no such file")
    size = path.stat().st_size
    if size > limit:
        raise InputError(
            path, f"file is {size:,} bytes; the limit for {path.suffix.lower()} is {limit:,}"
        )
    if size == 0:
        raise InputError(path, "file is empty")
    try:
        return path.read_bytes()
    except OSError as err:
        raise InputError(path, f"cannot read: {err.strerror}") from None
