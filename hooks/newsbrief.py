"""MkDocs hook for newsbrief.

- Escapes page titles in <title> (see `on_env`): article headlines are untrusted text.
- Points pymdownx.snippets at the docs folder actually being built, so the site-wide glossary tooltips
  (includes/abbreviations.md) come from the same build (also when --docs is another folder).
- Under `make serve`, regenerates docs/ from seeds/ and templates/ before each live rebuild
  (a plain `mkdocs build` uses the docs/ the generator already wrote).
mkdocs.yml `watch:` lists seeds/ and templates/, so editing an article or a template triggers a rebuild;
the generator writes only files whose content changed, so regenerating never loops.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.newsbrief")
_serving = False


def on_config(config):
    snippets = config.mdx_configs.setdefault("pymdownx.snippets", {})
    snippets["base_path"] = [config.docs_dir]
    if _serving:  # watch the folders actually chosen (`make serve SEEDS=other`), not only those mkdocs.yml names
        for folder in _chosen_folders():
            if folder.is_dir() and str(folder) not in map(str, config.watch):
                config.watch.append(str(folder))
    return config


def _chosen_folders() -> list[Path]:
    return [Path(os.environ.get("NEWSBRIEF_SEEDS", "seeds")).resolve(), Path(os.environ.get("NEWSBRIEF_TEMPLATES", "templates")).resolve()]


def on_env(env, config, files):
    """The theme prints `page.title | striptags` into <title> without escaping, and `striptags` turns `&lt;` back
    into `<`: a headline such as "</title><script>..." would become markup.  Escape what striptags returns
    (its other uses in the theme escape it anyway, and escaping a Markup value twice changes nothing)."""
    from markupsafe import escape

    striptags = env.filters["striptags"]
    env.filters["striptags"] = lambda value: escape(striptags(value))
    return env


def on_startup(command, dirty):
    global _serving
    _serving = command == "serve"


def on_pre_build(config):
    if not _serving:
        return
    from generator.build import build
    from generator.config import Settings
    from generator.contents import NewsbriefError

    settings = Settings(
        seeds=Path(os.environ.get("NEWSBRIEF_SEEDS", "seeds")),
        docs=Path(config.docs_dir),
        templates=Path(os.environ.get("NEWSBRIEF_TEMPLATES", "templates")),
        workers=1,  # never fork worker processes from the threaded live-reload server
        quiet=True,
    )
    try:
        build(settings)
    except NewsbriefError as exc:  # keep serving the last good pages
        log.error("newsbrief: %s", exc)
    except Exception as exc:  # noqa: BLE001 - any failure of a rebuild: one line, and the last good pages stay
        log.error("newsbrief: the pages were not regenerated (%s: %s); serving the last good ones", type(exc).__name__, exc)
