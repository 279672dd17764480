"""generator/config.py: typed settings, each bad value one sentence naming its option."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import Settings, site_address
from generator.contents import NewsbriefError


@pytest.fixture
def folders(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "templates").mkdir()
    return tmp_path


def settings(root: Path, **changes) -> Settings:
    return Settings(seeds=root / "seeds", docs=root / "docs", templates=root / "templates", **changes)


def test_good_settings_pass(folders):
    assert settings(folders).validated().workers == "auto"
    assert settings(folders, workers=1, cache=None).validated().cache is None


@pytest.mark.parametrize(("changes", "message"), [
    ({"workers": 0}, "--workers: expected auto or a whole number"),
    ({"workers": "many"}, "--workers: expected auto or a whole number"),
    ({"workers": True}, "--workers"),
    ({"model": "../elsewhere/model"}, "--model:"),
    ({"site": Path("site"), "config_file": Path("/nonexistent/mkdocs.yml")}, "--config:"),
])
def test_a_bad_value_is_one_sentence_naming_the_option(folders, changes, message):
    with pytest.raises(NewsbriefError, match=message) as caught:
        settings(folders, **changes).validated()
    assert "\n" not in str(caught.value)


def test_folders_are_checked(folders):
    with pytest.raises(NewsbriefError, match="--seeds: folder .* does not exist"):
        Settings(seeds=folders / "missing", docs=folders / "docs", templates=folders / "templates").validated()
    with pytest.raises(NewsbriefError, match="--docs: must not be the same folder as --seeds"):
        Settings(seeds=folders / "seeds", docs=folders / "seeds", templates=folders / "templates").validated()
    (folders / "cache").write_text("a file", encoding="utf-8")
    with pytest.raises(NewsbriefError, match="--cache: .* is not a folder"):
        settings(folders, cache=folders / "cache").validated()


def test_site_address_reads_two_plain_values_leniently(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: Brief\nsite_url: https://example.org/brief/\nuse_directory_urls: false\n"
                      "markdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n",
                      encoding="utf-8")
    assert site_address(config) == ("https://example.org/brief/", False)
    config.write_text("site_url: javascript:alert(1)\n", encoding="utf-8")
    assert site_address(config) == ("", True)  # only http(s) addresses
    assert site_address(tmp_path / "missing.yml") == ("", True)
    config.write_text("[not, a, mapping\n", encoding="utf-8")
    assert site_address(config) == ("", True)
