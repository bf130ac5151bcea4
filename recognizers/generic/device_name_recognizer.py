"""PERSON: device names that carry their owner's first name (``Annikas-iPhone``, ``Annas iPad``,
``Jonass-MBP``, ``eriks-macbook-pro``, ``anna-telefon``, ``iPhone-von-Jonas``, ``Galaxy-S23-von-Petra``).

Phones and computers name themselves after their owner, and DHCP servers, Wi-Fi access points, FRITZ!Box
event logs and GPS trackers log those names. The whole device name is the finding, entity PERSON with the
attribute ``device_name``: the name in it identifies a person as a name field would, and the device name
as a whole is what recurs (``Annikas-iPhone.fritz.box``) and what a reader must not see. A device name is
not an account (USERNAME): no one logs in with it.

A name is a device name when a device word of rules/device_names.yaml stands next to a first name of the
gazetteer (``name_gazetteer``): before it, possessive or not (``Annikas-iPhone``, ``anna-telefon``,
``Annas iPad``), or after it, with or without "von" (``iPhone-von-Jonas``, ``OnePlus_6_Lex``). The first
name must not be a common word (``Omas-iPad``, ``Hans telefon``: "his phone"), unless it is a well-known
first name in a host name or after "von" (``Toms-MacBook``, ``Klaras-iPhone``); brands that are first
names too (``Fritz``, ``Dell``) are no one's. Device words are found first, in one pass over the folded
text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, ClassVar

import ahocorasick
from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, LogscrubRecognizer, RePattern
from logscrub.recognizers.helpers.common_words import is_common_word
from logscrub.recognizers.helpers.name_gazetteer import WELL_KNOWN_FIRST_NAME, fold, name_gazetteer
from logscrub.rules import rule_lists

DEVICE_NAMES_FILE = "device_names.yaml"
_LISTS = ("device_words", "model_words", "owner_words", "not_owners")


@dataclass(frozen=True)
class DeviceNameWords:
    """The lists of rules/device_names.yaml, lower case."""

    device_words: tuple[str, ...]
    model_words: tuple[str, ...]
    owner_words: tuple[str, ...]
    not_owners: frozenset[str]


@lru_cache(maxsize=1)
def device_name_words() -> DeviceNameWords:
    read = rule_lists(DEVICE_NAMES_FILE, _LISTS)
    lists = {key: tuple(entry.lower() for entry in entries) for key, entries in read.items()}
    return DeviceNameWords(
        device_words=lists["device_words"],
        model_words=lists["model_words"],
        owner_words=lists["owner_words"],
        not_owners=frozenset(lists["not_owners"]),
    )


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_WORDS = device_name_words()
# ASCII letter case only ("a"): the folded text the device words are looked for in has the same words.
_DEVICE_WORD = rf"(?ai:{_alternation(_WORDS.device_words)})(?![^\W\d_])"
_OWNER_WORD = rf"(?ai:{_alternation(_WORDS.owner_words)})(?![0-9A-Za-z])"
# A model after the device word: short words or numbers joined by "-" or "_" (eriks-macbook-pro,
# Galaxy-S23), after a blank only a model number or word ("Annas iPhone 15 Pro", "Galaxy S23"); never
# "von".
_MODEL = (
    rf"(?:(?:[\-_](?!{_OWNER_WORD})[0-9A-Za-z]{{1,10}}"
    rf"|[ ](?:(?=[A-Za-z]{{0,4}}[0-9])[0-9A-Za-z]{{1,8}}|(?ai:{_alternation(_WORDS.model_words)})))"
    rf"(?![0-9A-Za-z])){{0,4}}"
)
_NAME_PART = r"[^\W\d_]{2,24}"
# The characters of a token: a name starts where none stands before it.
_TOKEN_CHARACTER = re.compile(r"[\w.\-'’]")
_TOKEN_START = r"(?<![\w.\-'’])"
# The owner before the device: one or two names ("Anna-Lena"), possessive or not, joined by "-" or "_"
# as in a host name, or by a blank after a possessive ("Annas iPad", "Erik's MacBook").
OWNER_BEFORE_DEVICE_REGEX = (
    rf"{_TOKEN_START}(?P<owner>{_NAME_PART}(?:-(?!{_DEVICE_WORD}){_NAME_PART})?(?:['’]s)?)"
    rf"(?P<joiner>[\-_]|(?<=[sS])[ ]){_DEVICE_WORD}{_MODEL}"
)
# The owner after the device and its model: after "von", or joined by "-" or "_" in a host name.
OWNER_AFTER_DEVICE_REGEX = (
    rf"{_TOKEN_START}{_DEVICE_WORD}{_MODEL}(?:[ \-_]{_OWNER_WORD}[ \-_]|[\-_])"
    rf"(?P<owner>{_NAME_PART}(?:-{_NAME_PART})?)(?![\w'’])"
)

# Below propagation's teaching score (rules/propagation.yaml): a name is learnt word by word, and
# "Annas iPad" would teach "iPad" as a name. The device word found again finds the device name again.
SCORE = 0.6
_OWNER_BEFORE = "Owner's name before a device word"
_OWNER_AFTER = "Owner's name after a device word"
ATTRIBUTES = {"device_name": True}
_POSSESSIVE_APOSTROPHES = ("'s", "’s")
# The longest owner and joiner before a device word: two name parts, a hyphen, "'s" and the joiner.
_OWNER_REACH = 2 * 24 + 4


@lru_cache(maxsize=1)
def _device_word_automaton() -> Any:  # ahocorasick.Automaton: folded device word -> its length
    automaton = ahocorasick.Automaton()
    for word in _WORDS.device_words:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton


class DeviceNameRecognizer(LogscrubRecognizer):
    """Device names made of a device word and a first name: Annikas-iPhone, Annas iPad, anna-telefon,
    Jonass-MBP, eriks-macbook-pro, iPhone-von-Jonas, Galaxy-S23-von-Petra, OnePlus_6_Lex."""

    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [
        RePattern(_OWNER_BEFORE, OWNER_BEFORE_DEVICE_REGEX, SCORE),
        RePattern(_OWNER_AFTER, OWNER_AFTER_DEVICE_REGEX, SCORE),
    ]

    # No prefilters: a literal test per device word costs more than the one pass that finds them all.

    def matches(self, text: str, index: int) -> Iterator[re.Match[str]]:
        # Every match holds a device word: find those in one pass, and try the pattern only where the
        # token before a device word, or the device word itself, starts.
        compiled = self._compiled[index]
        owners_before, devices = _candidate_starts(text)
        covered = 0
        for start in owners_before if self.patterns[index].name == _OWNER_BEFORE else devices:
            if start >= covered:
                match = compiled.match(text, start)
                if match:
                    covered = match.end()
                    yield match

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        owner = match["owner"]
        if pattern.name == _OWNER_BEFORE:
            # a host name (Annikas-iPhone, anna-telefon), or a possessive before a blank (Annas iPad)
            person = _owner_names(owner) if match["joiner"] != " " else _owner_before_in_prose(owner)
        else:
            person = _owner_names(owner, possessive=False)
        if person:
            yield Detection(match.start(), match.end(), SCORE, ATTRIBUTES)

    def rejection_reason(self, text: str, match: re.Match[str], pattern: Pattern) -> str:
        return "the word next to the device word is no first name, or a common word or brand"


@lru_cache(maxsize=1)  # both patterns ask for the same chunk in turn
def _candidate_starts(text: str) -> tuple[list[int], list[int]]:
    """Where a device name may start: at the token before a device word that "-", "_" or a blank joins
    to it (the owner's name), and at each device word that starts a token."""
    owners_before: set[int] = set()
    devices: list[int] = []
    for end, length in _device_word_automaton().iter(fold(text)):
        word_start = end + 1 - length
        before = text[word_start - 1] if word_start else " "
        if not _TOKEN_CHARACTER.match(before):
            devices.append(word_start)
        if before in " -_" and word_start:
            owners_before.add(_token_start(text, word_start - 1 if before == " " else word_start))
    return sorted(owners_before), devices


def _token_start(text: str, position: int) -> int:
    start = position
    reach = max(0, position - _OWNER_REACH)
    while start > reach and _TOKEN_CHARACTER.match(text, start - 1):
        start -= 1
    return start


def _owner_before_in_prose(owner: str) -> bool:
    """ "Annas iPad", "Jonas iPhone", "Erik's MacBook" (the pattern took only possessives): capitalised,
    and not a word of the language ("Hans telefon" is "his phone")."""
    bare = owner.removesuffix("'s").removesuffix("’s")
    return owner[0].isupper() and not is_common_word(bare) and _owner_names(owner, announced=False)


def _owner_names(owner: str, announced: bool = True, possessive: bool = True) -> bool:
    """Whether `owner` is a first name (or two, "Anna-Lena"), the last one possibly possessive
    ("Annikas", "Jonass", "Erik's")."""
    *first_parts, last = owner.split("-")
    if not all(_is_owner_name(part, announced) for part in first_parts):
        return False
    return any(_is_owner_name(reading, announced) for reading in _readings(last, possessive))


def _readings(word: str, possessive: bool) -> tuple[str, ...]:
    """The names `word` may be: itself, or without a possessive ending."""
    if possessive and word.endswith(_POSSESSIVE_APOSTROPHES):
        return (word[:-2],)
    if possessive and word.endswith("s"):
        return (word, word[:-1])
    return (word,)


def _is_owner_name(name: str, announced: bool) -> bool:
    gazetteer = name_gazetteer()
    if len(name) < 2 or name.lower() in _WORDS.not_owners or not gazetteer.is_first_name(name):
        return False
    if is_common_word(name) or gazetteer.is_not_name(name):
        # a host name's shape or "von" makes a well-known first name an owner even when it is a word
        return announced and gazetteer.first_name_frequency(name) >= WELL_KNOWN_FIRST_NAME
    return True
