"""STREET_ADDRESS: Swedish and German postal addresses (street and number, postcode and town, P.O. box).

A street address is found from its house number: a number right after a word ending like a street name
("Storgatan 12", "Hauptstraße 5", "Karl-Marx-Allee 93a"); `detections` then reads the street name back
from the number. A postcode and town on the same line after it ("Storgatan 12, 111 22 Stockholm") or
after a post-office box ("Box 24169, 104 51 Stockholm") belong to the same finding. A postcode and town
alone ("10115 Berlin") are reported when the postcode carries a country prefix ("SE-", "D-") or the town
is one of the larger post towns in rules/postal_addresses.yaml: a five-digit number before another
capitalised word is more often a counter or a port.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, ClassVar

from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, LogscrubRecognizer, RePattern
from logscrub.recognizers.helpers.protocol_fields import in_protocol_identifier
from logscrub.recognizers.helpers.text_shape import anchored_matches, ascii_lowered, occurrences, text_shape
from logscrub.rules import rule_data

_TOWN_PARTS = re.compile("[ -]")

POSTAL_RULES_FILE = "postal_addresses.yaml"


@lru_cache(maxsize=1)
def postal_rules() -> dict[str, Any]:
    """rules/postal_addresses.yaml: street suffixes and words, town names."""
    rules: dict[str, Any] = rule_data(POSTAL_RULES_FILE)
    return rules


def _either_case(words: list[str]) -> list[str]:
    """Each word as written and with its first letter in the other case ("Allee" in "Karl-Marx-Allee")."""
    return sorted({variant for w in words for variant in (w, w[0].swapcase() + w[1:])}, key=len, reverse=True)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_RULES = postal_rules()
_SUFFIXES = _either_case([s for group in _RULES["street_suffixes"].values() for s in group])
# The three characters before the space before a house number: a cheap test before the regex runs.
_SUFFIX_TAILS = frozenset(suffix[-3:] for suffix in _SUFFIXES)
_NOT_STREET_ENDINGS = tuple(_RULES["not_street_endings"])
_TOWNS = frozenset(town.casefold() for group in _RULES["towns"].values() for town in group)
_BOX_NOT_AFTER = frozenset(_RULES["box_not_after"])

_CAPITAL, _SMALL = "A-ZÅÄÖÜÉ", "a-zåäöüßé"
_WORD = f"[{_CAPITAL}][{_SMALL}]+"
TOWN = (
    rf"(?P<town>(?:(?:{_alternation(_RULES['town_prefixes'])}) {_WORD}"
    rf"|[{_CAPITAL}](?:[{_SMALL}]+|[{_CAPITAL}]+))(?:-[{_CAPITAL}{_SMALL}][{_SMALL}]+)*"
    rf"(?: (?:am|an der|im|in der|bei|ob der|vor der) {_WORD})?)(?![\w\-])"
)
# Swedish "111 22" or "11122", German "10115", optionally after a country prefix.
POSTCODE_AND_TOWN = rf"(?:(?:SE|S|DE|D)-)?(?P<postcode>[1-9][0-9]{{2}} [0-9]{{2}}|[0-9]{{5}}) {TOWN}"
# The rest of an address on the same line: ", 111 22 Stockholm".
_TAIL = rf"(?:,? {POSTCODE_AND_TOWN})?"
# "12", "5B", "93a", "12 B", "12-14"; not a time, a version or a decimal ("12:30", "1.2").
_HOUSE_NUMBER = (
    r"[0-9]{0,3}(?:[a-zA-Z](?![\w\-])| [A-Z](?![\w\-.])|-[0-9]{1,4}[a-zA-Z]?(?![\w\-]))?"
    r"(?![\w\-]|[.:/,][0-9])"
)
STREET_NUMBER_REGEX = (
    "[0-9](?:" + "|".join(rf"(?<={re.escape(s)} [0-9])" for s in _SUFFIXES) + ")" + _HOUSE_NUMBER + _TAIL
)
POSTCODE_REGEX = rf"(?P<postcode>[0-9](?<![\w.:+/][0-9])(?:[0-9]{{2}} [0-9]{{2}}|[0-9]{{4}})) {TOWN}"
POST_BOX_REGEX = (
    r"(?:Box|BOX|(?P<postfach>Postfach|POSTFACH)) [0-9]{1,6}(?: [0-9]{2}){0,2}(?![\w\-]|[.:/,][0-9])" + _TAIL
)

# The street name that ends right before the house number, read backwards from it.
_STREET_NAME = re.compile(
    rf"(?<![\w\-.:])(?:(?:{_alternation(_RULES['street_prefixes'])}) )?(?P<street>"
    rf"{_WORD}(?:-[{_CAPITAL}{_SMALL}][{_SMALL}]*)*-?(?:{_alternation(_SUFFIXES)})"
    rf"|{_WORD}(?: {_WORD})? (?:{_alternation(_RULES['street_words']['se'])})"
    rf"|[{_CAPITAL}][{_SMALL}]+er (?:{_alternation(_RULES['street_words']['de'])})"
    r") \Z"
)
_STREET_NAME_REACH = 80
_COUNTRY_PREFIX = re.compile(r"(?<![\w\-])(?:SE|S|DE|D)-\Z")

SCORE_FULL_ADDRESS = 0.85  # street or box, postcode and town on one line
SCORE_STREET = 0.6
SCORE_POSTCODE_WITH_COUNTRY = 0.6
SCORE_POSTCODE_KNOWN_TOWN = 0.5
SCORE_POSTFACH = 0.5
SCORE_BOX = 0.4  # "Box 24169": three digits or more
# Reported only after a word such as "Adresse": a postcode before a town not on the list, "Box 7".
SCORE_UNCERTAIN = 0.3
_BOX_MIN_DIGITS = 3


class PostalAddressRecognizer(LogscrubRecognizer):
    """Swedish and German street addresses, postcodes with towns and post-office boxes."""

    ENTITY = "STREET_ADDRESS"
    PATTERNS: ClassVar[list[Pattern]] = [
        RePattern("Street and house number", STREET_NUMBER_REGEX, SCORE_STREET),
        RePattern("Postcode and town", POSTCODE_REGEX, SCORE_POSTCODE_KNOWN_TOWN),
        RePattern("Post-office box", POST_BOX_REGEX, SCORE_BOX),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "adress",  # also in "postadress", "Adresse"; not English "address": "IP address", <IP_ADDRESS>
        "anschrift",
        "wohnhaft",
        "wohnort",
        "postnummer",
        "postort",
        "postleitzahl",
        "plz",
    ]

    def matches(self, text: str, index: int) -> Iterator[re.Match[str]]:
        name = self.patterns[index].name
        if name == "Street and house number":
            return anchored_matches(self._compiled[index], text, _house_number_starts(text))
        if name == "Postcode and town":
            return anchored_matches(self._compiled[index], text, _postcode_starts(text))
        return anchored_matches(self._compiled[index], text, _post_box_starts(text))

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        if pattern.name == "Street and house number":
            found = self._street(text, match)
        elif pattern.name == "Postcode and town":
            found = self._postcode(text, match)
        else:
            found = self._post_box(text, match)
        if found is not None:
            yield found

    def _street(self, text: str, match: re.Match[str]) -> Detection | None:
        name = _STREET_NAME.search(text, max(0, match.start() - _STREET_NAME_REACH), match.start())
        if name is None or name["street"].lower().endswith(_NOT_STREET_ENDINGS):
            return None
        score = SCORE_FULL_ADDRESS if match["town"] else SCORE_STREET
        return Detection(name.start(), match.end(), score)

    def _postcode(self, text: str, match: re.Match[str]) -> Detection | None:
        start = match.start()
        if in_protocol_identifier(text, start):
            return None  # "m=audio 14562 RTP/AVP"
        prefixed = start > 0 and text[start - 1] == "-"
        if prefixed:
            country = _COUNTRY_PREFIX.search(text, max(0, start - 3), start)
            if country is None:
                return None
            start = country.start()
        postcode = match["postcode"]
        if postcode.startswith("00") or (" " in postcode and postcode[0] == "0"):
            return None  # German postcodes run from 01001, Swedish ones from 100 00
        town = match["town"]
        if prefixed:
            score = SCORE_POSTCODE_WITH_COUNTRY
        elif _known_town(town):
            score = SCORE_POSTCODE_KNOWN_TOWN
        elif town.isupper():
            return None  # "14562 RTP", "5060 INVITE": a protocol word, not a town
        else:
            score = SCORE_UNCERTAIN
        return Detection(start, match.end(), score)

    def _post_box(self, text: str, match: re.Match[str]) -> Detection | None:
        start = match.start()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_!-./"):
            return None  # "Xbox 360", "FRITZ!Box 7590", "sandbox"
        before = text[max(0, start - 12) : start].lower().split()
        if before and before[-1] in _BOX_NOT_AFTER:
            return None
        if match["town"]:
            score = SCORE_FULL_ADDRESS
        elif match["postfach"]:
            score = SCORE_POSTFACH
        else:
            digits = match.group().split(" ", 1)[1]
            score = SCORE_BOX if len(digits) >= _BOX_MIN_DIGITS else SCORE_UNCERTAIN
        return Detection(start, match.end(), score)


def _known_town(town: str) -> bool:
    """Whether `town`, or the name it starts with ("Frankfurt" of "Frankfurt am Main"), is on the list."""
    town = town.casefold()
    return town in _TOWNS or _TOWN_PARTS.split(town, maxsplit=1)[0] in _TOWNS


def _house_number_starts(text: str) -> list[int]:
    """Every digit after a space after a word ending like a street name: where STREET_NUMBER_REGEX can
    match. (All suffixes end in a small letter or a dot.)"""
    shape = text_shape(text)
    return sorted(
        position + 2
        for layout in (b"a 0", b". 0")
        for position in occurrences(shape, layout)
        if text[position - 2 : position + 1] in _SUFFIX_TAILS
    )


def _post_box_starts(text: str) -> list[int]:
    """Every "box " and "postfach " in any case: where POST_BOX_REGEX can match."""
    lowered = ascii_lowered(text)
    return sorted({*occurrences(lowered, b"box "), *occurrences(lowered, b"postfach ")})


def _postcode_starts(text: str) -> list[int]:
    """Every first digit of "NNNNN Town" or "NNN NN Town": where POSTCODE_REGEX can match."""
    shape = text_shape(text)
    return sorted({*occurrences(shape, b"00000 A"), *occurrences(shape, b"000 00 A")})
