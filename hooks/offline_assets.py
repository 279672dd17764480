"""MkDocs hook: serve the offline plugin's Web Worker shim from the site itself.

Material's offline plugin would otherwise load `iframe-worker/shim` from a CDN at view time, and search
opened from file:// would never start without a network.  The shim comes from the npm package pinned in
package.json / package-lock.json (installed by `make`), and is copied to the path named in
mkdocs.yml's `extra.polyfills`.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent
SHIM = ROOT / "node_modules" / "iframe-worker" / "shim" / "index.js"
TARGET = "assets/javascripts/iframe-worker/shim.js"


def on_config(config):
    polyfills = config.extra.get("polyfills", [])
    if TARGET not in polyfills:
        raise PluginError(f"mkdocs.yml: extra.polyfills must list {TARGET} so that search works offline")
    if not SHIM.is_file():
        raise PluginError(f"{SHIM.relative_to(ROOT)} is missing: run `make install` (npm ci) first")
    return config


def on_post_build(config):
    target = Path(config.site_dir) / TARGET
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SHIM, target)
