""".doc, .wps, .rtf and .odt: converted to .docx by LibreOffice (headless), then read as .docx.

Each conversion runs in a temporary folder of its own with a private LibreOffice profile
(``-env:UserInstallation``), so that parallel runs do not clash over one profile, and is
stopped after :data:`TIMEOUT` seconds. Nothing is left behind.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from ..errors import InputError
from .docx import read_docx
from .extracted import Extracted

TIMEOUT = 120  # seconds; a report converts in one or two
NEEDS = "needs LibreOffice, which is missing"
# Template sites' "Word" downloads are often HTML, RTF or .docx under a .doc name, and
# LibreOffice reads all of those; only what is surely no text document is refused here.
NOT_A_DOCUMENT = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable",
}
INSTALL_HINT = (
    "install LibreOffice (Debian: apt-get install libreoffice-writer-nogui) "
    "or save the file as .docx"
)


def find_soffice() -> str | None:
    """The LibreOffice program on PATH (``soffice`` or ``libreoffice``), else None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(source: Path, outdir: Path, name: str, to: str = "docx") -> Path:
    """``source`` converted to format ``to`` in ``outdir`` (which gets a private profile).

    Raises :class:`InputError` naming ``name`` when LibreOffice is missing or fails.
    """
    return convert_all([source], outdir, name, to)[0]


def convert_all(sources: Sequence[Path], outdir: Path, name: str, to: str = "docx") -> list[Path]:
    """Several files converted by one LibreOffice run (one start-up instead of many)."""
    soffice = find_soffice()
    if soffice is None:
        raise InputError(name, f"{NEEDS}: {INSTALL_HINT}")
    outdir.mkdir(parents=True, exist_ok=True)
    profile = (outdir / "profile").as_uri()
    command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore"]
    command += ["--nolockcheck", "--convert-to", to, "--outdir", str(outdir)]
    log = _run([*command, *map(str, sources)], name, TIMEOUT * len(sources))
    targets = [outdir / f"{source.stem}.{to}" for source in sources]
    if not all(target.exists() for target in targets):
        said = log.strip().splitlines()[-1:] or ["no output"]
        raise InputError(name, f"LibreOffice could not convert it to .{to} ({said[0]})")
    return targets


def _run(command: list[str], name: str, timeout: float) -> str:
    """Run LibreOffice in a process group of its own; the whole group goes on a timeout."""
    with subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    ) as process:
        try:
            out, _ = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise InputError(
                name, f"LibreOffice took more than {timeout:.0f} s to convert it"
            ) from None
    return out.decode("utf-8", errors="replace")


def read_office(data: bytes, name: str) -> Extracted:
    """Read a .doc/.wps/.rtf/.odt file through LibreOffice; ``format`` stays its suffix."""
    suffix = Path(name).suffix.lower()
    if find_soffice() is None:
        raise InputError(name, f"reading {suffix} files {NEEDS}: {INSTALL_HINT}")
    for magic, what in NOT_A_DOCUMENT.items():
        if data.startswith(magic):
            raise InputError(name, f"is not a {suffix} document: it is {what}")
    with tempfile.TemporaryDirectory(prefix="fanwen-office-") as tmp:
        source = Path(tmp) / f"input{suffix}"  # a plain name: no surprises on the command line
        source.write_bytes(data)
        converted = convert(source, Path(tmp) / "out", name).read_bytes()
    return replace(read_docx(converted, name), format=suffix.lstrip("."))
