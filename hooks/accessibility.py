"""MkDocs hook: accessibility fixes Material's templates do not make themselves.

- The search overlay is a `role="dialog"` with no accessible name (axe-core rule aria-dialog-name, serious):
  it is named after the search field's own label.
The browser tests (tests/test_browser.py) run axe-core on every page type and fail if this stops matching.
"""
from __future__ import annotations

import re

SEARCH_DIALOG = re.compile(r'(<div class="md-search" data-md-component="search" role="dialog")(?![^>]*aria-label)')
SEARCH_LABEL = re.compile(r'<input type="text" class="md-search__input"[^>]*aria-label="([^"]*)"')


def on_post_page(output: str, page, config) -> str:
    label = SEARCH_LABEL.search(output)
    return SEARCH_DIALOG.sub(lambda m: f'{m.group(1)} aria-label="{label.group(1) if label else "Search"}"', output, count=1)
