"""rules/common_words.txt.gz: the common words of English, Swedish and German, without person names."""

from __future__ import annotations

import gzip

import pytest
from faker import Faker

from logscrub.recognizers.helpers.common_words import COMMON_WORDS_FILE, is_common_word
from logscrub.rules import rule_file


@pytest.mark.parametrize(
    ("word", "common"),
    [
        # English, Swedish and German words, as log lines and tickets use them
        ("such", True),
        ("exists", True),
        ("file", True),
        ("directory", True),
        ("ringde", True),
        ("kunden", True),
        ("Ärendet", True),
        ("arendet", True),  # without diacritics
        ("und", True),
        ("MÜSSEN", True),
        ("muessen", True),  # transliterated
        ("Mann", True),  # a German noun before a surname
        ("may", True),  # everyday words first, names second
        ("will", True),
        # person names, also where the dictionary knows a word of the same spelling
        ("anna", False),
        ("Erik", False),
        ("johan", False),
        ("maria", False),
        ("david", False),
        ("thomas", False),
        ("svensson", False),
        ("lindqvist", False),
        ("schneider", False),
        ("Müller", False),
        ("mueller", False),
        ("schmidt", False),
        ("berg", False),
        # not words
        ("", False),
        ("x7f3", False),
    ],
)
def test_common_words(word: str, common: bool) -> None:
    assert is_common_word(word) is common


@pytest.mark.parametrize("locale", ["sv_SE", "de_DE"])
def test_the_fixtures_surnames_are_rarely_common_words(locale: str) -> None:
    """Synthetic fixtures draw their surnames from these lists: propagation must be able to learn them."""
    fake = Faker(locale)
    fake.seed_instance(4711)
    surnames = {fake.last_name() for _ in range(300)}
    common = sorted(name for name in surnames if is_common_word(name))
    assert len(common) <= len(surnames) // 20, common


def test_the_list_names_its_source_and_licence_and_stays_small() -> None:
    data = rule_file(COMMON_WORDS_FILE).read_bytes()
    assert len(data) < 300_000
    header = gzip.decompress(data).decode("utf-8").split("\n", 5)[:5]
    assert all(line.startswith("#") for line in header)
    assert "wordfreq" in header[1] and "CC-BY-SA 4.0" in header[2]
