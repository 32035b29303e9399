"""Bench: speed and size figures for ``make bench``, and the Chromium helper tests share.

Nothing in the pipeline imports this package; it runs the stages and the built site.
"""
