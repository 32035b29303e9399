"""Python regular expressions rewritten for JavaScript, so the browser runs the same rules.

The rules are written once, in Python syntax (``noise.yaml``, ``charmap.yaml``, the snippets);
:func:`to_js` gives the source and flags of an equivalent JavaScript ``RegExp`` (always with
the ``u`` flag). Where the two dialects differ in meaning, the rewrite keeps Python's:

- ``\\d``, ``\\w``, ``\\s`` and ``\\b`` are Unicode-aware in Python, ASCII in JavaScript: they
  become ``\\p{Nd}``, ``[\\p{L}\\p{N}_]``, Python's exact white-space set, and look-arounds;
- ``.`` excludes only ``\\n``; ``^`` and ``$`` keep Python's line rules (``$`` also before a
  final ``\\n``); ``(?P<name>…)`` and ``(?P=name)`` become ``(?<name>…)`` and ``\\k<name>``;
- ``u`` mode rejects stray braces and escapes of ordinary characters, so those are written
  plainly; a ``]`` first in a class is escaped.

What JavaScript cannot say raises :class:`Unsupported` (inline flags other than a leading
``(?i)``/``(?m)``/``(?s)``, atomic groups, possessive quantifiers, ``\\W`` or ``\\S`` inside
a class, ``\\N{…}``); the exporter marks such a rule and the browser skips it.
"""

from __future__ import annotations

import re

SPACE = r"\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
WORD = r"\p{L}\p{N}_"
SYNTAX = set("^$\\.*+?()[]{}|/")
QUANT = re.compile(r"\{(\d*)(?:(,)(\d*))?\}")
BOUNDARY = f"(?:(?<=[{WORD}])(?![{WORD}])|(?<![{WORD}])(?=[{WORD}]))"
NOT_BOUNDARY = f"(?:(?<=[{WORD}])(?=[{WORD}])|(?<![{WORD}])(?![{WORD}]))"


class Unsupported(ValueError):
    """A construct with no JavaScript equivalent."""


def to_js(
    pattern: str, ignorecase: bool = False, multiline: bool = False, dotall: bool = False
) -> dict[str, str]:
    """The JavaScript ``{"source", "flags"}`` of a Python pattern (flags as in ``re``).

    >>> print(to_js(r"^\\d+页$", multiline=True)["source"])
    (?:(?<![\\s\\S])|(?<=\\n))\\p{Nd}+页(?=\\n|(?![\\s\\S]))
    >>> to_js("(?P<t>总结)(?P=t)")["source"]
    '(?<t>总结)\\\\k<t>'
    >>> to_js("[^\\\\w×]{2,}", ignorecase=True)
    {'source': '[^\\\\p{L}\\\\p{N}_×]{2,}', 'flags': 'iu'}
    """
    flags = {"i": ignorecase, "m": multiline, "s": dotall}
    pattern = _leading_flags(pattern, flags)
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class = False
    while i < n:
        c = pattern[i]
        if c == "\\":
            piece, i = _escape(pattern, i, in_class)
            out.append(piece)
            continue
        if in_class:
            if c == "]":
                in_class = False
            out.append("\\[" if c == "[" else c)
            i += 1
            continue
        if c == "[":
            i += 1
            out.append("[")
            if pattern.startswith("^", i):
                out.append("^")
                i += 1
            if pattern.startswith("]", i):  # a literal ] first in a class
                out.append("\\]")
                i += 1
            in_class = True
            continue
        if c == "(":
            piece, i = _group(pattern, i)
            out.append(piece)
            continue
        if c == "{":
            piece, i = _brace(pattern, i)
            out.append(piece)
            continue
        if c in "*+?" and pattern.startswith("+", i + 1):
            raise Unsupported(f"possessive quantifier at {i}")
        out.append(_plain(c, flags))
        i += 1
    if in_class:
        raise Unsupported("unterminated character class")
    return {"source": "".join(out), "flags": ("i" if flags["i"] else "") + "u"}


