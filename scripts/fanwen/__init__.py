"""fanwen (范文): turn raw exemplars of 意识形态工作总结 into clean, annotated pages.

Stages, one module each, plain functions on values:
  decode -> clean (fixers, audit trail) -> analyze -> render
File I/O lives only in :mod:`fanwen.corpus` and :mod:`fanwen.cli`.
"""

__version__ = "0.1.0"
