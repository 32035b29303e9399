"""Errors that carry the file they are about, so every message names it."""

from __future__ import annotations


class InputError(Exception):
    """A file that cannot be used, with the reason in plain words.

    >>> str(InputError("corpus/甲.txt", "file is empty"))
    'corpus/甲.txt: file is empty'
    """

    def __init__(self, path: object, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class CorpusError(Exception):
    """Several bad files at once: a corpus build reports all of them, writes nothing."""

    def __init__(self, errors: list[InputError]) -> None:
        self.errors = errors
        lines = "\n".join(f"  {e}" for e in errors)
        super().__init__(f"{len(errors)} bad file(s):\n{lines}")