def _leading_flags(pattern: str, flags: dict[str, bool]) -> str:
    """A leading ``(?im)`` sets flags; anywhere else an inline flag is unsupported."""
    m = re.match(r"\(\?([aiLmsux]+)\)", pattern)
    if m:
        for f in m[1]:
            if f not in flags:
                raise Unsupported(f"inline flag {f}")
            flags[f] = True
        pattern = pattern[m.end() :]
    if re.search(r"\(\?[aiLmsux-]+[:)]", pattern):
        raise Unsupported("inline or scoped flags")
    return pattern


def _plain(c: str, flags: dict[str, bool]) -> str:
    if c == ".":
        return "[\\s\\S]" if flags["s"] else "[^\\n]"
    if c == "^" and flags["m"]:
        return "(?:(?<![\\s\\S])|(?<=\\n))"
    if c == "$":
        return "(?=\\n|(?![\\s\\S]))" if flags["m"] else "(?=\\n?(?![\\s\\S]))"
    if c in "]}":
        return "\\" + c
    return c


def _group(pattern: str, i: int) -> tuple[str, int]:
    if pattern.startswith("(?P<", i):
        return "(?<", i + 4
    if pattern.startswith("(?P=", i):
        end = pattern.index(")", i)
        return f"\\k<{pattern[i + 4 : end]}>", end + 1
    if pattern.startswith("(?#", i):
        return "", pattern.index(")", i) + 1
    if pattern.startswith(("(?>", "(?(", "(?<>"), i):
        raise Unsupported(f"group {pattern[i : i + 3]} at {i}")
    return "(", i + 1


def _brace(pattern: str, i: int) -> tuple[str, int]:
    """A quantifier ({2}, {1,6}, {,3} -> {0,3}) or a literal brace."""
    m = QUANT.match(pattern, i)
    if not m or not (m[1] or m[3]):
        return "\\{", i + 1
    if pattern.startswith("+", m.end()):
        raise Unsupported(f"possessive quantifier at {m.end()}")
    low = m[1] or "0"
    return "{" + low + (("," + m[3]) if m[2] else "") + "}", m.end()


def _escape(pattern: str, i: int, in_class: bool) -> tuple[str, int]:
    """One escape sequence starting at ``pattern[i] == '\\\\'``."""
    d = pattern[i + 1 : i + 2]
    simple = {
        "d": "\\p{Nd}",
        "D": "\\P{Nd}",
        "w": WORD if in_class else f"[{WORD}]",
        "s": SPACE if in_class else f"[{SPACE}]",
        "A": "(?<![\\s\\S])",
        "Z": "(?![\\s\\S])",
        "a": "\\x07",
    }
    if d in simple and not (in_class and d in "AZ"):
        return simple[d], i + 2
    if d in "WS":
        if in_class:
            raise Unsupported(f"\\{d} inside a character class")
        return (f"[^{WORD}]" if d == "W" else f"[^{SPACE}]"), i + 2
    if d in "bB":
        if in_class:
            return ("\\x08" if d == "b" else "B"), i + 2
        return (BOUNDARY if d == "b" else NOT_BOUNDARY), i + 2
    if d in "nrtfv":
        return "\\" + d, i + 2
    if d == "x":
        return pattern[i : i + 4], i + 4
    if d == "u":
        return pattern[i : i + 6], i + 6
    if d == "U":
        return "\\u{" + pattern[i + 2 : i + 10].lstrip("0") + "}", i + 10
    if d == "0":
        m = re.match(r"[0-7]{1,3}", pattern[i + 1 :])
        assert m is not None
        return f"\\u{{{int(m[0], 8):x}}}", i + 1 + m.end()
    if d.isdigit():
        m = re.match(r"\d{1,2}", pattern[i + 1 :])
        assert m is not None
        return "\\" + m[0], i + 1 + m.end()
    if not d or (d.isascii() and d.isalnum()):
        raise Unsupported(f"escape \\{d} at {i}")
    if d in SYNTAX or (d == "-" and in_class):
        return "\\" + d, i + 2
    return d, i + 2
