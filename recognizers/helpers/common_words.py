"""The common words of English, Swedish and German, without person names (rules/common_words.txt.gz).

A word of the language is no evidence of a person: a name recognizer can take it as a hard negative, and
propagation never learns one as a name. The list is built by `rules/build_common_words.py` from wordfreq
(CC-BY-SA 4.0) and is read once, on first use.
"""

from __future__ import annotations

import gzip
import unicodedata
from functools import lru_cache
from pathlib import Path

from logscrub.recognizers.helpers.build_cache import built_once
from logscrub.rules import rule_file

COMMON_WORDS_FILE = "common_words.txt.gz"
# How user names and ASCII-only systems write the letters the list has with diacritics.
_TRANSLITERATED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "å": "aa", "ß": "ss"})


def is_common_word(word: str) -> bool:
    """Whether `word` is a common word of English, Swedish or German: in any letter case, with or without
    diacritics (`Ärendet`, `arendet`, `MÜSSEN`, `muessen`)."""
    return word.lower() in _common_words()


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Every spelling of every word, built once per installation (see build_cache)."""
    sources = [rule_file(COMMON_WORDS_FILE), Path(__file__)]
    return built_once("common-words", sources, _built_common_words, frozenset)


def _built_common_words() -> frozenset[str]:
    with rule_file(COMMON_WORDS_FILE).open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
        words = [line.rstrip("\n") for line in f if not line.startswith("#")]
    return frozenset(spelling for word in words if word for spelling in _spellings(word))


def _spellings(word: str) -> tuple[str, ...]:
    """`word` as written, without its diacritics, and transliterated."""
    if word.isascii():  # most words: nothing to take off (and a tenth of the time at every start)
        return (word,)
    decomposed = unicodedata.normalize("NFKD", word.replace("ß", "ss"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return word, bare, word.translate(_TRANSLITERATED)
