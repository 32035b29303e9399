"""fanwen (范文): turn raw exemplars of 意识形态工作总结 into clean, annotated pages.

One subpackage per stage, in the order data flows; an import never runs from an earlier
stage to a later one (tests/test_layout.py checks it):

  intake -> clean -> analyze -> aids -> render      (bench measures them)

The outer layer, at the top: :mod:`.corpus` reads the corpus folder (intake and cleaning of
every file), :mod:`.cli` is the ``fanwen`` command, :mod:`.errors` the errors every layer
raises. File I/O lives in the outer layer, the data loaders and the MkDocs hook.
"""

__version__ = "0.1.0"
