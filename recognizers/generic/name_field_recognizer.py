"""PERSON: names in fields whose key says they hold one (``displayName``, ``caller_name``, ``firstName``,
``name=``, ``Kund:``, ``Ansprechpartner:``…), in key=value pairs, JSON, XML and ticket headers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, LogscrubRecognizer, PresidioOptions, RePattern
from logscrub.recognizers.helpers.common_words import is_common_word
from logscrub.recognizers.helpers.key_fields import (
    KEY_PREFIX_REGEX,
    KEY_START_REGEX,
    SEPARATOR_REGEX,
    anchor_scanners,
    anchored_matches,
    field_value,
    first_letters,
    is_misplaced_xml,
    key_alternation,
    line_start_matches,
    line_start_twin,
    phrase_alternation,
    value_regex,
)
from logscrub.recognizers.helpers.name_gazetteer import fold_word, name_gazetteer
from logscrub.recognizers.helpers.person_names import NAME_RUN_REGEX, leading_name_end, looks_like_person_name

if TYPE_CHECKING:
    from typing import Unpack


# Keys whose value is a person's name, written as words ("display name" stands for displayName,
# display_name, Display-Name, DISPLAYNAME); they may follow a prefix (agi_calleridname,
# variable_effective_caller_id_name, Caller-Caller-ID-Name). Each contains "name" or "namn".
NAME_KEYS = (
    "display name",
    "full name",
    "first name",
    "last name",
    "middle name",
    "given name",
    "family name",
    "surname",
    "real name",
    "person name",
    "contact name",
    "customer name",
    "agent name",
    "caller name",
    "caller id name",  # Asterisk CALLERID(name), FreeSWITCH effective_caller_id_name, Caller-ID-Name
    "cid name",
    "calling name",
    "crm name",
    "förnamn",
    "efternamn",
    "kundnamn",
    "vorname",
    "nachname",
    "kundenname",
    "anrufername",
)
# Keys that hold a name only as the whole key: "name=", "Namn:" (not hostname, file_name or appName).
BARE_NAME_KEYS = ("name", "namn")
NAME_KEY_ANCHORS = anchor_scanners(("name", "namn"))
# Keys whose value is a party to a call or ticket, a person or a firm, in key=value pairs and JSON of
# CRM and ACD logs ("KUNDE=Anna Svensson", "customer=Contoso AB"): the value needs a known name, as
# after a transcript's labels (see `_speaker_label_names_person`). Not "contact" (SIP's header) nor
# "caller" (its quoted display names are SipDisplayNameRecognizer's).
PARTY_KEYS = ("customer", "kunde", "kund", "anrufer", "requester", "beställare", "ansprechpartner")
PARTY_KEY_ANCHORS = anchor_scanners(PARTY_KEYS)
# Labels that introduce a person at the start of a line in tickets and e-mails: "Kund: Anna Svensson".
# (Not English "From:"/"To:": in logs they head SIP messages and routing lines; the display names
# there are found before their addresses.)
LINE_LABELS = (
    "kund",
    "kunde",
    "kontakt",
    "kontaktperson",
    "contact",
    "contact person",
    "customer",
    "ansprechpartner",
    "beställare",
    "requester",
    "tilldelad",
    "assignee",
    "assigned to",
    "handläggare",
    "bearbeiter",
    "sachbearbeiter",
    "agent",
    "caller",
    "anrufer",
    "från",
    "von",
)

NAME_FIELD_REGEX = (
    KEY_START_REGEX
    + rf"(?i:(?P<key>{KEY_PREFIX_REGEX}(?:{key_alternation(NAME_KEYS)})|{key_alternation(BARE_NAME_KEYS)}))"
    + SEPARATOR_REGEX
    + value_regex(NAME_RUN_REGEX)
)
# Their separator: "=", a quoted key's colon ('"kunde": ') or an XML element's end; "Kund: Anna" in
# a sentence is prose's.
PARTY_FIELD_REGEX = (
    KEY_START_REGEX
    + rf"(?i:(?P<key>{KEY_PREFIX_REGEX}(?:{key_alternation(PARTY_KEYS)})))"
    + r"""(?:\)?\\?["']?[ \t]*=[ \t]*|\\?["'][ \t]*:[ \t]*|(?P<xml>>))"""
    + value_regex(NAME_RUN_REGEX)
)
# Kamailio scripts log the From display name ($fn) as fn="…".
# (Starting with the literal "fn=" lets the regex engine skip ahead to it; the look-behind then checks
# that "fn" is a whole key.)
KAMAILIO_FN_REGEX = r"fn=(?<![\w\-.]fn=)" + value_regex(NAME_RUN_REGEX)
LINE_LABEL_REGEX = (
    r"(?m)^[ \t>]*"
    + first_letters(LINE_LABELS)
    + rf"(?i:(?P<label>{phrase_alternation(LINE_LABELS)}))[ \t]*:[ \t]*"
    + value_regex(NAME_RUN_REGEX)
)

