"""What a person's name looks like where structure announces one (a name field, a greeting, a signature),
and which capitalised words in those places name no one.

Names are Swedish, German and English ones: letters with å ä ö ü ß é and the like, hyphens and
apostrophes inside a word (Karl-Åke, O'Brien), particles (von, af, van der), initials (J.), at most four
words, or "Last, First".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from logscrub.recognizers.helpers.service_accounts import service_accounts

_USER_PARTS = re.compile(r"[._]")

_WORD_PARTS = re.compile(r"[-'’]")

# A word that may start a name: the regexes capture runs of these, then `leading_name_end` and
# `looks_like_person_name` decide.
NAME_WORD_REGEX = r"[^\W\d_][\w'’.\-]*"
# Up to six such words separated by single spaces (a double space or a tab ends a value in columns); a
# word that is the next field's key ("email=", "Tel:") is not taken in.
NAME_RUN_REGEX = rf"{NAME_WORD_REGEX}(?:[ ](?![\w'’.\-]*[=:]){NAME_WORD_REGEX}){{0,5}}"

MAX_NAME_WORDS = 4
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_INITIAL = re.compile(r"[^\W\d_]\.?")
# Lower-case words that belong inside names.
_PARTICLES = frozenset(
    (
        "af", "av", "von", "van", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "la",
        "le", "zu", "zur", "ten", "ter", "bin", "al", "el",
    )
)  # fmt: skip
# Internal capitals that names have (McDonald, MacLeod, DeLuca); other camel case is a product or a
# class name (MediationServer).
_INNER_CAPITALS = frozenset(("Mc", "Mac", "De", "Di", "Le", "La", "Van", "Von"))
# Capitalised words that, in a name's place, mean no one in particular: placeholders, whom a greeting
# addresses when it names nobody, roles, systems and products, company forms, folders.
NOT_NAME_WORDS = frozenset(
    (
        # placeholders
        "null", "none", "nil", "unknown", "undefined", "anonymous", "anonym", "n/a", "na", "tbd", "todo",
        "empty", "default", "unbekannt", "okänd", "okand", "ingen", "keine", "kein", "nobody", "somebody",
        "someone", "noname", "unnamed", "name", "namn", "vorname", "nachname", "firstname", "lastname",
        "true", "false", "yes", "no", "ok",
        # whom a greeting or a letter addresses when it names nobody
        "all", "alla", "allihop", "allihopa", "zusammen", "alle", "everyone", "everybody", "there", "sir",
        "madam", "sirs", "colleagues", "kollegor", "kollegen", "world", "folks", "guys", "friends",
        "customer", "customers", "kund", "kunden", "kunde", "kundtjänst", "user", "users", "sender",
        # roles, teams and systems
        "team", "teams", "desk", "helpdesk", "servicedesk", "support", "service", "services", "server",
        "system", "systems", "admin", "administrator", "operator", "agent", "agents", "queue", "group",
        "gateway", "trunk", "proxy", "pbx", "sbc", "voicemail", "conference", "reception", "växel",
        "vaxel", "zentrale", "hotline", "sales", "billing", "office", "department", "avdelning",
        "abteilung", "internal", "external", "profile", "guest", "test", "demo", "bot", "daemon",
        "device", "phone", "printer", "switch", "router", "client", "network", "engineering", "it",
        # products that show up as display names
        "skype", "lync", "outlook", "exchange", "windows", "linux", "android", "iphone",
        "asterisk", "freeswitch", "kamailio", "yealink", "polycom", "cisco", "snom", "grandstream",
        # company forms
        "ab", "hb", "kb", "gmbh", "ag", "kg", "ohg", "inc", "ltd", "llc", "corp", "co", "plc", "oy",
        "as", "asa", "bv", "sa", "sarl",
        # trades a small firm's name opens or ends with ("Bäckerei Brinkmann", "Johansson Bygg")
        "bäckerei", "autohaus", "firma", "elektro", "bygg", "måleri", "brothers", "söhne", "söner",
        # folders a "/Name" line may be
        "library", "applications", "volumes", "private", "shared",
    )
)  # fmt: skip


# German and Swedish write a team or a role as one compound (`Kundenservice`, `IT-Helpdesk`,
# `Supportteam`, `Kundtjänst`): a word that ends in one of these is no one's name.
_ROLE_ENDINGS = (
    "service", "support", "team", "desk", "zentrale", "hotline", "abteilung", "avdelning", "avdelningen",
    "tjänst", "tjanst", "center", "centre", "zentrum",
)  # fmt: skip


def _ends_in_a_role(lowered: str) -> bool:
    return any(lowered.endswith(ending) and len(lowered) > len(ending) for ending in _ROLE_ENDINGS)


# What follows the apostrophe of an English contraction ("I'll", "We've", "Don't"); a name's apostrophe
# is followed by a capital (O'Brien, D'Angelo) or a possessive s.
_CONTRACTION = re.compile(r"['’](?:m|ll|ve|re|d|t)\Z")


def _is_name_word(word: str, all_caps_allowed: bool) -> bool:
    if not _NAME_WORD.fullmatch(word) or not word[0].isupper() or _CONTRACTION.search(word):
        return False
    if word.isupper():
        return all_caps_allowed and len(word) > 1
    for index in range(1, len(word)):
        if word[index].isupper() and word[index - 1] not in "-'’" and word[:index] not in _INNER_CAPITALS:
            return False
    return True


@lru_cache(maxsize=16384)  # the same names recur line after line
def looks_like_person_name(value: str) -> bool:
    """Whether `value` (already cut from its field) reads as a person's name: one to four capitalised
    words ("Åsa Öberg", "Karl-Åke von Lindström", "J. Smith", "ANNA SVENSSON"), or "Last, First"."""
    if not value or len(value) > 80:
        return False
    if "," in value:
        last, _, first = value.partition(",")
        # "GEIGER, SCHORSCH": two words in capitals as well as "ANNA SVENSSON"
        capitals = last.isupper() and first.isupper()
        return "," not in first and all(_is_name(part.split(), 3, capitals) for part in (last, first))
    return _is_name(value.split(), MAX_NAME_WORDS)


def _is_name(words: list[str], most: int, all_caps_allowed: bool = False) -> bool:
    names = [w for w in words if w not in _PARTICLES]
    if not names or len(names) > most or len(words) > most + 2 or words[-1] in _PARTICLES:
        return False
    all_caps_allowed = all_caps_allowed or len(names) > 1
    full_words = 0
    for word in names:
        if _INITIAL.fullmatch(word):
            if not word[0].isupper():
                return False
            continue
        if not _is_name_word(word, all_caps_allowed) or word.lower() in NOT_NAME_WORDS:
            return False
        if any(part.lower() in NOT_NAME_WORDS for part in _WORD_PARTS.split(word)):
            return False
        if _ends_in_a_role(word.lower()):
            return False
        full_words += 1
    return full_words > 0


def leading_name_end(text: str, start: int, end: int) -> int:
    """Where the name that opens ``text[start:end]`` (words separated by single spaces) ends: after its
    last capitalised word, before the first word that is not part of a name ("Anna Svensson email" ->
    "Anna Svensson"); `start` when no name opens it, or when the word after it shows that the words are
    a company's or a team's ("Exempelbolaget AB", "Anna Support"). A sentence's full stop is not part of
    the name."""
    name_end = start
    position = start
    names = 0
    all_caps = text[start:end].isupper()
    for word in text[start:end].split(" "):
        ends_sentence = word.endswith(".") and len(word) > 2  # "Svensson." (not the initial "J.")
        bare = word[:-1] if ends_sentence else word
        if bare in _PARTICLES and names:
            position += len(word) + 1
            continue
        if names == MAX_NAME_WORDS or not (
            _is_name_word(bare, all_caps) or (_INITIAL.fullmatch(bare) and bare[0].isupper())
        ):
            if bare.lower() in NOT_NAME_WORDS:
                return start
            break
        names += 1
        name_end = position + len(bare)
        if ends_sentence:
            break
        position += len(word) + 1
    return name_end


_FIRST_LAST = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*(?:[._][^\W\d_]+(?:-[^\W\d_]+)*){1,2}")


@lru_cache(maxsize=16384)
def user_part_reveals_person(user: str) -> bool:
    """Whether the user part of an address is made of a person's names: ``anna.svensson``,
    ``karl-ake_lindstrom``, ``a.svensson`` (not ``support.team``, ``noc.alerts``, ``user.ss``)."""
    if not _FIRST_LAST.fullmatch(user):
        return False
    parts = _USER_PARTS.split(user)
    if len(parts[-1]) < 2:
        return False
    accounts = service_accounts()
    return not any(accounts.is_role_word(word) for part in parts for word in (part, *part.split("-")))


def names_before(
    text: str,
    openings: Iterator[re.Match[str]],
    compiled: re.Pattern[str],
    reach: int,
    boundaries: tuple[str, ...],
    from_line_start: bool,
) -> Iterator[re.Match[str]]:
    """The matches of `compiled` that end where an opening ends (a display name before `<sip:`,
    `<anna@`): found fast from the openings, then the pattern is run from where the name can start.

    A quoted name starts at the quote before it; an unquoted one after the last of `boundaries` before
    it, or (`from_line_start`) at the start of its line; `reach` bounds how far back a name may start.
    """
    searched_up_to = 0
    for opening in openings:
        at = opening.start()
        earliest = max(0, at - reach)
        low = max(text.rfind("\n", earliest, at) + 1 or earliest, searched_up_to)
        name_end = at
        while name_end > low and text[name_end - 1] in " \t":
            name_end -= 1
        if name_end > low and text[name_end - 1] == '"':
            start = text.rfind('"', low, name_end - 1)
        else:
            start = max(text.rfind(mark, low, name_end) for mark in boundaries)
            if from_line_start:
                start = max(start, low)
        match = compiled.search(text, start, opening.end()) if start >= low else None
        if match and match.end() == opening.end():
            searched_up_to = match.end()
            yield match
