"""Fixtures shared by every test folder: the seed site, built once per session."""

from __future__ import annotations

import pytest

from helpers import Built, mkdocs_build


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """``mkdocs build --strict`` of the project and its ``corpus/``; tests only read it."""
    built = mkdocs_build(tmp_path_factory.mktemp("seed") / "site")
    assert built.returncode == 0, built.output
    return built
