"""YAML data files into strict pydantic models: the one loader every stage uses.

Models forbid unknown fields; a bad file raises :class:`~fanwen.errors.InputError` naming the
file and the field. Each stage keeps its own tables in its ``data/`` folder (:func:`data_path`).
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path
from typing import Annotated, TypeVar

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationError

from .errors import InputError


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _chinese_prose(value: str) -> str:
    """YAML's folded blocks join lines with a space, which Chinese prose does not have.

    >>> _chinese_prose("指导地位。 报告中常写 Word 文档")
    '指导地位。报告中常写 Word 文档'
    """
    return re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", value.strip())


Prose = Annotated[str, AfterValidator(_chinese_prose)]


M = TypeVar("M", bound=BaseModel)


def load_yaml_model(path: Path, model: type[M], text: str | None = None) -> M:
    """Parse ``path`` (or ``text`` read from it) into ``model``; errors name file and field."""
    try:
        raw = yaml.safe_load(text if text is not None else path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise InputError(path, f"invalid YAML: {err}") from None
    try:
        return model.model_validate(raw if raw is not None else {})
    except ValidationError as err:
        problems = [
            f"field {'.'.join(str(p) for p in e['loc']) or '(top level)'}: {e['msg']}"
            for e in err.errors()[:5]
        ]
        more = f"; and {err.error_count() - 5} more" if err.error_count() > 5 else ""
        raise InputError(path, "; ".join(problems) + more) from None


def data_path(package: str, name: str) -> Path:
    """A file in the ``data/`` folder of a stage package, e.g. ``fanwen.clean``."""
    return Path(str(resources.files(package) / "data" / name))
