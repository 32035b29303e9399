"""The front end's bundles: ``scripts/web/`` built by esbuild into classic scripts for the site.

The modules under ``scripts/web/`` are ES modules with unit tests (``node --test tests/web``);
``scripts/web/build.js`` bundles each entry into one IIFE script, so a page loads it with a
plain ``<script>`` and the site keeps working from file://. Every site build runs it afresh
into a temporary folder, so a bundle is never stale and never committed.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import InputError

WEB = Path(__file__).resolve().parents[2] / "web"  # scripts/web
BUILD = WEB / "build.js"
INSTALL_HINT = "run `make install` (it runs `npm ci`)"


def bundles(web: Path = WEB) -> dict[str, bytes]:
    """Each bundle's path in the site (``assets/search/fanwen-search.js``) and its bytes."""
    node = shutil.which("node")
    if node is None:
        raise InputError(web / "build.js", f"Node.js is not installed; {INSTALL_HINT}")
    if not (web.parents[1] / "node_modules" / "esbuild").is_dir():
        raise InputError(web / "build.js", f"esbuild is not installed; {INSTALL_HINT}")
    with tempfile.TemporaryDirectory(prefix="fanwen-web-") as out:
        done = subprocess.run(
            [node, str(web / "build.js"), out], capture_output=True, text=True, encoding="utf-8"
        )
        if done.returncode != 0:
            raise InputError(web / "build.js", f"bundling failed:\n{done.stderr.strip()}")
        root = Path(out)
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*.js"))}
