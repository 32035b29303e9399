"""Intake: a file as someone saved it -> raw text with provenance.

In: the bytes of one corpus file. Out: :class:`~fanwen.intake.decode.Decoded`, the text and
what it takes to rebuild the bytes (encoding, BOM, a cut tail). Nothing here cleans.
"""