# A table pasted as text, its columns between "|": two rows or more, the first its header. A column
# whose header is a name key or label ("| Kunde | Bearbeiter |", "| Name |") holds names.
TABLE_REGEX = r"(?m)^[^\n|]*\|[^\n|]*\|[^\n]*(?:\n[^\n|]*\|[^\n|]*\|[^\n]*)+"
_NAME_COLUMNS = frozenset((*NAME_KEYS, *BARE_NAME_KEYS, *LINE_LABELS))
# Columns of the staff who handle a ticket: always people. A customer's column holds firms as often
# ("Fletcher Plumbing", "Hoffmann Bau"): there a name needs a known first name.
_STAFF_COLUMNS = frozenset(
    (
        "agent", "agent name", "assignee", "assigned to", "bearbeiter", "sachbearbeiter", "handläggare",
        "tilldelad",
    )
)  # fmt: skip
_TABLE_RULE = re.compile(r"[\s|:+=-]*")  # "|---|:--|", "+----+": a rule under the header
_CELL = re.compile(r"[^|\n]+")
_NAME_PARTS = re.compile(r"[^\W\d_]+")
_GIVEN_NAMES_REACH = 40  # characters after "Surname, " that may hold the given names

FIELD_SCORE = 0.8
BARE_KEY_SCORE = 0.75  # "name=" and labels: a strong hint, but the least specific
_FIELD = "Name field"
_FN = "Kamailio fn"
_LABEL = "Name label at line start"
_TABLE = "Name column of a table"
_PARTY = "Party field"


class NameFieldRecognizer(LogscrubRecognizer):
    """Names in fields made for them. The value, quoted or not, must read as one to four capitalised
    words (see ``person_names``); placeholders ("null", "N/A", "-", "unknown"), numbers, addresses and
    system or company names ("MediationServer", "Exempel AB", "Support Team") are not persons."""

    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [
        RePattern(_FIELD, NAME_FIELD_REGEX, FIELD_SCORE),
        RePattern(_FN, KAMAILIO_FN_REGEX, BARE_KEY_SCORE),
        RePattern(_LABEL, LINE_LABEL_REGEX, BARE_KEY_SCORE),
        RePattern(_TABLE, TABLE_REGEX, BARE_KEY_SCORE),
        RePattern(_PARTY, PARTY_FIELD_REGEX, BARE_KEY_SCORE),
    ]
    # Labels start lines: their pattern runs from newline to newline, cheap on any text.
    PATTERN_PREFILTERS: ClassVar[dict[str, tuple[str, ...]]] = {
        _FIELD: ("name", "namn"),
        _FN: ("fn=",),
        _TABLE: ("|",),
        _PARTY: PARTY_KEYS,
    }

    def __init__(
        self, supported_language: str = "en", name: str | None = None, **options: Unpack[PresidioOptions]
    ) -> None:
        super().__init__(supported_language=supported_language, name=name, **options)
        self._label_twin = line_start_twin(LINE_LABEL_REGEX, self.REGEX_FLAGS)

    def matches(self, text: str, index: int) -> Iterator[re.Match[str]]:
        name = self.patterns[index].name
        if name == _FIELD:
            return anchored_matches(self._compiled[index], text, NAME_KEY_ANCHORS)
        if name == _PARTY:
            return anchored_matches(self._compiled[index], text, PARTY_KEY_ANCHORS)
        if name == _LABEL:
            return line_start_matches(self._compiled[index], self._label_twin, text)
        if name == _TABLE:
            return _name_cells(self._compiled[index].finditer(text), text)
        return self._compiled[index].finditer(text)

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        if pattern.name == _TABLE:
            if looks_like_person_name(match.group()):
                yield Detection(*match.span(), BARE_KEY_SCORE)
            return
        if pattern.name in (_FIELD, _PARTY) and is_misplaced_xml(text, match):
            return
        start, end, quoted = field_value(match)
        if quoted:
            value = text[start:end]
            stripped = value.strip()
            start += len(value) - len(value.lstrip())
            end = start + len(stripped)
            if not looks_like_person_name(stripped):
                return
            if pattern.name == _PARTY and not _speaker_label_names_person(text, start, end):
                return  # customer="Contoso AB"
        else:
            end = _with_given_names(text, start, leading_name_end(text, start, end))
            if not looks_like_person_name(text[start:end]):
                return
            party = pattern.name == _PARTY or (
                pattern.name == _LABEL and match["label"].lower() in _SPEAKER_LABELS
            )
            if party and not _speaker_label_names_person(text, start, end):
                return
        bare_key = pattern.name != _FIELD or match["key"].lower() in BARE_NAME_KEYS
        yield Detection(start, end, BARE_KEY_SCORE if bare_key else FIELD_SCORE)


