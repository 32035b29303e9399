"""Where the benches leave their figures: one JSON file each under ``bench-results/``."""

from __future__ import annotations

import json
from pathlib import Path

RESULTS = Path("bench-results")


def write_result(name: str, data: object, folder: Path = RESULTS) -> Path:
    """Write ``data`` as ``folder/NAME.json`` (Chinese kept as it is) and return the path.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     path = write_result("realset", {"标题": [18, 24]}, Path(d))
    ...     path.name, path.read_text(encoding="utf-8").splitlines()[1]
    ('realset.json', ' "标题": [')
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path
