"""The data of the prose name finder: first names, surnames and cue words, found in one Aho-Corasick pass.

Text is folded before the pass, one character for one so that offsets stay those of the text: small
letters, accents and umlauts dropped (``Müller`` -> ``muller``, ``Åsa`` -> ``asa``, ``Wisława`` ->
``wislawa``, letters of Latin-1 and Latin Extended-A and -B), characters that end a word in prose (white
space, ``.,;:!?()"'`` …) turned into spaces, and so is every other character beyond Latin-1 (the
recognizer checks on the text itself that a hit is a whole word: ``Ann`` in ``Annœ`` is not). Each entry
is put in the automaton between two spaces, so it is found only as whole words: ``anna`` in
``anna.svensson@`` is, in ``channel`` or ``max-forwards`` it is not.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import ahocorasick

from logscrub.recognizers.helpers import common_words
from logscrub.recognizers.helpers.build_cache import built_once
from logscrub.recognizers.helpers.common_words import is_common_word
from logscrub.rules import rule_data, rule_file

FIRST_NAMES_FILE = "first_names.txt.gz"
SURNAMES_FILE = "surnames.txt.gz"
CUES_FILE = "name_cues.yaml"
# A first name at least this common in the markets (nam_dict's scale, 1-13) starts a name even when it
# is also a word: "John Smith", "Klara Nyström", "Jan Andersson".
WELL_KNOWN_FIRST_NAME = 5

# The second part of a double first name, after the hyphen that the automaton found after the first
# ("Anna-Karin", "Karl-Heinz", "eva-lena"): letters up to the word's end.
_SECOND_PART = re.compile(r"[^\W\d_]{2,}(?![\w@-])")
# Characters that end a word in running prose; the rest (letters, digits, -, _, @, /, =, …) join.
_PROSE_BOUNDARIES = " \t\r\n\f\v.,;:!?()[]{}<>\"'«»\xa0"


def _fold_table() -> bytes:
    table = bytearray(range(256))
    for code in range(256):
        char = chr(code)
        if char in _PROSE_BOUNDARIES:
            table[code] = ord(" ")
        elif char.isalpha() and char != "ß":
            base = unicodedata.normalize("NFD", char.lower())[0]
            table[code] = ord(base) if ord(base) < 256 else code
    return bytes(table)


_FOLD = _fold_table()
# Letters of Latin Extended-A and -B without a base letter in Unicode's decomposition.
_UNDECOMPOSED = {"ł": "l", "đ": "d", "ħ": "h", "ı": "i", "ŀ": "l", "ŧ": "t", "ƀ": "b", "ƚ": "l", "ɇ": "e"}
_LATIN_EXTENDED = re.compile("[\u0100-\u024f]")


def _latin_extended_table() -> dict[str, str]:
    """Each letter of Latin Extended-A and -B (Š, ř, ł, ő, ș) as the small ASCII letter it is based on."""
    table: dict[str, str] = {}
    for code in range(0x100, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char.lower())[0]
        base = _UNDECOMPOSED.get(base, base)
        if char.isalpha() and base.isascii():
            table[char] = base
    return table


_LATIN_EXTENDED_LETTERS = _latin_extended_table()


def _latin_extended_letter(match: re.Match[str]) -> str:
    return _LATIN_EXTENDED_LETTERS.get(match.group(), "?")


def fold(text: str) -> str:
    """`text` as the automaton reads it, character for character (see the module's doc)."""
    try:
        latin = text.encode("latin-1")  # most text: found to be Latin-1 in C, far faster than a regex
    except UnicodeEncodeError:  # "Wisława", "Jožef": the letters of Central European names
        latin = _LATIN_EXTENDED.sub(_latin_extended_letter, text).encode("latin-1", "replace")
    return latin.translate(_FOLD).decode("latin-1")


@lru_cache(maxsize=65536)  # the same words come back line after line
def fold_word(word: str) -> str:
    """One word folded as `fold` does, without the spaces a full stop or apostrophe become."""
    return fold(word).strip(" ")


class Evidence:
    """What a whole word (or phrase) of the folded text is in the gazetteers: bits of an int (plain
    ints: an IntFlag costs a microsecond an operation, and logs have thousands of hits a chunk)."""

    FIRST_NAME = 1
    SURNAME = 2
    FIRST_NAME_POSSESSIVE = 4  # "eriks", "sabines": a first name with a possessive s
    HONORIFIC = 8
    CUE_BEFORE = 16  # a name may follow
    CUE_AFTER = 32  # a name may precede
    CUES = HONORIFIC | CUE_BEFORE | CUE_AFTER
    # Not from the automaton: an initial between two capitalised words ("Ken N. Fukuda"), found by
    # the recognizer's own pattern.
    INITIAL = 64
    PLURAL_VERB = 128  # a verb after the names of a pair or list ("Marrero and Murphy were")
    # A first name and a hyphen, the first part of a double first name ("Anna-" of "Anna-Karin"):
    # a hit of it becomes one of FIRST_NAME for the whole when the second part is a first name too.
    FIRST_PART = 256


class Hit(NamedTuple):
    """One gazetteer word or phrase in the text: its span in the original text and what it is."""

    start: int
    end: int
    evidence: int  # Evidence bits


# A Hit made in C, without the Python-level __new__ of a NamedTuple: a log has thousands a chunk.
_new_hit = tuple.__new__


@dataclass(frozen=True)
class NameGazetteer:
    # Each first name with its highest frequency in the markets (nam_dict's 0-13, see the data file).
    first_names: Mapping[str, int]
    surnames: frozenset[str]
    honorifics: frozenset[str]
    # Honorifics written with a capital, which must be capitalised in the text as well.
    capitalised_honorifics: frozenset[str]
    not_names: frozenset[str]
    # Weekdays and months: not even a form of address makes them a name ("Fr. 12.03." is a Friday).
    calendar_words: frozenset[str]
    # Words that make the capitalised words next to them a street or a company.
    streets_before: frozenset[str]
    streets_after: frozenset[str]
    organisations_after: frozenset[str]
    organisations_before: frozenset[str]  # kinds of business before the owner's name ("Autohaus")
    # Endings written after a first name that stands alone ("David's"); "s" alone is in the automaton.
    possessive_endings: tuple[str, ...]
    # Verbs after a first name that starts a sentence and is its subject ("Kevin had", "Anna är").
    subject_verbs: frozenset[str]
    # Labels of mail headers and forms, first on a line before a colon: never a chat's speaker.
    header_labels: frozenset[str]
    # Words after a person that make the capitalised words next where the person is from ("from").
    origins: frozenset[str]
    # Last elements of surnames made of two words ("backa" of Sjöbacka), folded.
    surname_elements: tuple[str, ...]
    automaton: Any  # ahocorasick.Automaton: folded " entry " -> (Evidence, length of the entry)

    def hits(self, text: str) -> list[Hit]:
        """Every entry that occurs as whole words in `text`, in the order of their ends (double first
        names last): cues and first names in any letter case ("patricia desrosiers" in a hurried
        note), surnames where capitalised."""
        padded = " " + fold(text) + " "
        any_case = Evidence.CUES | Evidence.FIRST_NAME | Evidence.PLURAL_VERB | Evidence.FIRST_PART
        # `end` is the padded index of the closing space (of the hyphen after a first part): the entry
        # ends at `end - 1` in `text`, and starts `length` before that (one list comprehension: a chunk
        # of a log has thousands of hits).
        found = [
            _new_hit(Hit, (end - 1 - length, end - 1, evidence))
            for end, (evidence, length) in self.automaton.iter(padded)
            if evidence & any_case or text[end - 1 - length].isupper()
        ]
        first_parts = [hit for hit in found if hit[2] == Evidence.FIRST_PART]
        if not first_parts:
            return found
        found = [hit for hit in found if hit[2] != Evidence.FIRST_PART]
        for start, end, _ in first_parts:
            second = _SECOND_PART.match(text, end + 1)
            if second is None:
                continue
            whole = text[start : second.end()]
            if _double_first_name(whole):
                found.append(_new_hit(Hit, (start, second.end(), Evidence.FIRST_NAME)))
            elif whole[-1] == "s" and _double_first_name(whole[:-1], plainly=True):
                # "Aase-Ings profilbild"; not "Mayo-Walters invested", a firm's name with one surname
                found.append(_new_hit(Hit, (start, second.end(), Evidence.FIRST_NAME_POSSESSIVE)))
        return found

    def is_first_name(self, word: str) -> bool:
        folded = fold_word(word)
        return folded in self.first_names or ("-" in folded and _double_first_name(word))

    def first_name_frequency(self, word: str) -> int:
        """How common the name is in the markets; for a double first name, the rarer part's."""
        folded = fold_word(word)
        if "-" in folded and folded not in self.first_names and _double_first_name(word):
            return min(self.first_names[part] for part in folded.split("-"))
        return self.first_names.get(folded, 0)

    def is_plainly_first_name(self, word: str) -> bool:
        """A first name that is no surname as well, or a common first name that is (Davis, Fletcher
        and Marshall are surnames more often; Thomas and James first names)."""
        return self.is_first_name(word) and (
            not self.is_surname(word) or self.first_name_frequency(word) >= WELL_KNOWN_FIRST_NAME
        )

    def is_first_name_and_no_word(self, word: str) -> bool:
        """A known first name that is no common word, place or product ("Aileen", "Ottobert"; not
        "Will", "Moin"): a name wherever a name may stand, with no other cue."""
        return self.is_first_name(word) and not is_common_word(word) and not self.is_not_name(word)

    def is_surname(self, word: str) -> bool:
        return fold_word(word) in self.surnames

    def is_not_name(self, word: str) -> bool:
        return fold_word(word) in self.not_names

    def is_calendar_word(self, word: str) -> bool:
        return fold_word(word) in self.calendar_words


@lru_cache(maxsize=65536)  # logs repeat their hyphenated words: "Max-Forwards", "sip-trunk"
def _double_first_name(word: str, plainly: bool = False) -> bool:
    """Whether `word` is two first names joined by a hyphen, written in one case ("Anna-Karin",
    "anna-karin", "ANNA-KARIN"), not two words ("Max-Forwards", "will-call"); `plainly`: neither of
    them a surname unless a common first name."""
    first, _, second = word.partition("-")
    if not (word.islower() or word.isupper() or (_capitalised(first) and _capitalised(second))):
        return False
    gazetteer = name_gazetteer()
    folded = (fold_word(first), fold_word(second))
    if all(map(is_common_word, folded)):
        return False
    # Each part a first name, one of them no surname or a common first name: two surnames so joined are
    # a firm's or a double surname ("Ellis-Ingram", "Valentine-Murray"); "Karl-Heinz", "Gunn-Manna" and
    # "Friedolin-Just" are given names.
    names = gazetteer.first_names
    if not all(part in names for part in folded):
        return False
    plain = [part not in gazetteer.surnames or names[part] >= WELL_KNOWN_FIRST_NAME for part in folded]
    return all(plain) if plainly else any(plain)


def _capitalised(word: str) -> bool:
    return word[0].isupper() and word[1:].islower()


def occurrences(text: str, words: Iterable[str]) -> Iterator[tuple[int, int]]:
    """The spans of `words` in `text`, as written, in one pass however many words (inside other words
    too: the caller checks the edges)."""
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, len(word))
    if len(automaton) == 0:
        return
    automaton.make_automaton()
    for end, length in automaton.iter(text):
        yield end + 1 - length, end + 1


