"""newsbrief: scraped news articles about one story -> an annotated, searchable news brief site.

Stages, one module each: ingest -> analyse -> consolidate -> render; `build` runs them, `cli` is the command.
"""
__version__ = "0.1.0"
