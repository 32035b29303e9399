"""Intake: a file as someone saved it -> its text, with provenance and what was left out.

In: one corpus file (.txt in any encoding, .docx, a saved .html page, a .pdf with a text
layer, or .doc/.wps/.rtf/.odt through LibreOffice). Out: :class:`~.extracted.Extracted`, the
text one paragraph per line, its format, each piece the reader left out (headers, footers,
page numbers, the page around the article) and, for text files, the decoding that rebuilds
the bytes. :func:`~.read.read_file` picks the reader by suffix. Nothing here cleans.
"""

# The stage's public modules: the only ones later layers may import (tests/test_layout.py).
__all__ = ["decode", "extracted", "meta", "office", "read"]