def _lines(file_name: str) -> list[str]:
    with rule_file(file_name).open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.strip() and not line.startswith("#")]


def _first_names() -> dict[str, int]:
    """name<TAB>frequency lines."""
    return {
        name: int(frequency)
        for name, _, frequency in (line.partition("\t") for line in _lines(FIRST_NAMES_FILE))
    }


def _entries(section: Mapping[str, Iterable[str]] | Iterable[str]) -> list[str]:
    """The words of a cue section, whether listed per language or not."""
    if isinstance(section, Mapping):
        return [word for words in section.values() for word in words]
    return list(section)


def _folded(words: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(word).strip() for word in words)


def _automaton(entries: Mapping[str, int], first_names: Iterable[str]) -> Any:
    """The entries as whole words, and each first name before a hyphen (see Evidence.FIRST_PART)."""
    automaton = ahocorasick.Automaton()
    for entry, evidence in entries.items():
        automaton.add_word(f" {entry} ", (evidence, len(entry)))
    for name in first_names:
        if "-" not in name:
            automaton.add_word(f" {fold(name).strip()}-", (Evidence.FIRST_PART, len(name)))
    automaton.make_automaton()
    return automaton


def _evidence_by_entry(
    first_names: Mapping[str, int],
    surnames: Iterable[str],
    not_names: frozenset[str],
    cues: Mapping[str, Any],
) -> dict[str, int]:
    """What each entry of the automaton stands for. A name that is also a common word or a place
    ("the", "mar", "paris") is left out unless it is a well-known first name: alone it is never taken
    for a name, and the words after a first name are looked up in the sets, not in the automaton."""
    found: dict[str, int] = {}

    def add(entries: Iterable[str], evidence: int) -> None:
        for entry in entries:
            key = fold(entry).strip()
            found[key] = found.get(key, 0) | evidence

    def word(name: str) -> bool:
        return is_common_word(name) or name in not_names

    plain_first_names = [n for n in first_names if not word(n)]
    add(plain_first_names, Evidence.FIRST_NAME)
    add((n for n, f in first_names.items() if f >= WELL_KNOWN_FIRST_NAME), Evidence.FIRST_NAME)
    add((n for n in surnames if not word(n)), Evidence.SURNAME)
    # "Erik" + "s": the Swedish and German possessive has no apostrophe ("'s" is read from the text).
    # Only for names known in the markets: the forms double the automaton.
    add(
        (n + "s" for n in plain_first_names if first_names[n] > 0 and not word(n + "s")),
        Evidence.FIRST_NAME_POSSESSIVE,
    )
    add(_entries(cues["honorifics"]), Evidence.HONORIFIC)
    add(_entries(cues["before"]), Evidence.CUE_BEFORE)
    add(_entries(cues["after"]), Evidence.CUE_AFTER)
    add(_entries(cues["plural_verbs"]), Evidence.PLURAL_VERB)
    return found


