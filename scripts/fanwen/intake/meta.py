"""What a person knows about an exemplar better than the analysis: ``corpus/meta.yaml``.

Each entry is keyed by file name; every field is optional, unknown fields are errors.
"""

from __future__ import annotations

from pydantic import Field, RootModel

from ..datafile import Strict

SLUG = r"^[a-z0-9][a-z0-9-]*$"
# The source of the model reports the project wrote itself: shown on their pages and
# filterable in the catalogue, so that none passes for a real unit's report.
OWN_SOURCE = "本站编写"


class ExemplarMeta(Strict):
    """What a person knows better than the analysis; every field optional but the slug."""

    slug: str | None = Field(default=None, pattern=SLUG)
    title: str | None = None
    year: int | None = Field(default=None, ge=1990, le=2100)
    body_kind: str | None = None
    source_site: str | None = None

    @property
    def own(self) -> bool:
        """Whether the project wrote this report itself (``source_site: 本站编写``).

        >>> ExemplarMeta(source_site=OWN_SOURCE).own, ExemplarMeta(source_site="某网站").own
        (True, False)
        """
        return self.source_site == OWN_SOURCE


class CorpusMeta(RootModel[dict[str, ExemplarMeta]]):
    root: dict[str, ExemplarMeta] = {}
