"""Build `common_words.txt.gz`: the common words of English, Swedish and German, without person names.

Run by hand when the list should change, never at run time (logscrub reads the shipped file only):

    apt-get install wamerican wbritish wswedish wngerman
    pip install wordfreq==3.1.1 Faker==40.54.0
    python rules/build_common_words.py

How a word gets in:

1. It is one of the `TOP_WORDS` most frequent words of its language in wordfreq (all letters, two or
   more). wordfreq's data is CC-BY-SA 4.0 (https://github.com/rspeer/wordfreq), so is the list built.
2. It is a word of the language, not only a name: its Debian dictionary lists it in lower case
   (German nouns are capitalised, so there a capitalised entry counts too).
3. It is no person's name: a first name or surname of Faker's sv_SE, de_DE, en_US and en_GB lists is
   left out, unless it is among the `EVERYDAY_RANK` most frequent words of its language (`may`, `will`,
   `long`, `white`, `mann`, `hans` are everyday words first; `anna`, `berg`, `müller` are names first).
   A capitalised German entry that is a first name is always left out: there the dictionary cannot
   tell a noun (`Mann`) from a name (`Thomas`).
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Iterator
from importlib import import_module, metadata
from pathlib import Path

import wordfreq

TOP_WORDS = 25_000
EVERYDAY_RANK = 1_000
OUTPUT = Path(__file__).with_name("common_words.txt.gz")
# Each language's Debian word lists (file, encoding).
DICTIONARIES = {
    "en": [("/usr/share/dict/american-english", "utf-8"), ("/usr/share/dict/british-english", "utf-8")],
    "sv": [("/usr/share/dict/swedish", "latin-1")],
    "de": [("/usr/share/dict/ngerman", "utf-8")],
}
NOUNS_CAPITALISED = frozenset({"de"})
NAME_LOCALES = ("sv_SE", "de_DE", "en_US", "en_GB")
FIRST_NAME_LISTS = ("first_names", "first_names_female", "first_names_male")
SURNAME_LISTS = ("last_names",)
HEADER = """\
# Common words of English, Swedish and German, without person names: one a line, lower case.
# Built by rules/build_common_words.py from wordfreq {version} (top {top} words a language; data licence
# CC-BY-SA 4.0, https://github.com/rspeer/wordfreq), keeping words Debian's wamerican/wbritish, wswedish
# and wngerman list as words of the language, less the first names and surnames of Faker's sv_SE, de_DE,
# en_US and en_GB lists outside each language's {everyday} most frequent words.
"""


def person_names(lists: tuple[str, ...]) -> frozenset[str]:
    """Every name (and each part of a double name) of the name `lists`, lower case."""
    names: set[str] = set()
    for locale in NAME_LOCALES:
        provider = import_module(f"faker.providers.person.{locale}").Provider
        for attribute in lists:
            for name in getattr(provider, attribute, ()):
                names.update(part.lower() for part in name.replace("-", " ").split())
    return frozenset(names)


def dictionary_entries(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """`language`'s dictionary entries in lower case, and its capitalised ones (lowered) where nouns are
    capitalised."""
    lower: set[str] = set()
    capitalised: set[str] = set()
    for path, encoding in DICTIONARIES[language]:
        for line in Path(path).read_text(encoding=encoding).splitlines():
            entry = line.strip()
            if entry == entry.lower():
                lower.add(entry)
            elif language in NOUNS_CAPITALISED:
                capitalised.add(entry.lower())
    return frozenset(lower), frozenset(capitalised - lower)


def common_words(language: str, first_names: frozenset[str], surnames: frozenset[str]) -> Iterator[str]:
    lower, capitalised = dictionary_entries(language)
    ranked = (w for w in wordfreq.top_n_list(language, TOP_WORDS) if w.isalpha() and len(w) > 1)
    for rank, word in enumerate(ranked):
        if word not in lower and (word not in capitalised or word in first_names):
            continue
        if rank < EVERYDAY_RANK or (word not in first_names and word not in surnames):
            yield word


def write(words: Iterable[str]) -> None:
    header = HEADER.format(version=metadata.version("wordfreq"), top=TOP_WORDS, everyday=EVERYDAY_RANK)
    text = header + "".join(f"{w}\n" for w in sorted(set(words)))
    # mtime 0: the same words give the same bytes
    OUTPUT.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))


def main() -> None:
    first_names = person_names(FIRST_NAME_LISTS)
    surnames = person_names(SURNAME_LISTS)
    write(word for language in DICTIONARIES for word in common_words(language, first_names, surnames))


if __name__ == "__main__":
    main()