@lru_cache(maxsize=1)
def name_gazetteer() -> NameGazetteer:
    """The shipped gazetteers and cues, built once per installation (see build_cache)."""
    # The common words too: a name that is one is left out of the automaton.
    data = (FIRST_NAMES_FILE, SURNAMES_FILE, CUES_FILE, common_words.COMMON_WORDS_FILE)
    sources = [rule_file(name) for name in data]
    code = [Path(__file__), Path(common_words.__file__), Path(ahocorasick.__file__)]
    return built_once("name-gazetteer", [*sources, *code], _built_gazetteer, NameGazetteer)


def _built_gazetteer() -> NameGazetteer:
    cues: dict[str, Any] = rule_data(CUES_FILE)
    first_names = _first_names()
    surnames = frozenset(_lines(SURNAMES_FILE))
    honorifics = _entries(cues["honorifics"])
    not_names = _folded(_entries(cues["not_names"]))
    return NameGazetteer(
        first_names=first_names,
        surnames=surnames,
        honorifics=_folded(honorifics),
        capitalised_honorifics=_folded(h for h in honorifics if h[0].isupper()),
        not_names=not_names,
        calendar_words=_folded(cues["not_names"]["weekdays_months"]),
        streets_before=_folded(cues["streets"]["before"]),
        streets_after=_folded(cues["streets"]["after"]),
        organisations_after=_folded(cues["organisations_after"]),
        organisations_before=_folded(cues["organisations_before"]),
        possessive_endings=tuple(cues["possessives"]),
        subject_verbs=_folded(_entries(cues["subject_verbs"])),
        header_labels=_folded(_entries(cues["header_labels"])),
        origins=_folded(cues["origins"]),
        surname_elements=tuple(sorted(_folded(cues["surname_elements"]))),
        automaton=_automaton(_evidence_by_entry(first_names, surnames, not_names, cues), first_names),
    )
