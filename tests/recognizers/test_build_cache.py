"""Built data kept between runs (recognizers/helpers/build_cache.py): read back equal to a fresh build,
from the user's own private files only, and never stale."""

from __future__ import annotations

import os
import pickle
import stat
from pathlib import Path

import pytest

from logscrub.recognizers.helpers import common_words, name_gazetteer
from logscrub.recognizers.helpers.build_cache import built_once, cache_folder


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "logscrub"


def _source(tmp_path: Path, text: str = "anna\nerik\n") -> Path:
    source = tmp_path / "names.txt"
    source.write_text(text, encoding="utf-8")
    return source


def _names(source: Path) -> frozenset[str]:
    return frozenset(source.read_text(encoding="utf-8").split())


def test_a_build_is_kept_private_and_read_back_instead_of_built(cache: Path, tmp_path: Path) -> None:
    source = _source(tmp_path)
    built = built_once("names", [source], lambda: _names(source), frozenset)
    assert cache_folder() == cache
    (kept,) = cache.glob("names-*.pickle")
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700 and stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert not list(cache.glob("*.partial"))

    def fail() -> frozenset[str]:
        raise AssertionError("built again")

    assert built_once("names", [source], fail, frozenset) == built == {"anna", "erik"}


def test_a_changed_input_builds_anew_and_the_stale_build_goes(cache: Path, tmp_path: Path) -> None:
    source = _source(tmp_path)
    built_once("names", [source], lambda: _names(source), frozenset)
    source.write_text("anna\nerik\nsigrid\n", encoding="utf-8")
    assert built_once("names", [source], lambda: _names(source), frozenset) == {"anna", "erik", "sigrid"}
    assert len(list(cache.glob("names-*.pickle"))) == 1


@pytest.mark.parametrize("tampered", ["file writable by others", "folder writable by others", "cut short"])
def test_a_build_others_could_have_written_or_cut_short_is_not_read(
    cache: Path, tmp_path: Path, tampered: str
) -> None:
    source = _source(tmp_path)
    built_once("names", [source], lambda: _names(source), frozenset)
    (kept,) = cache.glob("names-*.pickle")
    if tampered == "file writable by others":
        kept.write_bytes(pickle.dumps(frozenset({"planted"})))
        kept.chmod(0o666)
    elif tampered == "folder writable by others":
        kept.write_bytes(pickle.dumps(frozenset({"planted"})))
        cache.chmod(0o777)
    else:
        kept.write_bytes(kept.read_bytes()[:10])
    assert built_once("names", [source], lambda: _names(source), frozenset) == {"anna", "erik"}


def test_an_object_of_another_kind_is_built_anew(cache: Path, tmp_path: Path) -> None:
    source = _source(tmp_path)
    built_once("names", [source], lambda: ["a", "list"], list)
    assert built_once("names", [source], lambda: _names(source), frozenset) == {"anna", "erik"}


def test_without_a_writable_cache_folder_the_data_are_built_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    source = _source(tmp_path)
    assert built_once("names", [source], lambda: _names(source), frozenset) == {"anna", "erik"}
    assert blocker.read_text(encoding="utf-8") == ""


def test_the_shipped_gazetteer_and_common_words_read_back_equal_to_a_fresh_build(cache: Path) -> None:
    name_gazetteer.name_gazetteer.cache_clear()
    common_words._common_words.cache_clear()
    try:
        fresh, words = name_gazetteer.name_gazetteer(), common_words._common_words()  # built and kept
        assert {path.name.split("-")[0] for path in cache.iterdir()} == {"name", "common"}
        name_gazetteer.name_gazetteer.cache_clear()
        common_words._common_words.cache_clear()
        kept, kept_words = name_gazetteer.name_gazetteer(), common_words._common_words()  # read back
    finally:
        name_gazetteer.name_gazetteer.cache_clear()
        common_words._common_words.cache_clear()
    assert kept is not fresh and kept_words == words
    for field in ("first_names", "surnames", "not_names", "header_labels", "possessive_endings"):
        assert getattr(kept, field) == getattr(fresh, field), field
    assert sorted(kept.automaton.items()) == sorted(fresh.automaton.items())
    text = "Hej Anna, Kunden Erik Johansson ringde om Sabines telefon."
    assert kept.hits(text) == fresh.hits(text) != []
    assert os.stat(cache).st_uid == os.getuid()
