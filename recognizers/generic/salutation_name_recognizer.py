"""PERSON: names in the salutation and the sign-off of tickets and e-mails: ``Hej Anna,``, ``Hallo Herr
Müller,``, ``Dear Mr Smith,``; ``Med vänliga hälsningar`` / ``Best regards`` / ``Mit freundlichen Grüßen``
followed by a name on the same or the next line; Swedish ``/Anna`` on a line of its own."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, LogscrubRecognizer, PresidioOptions, RePattern
from logscrub.recognizers.helpers.common_words import is_common_word
from logscrub.recognizers.helpers.key_fields import (
    first_letters,
    line_start_matches,
    line_start_twin,
    phrase_alternation,
)
from logscrub.recognizers.helpers.name_gazetteer import name_gazetteer
from logscrub.recognizers.helpers.person_names import NAME_WORD_REGEX, looks_like_person_name

if TYPE_CHECKING:
    from typing import Unpack


GREETINGS = (
    "hej",
    "hejsan",
    "hallå",
    "god morgon",
    "god dag",
    "hi",
    "hello",
    "hey",
    "hiya",
    "heya",
    "howdy",
    "dear",
    "good morning",
    "good afternoon",
    "good evening",
    "morning",  # "Morning Nessy,": shortened (see _SHORTENED)
    "hallo",
    "moin",
    "servus",
    "liebe",
    "lieber",
    "sehr geehrte",
    "sehr geehrter",
    "guten morgen",
    "guten tag",
)
# Forms of address between a greeting and the name; not part of the name.
TITLES = (
    "herr", "frau", "fru", "hr.", "fr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.",
    "prof", "prof.", "doktor",
)  # fmt: skip
SIGN_OFFS = (
    "med vänliga hälsningar",
    "med vänlig hälsning",
    "vänliga hälsningar",
    "vänlig hälsning",
    "bästa hälsningar",
    "hälsningar",
    "mvh",
    "vh",
    "best regards",
    "kind regards",
    "warm regards",
    "regards",
    "best wishes",
    "best",  # "Best,⏎Ailish": shortened (see _SHORTENED)
    "all the best",
    "sincerely",
    "yours sincerely",
    "cheers",
    "mit freundlichen grüßen",
    "mit freundlichen grüssen",
    "mit freundlichem gruß",
    "freundliche grüße",
    "viele grüße",
    "beste grüße",
    "liebe grüße",
    "herzliche grüße",
    "mfg",
    "gruß",
    "grüße",
    "thanks",
    "thanks in advance",
    "thanks again",
    "many thanks",
    "thank you",
    "danke",
    "vielen dank",
    "danke im voraus",
    "tack",
    "tack på förhand",
)

_NAME = rf"{NAME_WORD_REGEX}(?:[ ]{NAME_WORD_REGEX}){{0,3}}"
# After a name that ends its line's content: the end of the line, or a separator before a title or
# a company ("Anna Svensson, IT-ansvarig", "Anna Svensson | Exempel AB", "Anna Svensson - Support").
_NAME_END = r"[ \t]*(?:\r?$|[,|(/]|[ \t][-–—][ \t])"
_LINE_START = r"(?m)^[ \t>]*"  # quoted replies start with "> "

GREETING_REGEX = (
    _LINE_START
    + first_letters(GREETINGS)
    + rf"(?i:{phrase_alternation(GREETINGS)})(?:[ \t]*,)?[ \t]+"
    + rf"(?:(?i:{'|'.join(re.escape(t) for t in TITLES)})[ \t]+){{0,2}}"
    + rf"(?P<name>{_NAME})[ \t]*(?:[,!:]|\r?$)"
)
SIGN_OFF_REGEX = (
    _LINE_START
    + first_letters(SIGN_OFFS)
    + rf"(?i:{phrase_alternation(SIGN_OFFS)})[ \t]*[,.!]?[ \t]*"
    + rf"(?:(?P<same>{_NAME}){_NAME_END}"
    + rf"|\r?\n(?:[ \t>]*\r?\n)?[ \t>]*(?P<next>{_NAME}){_NAME_END})"
)
# Swedish e-mails are often signed with a slash and the first name alone: "/Anna", "//Anna".
SLASH_SIGNATURE_REGEX = (
    _LINE_START + rf"/{{1,2}}[ ]?(?P<slash>{NAME_WORD_REGEX}(?:[ ]{NAME_WORD_REGEX})?)[ \t]*\r?$"
)

# A short message signed with a dash or German "LG"/"VG" (liebe/viele Grüße) and the first name alone,
# on a line of its own: "- Cerys", "LG Edwine". A bulleted list looks the same ("- Windows"), and so
# does a brand ("LG Electronics"): only a known first name that is no word signs so.
SHORT_SIGN_OFF_REGEX = _LINE_START + rf"(?:[-–—][ ]?|(?i:lg|vg),?[ ])(?P<short>{NAME_WORD_REGEX})[ \t]*\r?$"

# A greeting or sign-off shortened to a word that starts other phrases too ("Morning Standup:", "Best
# Western Hotel"): a name only with a comma after the word or the name ("Morning Nessy,", "Best,⏎Ailish").
_SHORTENED = re.compile(r"[ \t>]*(?i:morning|best)(?![ \t]+(?i:regards|wishes))\b")

GREETING_SCORE = 0.65
SIGN_OFF_SCORE = 0.65


class SalutationNameRecognizer(LogscrubRecognizer):
    """Whom a ticket or e-mail greets and who signs it. Greetings that name no one ("Hi all,", "Hallo
    zusammen", "Dear Customer") and sign-offs followed by a team or company are not persons.

    Every pattern starts a line: each runs from newline to newline, cheap on any text."""

    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [
        RePattern("Greeting", GREETING_REGEX, GREETING_SCORE),
        RePattern("Sign-off", SIGN_OFF_REGEX, SIGN_OFF_SCORE),
        RePattern("Slash signature", SLASH_SIGNATURE_REGEX, SIGN_OFF_SCORE),
        RePattern("Short sign-off", SHORT_SIGN_OFF_REGEX, SIGN_OFF_SCORE),
    ]

    def __init__(
        self, supported_language: str = "en", name: str | None = None, **options: Unpack[PresidioOptions]
    ) -> None:
        super().__init__(supported_language=supported_language, name=name, **options)
        self._twins = [line_start_twin(p.regex, self.REGEX_FLAGS) for p in self.patterns]

    def matches(self, text: str, index: int) -> Iterator[re.Match[str]]:
        return line_start_matches(self._compiled[index], self._twins[index], text)

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        group = next(
            g for g in ("name", "same", "next", "slash", "short") if match.re.groupindex.get(g) and match[g]
        )
        start, end = match.span(group)
        if group == "short" and not name_gazetteer().is_first_name_and_no_word(match[group]):
            return
        name = text[start:end]
        if _SHORTENED.match(match[0]) and "," not in text[match.start() : end + 1]:
            return  # "Morning Standup:", "Best Western Hotel": words; "Morning Nessy,", "Best,⏎Ailish"
        if looks_like_person_name(name) and not _salutation_word(name) and not _word_alone(name):
            yield Detection(start, end, pattern.score)


def _salutation_word(name: str) -> bool:
    """ "Thanks! Cheers, Support": a second greeting or sign-off where the name would stand."""
    return name.split(" ")[0].lower() in _SALUTATION_WORDS


_SALUTATION_WORDS = frozenset(phrase.split(" ")[0] for phrase in (*GREETINGS, *SIGN_OFFS))


def _word_alone(name: str) -> bool:
    """ "Danke, Technik": one word of the language, and no known name."""
    if " " in name or not is_common_word(name):
        return False
    gazetteer = name_gazetteer()
    return not (gazetteer.is_first_name(name) or gazetteer.is_surname(name))