def _with_given_names(text: str, start: int, end: int) -> int:
    """Where a name that ends at `end` ends when it is a surname with the given names after a comma
    ("Kunde: Bonner, Catharine", "KUNDE=GEIGER, SCHORSCH"): the first of them a known first name."""
    if end == start or not text.startswith(", ", end):
        return end
    given_end = leading_name_end(text, end + 2, min(len(text), end + 2 + _GIVEN_NAMES_REACH))
    given = text[end + 2 : given_end].split(" ")[0]
    return given_end if given and name_gazetteer().is_first_name(given) else end


# Labels that also open a speaker's turn in a transcript ("Kund: Ja hej, …", "Agent: Thank you, …").
_SPEAKER_LABELS = frozenset(("kund", "kunde", "customer", "agent", "caller", "anrufer"))
# A word of a sentence going on after a label's value: "Kunde: Weiß ich nicht genau".
_SENTENCE_GOES_ON = re.compile(r" [a-zß-öø-ÿ]")


def _speaker_label_names_person(text: str, start: int, end: int) -> bool:
    """Whether the value after a speaker's label names a person. In transcripts and tickets "Kund:",
    "Agent:", "Customer:" open a turn as often as they name someone ("Kund: Ja hej, jag…", "Agent:
    Tack Siw.", "Customer: I'll…"), or name a company ("Kunde: Klinikum Süderfeld"): the value needs a
    known name; "Surname, Given" with a known given name is one ("Customer: Grove, Gladys"); else it
    may not open with a common word that is no first name of the markets (a turn's first word is
    capitalised whatever it is) nor hold a common word that is no first name; a lone word that a
    sentence goes on from in small letters needs to be a first name ("Kunde: Weiß ich nicht", not
    "Kund: Anna ringde")."""
    gazetteer = name_gazetteer()
    value = text[start:end]
    parts = _NAME_PARTS.findall(value)
    if parts and fold_word(parts[0]) in gazetteer.honorifics:
        return True  # "Anrufer: Herr Grotemann": a form of address names a person
    words = [w for w in parts if len(w) > 1 and w[0].isupper()]
    if not words:
        return False
    # "Surname, Given": the given name inside the value or right after it ("Kunde: Bergmann, Burglind⏎")
    comma = value.find(",")
    given = _NAME_PARTS.match(text, start + comma + 2 if comma >= 0 else end + 2)
    listed = comma >= 0 or text.startswith(", ", end)
    surname = gazetteer.is_surname(words[0]) or not is_common_word(words[0])  # not "Hi, Anna here"
    if listed and given and gazetteer.is_first_name(given.group()) and surname:
        return True
    if is_common_word(words[0]) and not gazetteer.first_name_frequency(words[0]):
        return False
    if any(gazetteer.is_first_name(w) and not is_common_word(w) for w in words):
        return True
    if any(is_common_word(w) and not gazetteer.is_first_name(w) for w in words):
        return False
    if not any(gazetteer.is_first_name(w) or gazetteer.is_surname(w) for w in words):
        return False
    return len(words) > 1 or gazetteer.is_first_name(words[0]) or not _SENTENCE_GOES_ON.match(text, end)


def _name_cells(tables: Iterator[re.Match[str]], text: str) -> Iterator[re.Match[str]]:
    """The cells, spaces around them left out, of the columns of each table whose header names a person."""
    for table in tables:
        header, *rows = _rows(table)
        keys = [_column_key(text[slice(*cell)]) for cell in header]
        columns = [(i, key in _STAFF_COLUMNS) for i, key in enumerate(keys) if key in _NAME_COLUMNS]
        for row in rows:
            for index, staff in columns:
                if index >= len(row):
                    continue
                start, end = row[index]
                value = text[start:end]
                start += len(value) - len(value.lstrip())
                end -= len(value) - len(value.rstrip())
                cell = _CELL.match(text, start, end) if start < end else None
                if cell is not None and (staff or _holds_first_name(cell.group())):
                    yield cell


def _holds_first_name(value: str) -> bool:
    gazetteer = name_gazetteer()
    return any(gazetteer.is_plainly_first_name(word) for word in _NAME_PARTS.findall(value))


def _column_key(header: str) -> str:
    return " ".join(header.lower().split())


def _rows(table: re.Match[str]) -> list[list[tuple[int, int]]]:
    """Each line of a table that is no rule, as the spans of its cells between the bars."""
    rows = []
    position = table.start()
    for line in table.group().split("\n"):
        if not _TABLE_RULE.fullmatch(line):
            cells, start = [], position
            for part in line.split("|"):
                cells.append((start, start + len(part)))
                start += len(part) + 1
            rows.append(cells)
        position += len(line) + 1
    return rows
