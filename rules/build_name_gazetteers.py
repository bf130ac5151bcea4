"""Distil the first-name and surname gazetteers of the prose name finder into ``rules/*.txt.gz``.

Run once when a source changes (the output is shipped; nothing is downloaded at run time)::

    pip install gender-guesser==0.4.0 names==0.3.0
    python rules/build_name_gazetteers.py

Sources, both on PyPI:

* first names: ``nam_dict.txt`` by Jörg Michael (2007-2008), shipped in ``gender-guesser`` 0.4.0, under
  the GNU Free Documentation License 1.2 or later; it gives each name's frequency in 55 countries. The
  derived list is under the same licence.
* surnames: the U.S. Census Bureau's 1990 surname list (``dist.all.last``, public domain), shipped in
  ``names`` 0.3.0; it holds many German and Swedish surnames as emigrants spelled them (Mueller,
  Lindquist, Bergstrom). Added to it: Swedish and Danish/Norwegian patronymics formed from the
  Scandinavian first names (Johan -> Johansson, Nils -> Nilsson, Jens -> Jensen), the Swedish spelling
  ``-qvist``/``-kvist`` of ``-quist``, and ``ß`` for ``ss``.

Names are written as the recognizer looks them up: folded (see ``fold`` in
``recognizers/helpers/name_gazetteer.py``: small letters, Latin-1 accents and umlauts dropped). Names shorter
than three letters are left out (Bo, Al, Li are words too often), and so are names with letters outside
Latin-1 and Latin Extended-A and -B (Greek, Cyrillic), which the fold cannot keep apart.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterable, Iterator, Mapping
from importlib.resources import files
from pathlib import Path

from logscrub.recognizers.helpers.name_gazetteer import FIRST_NAMES_FILE, SURNAMES_FILE, fold

RULES = Path(__file__).resolve().parent

# nam_dict.txt: the frequency columns start at column 30, one per country, in this order.
COUNTRIES = (
    "great_britain", "ireland", "usa", "italy", "malta", "portugal", "spain", "france", "belgium",
    "luxembourg", "the_netherlands", "east_frisia", "germany", "austria", "swiss", "iceland", "denmark",
    "norway", "sweden", "finland", "estonia", "latvia", "lithuania", "poland", "czech_republic",
    "slovakia", "hungary", "romania", "bulgaria", "bosnia", "croatia", "kosovo", "macedonia",
    "montenegro", "serbia", "slovenia", "albania", "greece", "russia", "belarus", "moldova", "ukraine",
    "armenia", "azerbaijan", "georgia", "the_stans", "turkey", "arabia", "israel", "china", "india",
    "japan", "korea", "vietnam", "other_countries",
)  # fmt: skip
# The markets, whose frequencies the list keeps. Names from elsewhere are taken too (people who live in
# Sweden and Germany have names from everywhere), when at least this common (hex 1-D) somewhere.
MARKETS = frozenset(
    ("great_britain", "ireland", "usa", "germany", "austria", "swiss", "sweden", "norway", "denmark")
)
OTHER_COUNTRIES_MIN_FREQUENCY = 1
SWEDISH_PATRONYMIC_BASES = ("sweden",)
DANISH_PATRONYMIC_BASES = ("denmark", "norway")
PATRONYMIC_MIN_FREQUENCY = 2
# Census surnames held by at least this many in a million people (the list's long tail is noise).
CENSUS_MIN_PER_MILLION = 5.0  # percent 0.0005: about 17,000 names
MIN_LETTERS = 3


def nam_dict_frequencies() -> Iterator[tuple[str, dict[str, int]]]:
    """Each first name of nam_dict.txt with its frequency (1-13) per country where it has one."""
    text = files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line[0] in "#=" or line[29:30] == "+":  # "+": a second, expanded-umlaut entry
            continue
        name = line[3:29].strip()
        if "+" in name:  # Arabic, Chinese and Korean names written with optional separators
            continue
        columns = line[30:-1]
        frequencies = {
            country: int(code, 16) for country, code in zip(COUNTRIES, columns, strict=False) if code.strip()
        }
        yield name, frequencies


def first_names(entries: Iterable[tuple[str, dict[str, int]]]) -> dict[str, int]:
    """Each first name taken, with its highest frequency in the markets (0: known elsewhere only)."""
    taken: dict[str, int] = {}
    for name, frequencies in entries:
        in_markets = [f for country, f in frequencies.items() if country in MARKETS]
        elsewhere = any(f >= OTHER_COUNTRIES_MIN_FREQUENCY for f in frequencies.values())
        if in_markets or elsewhere:
            taken[name] = max([taken.get(name, 0), *in_markets])
    return taken


def patronymics(entries: Iterable[tuple[str, dict[str, int]]]) -> set[str]:
    """Johan -> Johansson, Nils -> Nilsson (Swedish); Jens -> Jensen, Peder -> Pedersen (Danish)."""
    formed: set[str] = set()
    for name, frequencies in entries:
        if "-" in name or " " in name:
            continue
        if any(frequencies.get(c, 0) >= PATRONYMIC_MIN_FREQUENCY for c in SWEDISH_PATRONYMIC_BASES):
            formed.add(name + ("son" if name.endswith("s") else "sson"))
        if any(frequencies.get(c, 0) >= PATRONYMIC_MIN_FREQUENCY for c in DANISH_PATRONYMIC_BASES):
            formed.add(name + ("en" if name.endswith("s") else "sen"))
    return formed


def census_surnames() -> set[str]:
    text = files("names").joinpath("dist.all.last").read_text(encoding="ascii")
    taken: set[str] = set()
    for line in text.splitlines():
        name, percent, _cumulative, _rank = line.split()
        if float(percent) * 10_000 >= CENSUS_MIN_PER_MILLION:
            taken.add(name.lower())
    return taken


def spelling_variants(surnames: Iterable[str]) -> set[str]:
    """Lindquist -> Lindqvist, Lindkvist; Weiss -> Weiß."""
    variants: set[str] = set()
    for name in surnames:
        if "quist" in name:
            variants.update((name.replace("quist", "qvist"), name.replace("quist", "kvist")))
        if "ss" in name and not name.endswith(("sson", "ssen")):
            variants.add(name.replace("ss", "ß"))
    return variants


def folded_entries(names: Mapping[str, int] | Iterable[str]) -> list[str]:
    """The names folded, one a line; with a tab and their frequency when `names` gives one."""
    frequencies = names if isinstance(names, Mapping) else dict.fromkeys(names, -1)
    kept: dict[str, int] = {}
    for name, frequency in frequencies.items():
        folded = fold(name)
        letters = folded.replace("-", "").replace("'", "")
        if len(letters) >= MIN_LETTERS and letters.isalpha() and "?" not in folded:
            kept[folded] = max(kept.get(folded, -1), frequency)
    return sorted(f"{name}\t{frequency}" if frequency >= 0 else name for name, frequency in kept.items())


def write_gazetteer(path: Path, header: str, entries: list[str]) -> None:
    body = io.StringIO()
    for line in header.strip().splitlines():
        body.write(f"# {line}\n")
    body.write(f"# {len(entries)} names, folded as the recognizer looks them up\n")
    body.writelines(f"{entry}\n" for entry in entries)
    # mtime=0: the same sources give the same bytes
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:
        f.write(body.getvalue().encode("utf-8"))


FIRST_NAMES_HEADER = """
First names for logscrub's prose name finder, made by rules/build_name_gazetteers.py.
Source: nam_dict.txt, Copyright (c) 2007-2008 Joerg Michael, as shipped in gender-guesser 0.4.0 (PyPI).
Licence: GNU Free Documentation License, Version 1.2 or later; no Invariant Sections, no Front-Cover
Texts, no Back-Cover Texts. This derived list (names selected and folded) is under the same licence.
Each line: a name, a tab, its highest frequency in Sweden, Germany, Austria, Switzerland, Norway,
Denmark, Great Britain, Ireland or the USA (nam_dict's scale: 1 rare to 13 extremely common; 0 when
the name is known only in other countries).
"""
SURNAMES_HEADER = """
Surnames for logscrub's prose name finder, made by rules/build_name_gazetteers.py.
Source: U.S. Census Bureau, 1990 census surname list (dist.all.last, public domain), as shipped in
names 0.3.0 (PyPI); plus Swedish and Danish/Norwegian patronymics formed from the first names of
nam_dict.txt (Copyright (c) 2007-2008 Joerg Michael, GNU Free Documentation License 1.2 or later, as
shipped in gender-guesser 0.4.0), and the spellings -qvist/-kvist and ss -> ß.
This derived list is under the GNU Free Documentation License 1.2 or later.
"""


def main() -> None:
    entries = list(nam_dict_frequencies())
    census = census_surnames()
    surnames = census | patronymics(entries) | spelling_variants(census)
    write_gazetteer(RULES / FIRST_NAMES_FILE, FIRST_NAMES_HEADER, folded_entries(first_names(entries)))
    write_gazetteer(RULES / SURNAMES_FILE, SURNAMES_HEADER, folded_entries(surnames))


if __name__ == "__main__":
    main()
