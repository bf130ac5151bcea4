"""PERSON: names in running prose of tickets, chats and e-mails, in Swedish, German and English, without NER.

Evidence comes from gazetteers and cues (``rules/first_names.txt.gz``, ``rules/surnames.txt.gz``,
``rules/name_cues.yaml``), all found in one Aho-Corasick pass over the folded text (see
``name_gazetteer``); only capitalised hits and cue words are looked at further:

* a form of address before capitalised words: ``Frau Schneider``, ``Herrn Becker``, ``Mr David Evans``;
* a role noun or a verb of contact before them (``kunden Erik Johansson``, ``die Patientin Sabine
  Wagner``, ``I spoke with Anna Lindqvist``), or a verb of contact after them (``Herr Becker rief an``,
  ``Erik ringde``): capitalised words that are not common words are a name, known or not;
* a first name from the gazetteer followed by a capitalised word: a full name, surname known or not
  (a first name that is also a common word, such as "Will" or "Tom", only when it is a common name);
* a possessive of a first name: ``David's``, ``Eriks``;
* a first name or surname standing alone in the middle of a sentence, between lower-case words; a
  first name that is no word or surname first in a sentence before a lower-case word (``Kaiden in
  accounts says``); two first names joined by a hyphen are one (``Anna-Karin``, ``karl-heinz``);
* the known words of a name found with more than its own word, where they come again in the text;
* a known surname after a capitalised word, a first name the gazetteer lacks: ``Tosh Olsen``;
* a pair or list joined by and/och/und before a verb in the plural: ``Marrero and Murphy were``;
* a list in small letters of known first names: ``elin, maja och ebba``;
* a known first name before a word of origin and a firm's name (``Ketty på Nätdrift``, ``jeanetta at
  Harcourt & Lyle``), or filling a form's field (``For: Dorthy``), or in capitals after a cue
  (``Genehmigt von: TISCHLER, SIEGHART``); names in capitals in a cell or field of their own, as
  rosters and forms print them (``Contact name (CAPS): MAURY TANG``, ``| LINDQVIST ANNA |``), and
  names filling a cell of comma- or semicolon-separated values (``Sales,019,JANNE GÖSTASSON,no``).

Some names are found by their shape alone, with no gazetteer word: two capitalised words after a word
in small letters or first in a sentence (``add Irenke Sörös as``), a chat's speakers once one of them is
a known first name (``Nicole: …⏎Ubul: …``), the head of an address block or signature (a line of its
own with an address or phone number after it), and these names' words where they come again.

No common word of the language (``common_words``), weekday, month, product, queue, team, company form
or city is taken as a name by itself; a capitalised German noun is a common word, and a word that starts
a sentence is capitalised for that reason alone. A form of address is the exception: ``Frau Koch``. A
word made of two common words (``Telefonanlage``, ``Växelnummer``) is a noun, not an unknown name. A name
followed by a company word within a few capitalised words, after a kind of business or after a partner
and "&" is a firm's (``Sattler Logistik GmbH``, ``Autohaus Feldmann``, ``Harcourt & Lyle``).
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar

from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, LogscrubRecognizer, RePattern
from logscrub.recognizers.helpers.common_words import is_common_word
from logscrub.recognizers.helpers.name_gazetteer import (
    CUES_FILE,
    WELL_KNOWN_FIRST_NAME,
    Evidence,
    Hit,
    fold,
    fold_word,
    name_gazetteer,
    occurrences,
)
from logscrub.recognizers.helpers.person_names import NAME_RUN_REGEX, looks_like_person_name
from logscrub.recognizers.helpers.public_suffixes import public_suffixes
from logscrub.rules import rule_data

MAX_NAME_WORDS = 4
# One word of a name: letters, with hyphens and apostrophes inside (Karl-Åke, O'Brien).
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_PARTICLES = frozenset(("af", "av", "von", "van", "der", "den", "de", "zu", "ten", "ter", "di", "da", "le"))
# Characters that join a word to its neighbours in addresses, paths and keys: "anna.svensson@",
# "sip:Anna", "user=Erik", "C:\Users\Anna".
_JOINERS = ".@_/\\=:+#%&|~$"
# The characters next to a user part or a path's part (one each, none at the text's ends): "sip:anna@".
_ADDRESS_BEFORE = frozenset(".@_/\\=:")
_ADDRESS_AFTER = frozenset("@_/\\=")
_USER_NAME_DOT = re.compile(r"\.\w")
# A form's label first on its line, a colon and a space after it ("For: ", "Contact name (CAPS): "): a
# letter first, no digit (not a time "10:55 ") and no sentence's end in it.
_FIELD_LABEL = re.compile(r"[ \t>*•-]*[^\W\d_][^\d:.!?\n]{0,30}:[ \t]{1,8}")
# What may stand between the start of a line and the first word of a sentence.
_SENTENCE_LEAD = " \t\"'“”„«»(*->•–—#"
_SPAN = re.compile(r"(?s).+")
_NAME_BEFORE = Evidence.CUE_AFTER | Evidence.SURNAME  # hits after a name
# A cue before a name and nothing else: a form of address or a role noun ("Ms", "customer", "Contact").
_CUES_BEFORE = Evidence.HONORIFIC | Evidence.CUE_BEFORE
_START = operator.itemgetter(0)
_END = operator.itemgetter(1)
_MAX_ALIGNMENT = 8  # spaces after a form's label ("Name:    Anna")
# What must follow such a cue for a name to follow it (see `_after_cue`): a letter, after a mark and a
# space or a colon and a form's alignment. In a log most do not: "Contact: <sip:…>", "(12 ms)", one
# test in C before the rules.
_MAY_NAME_AFTER_CUE = re.compile(rf"(?:[.,?]? ?|: {{0,{_MAX_ALIGNMENT}}})[^\W\d_]")
# Words separated by single spaces, each with the full stop of an initial or abbreviation if any.
_WORD_RUN = re.compile(rf"{_WORD.pattern}\.?(?!\w)(?: {_WORD.pattern}\.?(?!\w)){{0,{MAX_NAME_WORDS + 1}}}")
# A capital initial between two words: "Ken N. Fukuda", "Jildau S Bouts" (the words are checked after).
# A letter in small letters and a full stop, alone: the first part of an abbreviation ("z. B.", "u. a.",
# "d. h."), after which a capital and a full stop are no initial.
_ABBREVIATION_BEFORE = re.compile(r"(?<![\w.])[a-zß-ÿ]\.\Z")
_INITIAL = re.compile(r" [A-ZÅÄÖÜ]\.? (?=[^\W\d_])")  # a space first: a fast scan for it
# What joins the names of a list: "Efimiya, Mary and Teresa", "Anna och Erik", "Jens und Uwe".
# A quoted SIP display name ('"Anna Svensson" <sip:…>'): a name from structure, which
# SipDisplayNameRecognizer reports whole and scores above any prose name; the finder need not read it.
_DISPLAY_NAME = re.compile(r'"[^"\r\n<>]{1,80}"(?=[ \t]*<(?:[sS][iI][pP][sS]?|[tT][eE][lL]):)')
_LIST_JOIN = re.compile(r", (?:and |och |und |& )?| (?:and|och|und|&) ")
_LIST_JOIN_BEFORE = re.compile(r"(?:,|,? and|,? och|,? und|,? &) \Z")
_WORD_PARTS = re.compile(r"[-'’]")
# What ends a line or clause after a word ("" at the text's end).
_CLAUSE_END = frozenset(("", "\n", "\r", ",", ".", "!", ";"))
# German definite articles, which stand before nouns, not names; not those that are particles of names
# as well ("der", "den": "von der Leyen", "van den Berg"). An indefinite one may stand before a name
# ("mit einem Gernod gesprochen": a certain Gernod), and English "the" before a name used as a noun's
# modifier ("the Jensen novel"). The negating "kein" stands before nouns only ("keine Blocker").
_ARTICLES = frozenset(
    ("die", "das", "dem", "des", "im", "kein", "keine", "keinen", "keinem", "keiner", "keines")
)
# A row of comma- or semicolon-separated values: its delimiters (no space after them) and cells.
_ROW_DELIMITER = re.compile(r"[,;](?=[^ \r\n])")
_ROW_CELL = re.compile(r"(?:[^,;\n]|[,;] )+")
_ROW_LENGTH = 300
_NAME_PREFIXES = ("Mc", "Mac", "La", "Le", "De", "Di", "Du")
_LONG_COMPANY_WORD = 7  # letters: "service", "konsult"
_SHORTEST_WORDED_NAME = 4  # letters of a first name that is a word too, found again alone
_CONJUNCTIONS = frozenset(("and", "or", "och", "eller", "und", "oder"))
# Prepositions that put a person after them in a sentence ("Escalate to ANNA BERG", "står på KARL
# BERG", "Eskalation an JÜRGEN HAFNER"): a log's line writes capitals after a noun ("agent ANNA BERG").
_TO_PERSON = frozenset(
    (
        "to",
        "from",
        "with",
        "by",
        "for",
        "on",
        "till",
        "från",
        "med",
        "hos",
        "av",
        "på",
        "an",
        "von",
        "mit",
        "bei",
        "für",
        "auf",
    )
)
# A house number next to capitalised words: "808 Kálmán Imre u. 12", "Joaquin Suarez 2906".
_HOUSE_NUMBER = re.compile(r"\d{1,5}[A-Za-z]?[,.]?")
# What opens a quotation or a bracket before a token: "6614 Luite tee", (Rua João Pessoa).
_OPENING_MARKS = "\"'„“«([{"
# A product's model number after capitalised words: capitals and digits, "HI-305N", "T46S", "SIP-T46S".
_MODEL_NUMBER = re.compile(r"[A-Z]+-?[A-Z]*\d[A-Z\d-]*[,.;:]?")
_TOKEN_REACH = 40
# --- names in lists, rosters, forms and chat headers (see `_listed_name`, `_chat_headers`)
_LISTED_EVIDENCE = Evidence.FIRST_NAME | Evidence.SURNAME
_CAPS_WORD = "[A-ZÀ-ÖØ-ÞĀ-ſ]{2,}(?:[-'’][A-ZÀ-ÖØ-ÞĀ-ſ]{2,})*"
# Words in capitals with single spaces or one ", " between, as a form, roster or bill prints a name.
_CAPS_RUN = re.compile(rf"(?<![\w@./\\-]){_CAPS_WORD}(?:,? {_CAPS_WORD}){{1,5}}(?![\w@/\\-]|\.\w)")
_CELL_BEFORE = re.compile(
    r"(?m)(?:^|[|;\t(]|: | = |  )[ \t>*•-]*\Z"
)  # a line's, a cell's, a label's or a setting's start
_CELL_AFTER = re.compile(r"[ \t]*(?:$|[|;\t()]|  |, |\. | / | [–—] )", re.MULTILINE)  # a cell's end, a role
_COLUMN_END = re.compile(r"[ \t]*(?:$|[|\t]|  )", re.MULTILINE)  # a cell's end that is no sentence's
_MIXED_CASE_BEFORE = re.compile(r"[^\W\d_]*[a-zß-ÿ][^\W\d_]* \Z")  # "Vertretung ANNA LINDQVIST"
# The number that opens a row of a bill or an export: an extension, a phone number ("453 ", "+49 30 …").
_ROW_NUMBER = re.compile(r"[ \t|]*\+?\d[\d /-]*[ \t|]+")
_ROW_LEAD = frozenset("0123456789 \t|")  # two characters before a name in a row
_BEFORE_CHAT_TIME = ("  ", " —", " –", " -")
# A chat client's message header, alone on its line: "Anna Lindqvist  10:42 AM", "Anna — 10:42".
_CHAT_HEADER = re.compile(
    r"[^\W\d_]+(?:[-'’][^\W\d_]+)*(?: [^\W\d_]+(?:[-'’][^\W\d_]+)*){0,2}"
    r"(?=(?:  +| [—–-] )\d{1,2}:\d{2}(?: ?[AaPp][Mm])?[ \t]*\n[ \t]*\S)"
)
_CHAT_TIME_AT_LINE_END = re.compile(r"(?:  +| [—–-] )\d{1,2}:\d{2}(?: ?[AaPp][Mm])?[ \t]*\n[ \t]*\S")
_LABEL_BEFORE_NUMBER = re.compile(r":[ \t]*\d")  # a form's label with a date or number for value
_SMALL_WORD = re.compile(r"(?<![\w.@/-])[a-zß-öø-ÿ][^\W\d_]*")  # a word in small letters
_SMALL_WORD_AFTER = re.compile(r" [a-zß-öø-ÿ]")  # a sentence going on after a word
# A first name that is also a word is a name after a cue when it is given at least this often in one
# of the markets (nam_dict's scale: 1 is rare, 13 very common): "spoke to Cherish", "thanks Bill".
CUED_FIRST_NAME = 1
# The word in small letters that ends where a search's window ends.
_WORD_BEFORE = re.compile(r"(?<![\w.@/:=+#%&|~$\\-])[a-zß-öø-ÿ]+(?:-[a-zß-öø-ÿ]+)*\Z")
_ROLE_LENGTH = 30  # characters of a role in brackets, "(Kundenservice)"
_PARTNER_WORDS = 3  # words after a name that may end in a company word: "Dental Group", "& Berg AB"
# The run of non-space characters after a name, when spaces or tabs separate it from the name.
_TOKEN_AFTER = re.compile(r"[ \t]+(\S{1,40})")
# When a chat's line was written, before its speaker: "[09:25] ", "(09:25:13) ", "09:25 ", WhatsApp's
# "[07/12/2026, 09:25:13] " and "07.12.26, 09:25 - ".
_CHAT_TIME = (
    r"[\[(]?(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4},? )?\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?[\])]?"
    r"(?: [-–])? "
)
# The time after a speaker, before the colon, as Slack and Mattermost copy a chat ("Aase 08:10: tack").
_TIME_AFTER_SPEAKER = r" [\[(]?\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?[\])]?"
# What ends a speaker's label: a colon, the time of the line before it or not.
_LABEL_END = re.compile(rf"(?:{_TIME_AFTER_SPEAKER})?:")
# A chat's speaker label: a word first on its line (after a quote mark or bullet, and the time of the
# line if any), a role in brackets or not ("Kitty (Support):"), the time of the line or not, then a
# colon; the groups below: its lead, its time before or after it, the label, the message's first
# character. A user name may label a line as well ("anna.lindqvist 08:14: …"): it is read as a label,
# so that the chat goes on past it.
_SPEAKER = re.compile(
    rf"^([ \t>*•-]{{0,3}})(?:({_CHAT_TIME}))?([^\W\d_]+(?:[-'’.][^\W\d_]+)*)(?: \([^()\n]{{1,30}}\))?"
    rf"({_TIME_AFTER_SPEAKER})?:[ \t]*(.?)",
    re.MULTILINE,
)
_SPEAKER_LEAD, _SPEAKER_TIME, _SPEAKER_LABEL, _SPEAKER_TIME_AFTER, _SPEAKER_MESSAGE = 1, 2, 3, 4, 5
# "@Shania" in a chat or forum: the @ starts a word (an address has its user part before it, which the
# look-behind after the @, the literal the scan looks for first, leaves out in C: a log has thousands
# of addresses a chunk).
_MENTION = re.compile(r"@(?<![\w.@/\\=:+#%&|~$-]@)([^\W\d_]+)(?![\w@-])")
# A line that starts with a chat's time in brackets: a literal first, the fast scan for the lines of a
# chat before the slow one for their speakers.
_TIMED_LINE = re.compile(r"\n[ \t>]*\[\d{1,2}:\d{2}")
# What may stand between the start of a line and a speaker or name that starts it.
_LINE_LEAD_SHAPE = re.compile(rf"[ \t>*•-]*(?:{_CHAT_TIME})?")
# Where a block of lines starts (after an empty line), and what may stand before its first word: a
# quote mark, a bullet ("> Anna Svensson", "• Anna Svensson").
_BLOCK_START = re.compile(r"\n[ \t]*\n")
_LINE_LEAD = 4  # characters at most
_NAME_LINE_LENGTH = 60
_NAME_LINE_REACH = 150  # an address or phone number in the lines after a name line
_DIGIT = re.compile(r"\d")
_SHORTEST_COMPOUND = 7  # letters; "Ruf" + "dienst"
# Letters of Latin-1 and Latin Extended-A, for the capitalised words of names from everywhere.
_CAPITALS = "A-ZÀ-ÖØ-Þ" + "".join(chr(c) for c in range(0x100, 0x180) if chr(c).isupper())
_SMALL_LETTERS = "a-zß-öø-ÿ" + "".join(chr(c) for c in range(0x100, 0x180) if chr(c).islower())
# Two capitalised words ("Bekbolat Musliyevich", "Rubija Liberšar"); in the text, after a space or a
# line break (the word before is checked after). A capital and a small letter first: the scan passes
# over "INFO", "CDR" and "SIP" at once.
# A speaker heading their message after its time, as Teams copies a chat: alone on the line ("[13:29]
# Lill Kvarnfors⏎message"), before a colon and the message ("[11:47] Helm Kampmann: wir …") or before
# what they did ("[09:44] Lorna Ha stopped recording"); group 1: the capitalised words.
_CAPITALISED_WORD = rf"[{_CAPITALS}][^\W\d_]*(?:[-'’][^\W\d_]+)*"
_TIMED_SPEAKER = re.compile(
    rf"^[ \t>]*\[\d{{1,2}}:\d{{2}}(?::\d{{2}})?\] ({_CAPITALISED_WORD}(?: {_CAPITALISED_WORD}){{0,3}})"
    rf"(?:[ \t]*\r?$|:[ \t]| (?=[{_SMALL_LETTERS}]))",
    re.MULTILINE,
)
_PAIR_WORD = rf"[{_CAPITALS}][{_SMALL_LETTERS}][^\W\d_]*(?:-[^\W\d_]+)?"
_PAIR_WORDS = rf"({_PAIR_WORD}) ({_PAIR_WORD})(?![\w@])"
_PAIR_AT_START = re.compile(_PAIR_WORDS)
_PAIR_SCANS = (re.compile(" " + _PAIR_WORDS), re.compile("\n" + _PAIR_WORDS))  # one character each: fast

# Below every recognizer that finds names from structure (0.65 and up: display names, name fields,
# greetings): where both find the same name, structure says more and wins; and below propagation's
# 0.7, so that a name guessed from prose is not looked for everywhere else.
HONORIFIC_SCORE = 0.64
KNOWN_NAME_SCORE = 0.62  # a first name and a surname from the gazetteers, or a cue and a known name
CUE_SCORE = 0.58
FIRST_NAME_SCORE = 0.55  # a known first name and a capitalised word
POSSESSIVE_SCORE = 0.55
LONE_FIRST_NAME_SCORE = 0.5
LONE_SURNAME_SCORE = 0.45

GAZETTEER = "gazetteer"
# Names found by their shape in the text rather than from a gazetteer or a cue word.
SPEAKER = "shape:chat speaker"
NAME_LINE = "shape:name line"
CAPITALISED_PAIR = "shape:capitalised words"
REPEATED = "shape:repeated"
MENTION = "cue:@"
CAPITALS = "shape:capitals"
SURNAME_FIRST = "shape:surname first"
UNKNOWN_SURNAME_FIRST = "shape:unknown surname first"  # no gazetteer knows the surname: it may recur
CHAT_HEADER = "shape:chat header"
ROW = "shape:row"
_UNKNOWN_SHAPES = frozenset((SPEAKER, NAME_LINE, CAPITALISED_PAIR, UNKNOWN_SURNAME_FIRST))
# A user name made of a person's names ("anna.lindqvist"): an account, reported as USERNAME (see
# prose_user_name_recognizer), below propagation's 0.7 as the names are.
USER_NAME = "shape:user name"
USER_NAME_SCORE = 0.6
_FILE_NAMES = "file_names.yaml"
# What may stand right before a user name: not a letter, digit or a character that joins it to a
# path, address or longer token ("/home/anna.lindqvist", "x.anna.lindqvist"); "@", "=" and brackets may.
_BEFORE_USER_NAME = "./\\-_+%#&|~$:"


@dataclass(frozen=True, slots=True)
class ProseName:
    start: int
    end: int
    score: float
    found_by: str  # "gazetteer", "cue:<the cue, folded>" or "shape:<which>"


class _LastText:
    """The names of the last text asked about: the engine asks `matches` for the spans of a chunk and
    then `detections` for each of them, one after the other. Text and names are kept as one pair, set
    in one assignment, so that threads scanning other texts meanwhile cannot mix them up."""

    entry: ClassVar[tuple[str, dict[tuple[int, int], ProseName]] | None] = None


class ProseNameRecognizer(LogscrubRecognizer):
    """Names in sentences, from gazetteers and cues: one automaton pass, then a few checks per
    capitalised hit. Findings carry ``found_by``: ``gazetteer``, ``cue:<word>`` or ``shape:<which>``."""

    ENTITY = "PERSON"
    HIGHEST_SCORE = HONORIFIC_SCORE  # never enough to teach propagation: its learning pass skips it
    # What a name in prose looks like; the spans themselves come from the gazetteer pass (`matches`).
    PATTERNS: ClassVar[list[Pattern]] = [RePattern("Name in prose", NAME_RUN_REGEX, CUE_SCORE)]

    def matches(self, text: str, index: int) -> Iterator[re.Match[str]]:
        for name in _names_of(text).values():
            if name.found_by == USER_NAME:
                continue  # an account: ProseUserNameRecognizer's
            match = _SPAN.match(text, name.start, name.end)
            if match is not None:
                yield match

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        name = _names_of(text).get(match.span())
        if name is not None and name.found_by != USER_NAME:
            yield Detection(name.start, name.end, name.score, {"found_by": name.found_by})


def _names_of(text: str) -> dict[tuple[int, int], ProseName]:
    """The names and user names in `text` (one pass for both recognizers that report them)."""
    entry = _LastText.entry
    if entry is not None and entry[0] is text:
        return entry[1]
    finder = _Finder(text)
    found = finder.names()
    names = {(n.start, n.end): n for n in (*found, *finder.user_names)}
    _LastText.entry = (text, names)
    return names


def prose_user_names(text: str) -> list[ProseName]:
    """The user names made of a person's names in `text`, in text order: "anna.lindqvist"."""
    return sorted((n for n in _names_of(text).values() if n.found_by == USER_NAME), key=lambda n: n.start)


def _initials(text: str) -> Iterator[Hit]:
    """The words around each initial, as a hit of Evidence.INITIAL: "Mohmad R. Vizirov"; the initial and
    the word after it when a label or an abbreviation ends before it: "Gez. E. Moormann"."""
    for match in _INITIAL.finditer(text):
        start = _word_start(text, match.start())
        after = _WORD.match(text, match.end())
        if after is None:
            continue
        if start < match.start():
            yield Hit(start, after.end(), Evidence.INITIAL)
        elif text[match.start() - 1 : match.start()] in (".", ":") and not _ABBREVIATION_BEFORE.search(
            text, max(0, match.start() - 3), match.start()
        ):
            yield Hit(match.start() + 1, after.end(), Evidence.INITIAL)


def _blanked(match: re.Match[str]) -> str:
    """A quoted display name with blanks between its quotes."""
    return '"' + " " * (match.end() - match.start() - 2) + '"'


def names_firm(text: str, start: int, end: int) -> bool:
    """Whether the words around `text[start:end]`, a name, make it a firm's: a company word within a
    few capitalised words after ("Sattler Logistik GmbH"), a kind of business before ("Autohaus
    Feldmann"), a partner's surname and "&" before ("Harcourt & Lyle"). Propagation asks it of each
    place a learnt surname recurs: a person's surname is often a firm's name as well."""
    return _Finder(text).names_firm(start, end)


def find_prose_names(text: str) -> list[ProseName]:
    """The names in running prose in `text`, in text order, none overlapping another."""
    return _Finder(text).names()


class _Finder:
    def __init__(self, text: str) -> None:
        self.text = text
        self.gazetteer = name_gazetteer()  # the one the cached word tests below read
        self.user_names: list[ProseName] = []  # filled by `names`

    def names(self) -> list[ProseName]:
        found: list[ProseName] = []
        more: list[ProseName] = []  # names found from the words after them, checked for overlaps last
        covered = 0
        speaker_seen = False
        text = self.text
        # The hits are read from the text with its quoted display names blanked (same offsets).
        read = _DISPLAY_NAME.sub(_blanked, text) if '"' in text else text
        hits = self.gazetteer.hits(read)
        hits += _initials(read)
        hits.sort(key=_END, reverse=True)  # by start, the longer first: two sorts are faster than a key
        hits.sort(key=_START)  # of two (and stable)
        for hit in hits:
            evidence = hit.evidence
            if evidence & Evidence.PLURAL_VERB:
                more.extend(self._pair_before(hit))
                more.extend(self._small_letter_pair_before(hit))
            if hit.start < covered:
                continue
            if not evidence & ~_CUES_BEFORE and _MAY_NAME_AFTER_CUE.match(text, hit.end) is None:
                continue
            name = None
            if evidence & Evidence.FIRST_NAME and not text[hit.start].islower():
                name = self._delimited_cell(hit, covered)
            if name is None:
                name = self._name_at(hit)
            if name is None and evidence & _NAME_BEFORE:
                name = self._name_next_to(hit, found[-1].end if found else 0)
            if name is None and evidence & _LISTED_EVIDENCE and _may_be_listed(text, hit):
                name = self._listed_name(hit, found)
            elif name is not None and name.start == hit.start and text[hit.start - 2 : hit.start] == ", ":
                name = self._listed_name(hit, found) or name  # "Grisham, Violet": the surname too
            if name is not None:
                found.append(name)
                covered = name.end
                if not speaker_seen and _labels_line(text, name.end):
                    speaker_seen = _at_line_start(text, name.start)  # "Nicole: …"
                continue
            following = text[hit.end : hit.end + 2]
            if following == ", " and (listed := self._listed_in_small_letters(hit)):
                more.extend(listed)
                covered = listed[-1].end
            elif following[:1] in ": " and not speaker_seen:
                speaker_seen = self._speaker_label(hit)  # "mika: …", "Aase 08:10: …"
            elif following[:1] == "." and evidence & Evidence.FIRST_NAME:
                user_name = self._user_name_at(hit.start, hit.end)  # "anna.lindqvist"
                if user_name is not None:
                    self.user_names.append(user_name)
                    covered = user_name.end
        more.extend(self._name_lines())
        if "@" in text:
            more.extend(self._mentions())
        if _TIMED_LINE.search(text) or text.startswith("["):
            more.extend(self._timed_speakers())
        more.extend(self._capitalised_pairs(found))
        if any(name.found_by == CHAT_HEADER for name in found):
            more.extend(self._thread_headers())
        if speaker_seen:
            more.extend(self._speakers())
        names = _merged(found, more)
        names = _merged(names, [*self._repeated(names), *self._known_words_again(names, hits)])
        return self._with_listed(names)

    def _user_name_at(self, start: int, first_end: int) -> ProseName | None:
        """A user name made of a known first name, a full stop and a surname, as chats, trackers and
        logs name people ("anna.lindqvist picked this up", "@percy.beckham", "agent=nanci.monarrez"):
        the surname a known one or no word of the language; not inside an address, a path or a host
        name ("anna.lindqvist@…", "/home/anna.lindqvist", "anna.lindqvist.example.se")."""
        text = self.text
        before = text[start - 1 : start]
        if before and (before.isalnum() or before in _BEFORE_USER_NAME):
            return None
        surname = _WORD.match(text, first_end + 1)
        if surname is None:
            return None
        end = surname.end()
        after = text[end : end + 2]
        if after[:1] in ("@", "_") or (after[:1] in ".-:/\\" and after[1:].isalnum()):
            return None
        if not all(map(_surname_in_user_name, surname.group().split("-"))):
            return None  # each part of a double surname ("nyberg-holm"; not "lindqvist-notes")
        if not _capitalised_or_small(text[start:end]):
            return None
        return ProseName(start, end, USER_NAME_SCORE, USER_NAME)

    def _with_listed(self, found: list[ProseName]) -> list[ProseName]:
        """`found`, with the capitalised words listed next to a first name ("They had 6: Efimiya,
        Mary, Ariana"): a list that holds a first name is one of people. Lists of surnames only are
        as often a firm's name ("Barnett, Melton and Garcia")."""
        listed: list[ProseName] = []
        for index, name in enumerate(found):
            if not _next_to_list_join(self.text, name):
                continue  # most names: a join is the cheaper test, and without one nothing is listed
            if not self.gazetteer.is_plainly_first_name(self.text[name.start : name.end].split(" ")[0]):
                continue
            earliest = found[index - 1].end if index else 0
            latest = found[index + 1].start if index + 1 < len(found) else len(self.text)
            listed.extend(self._list_neighbours(name, earliest, latest))
        if not listed:
            return found
        # A word between two first names is listed by both: once by span.
        by_span = {(n.start, n.end): n for n in (*listed, *found)}
        return sorted(by_span.values(), key=lambda n: n.start)

    def _list_neighbours(self, name: ProseName, earliest: int, latest: int) -> Iterator[ProseName]:
        """The names listed after and before `name`, between `earliest` and `latest`."""
        text = self.text
        end = name.end
        while (join := _LIST_JOIN.match(text, end)) is not None:
            word = self._listed_word(join.end())
            if word is None or word[1] > latest:
                break
            yield ProseName(*word, LONE_FIRST_NAME_SCORE, GAZETTEER)
            end = word[1]
        start = name.start
        while (join := _LIST_JOIN_BEFORE.search(text, max(0, start - 6), start)) is not None:
            word_start = _word_start(text, join.start())
            word = self._listed_word(word_start)
            if word is None or word[1] != join.start() or word_start < earliest:
                break
            yield ProseName(*word, LONE_FIRST_NAME_SCORE, GAZETTEER)
            start = word_start

    def _listed_word(self, start: int) -> tuple[int, int] | None:
        """The span of a capitalised word at `start` that may be a name in a list."""
        match = _WORD.match(self.text, start)
        if match is None or not _starts_word(self.text, start):
            return None
        word = match.group()
        if (
            len(word) < 2
            or not _capitalised(word)
            or is_common_word(word)
            or self.gazetteer.is_not_name(word)
        ):
            return None  # "I" of "Ailsa and I": a pronoun
        if not _known_name(word) and (_common_word_form(word) or _compound_of_words(word)):
            return None  # "Teknikern, Eyvind": a noun, the role of the name beside it
        if self._joined(*match.span()) or fold_word(word) in self.gazetteer.streets_before:
            return None
        following = _word_starting_at(self.text, match.end() + 1)
        if following and _capitalised(following) and _noun_and_no_name(following):
            return None  # "Siw F., Lindholmens Fiberförening": the first word of a firm's name
        return match.span() if self._stands_for_person(*match.span()) else None

    def _name_next_to(self, hit: Hit, earliest: int) -> ProseName | None:
        """The name that ends at a hit: before a verb of contact, or a surname after an unknown word."""
        if hit.evidence & Evidence.CUE_AFTER:
            name = self._name_before(hit, earliest)
            if name is not None:
                return name
        if hit.evidence & Evidence.SURNAME:
            return self._surname_with_given_name(hit, earliest)
        return None

    def _pair_before(self, verb: Hit) -> list[ProseName]:
        """The capitalised words of a pair or list joined by and/och/und before a verb in the plural
        whose subject they are ("Marrero and Murphy were", "Lindberg och Nyström har ringt", "Becker
        und Wolff sind"): people when one word is a known name and one is no common word."""
        text = self.text
        end = verb.start - 1
        if end < 1 or text[end] != " " or not text[end - 1].isalpha():
            return []  # the common case: no word right before the verb
        members: list[tuple[int, int]] = []
        while len(members) < MAX_NAME_WORDS:
            start = _word_start(text, end)
            if start == end or not _starts_word(text, start):
                return []
            members.append((start, end))
            join = _LIST_JOIN_BEFORE.search(text, max(0, start - 6), start)
            if join is None:
                break
            if len(members) == 1 and join.group() == ", ":
                return []  # the last two are joined by a word ("A, B and C were")
            end = join.start()
        words = [text[start:end] for start, end in members]
        if len(words) < 2 or not all(self._may_be_listed_name(word) for word in words):
            return []
        if all(is_common_word(word) for word in words) or not any(map(_known_name, words)):
            return []
        if any(self._joined(*member) for member in members):
            return []
        if not self._stands_for_person(members[-1][0], members[0][1]):
            return []
        cue = "cue:" + _cue_text(text, verb)
        return [ProseName(start, end, LONE_SURNAME_SCORE, cue) for start, end in reversed(members)]

    def _may_be_listed_name(self, word: str) -> bool:
        """A capitalised word that is no weekday, product or place, and no common word unless a known
        name ("Brown", "White")."""
        if not _known_name(word):
            return self._unknown_name_word(word)
        g = self.gazetteer
        return _capitalised(word) and not (g.is_not_name(word) or g.is_calendar_word(word))

    def _surname_with_given_name(self, surname: Hit, earliest: int) -> ProseName | None:
        """A known surname with the capitalised word before it, a first name the gazetteer lacks
        ("Tosh Olsen", "Eustachy Gorski"): that word may be no common word, place or product."""
        text = self.text
        if text[surname.start - 1 : surname.start] != " " or not self._is_plain_surname(
            text[surname.start : surname.end]
        ):
            return None
        word_end = surname.start - 1
        start = _word_start(text, word_end)
        given = text[start:word_end]
        if start < earliest or len(given) < 2 or not _starts_word(text, start):
            return None
        if not (self._unknown_name_word(given) or self._first_name_inside_sentence(given, start)):
            return None  # "Störung Telefonanlage Behrendt": a German noun
        if fold_word(text[surname.start : surname.end]) in _compass_points():
            return None  # "Außenstelle Nord": a branch
        word = _WORD.match(text, surname.start)
        endings = self.gazetteer.possessive_endings
        if word is None or _without_possessive(text, *word.span(), endings) != surname.end:
            return None  # "Olsen-Berg": part of a longer word
        if self._joined(start, surname.end) or not self._stands_for_person(start, surname.end):
            return None
        return ProseName(start, surname.end, FIRST_NAME_SCORE, GAZETTEER)

    def _first_name_inside_sentence(self, word: str, start: int) -> bool:
        """A known first name that is also a word, after a word in small letters ("not by Elle
        Sandström"): first in a sentence it is as often the word ("Can Olsen call back?")."""
        g = self.gazetteer
        return (
            _capitalised(word)
            and g.is_first_name(word)
            and not g.is_not_name(word)
            and _lower_case_word(_word_ending_at(self.text, start - 1))
        )

    def _speaker_label(self, hit: Hit) -> bool:
        """Whether a first name is a chat's speaker label: first on its line, a colon after it."""
        text = self.text
        return (
            bool(hit.evidence & Evidence.FIRST_NAME)
            and _labels_line(text, hit.end)
            and (_at_line_start(text, hit.start))
        )

    def _speakers(self) -> Iterator[ProseName]:
        """The speakers of a chat transcript that names a known first name as a speaker ("Nicole: …"):
        every other word that labels a line as one does ("Ubul: What a wife."), known or not; in
        small letters only known first names ("mika: …")."""
        known = self.gazetteer.is_first_name_and_no_word
        for chat in self._chats():
            if len(chat) < 2 or not any(known(self.text[slice(*label)]) for label in chat):
                continue
            for start, end in chat:
                label = self.text[start:end]
                if self._speaker_name(label) and (known(label) or not self._names_only_after(end)):
                    yield ProseName(start, end, LONE_FIRST_NAME_SCORE, SPEAKER)

    def _names_only_after(self, end: int) -> bool:
        """Whether the rest of the line after a label is a person's name: capitalised words and
        particles only, a known name or form of address among them, no question or exclamation: a
        form's field ("Testamentsvollstrecker: Herr Dr. zu Holzmann", "Bouppgivare: Marcusson,
        Lorentz"), not a chat's turn ("Zorblat: Welche Durchwahl?", "Ubul: What a wife.")."""
        text = self.text
        line_end = text.find("\n", end)
        rest = text[end : line_end if line_end >= 0 else len(text)]
        if "?" in rest or "!" in rest or not all(word in _PARTICLES for word in _SMALL_WORD.findall(rest)):
            return False
        g = self.gazetteer
        return any(_known_name(word) or fold_word(word) in g.honorifics for word in _WORD.findall(rest))

    def _chats(self) -> Iterator[list[tuple[int, int]]]:
        """The speaker labels of each chat in the text, as spans: runs of lines (blank lines between
        them or not) that each start with a label and a message after it. A label with nothing after
        it heads what follows ("Loggutdrag:"), and the labels of mail headers and forms ("Från:",
        "Till:", "Betreff:") are none, and either ends a run."""
        text = self.text
        labels = self.gazetteer.header_labels
        chat: list[tuple[int, int]] = []
        line_end = -1
        layout: tuple[str, bool, bool] = ("", False, False)
        for match in _SPEAKER.finditer(text):
            message = match[_SPEAKER_MESSAGE] not in ("", "\r", "\n")
            if not message or fold_word(match[_SPEAKER_LABEL]) in labels:
                if chat:
                    yield chat
                chat, line_end = [], -1
                continue
            # A chat's lines are all laid out alike, the time before the speaker, after or none:
            # "Förfrågningsdeltagare: …" after "Thommy 11:15: …" is a form's field, and "15:45
            # Incident-Verantwortlicher: …" before it a timeline's.
            # So is their lead: "- karlernst: zu, wenn …" in a bulleted list, then "Antragsart: …" of a
            # form, are no chat.
            line_layout = (
                match[_SPEAKER_LEAD],
                match[_SPEAKER_TIME] is not None,
                match[_SPEAKER_TIME_AFTER] is not None,
            )
            if chat and (text[line_end : match.start()].strip() or line_layout != layout):
                yield chat  # other lines between: another chat
                chat = []
            layout = line_layout
            chat.append(match.span(_SPEAKER_LABEL))
            line_end = text.find("\n", match.end())
            if line_end < 0:
                line_end = len(text)
        if chat:
            yield chat

    def _speaker_name(self, word: str) -> bool:
        g = self.gazetteer
        if word.islower():
            return g.is_first_name_and_no_word(word)
        return self._may_be_listed_name(word) and (not is_common_word(word) or g.is_first_name(word))

    def _name_lines(self) -> Iterator[ProseName]:
        """A name alone on the first line of a block that goes on with an address or a phone number
        (digits): the head of an address block, a signature, a CV ("Lara Pottinger⏎⏎3247 Rua Igreja
        25", ">Gyala Antall⏎>Google Public Data Explorer⏎>3369 …")."""
        text = self.text
        for block in itertools.chain((0,), (match.end() for match in _BLOCK_START.finditer(text))):
            start = _past_line_lead(text, block)
            end = text.find("\n", start, start + _NAME_LINE_LENGTH + 1)
            if end < 0 or " " not in text[start:end]:
                continue
            if _DIGIT.search(text, end, end + _NAME_LINE_REACH) is None:
                continue
            name = self._name_line(start, end)
            if name is not None:
                yield name

    def _mentions(self) -> Iterator[ProseName]:
        """A chat's or forum's mention of a known first name that is no word, with the words of the name
        after it as Jira and Teams write them: "@Shania have you …", "@Brandolf Fleischer kannst du"."""
        text = self.text
        for match in _MENTION.finditer(text):
            if text[match.end() : match.end() + 1] == ".":
                user_name = self._user_name_at(*match.span(1))  # "@percy.beckham"
                if user_name is not None and self.gazetteer.is_first_name(match[1]):
                    self.user_names.append(user_name)
                continue
            if not self.gazetteer.is_first_name_and_no_word(match[1]) or self._joined(*match.span(1)):
                continue
            start, end = match.span(1)
            if self._name_goes_on(end):
                full_end = self._name_end(self._words_from(start))
                if not self._joined(start, full_end) and self._stands_for_person(start, full_end):
                    end = full_end
            yield ProseName(start, end, LONE_FIRST_NAME_SCORE, MENTION)

    def _timed_speakers(self) -> Iterator[ProseName]:
        """The speakers a copied chat puts alone on a line after the time ("[13:29] Lill Kvarnfors",
        "[13:31] Kvarnfors Lill"): a known first name that is no word, and up to three capitalised
        words beside it that are no words, places or products."""
        g = self.gazetteer
        for match in _TIMED_SPEAKER.finditer(self.text):
            words = match[1].split(" ")
            if not any(self.gazetteer.is_first_name_and_no_word(word) for word in words):
                continue
            if all(
                _capitalised(word)
                and not g.is_not_name(word)
                and (_known_name(word) or not is_common_word(word))
                for word in words
            ):
                yield ProseName(*match.span(1), LONE_FIRST_NAME_SCORE, SPEAKER)

    def _name_line(self, start: int, end: int) -> ProseName | None:
        """The name that fills the line from `start` to `end`: two to four words, initials inside;
        capitalised (no common word unless a known name, and not all common words), or in small
        letters from a known first name on (no common word)."""
        text = self.text
        line = text[start:end].rstrip(" \t\r")
        words = line.split()
        if not 2 <= len(words) <= MAX_NAME_WORDS or "   " in line or "\t" in line:
            return None
        if _is_initial(words[0]) or _is_initial(words[-1]):
            return None
        names = [word for word in words if not _is_initial(word)]
        if not all(_WORD.fullmatch(word) for word in names) or any(map(self._place_or_firm, names)):
            return None
        if names[0].islower():
            plain = _first_name_in_small_letters(names[0])
            if not plain or any(is_common_word(word) or not word.islower() for word in names):
                return None
        elif not self._capitalised_name_line(names):
            return None
        end = start + len(line)
        if self._joined(start, end):
            return None
        return ProseName(start, end, FIRST_NAME_SCORE, NAME_LINE)

    def _capitalised_name_line(self, names: list[str]) -> bool:
        """Capitalised words that are no common word unless a known name, not all common words; after a
        known first name any capitalised word that is no place or product ("Rebecca Hides")."""
        if self.gazetteer.is_plainly_first_name(names[0]) and not is_common_word(names[0]):
            g = self.gazetteer
            return all(_capitalised(word) and not g.is_not_name(word) for word in names[1:])
        return all(map(self._may_be_listed_name, names)) and not all(map(is_common_word, names))

    def _place_or_firm(self, word: str) -> bool:
        g = self.gazetteer
        folded = fold_word(word)
        return (
            folded in g.streets_before
            or folded in g.streets_after
            or folded in g.organisations_after
            or folded in g.organisations_before  # "Brf Kastanjen", "Autohaus Feldmann"
        )

    def _capitalised_pairs(self, found: list[ProseName]) -> Iterator[ProseName]:
        """Two capitalised words that are neither common words nor places nor products, after a word in
        small letters or first in a sentence ("add Irenke Sörös as a beneficiary", "under Rubija
        Liberšar", "Ubul Csonka listed his top 20 songs"): in prose such a pair is a person's name,
        known or not."""
        text = self.text
        named = {name.start: name.end for name in found}  # most in logs: "customer Nils Müller", found
        first_pair = _PAIR_AT_START.match(text)
        scans = (scan.finditer(text) for scan in _PAIR_SCANS)
        for match in itertools.chain((first_pair,) if first_pair else (), *scans):
            start = match.start(1)
            if named.get(start, 0) >= match.end() or not _pair_may_start(text, start):
                continue
            first, last = match.group(1, 2)
            if not (self._unknown_name_word(first) and self._unknown_name_word(last)):
                continue
            if self._possessive_of_first_name(first):
                continue  # "Erlfrieds Sprachbox", "Eriks Växelapp": whose thing, not a name's words
            if fold_word(last) in _compass_points():
                continue  # "Leitstelle Nord": a branch
            if _LABEL_BEFORE_NUMBER.match(text, match.end()) and _at_line_start(text, start):
                continue  # "Gewünschter Portierungstermin: 03.01.2024": a form's label, no speaker
            if self._sentence_initial(start) and (_known_name(first) or _known_name(last)):
                continue  # "Ring Anna tillbaka": a verb first; known names have rules of their own
            end = match.end()
            if fold_word(_word_ending_at(text, start - 1)) in self.gazetteer.streets_before:
                continue
            if self._joined(start, end) or not self._stands_for_person(start, end):
                continue
            yield ProseName(start, end, FIRST_NAME_SCORE, CAPITALISED_PAIR)

    def _delimited_cell(self, hit: Hit, earliest: int) -> ProseName | None:
        """The name that fills a cell of a row of comma- or semicolon-separated values, as exports of
        hunt groups, mailboxes and users print it ("Sales,019,JANNE GÖSTASSON,no", "0447;TALLBLAD,
        GITTAN;271", "Receptionen,288,Östkvist Wanja,nej"): two to four words, the hit's first name
        one of them, the others known names or words of no language, in capitals or capitalised."""
        text = self.text
        line_start = text.rfind("\n", 0, hit.start) + 1
        line_end = text.find("\n", hit.end)
        if line_end < 0:
            line_end = len(text)
        if line_end - line_start > _ROW_LENGTH or len(_ROW_DELIMITER.findall(text, line_start, line_end)) < 2:
            return None  # "," and ";" with no space after them, twice: a row
        for cell in _ROW_CELL.finditer(text, line_start, line_end):
            if cell.start() <= hit.start and hit.end <= cell.end():
                break
        else:
            return None
        start, end = cell.span()
        start += len(cell[0]) - len(cell[0].lstrip(' "'))
        end -= len(cell[0]) - len(cell[0].rstrip(' "\r'))
        if start < earliest:
            return None
        words = text[start:end].replace(", ", " ").split(" ")
        if not 2 <= len(words) <= MAX_NAME_WORDS:
            return None
        others = [word for word in words if word.lower() not in _PARTICLES]
        if not all(map(_name_word_in_a_cell, others)):
            return None
        if is_common_word(text[hit.start : hit.end]) and not all(
            _known_name(word) and not is_common_word(word) for word in others
        ):
            return None  # "MAX SESSIONS": a first name that is a word, and a word (a surname too)
        if self._joined(start, end):
            return None
        return ProseName(start, end, FIRST_NAME_SCORE, ROW)

    def _possessive_of_first_name(self, word: str) -> bool:
        """Whether `word` is a known first name with the possessive s of Swedish and German, and no
        first name itself ("Erlfrieds", "Burgundas"; not "Hans", "Jens")."""
        g = self.gazetteer
        return word[-1] == "s" and g.is_first_name(word[:-1]) and not g.is_first_name(word)

    def _repeated(self, names: list[ProseName]) -> list[ProseName]:
        """The other places in the text of the words of names that only their shape gave (no gazetteer
        knows them): a name line quoted twice (">Gyala Antall⏎>…⏎>Gyala Antall"), "Quorvin Thalsek"
        and then "Quorvin"."""
        text = self.text
        words = {
            word
            for name in names
            if name.found_by in _UNKNOWN_SHAPES
            for word in _WORD.findall(text, name.start, name.end)
            if len(word) > 2 and not is_common_word(word)
        }
        return [
            ProseName(start, end, LONE_FIRST_NAME_SCORE, REPEATED)
            for start, end in occurrences(text, words)
            if _whole_word(text, start, end)
            and not self._joined(start, end)
            and not self.names_firm(start, end)  # "Brinkmann & Söhne KG": a firm named after them
        ]

    def _known_words_again(self, names: list[ProseName], hits: list[Hit]) -> Iterator[ProseName]:
        """The other places of the known first names and surnames of names found with more than their
        own word (a full name, a cue, a form of address: "Kaiden Ross called", then "ring Kaiden" and
        "Kaiden – logged out"), where they are hits of the gazetteer no rule took: the same person
        named again in the text. A first name again in small letters too ("arend" after "Arend
        Kuhlmann"), a surname capitalised only."""
        text = self.text
        g = self.gazetteer
        found = {
            word
            for name in names
            if name.score >= FIRST_NAME_SCORE and name.found_by != USER_NAME
            for word in _WORD.findall(text, name.start, name.end)
        }
        words = {word.lower() for word in found if not (g.is_not_name(word) or g.is_calendar_word(word))}
        # A first name that is a word too ("Kitty", "Pearl") only capitalised inside a sentence, and
        # none of three letters or less, the pronouns' length ("Sie" of German); the automaton holds
        # the common ones only, the others are looked for as written.
        worded = {word for word in words if is_common_word(word)}
        words -= {word for word in worded if len(word) < _SHORTEST_WORDED_NAME}
        if not words:
            return
        hits = hits + [
            Hit(start, start + len(word), Evidence.FIRST_NAME)
            for word in found
            if word.lower() in worded
            and _capitalised(word)
            and word.lower() in words
            and 0 < g.first_name_frequency(word) < WELL_KNOWN_FIRST_NAME
            for start in _positions(text, word)
        ]
        starts = [name.start for name in names]
        # Most such hits are the names' own first and last words, or in a log the user parts of
        # addresses ("sip:anna@…"): those first, by set and character.
        first_words, last_words = set(starts), {name.end for name in names}
        again = [
            hit
            for hit in hits
            if hit[2] & _LISTED_EVIDENCE
            and hit[0] not in first_words
            and hit[1] not in last_words
            and text[hit[0] - 1 : hit[0]] not in _ADDRESS_BEFORE
            and text[hit[1] : hit[1] + 1] not in _ADDRESS_AFTER
            and not _USER_NAME_DOT.match(text, hit[1])  # "erik.muller@…"
            and text[hit[0] : hit[1]].lower() in words
        ]
        for start, end, evidence in again:
            index = bisect.bisect_right(starts, start) - 1
            if index >= 0 and names[index].end > start:
                continue  # part of a name found
            word = text[start:end]
            if not (_capitalised(word) or (word.islower() and evidence & Evidence.FIRST_NAME)):
                continue
            if word.lower() in worded and (word.islower() or self._sentence_initial(start)):
                continue
            if (
                _whole_word(text, start, end)
                and not self._joined(start, end)
                and self._stands_for_person(start, end, again=True)
                and not self.names_firm(start, end)
            ):
                yield ProseName(start, end, LONE_FIRST_NAME_SCORE, REPEATED)

    def _unknown_name_word(self, word: str) -> bool:
        g = self.gazetteer
        if len(word) < 2 or not _capitalised(word) or _common_word_form(word) or g.is_not_name(word):
            return False  # "I" of "Ailsa and I": a pronoun
        if g.is_calendar_word(word) or fold_word(word) in g.honorifics or self._place_or_firm(word):
            return False
        return not _compound_of_words(word)

    def _name_at(self, hit: Hit) -> ProseName | None:
        evidence = hit.evidence
        if evidence == Evidence.INITIAL:
            return self._name_with_initial(hit)
        if evidence & Evidence.HONORIFIC:
            name = self._name_after_honorific(hit)
            if name is not None:
                return name
        if evidence & Evidence.CUE_BEFORE:
            name = self._name_after(hit, CUE_SCORE, honorific=False)
            if name is not None:
                return name
        if evidence & Evidence.FIRST_NAME_POSSESSIVE and self._possessive_first(hit):
            return self._possessive(hit.start, hit.end - 1, hit.end)
        if evidence & (Evidence.FIRST_NAME | Evidence.SURNAME) and self.text[hit.start].isupper():
            return self._name_from_gazetteer(hit)
        if evidence & Evidence.FIRST_NAME and self.text[hit.start].islower():
            return self._name_in_small_letters(hit)
        return None

    def _possessive_first(self, hit: Hit) -> bool:
        """Whether a capitalised "Eriks" is Erik's rather than the Latvian Ēriks: a possessive unless
        the whole is the more common first name in the markets (Hans, Jens, Klaus) or a surname
        (Owens, Timms, Reynolds)."""
        g = self.gazetteer
        whole = self.text[hit.start : hit.end]
        if not whole[0].isupper() or g.is_surname(whole):
            return False
        return g.first_name_frequency(whole) <= g.first_name_frequency(whole[:-1])

    # --- the rules -------------------------------------------------------------------------------

    def _name_after(self, cue: Hit, score: float, honorific: bool) -> ProseName | None:
        """Capitalised words right after a cue ("Frau Schneider", "kunden Erik Johansson"); after a
        form of address, with the particle before them ("Ms de Laliberte", "Frau von Weizsäcker")."""
        text = self.text
        position = self._after_cue(cue.end, honorific)
        if not text[position : position + 1].isalpha():
            return None  # most cues are followed by a number, a sign or nothing ("customer 4711")
        particle = self._particle_at(position) if honorific else None
        if particle is not None:
            position = particle + 1
        elif text[position].islower() and not self._may_open_in_small_letters(position):
            return None  # "customer pnr", "requested by anna.svensson@…": the cheap answer first
        words = self._without_honorifics(self._words_from(position))
        if not words:
            return None
        start, word_end = words[0]
        word = self.text[start:word_end]
        if _first_name_in_small_letters(word):
            return self._small_letters_after_cue(cue, words)  # "my name is lena andersson"
        if len(word) > 1 and word.isupper() and not honorific:
            return self._capitals_after_cue(cue, start, word_end)  # "Genehmigt von: TISCHLER, SIEGHART"
        if not _opens_name_after_cue(word, honorific):
            return None
        end = self._name_end(words)
        if self._joined(start, end) or not (honorific or self._stands_for_person(start, end)):
            return None
        if not honorific and text[cue.end : cue.end + 1] == ":" and self._opens_turn(cue, start, end):
            return None
        if _known_name(word):
            score = max(score, KNOWN_NAME_SCORE)
        if end == word_end and not self.gazetteer.is_plainly_first_name(word):
            end = self._given_name_after(end)  # "kunden Svensson, Anna" (not "Anna, Erik and Bo")
        if particle is not None:
            start = self._after_cue(cue.end, honorific)
        return ProseName(start, end, score, "cue:" + _cue_text(self.text, cue))

    def _capitals_after_cue(self, cue: Hit, start: int, word_end: int) -> ProseName | None:
        """A name in capitals after a cue, as directories and approval forms write it: a known first
        name that is no word and a surname ("Approved by: MOIRA MACLEAN"), or a surname, a comma and
        such a first name ("Genehmigt von: TISCHLER, SIEGHART"); not an acronym ("escalated to NOC")."""
        text = self.text
        first = text[start:word_end].title()
        separator = ", " if text.startswith(", ", word_end) else " "
        other = _WORD.match(text, word_end + len(separator))
        if other is None or not text.startswith(separator, word_end) or not other.group().isupper():
            return None
        given, surname = (
            (first, other.group().title()) if separator == " " else (other.group().title(), first)
        )
        g = self.gazetteer
        # The surname may be a word: beside a known given name it is the name (TISCHLER, KOCH)
        if not g.is_first_name_and_no_word(given) or g.is_not_name(surname) or len(surname) < 2:
            return None
        end = other.end()
        if self._joined(start, end):
            return None
        return ProseName(start, end, CUE_SCORE, "cue:" + _cue_text(text, cue))

    def _opens_turn(self, cue: Hit, start: int, end: int) -> bool:
        """Whether the word after a speaker's label ("Customer:", "Kunde:" at a line's start; the caller
        has seen the colon) opens the speaker's turn rather than naming them: one word that is no first
        name, a comma or a sentence in small letters after it ("Customer: Hiya, my name's…", "Kunde:
        Weiß ich nicht genau")."""
        text = self.text
        if not _at_line_start(text, cue.start):
            return False
        if " " in text[start:end] or self.gazetteer.is_first_name(text[start:end]):
            return False
        if text[end : end + 1] == ",":  # "Kunde: Bergmann, Burglind" names her
            given = _WORD.match(text, end + 2)
            return given is None or not (
                _capitalised(given.group()) and self.gazetteer.is_first_name(given.group())
            )
        return _SMALL_WORD_AFTER.match(text, end) is not None

    def _given_name_after(self, end: int) -> int:
        """Where a surname that ends at `end` ends with the given name after a comma, a known first
        name that is no word ("Provost, Iesha"); `end` when none follows."""
        text = self.text
        if not text.startswith(", ", end):
            return end
        given = _WORD.match(text, end + 2)
        if given is None or not _capitalised(given.group()):
            return end
        if not self.gazetteer.is_first_name_and_no_word(given.group()):
            return end
        return given.end()

    def _particle_at(self, position: int) -> int | None:
        """The end of the particles ("de", "von der") at `position` when a capital follows them."""
        text = self.text
        end = position
        while (word := _WORD.match(text, end)) is not None and word.group() in _PARTICLES:
            end = word.end()
            if text[end : end + 1] != " ":
                return None
            end += 1
        if end == position or not text[end : end + 1].isupper():
            return None
        return end - 1

    def _may_open_in_small_letters(self, position: int) -> bool:
        """Whether the word in small letters at `position`, after a cue, may start a name: a known
        first name in small letters, or a form of address before one ("kunden fru Lindqvist"); not
        one that is part of an address or key ("requested by anna.svensson@…", the common case in
        logs: answered here, before the words after it are read)."""
        word = _WORD.match(self.text, position)
        return (
            word is not None
            and _opens_name_in_small_letters(word.group())
            and not self._joined(position, word.end())
        )

    def _small_letters_after_cue(self, cue: Hit, words: list[tuple[int, int]]) -> ProseName | None:
        """A known first name in small letters after a cue, with the surname after it if any: a known
        one, or a word of no language that ends the line or clause ("mvh noomi hasselsten")."""
        text = self.text
        start, end = words[0]
        if len(words) > 1:
            second = text[slice(*words[1])]
            if _surname_in_small_letters(second) or (
                _ends_clause(text, words[1][1]) and _unknown_word_in_small_letters(second)
            ):
                end = words[1][1]
        if self._joined(start, end) or not self._stands_for_person(start, end):
            return None
        return ProseName(start, end, CUE_SCORE, "cue:" + _cue_text(text, cue))

    def _listed_in_small_letters(self, hit: Hit) -> list[ProseName]:
        """A list in small letters of three or more known first names, none a word of the language:
        "they had 6: silvana, adam, christopher and caleb", "bjud in elin, maja och ebba"."""
        text = self.text
        if not (hit.evidence & Evidence.FIRST_NAME and text[hit.end : hit.end + 2] == ", "):
            return []
        listed = [(hit.start, hit.end)]
        end = hit.end
        while (join := _LIST_JOIN.match(text, end)) is not None:
            word = _WORD.match(text, join.end())
            if word is None or not _first_name_in_small_letters(word.group()):
                break
            listed.append(word.span())
            end = word.end()
        first = text[hit.start : hit.end]
        if len(listed) < 3 or not _first_name_in_small_letters(first):
            return []
        if any(self._joined(*span) for span in listed):
            return []
        return [ProseName(start, end, LONE_FIRST_NAME_SCORE, GAZETTEER) for start, end in listed]

    def _name_in_small_letters(self, hit: Hit) -> ProseName | None:
        """A name written in small letters, as chats and hurried notes do: a known first name and a
        known surname, or a word of no language that ends the line or clause, an initial between them
        or not, none of them a word of the language ("follow up with patricia desrosiers", "ring anna
        svensson", "eric g. samoylova's", "gäller: berith arnesson-palmvall")."""
        text = self.text
        if text[hit.end : hit.end + 1] != " " or not text[hit.end + 1 : hit.end + 2].islower():
            return None  # no word in small letters after it: most of these hits are in addresses
        words = self._words_from(hit.start)
        if len(words) > 2 and _is_initial(text[words[1][0] : words[1][1]].lower()):
            del words[1]
        if len(words) < 2 or words[0][1] != hit.end:
            return None
        start, word_end = words[1]
        end = _without_possessive(text, start, word_end, self.gazetteer.possessive_endings)
        if not _first_name_in_small_letters(text[hit.start : hit.end]):
            return None
        second = text[start:end]
        if not _surname_in_small_letters(second) and not (
            _ends_clause(text, end) and _unknown_word_in_small_letters(second)
        ):
            # "jeanetta at Harcourt & Lyle sending logs", "lona von Stadtwerke Rheinau": alone, of a
            # firm; "egidius war ein engel": alone, the subject of a verb
            if self._joined(hit.start, hit.end):
                return None
            subject = (
                fold_word(second) in self.gazetteer.subject_verbs
                and self.gazetteer.first_name_frequency(text[hit.start : hit.end]) >= CUED_FIRST_NAME
            )  # a name given in the markets: "egidius war", not "my iban is"
            if not (self._of_organisation(hit.end) or subject):
                return None
            return ProseName(hit.start, hit.end, LONE_FIRST_NAME_SCORE, GAZETTEER)
        if self._joined(hit.start, end) or not self._stands_for_person(hit.start, end):
            return None
        return ProseName(hit.start, end, FIRST_NAME_SCORE, GAZETTEER)

    def _of_organisation(self, end: int) -> bool:
        """Whether a word of origin and a capitalised word follow `end`: the firm or team of the person
        named before it ("Ketty på Nätdrift har …", "rodolfo at Pemberton Logistics")."""
        text = self.text
        origin = _word_starting_at(text, end + 1)
        if not origin or fold_word(origin) not in self.gazetteer.origins:
            return False
        return _capitalised(_word_starting_at(text, end + 2 + len(origin)))

    def _name_with_initial(self, hit: Hit) -> ProseName | None:
        """A capitalised word, an initial and a capitalised word: "Ken N. Fukuda", "Jildau S Bouts".
        Neither word may be a common word (a surname that is one may end the name: "Anna K. Koch")."""
        text = self.text
        g = self.gazetteer
        words = text[hit.start : hit.end].split(" ")
        last_start = hit.end - len(words[-1])
        end = _without_possessive(text, last_start, hit.end, g.possessive_endings)  # "Koch's"
        last = text[last_start:end]
        if len(words) == 2:  # "Gez. E. Moormann": no word before the initial
            return self._initial_and_surname(words[0], last_start, end)
        first, initial = words[:2]
        if not _capitalised(last) or self._joined(hit.start, hit.end):
            return None
        if _lower_case_word(first):  # "svar från C. Lindqvist": a word of prose before the initial
            return self._initial_and_surname(initial, last_start, end)
        if not _capitalised(first):
            return None
        if is_common_word(first) or g.is_not_name(first) or g.is_calendar_word(first):
            # "Ken N. Fukuda": a first name that is also a word is read with the words after it
            return None if _known_name(first) else self._initial_and_surname(initial, last_start, end)
        if not _continues_name(last) or not self._stands_for_person(hit.start, hit.end):
            return None
        score = KNOWN_NAME_SCORE if _known_name(first) or _known_name(last) else FIRST_NAME_SCORE
        return ProseName(hit.start, end, score, GAZETTEER)

    def _initial_and_surname(self, initial: str, last_start: int, end: int) -> ProseName | None:
        """An initial with its full stop and a surname after a word that is no name ("Signed M.
        Foreman", "Signerat T. Lindsjö-Jörgensson"): the surname a known one or no word of the
        language, the initial part of the name."""
        if initial[-1:] != ".":
            return None  # "Plan B Storage": a letter that ends a word's name
        surname = self.text[last_start:end]
        if not (self._is_surname_word(surname) or self._unknown_name_word(surname)):
            return None
        if self._name_goes_on(end):
            return None  # "i. A. Frankmut Geiger": a full name after an abbreviation
        start = last_start - len(initial) - 1
        if self._joined(start, end) or not self._stands_for_person(start, end):
            return None
        return ProseName(start, end, FIRST_NAME_SCORE, GAZETTEER)

    def _name_before(self, cue: Hit, earliest: int) -> ProseName | None:
        """Capitalised words right before a verb of contact ("Erik ringde", "Anna Svensson called"), a
        role in brackets between or not ("Gordan (Support) has joined"); a known first name in small
        letters ("an karleugen übergeben")."""
        text = self.text
        end = cue.start - 1
        if end < 1 or text[end] != " ":
            return None
        if text[end - 1] == ")":
            end = self._before_role(end - 1)
            if end < 1:
                return None
        small = _WORD_BEFORE.search(text, max(0, end - _TOKEN_REACH), end)
        if small is not None and _first_name_in_small_letters(small[0]) and small.start() >= earliest:
            if self._joined(small.start(), end) or not _starts_word(text, small.start()):
                return None
            return ProseName(small.start(), end, CUE_SCORE, "cue:" + _cue_text(text, cue))
        name_start = -1
        position = end
        for _ in range(MAX_NAME_WORDS):
            word_start = _word_start(text, position)
            word = text[word_start:position]
            if name_start >= 0 and word in _PARTICLES and text[word_start - 1 : word_start] == " ":
                if self._origin_of_person(name_start):
                    return None  # "Quorvin Thalsek von Fibranet": the firm, after a surname
                position = word_start - 1  # "Karl-Åke von Lindström"
                continue
            if not word or word_start < earliest or not _continues_name(word) or _noun_and_no_name(word):
                break  # "från Stadsnätet ringde": a firm's noun is no name
            name_start = word_start
            if word_start < 1 or text[word_start - 1] != " ":
                break
            position = word_start - 1
        if name_start < 0 or not _starts_word(text, name_start) or self._joined(name_start, end):
            return None
        if _token_before(text, name_start).lower() in _ARTICLES:
            return None  # "Die Sprachbox sagt …": a noun
        if self._origin_of_person(name_start):
            return None  # "Rhun Lumley from Brightwave called": the caller's firm
        words = text[name_start:end].split(" ")
        if all(is_common_word(word) for word in words):
            return None  # "You said", "Sie sagte": words of the language, surnames or not
        known = _known_name(words[0])
        return ProseName(
            name_start, end, KNOWN_NAME_SCORE if known else CUE_SCORE, "cue:" + _cue_text(text, cue)
        )

    def _origin_of_person(self, start: int) -> bool:
        """Whether the words at `start` follow a capitalised word and a word of origin ("Rhun Lumley
        from Brightwave", "Ritva Björnsson från Norrlandsnät"): where that person is from. A "von"
        after a given name is the particle of a surname ("Karl-Åke von Lindström"), after a surname
        it is where the person is from ("Erno Weidner von Glasfaser")."""
        text = self.text
        origin = _word_ending_at(text, start - 1)
        if not origin or fold_word(origin) not in self.gazetteer.origins:
            return False
        person = _word_ending_at(text, start - 2 - len(origin))
        if not person or not _capitalised(person):
            return False
        if origin not in _PARTICLES:
            return True
        return not all(map(self.gazetteer.is_plainly_first_name, person.split("-")))

    def _before_role(self, closing: int) -> int:
        """Where the words before a role in brackets that closes at `closing` end ("Gordan (Support)"),
        or -1 when none of the kind is there."""
        text = self.text
        opening = text.rfind("(", max(0, closing - _ROLE_LENGTH), closing)
        if opening < 2 or text[opening - 1] != " " or "\n" in text[opening:closing]:
            return -1
        return opening - 1

    def _name_from_gazetteer(self, hit: Hit) -> ProseName | None:
        text = self.text
        word_match = _WORD.match(text, hit.start)
        if word_match is None or not _starts_word(text, hit.start):
            return None
        if word_match.end() != hit.end:
            return self._possessive(hit.start, hit.end, word_match.end())
        word = text[hit.start : hit.end]
        if not _capitalised(word) or self._joined(hit.start, hit.end):
            return None
        first_name = bool(hit.evidence & Evidence.FIRST_NAME)
        # The words after it only when a capital or a particle follows ("Karl-Åke von Lindström").
        words = self._words_from(hit.start) if self._name_goes_on(hit.end) else []
        if (
            first_name
            and len(words) > 1
            and self._starts_name(word)
            and not self._word_before_owner(word, words)
        ):
            end = self._name_end(words)
            if end > hit.end and not self._joined(hit.start, end) and self._stands_for_person(hit.start, end):
                known = _known_name(text[words[1][0] : words[1][1]])
                return ProseName(hit.start, end, KNOWN_NAME_SCORE if known else FIRST_NAME_SCORE, GAZETTEER)
        return self._lone_name(hit, word, first_name)

    def _fills_field(self, start: int, end: int) -> bool:
        """Whether the words from `start` to `end` are all of a form's field's value: a label and a
        colon before them on their line, nothing after them ("For: Dorthy", "Taken by: Violet")."""
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        if _FIELD_LABEL.fullmatch(text, line_start, start) is None:
            return False
        line_end = text.find("\n", end)
        return not text[end : line_end if line_end >= 0 else len(text)].strip()

    def _word_before_owner(self, word: str, words: list[tuple[int, int]]) -> bool:
        """Whether a first name that is also a word ("Per", "Will") stands before another's given name
        with an apostrophe's ("Per Rosaline's note"): the word of the language before the owner,
        since a surname, not a given name, ends a full name."""
        text = self.text
        start, end = words[1]
        if not text.startswith(("'s", "’s"), end - 2) or not is_common_word(word):
            return False
        given = text[start : end - 2]
        return self.gazetteer.is_plainly_first_name(given) and not self.gazetteer.is_surname(given)

    def _name_goes_on(self, end: int) -> bool:
        """Whether the word after `end` may go on with a name: one with a capital, or a particle."""
        text = self.text
        following = text[end + 1 : end + 2]
        if text[end : end + 1] != " " or not following.isalpha():
            return False
        return following.isupper() or _word_starting_at(text, end + 1) in _PARTICLES

    def _lone_name(self, hit: Hit, word: str, first_name: bool) -> ProseName | None:
        """A known name standing alone in a sentence. A first name: inside a sentence before or after a
        lower-case word ("ring Anna tillbaka"), in a list ("Kateřina, James"), or a chat's speaker
        ("Natasha: …"). A surname, more often a word or a place as well: only after a lower-case word
        ("the Christiansen novel"), never first in a sentence."""
        if (
            is_common_word(word)
            or self.gazetteer.is_not_name(word)
            or not self._stands_for_person(hit.start, hit.end)
        ):
            return None
        text = self.text
        before = _word_ending_at(text, hit.start - 1)
        after = _word_starting_at(text, hit.end + 1)
        initial = self._sentence_initial(hit.start)
        next_char = text[hit.end : hit.end + 1]
        if first_name:
            listed = next_char == "," or text[max(0, hit.start - 2) : hit.start] == ", "
            speaker = initial and next_char == ":"
            # alone in brackets, after whom it names: "Gespräch mit Angehörigen (Volkart)"
            bracketed = next_char == ")" and text[hit.start - 1 : hit.start] == "("
            # Inside a sentence a lower-case word on either side; first in a sentence a verb whose
            # subject it is ("Kevin had given", "Anna är sjuk"), or any lower-case word but a
            # conjunction after a first name that is no surname ("Kaiden in accounts says", "Eigil på
            # dataskydd tar"; "User: Hanne and ul. …" lists places), but not after one that is a word
            # too: "Grant access to …", "Rose by …".
            prose = (
                fold_word(after) in self.gazetteer.subject_verbs
                or self._of_organisation(hit.end)
                or (
                    _lower_case_word(after)
                    and after not in _CONJUNCTIONS
                    and not self.gazetteer.is_surname(word)
                )
                if initial
                else _lower_case_word(before) or _lower_case_word(after)
            )
            # the value of a form's field: "For: Dorthy", "Notiert für: Lenore"
            field = initial and next_char in ("", "\r", "\n", " ") and self._fills_field(hit.start, hit.end)
            # alone in a list's row after its number: "324 Abby (reception)"
            number = _token_before(text, hit.start)
            row = number.isdigit() and self._fills_row(hit.start - 1 - len(number), hit.start, hit.end)
            if listed or speaker or prose or bracketed or field or row:
                return ProseName(hit.start, hit.end, LONE_FIRST_NAME_SCORE, GAZETTEER)
            if next_char == ")" and before:
                return self._surname_first_in_brackets(hit, before)
            return None
        if initial or not _lower_case_word(before) or before in _PARTICLES:
            return None
        return ProseName(hit.start, hit.end, LONE_SURNAME_SCORE, GAZETTEER)

    def _surname_first_in_brackets(self, hit: Hit, surname: str) -> ProseName | None:
        """A surname and a first name that fill brackets, as lists and voicemail logs write who is meant
        ("Pågår (Hagbacka Catrine)", "mailbox 576 (Maurer Sigolf)"): the surname a known one or no
        word of the language."""
        start = hit.start - 1 - len(surname)
        if self.text[start - 1 : start] != "(":
            return None
        if not (self._is_surname_word(surname) or self._unknown_name_word(surname)):
            return None
        return ProseName(start, hit.end, FIRST_NAME_SCORE, GAZETTEER)

    def _stands_for_person(self, start: int, end: int, again: bool = False) -> bool:
        """Whether nothing next to the words makes them a street, a company or a product: a German
        definite article before them ("die Sprachbox"), a house number ("Joaquin Suarez 2906", "808
        Kálmán Imre u."), a model number after one word ("Haicom HI-305N", "Yealink T46S"), a street
        word ("Rua João Pessoa", "Elisabeth Parks", "Berg Hills Street"), a company word after them or
        as their last ("Miller Ltd.", "Carter Brothers"), or after a partner's name ("Morgan & Price
        Ltd.", "Lindström & Berg AB")."""
        text = self.text
        after_match = _TOKEN_AFTER.match(text, end)
        after = after_match[1] if after_match else ""
        if _marks_place_or_firm_after(after):
            return False
        before = _token_before(text, start)
        number_start = start - 1 - len(before)
        if before.lower() in _ARTICLES and not (again and text[number_start - 2 : number_start] == ", "):
            # "Die Sprachbox sagt …": a noun's article; after a comma, before a name said already, a
            # relative pronoun ("das Headset, das Anna bekommen hat")
            return False
        if _marks_place_before(before) and not (
            _ends_phone_number(text, number_start, before) or self._fills_row(number_start, start, end)
        ):
            return False
        if _is_model_number(after) and " " not in text[start:end]:
            return False  # one word and a model number: a brand ("Anna Svensson SE-1234" is a name)
        if (after == "&" or after[:1].isupper()) and self._firm_after(end):
            return False
        if " " not in text[start:end] and self._partner_before(start):
            return False
        # The name's last word: its words are separated by spaces (found in C, not letter by letter)
        return not _names_place_or_firm(text[max(start, text.rfind(" ", start, end) + 1) : end])

    def _fills_row(self, number_start: int, start: int, end: int) -> bool:
        """Whether a number opens the line and the words from `start` to `end` after it, no street
        word among them, fill the row's cell: a row of a list, the number an extension or a position
        ("290 Mindi Primo – logged out", "659 Hannegret Hauer (angemeldet)"), no house number ("808
        Kálmán Imre u. 12", "1317 Kimberly Way Laidlaw Green")."""
        text = self.text
        line_start = text.rfind("\n", 0, number_start) + 1
        if text[line_start:number_start].strip(" \t|"):
            return False
        if _CELL_AFTER.match(text, end) is None:
            return False
        streets = self.gazetteer.streets_after
        return not any(fold_word(word) in streets for word in text[start:end].split(" "))

    def names_firm(self, start: int, end: int) -> bool:
        """See the function `names_firm`."""
        return (
            self._firm_after(end)
            or fold_word(_token_before(self.text, start)) in self.gazetteer.organisations_before
            or self._partner_before(start)
        )

    def _firm_after(self, end: int) -> bool:
        """Whether the capitalised words (or "&") after `end` end in a company word within a few words:
        a firm named after a person ("Sattler Logistik GmbH", "Ashworth Dental Group", "Lindström &
        Berg AB", "Pfister IT-Service"); a comma or bracket ends the firm's words."""
        for token in self.text[end : end + _TOKEN_REACH].split()[:_PARTNER_WORDS]:
            word = token.rstrip(",.;:)")
            if word[:1] == "(":
                return False  # "Estrid (Support):": a role in brackets
            if not (word == "&" or word[:1].isupper()):
                return False  # a firm's words are capitalised: "sofie.wallin service ssh-connection"
            if _company_word(word):
                return True
            if word != token:
                return False
        return False

    def _partner_before(self, start: int) -> bool:
        """Whether a word stands after another's surname and "&": the second partner of a firm
        ("Harcourt & Lyle", "Marks & Spencer"); people so joined are given names ("Anna & Erik")."""
        text = self.text
        if text[start - 3 : start] != " & ":
            return False
        partner = _word_ending_at(text, start - 3)
        return _capitalised(partner) and not self.gazetteer.is_first_name(partner)

    def _possessive(self, start: int, name_end: int, word_end: int) -> ProseName | None:
        """ "David's", "Eriks", "Meza's": a first name with a possessive ending, or a surname with an
        apostrophe's (the bare "s" of "Jones" belongs to many surnames); the name without it."""
        text = self.text
        ending = text[name_end:word_end]
        word = text[start:name_end]
        whole = text[start:word_end]
        g = self.gazetteer
        if ending not in g.possessive_endings:
            return None
        if not (g.is_first_name(word) or (ending[0] in "'’" and g.is_surname(word))):
            return None
        if is_common_word(whole) or is_common_word(word) or self.gazetteer.is_not_name(whole):
            return None
        if not _capitalised(word) or self._joined(start, word_end):
            return None
        return ProseName(start, name_end, POSSESSIVE_SCORE, "cue:" + ending.replace("’", "'"))

    # --- words --------------------------------------------------------------------------------------

    def _words_from(self, position: int) -> list[tuple[int, int]]:
        """Up to MAX_NAME_WORDS + 2 words separated by single spaces from `position` (with initials
        "J." and particles "von"), as spans."""
        text = self.text
        run = _WORD_RUN.match(text, position)  # one match for the run: the hottest call of the finder
        if run is None or not _starts_word(text, position):
            return []
        words: list[tuple[int, int]] = []
        start = position
        for word in run.group().split(" "):
            end = start + len(word)
            if word[-1] == "." and len(word) != 2 and fold(word[:-1]) not in self.gazetteer.honorifics:
                words.append((start, end - 1))  # a full stop ends the sentence, not an initial ("Dr.")
                break
            words.append((start, end))
            start = end + 1
        return words

    def _name_end(self, words: list[tuple[int, int]]) -> int:
        """Where the name that starts with `words[0]` ends: further capitalised words that are names
        (known, or not common words), particles inside, initials; a possessive ending left out. A
        particle stands between given names and the surname ("Karl-Åke von Lindström", "Johann
        Wolfgang von Goethe"): after a surname, "von" says where someone is from ("Erno Weidner von
        Glasfaser Land")."""
        text = self.text
        endings = self.gazetteer.possessive_endings
        end = _without_possessive(text, *words[0], endings)
        if end != words[0][1]:
            return end
        count = 1
        first = text[words[0][0] : end]
        given_names_only = True  # the words after the first
        after_particle = False
        for start, word_end in words[1:]:
            if count == MAX_NAME_WORDS:
                break
            bare_end = _without_possessive(text, start, word_end, endings)  # "Emmie Ström's"
            word = text[start:bare_end]
            if word in _PARTICLES:
                # A particle goes on with a name only after given names: after the surname a form of
                # address names ("Frau Lindemann von Mühlenbach Versicherungen"), it says where from.
                if not (given_names_only and all(map(self.gazetteer.is_first_name, first.split("-")))):
                    break
                after_particle = True
                continue
            if not _continues_name(word):
                break
            if after_particle and self.gazetteer.is_plainly_first_name(word):
                break  # a surname follows a particle: "das Handy von Heimar Kuhlmann" is another's
            after_particle = False
            given_names_only = given_names_only and self.gazetteer.is_first_name(word)
            end = bare_end
            count += 1
            if end != word_end:
                break
        return end

    def _starts_name(self, word: str) -> bool:
        """Whether a known first name starts a name when a capitalised word follows it. One that is
        also a common word, a month or a place starts one only when it is a common name in the markets
        ("John", "Klara", "Jan", "May": not "The", "Will", "Grant")."""
        if not (is_common_word(word) or self.gazetteer.is_not_name(word)):
            return True
        return self.gazetteer.first_name_frequency(word) >= WELL_KNOWN_FIRST_NAME

    def _without_honorifics(self, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """`words` from the first that is no form of address ("Frau Dr. Weiß" -> "Weiß")."""
        text = self.text
        index = 0
        honorifics = self.gazetteer.honorifics
        while index < len(words) and fold_word(text[words[index][0] : words[index][1]]) in honorifics:
            index += 1
        return words[index:]

    def _after_cue(self, end: int, honorific: bool) -> int:
        """Where the word after a cue starts: past the full stop of an abbreviation ("Dr."), a comma,
        colon or question mark ("kunden, Anna", "Name: Anna", "your last name? Nyberg"), spaces."""
        text = self.text
        mark = text[end : end + 1]
        if mark in ((".",) if honorific else (",", ":", "?")):
            end += 1
        if mark == ":":  # "Name:    Anna": a form aligns its values
            spaces = text[end : end + _MAX_ALIGNMENT]
            return end + len(spaces) - len(spaces.lstrip(" "))
        if text[end : end + 1] == " ":
            end += 1
        return end

    def _is_surname_word(self, word: str) -> bool:
        """A capitalised known surname, a word of the language or not ("Foreman", "Hamblin")."""
        return _capitalised(word) and self.gazetteer.is_surname(word) and not self.gazetteer.is_not_name(word)

    def _is_plain_surname(self, word: str) -> bool:
        return _capitalised(word) and self.gazetteer.is_surname(word) and not is_common_word(word)

    def _name_after_honorific(self, hit: Hit) -> ProseName | None:
        """A form of address written with a capital must be capitalised in the text ("5 ms" is none),
        but for a hurried "ms. Holloway", "mr. elliott": there, with its full stop, it is a cue like
        the others, before no common word."""
        text = self.text
        folded = fold(text[hit.start : hit.end])
        if folded not in self.gazetteer.capitalised_honorifics or text[hit.start].isupper():
            return self._name_after(hit, HONORIFIC_SCORE, honorific=True)
        if text[hit.end : hit.end + 2] != ". " or _token_before(text, hit.start)[-1:].isdigit():
            return None  # "took 5 ms. Then": a unit
        return self._name_after(Hit(hit.start, hit.end + 1, hit.evidence), CUE_SCORE, honorific=False)

    def _joined(self, start: int, end: int) -> bool:
        """Whether the words are part of an address, path or key: "anna.svensson@", "sip:Anna"."""
        text = self.text
        after = text[end : end + 2]
        if len(after) == 2 and after[0] in _JOINERS and after[1].isalnum():
            return True
        before = text[max(0, start - 2) : start]
        return len(before) == 2 and before[1] in _JOINERS and before[0].isalnum()

    # --- names in lists, rosters, forms and chat headers ------------------------------------------

    def _listed_name(self, hit: Hit, found: list[ProseName]) -> ProseName | None:
        """A name that only the shape of a list, roster, form or chat shows: a chat message's author
        ("Ketty  08:35"), in capitals ("ANNA LINDQVIST", "LINDQVIST, ANNA"), or surname first
        ("Lindqvist Anna"). It may take in the last name found
        when that was its surname alone ("hos Lindqvist" before "Anna")."""
        text = self.text
        header = None
        if hit.start == 0 or text[hit.start - 1] == "\n":
            header = self._chat_header(hit.start)
        elif text[hit.end : hit.end + 2] in _BEFORE_CHAT_TIME:  # the header's last word
            header = self._chat_header(text.rfind("\n", 0, hit.start) + 1)
        if header is not None:
            name: ProseName | None = header
        elif text[hit.start : hit.end].isupper():
            name = self._name_in_capitals(hit)
        elif text[hit.start].islower():
            name = self._small_letters_in_a_row(hit)
        elif hit.evidence & Evidence.FIRST_NAME and text[hit.start - 2 : hit.start] == ", ":
            name = self._surname_comma_given(hit)
        elif hit.evidence & Evidence.FIRST_NAME:
            name = self._surname_before_given(hit)
        else:
            return None
        if name is not None and found and name.start < found[-1].end:
            if found[-1].start < name.start:
                return None
            found.pop()
        return name

    def _name_in_capitals(self, hit: Hit) -> ProseName | None:
        """Two or three words in capitals, one of them a known first name, the others known names or no
        word of the language, place or product: forms, rosters and bills print names so. Capitals in
        logs are SIP methods, levels, headers and codes ("INVITE", "ERROR", "ANNA 2000"): they are
        common words or stand with digits; a name with an unknown word needs a cell of its own
        ("| LINDQVIST ANNA |", "Jour: EKBACK ANNA")."""
        text = self.text
        line_start = text.rfind("\n", 0, hit.start) + 1
        run = _CAPS_RUN.search(text, max(line_start, hit.start - 60), hit.end + 60)
        while run is not None and run.end() < hit.end:
            run = _CAPS_RUN.search(text, run.end(), hit.end + 60)
        if run is None or run.start() > hit.start:
            return None
        value = run.group()
        words = value.replace(",", "").split(" ")
        comma = "," in value
        if value.count(",") > 1 or (
            comma and not value.split(" ")[0].endswith(",") and words[0].lower() not in _PARTICLES
        ):
            return None  # a list, or a comma not after the surname ("ZU KAUFMANN, JOSUA" has one)
        names = [w.title() for w in words if w.lower() not in _PARTICLES]
        if not 2 <= len(names) <= 3 or words[-1].lower() in _PARTICLES:
            return None
        if words[0].lower() in _PARTICLES and not comma:
            return None
        g = self.gazetteer
        if not any(
            g.is_first_name(w) and self._starts_name(w) for w in names
        ) and not self._given_and_surnames(names):
            return None
        if not all(_known_name(w) or self._unknown_name_word(w) or self._surname_of_words(w) for w in names):
            return None
        known = all(map(_known_name, names))
        start, end = run.span()
        if comma and g.is_first_name(names[-1]):
            # "LAST, FIRST" says by itself that it is a name, in a sentence too ("står som AHLFORS, SIW hos")
            line_start = text.rfind("\n", 0, start) + 1
            if not (
                _CELL_BEFORE.search(text, line_start, start)
                or _MIXED_CASE_BEFORE.search(text, line_start, start)
            ):
                return None
        elif not self._in_a_cell(start, end, after_word=True) and not (
            g.is_first_name(names[0]) and not is_common_word(names[0]) and self._after_preposition(start, end)
        ):
            return None  # "MAX SESSIONS reached": capitals in a sentence are a log's
        return ProseName(run.start(), run.end(), KNOWN_NAME_SCORE if known else FIRST_NAME_SCORE, CAPITALS)

    def _surname_of_words(self, word: str) -> bool:
        """A compound that ends in a surname's element, no common word ("Messerschmidt", "Sandmann",
        "Björkesten"): beside a known first name in capitals, a surname the gazetteers lack."""
        return fold_word(word).endswith(self.gazetteer.surname_elements) and not _common_word_form(word)

    def _after_preposition(self, start: int, end: int) -> bool:
        """Whether `start`-`end` stands inside a sentence after a preposition that puts a person there,
        words in small letters after it ("Escalate to ANNA LINDQVIST for outages")."""
        text = self.text
        if _SMALL_WORD_AFTER.match(text, end) is None or text[start - 1 : start] != " ":
            return False
        before = text[_word_start(text, start - 1) : start - 1]
        return before in _TO_PERSON

    def _surname_comma_given(self, hit: Hit) -> ProseName | None:
        """ "Surname, Given" filling a cell, as rosters, exports and presence lists sort people
        ("Engineer on duty: Grisham, Violet", "| Major, Valery |", "Maurer, Dagomar – Mittag"): the
        given name a known first name of the markets, the surname a known one or no word of the
        language, place or product."""
        text = self.text
        given = text[hit.start : hit.end]
        g = self.gazetteer
        if not _capitalised(given) or not g.first_name_frequency(given) or g.is_not_name(given):
            return None
        comma = hit.start - 2
        escaped = text[comma - 1] == "\\"  # a directory's "CN=Lindqvist\\, Anna,OU=…"
        comma -= escaped
        start = _word_start(text, comma)
        surname = text[start:comma]
        if len(surname) < 2 or not _whole_word(text, start, comma) or not _whole_word(text, *hit[:2]):
            return None
        if g.is_plainly_first_name(surname):
            return None
        if escaped:
            # The escaped comma of a distinguished name's common name, as directories write a person's:
            # the shape says enough for a compound surname too ("Horstmann"), for a common word that
            # is a known surname ("Siegel").
            if (
                text[start - 3 : start].upper() != "CN="
                or text[hit.end : hit.end + 1] not in (",", "+")
                or not _capitalised(surname)
                or (_common_word_form(surname) and not g.is_surname(surname))
                or g.is_not_name(surname)
            ):
                return None
        elif not (self._is_surname_word(surname) or self._unknown_name_word(surname)):
            return None
        elif _LIST_JOIN.match(text, hit.end) or not (
            self._in_a_cell(start, hit.end) or self._copied_into_sentence(start, hit.end, surname, given)
        ):
            return None  # "Gaetane, Hannah, Anthony": a list of given names
        found_by = SURNAME_FIRST if g.is_surname(surname) else UNKNOWN_SURNAME_FIRST
        return ProseName(start, hit.end, FIRST_NAME_SCORE, found_by)

    def _copied_into_sentence(self, start: int, end: int, surname: str, given: str) -> bool:
        """ "Surname, Given" inside a sentence, copied from a directory ("die vorher Lindqvist, Anna
        gehörte", "please remove Grisham, Violet from the list"): a known surname and a first name that
        is no word, a word in small letters before them, one or a cell's end after them ("träff på
        Lindqvist, Anna (170)")."""
        text = self.text
        return (
            text[start - 2 : start - 1].islower()
            and text[start - 1] == " "
            and (_SMALL_WORD_AFTER.match(text, end) or _CELL_AFTER.match(text, end)) is not None
            and self.gazetteer.is_surname(surname)
            and not is_common_word(given)
        )

    def _given_and_surnames(self, names: list[str]) -> bool:
        """A first name known in the markets that is also a word, with known surnames that are none
        ("ELVA MARCANTEL", "SIE THOMASSON"): the surnames make it a name."""
        g = self.gazetteer
        given = [w for w in names if g.first_name_frequency(w) > 0 and not g.is_not_name(w)]
        if not given:
            return False
        return all(_surname_in_small_letters(w.lower()) for w in names if w not in given[:1])

    def _surname_before_given(self, hit: Hit) -> ProseName | None:
        """A surname and then a known first name that is no word, as rosters, lists and call histories
        sort people ("Hafner Frowine", "hos Thomasson Sie"): the surname a known one, or, in a cell of
        its own, a capitalised word that is no common word, place or product ("| Rosenstedt Tommie |")."""
        text = self.text
        given = text[hit.start : hit.end]
        g = self.gazetteer
        if (
            text[hit.start - 1 : hit.start] != " "
            or not _capitalised(given)
            or not _whole_word(text, *hit[:2])
        ):
            return None
        if not g.is_first_name_and_no_word(given) or (
            g.is_surname(given) and g.first_name_frequency(given) < WELL_KNOWN_FIRST_NAME
        ):
            return None
        start = _word_start(text, hit.start - 1)
        surname = text[start : hit.start - 1]
        if (
            len(surname) < 2
            or not _whole_word(text, start, hit.start - 1)
            or g.is_plainly_first_name(surname)
        ):
            return None  # "Anna Maria": given names
        following = text[hit.end : hit.end + 2]
        if following[:1] in ("-", "@") or (following[:1] in " ." and following[1:].isupper()):
            return None  # more capitalised words (a longer name, a firm) or an address
        if self._street_around(start, hit.end):
            return None  # "808 Kálmán Imre u.": a street
        if self._is_plain_surname(surname) and not self._sentence_initial(start):
            return ProseName(start, hit.end, KNOWN_NAME_SCORE, SURNAME_FIRST)
        if self._unknown_name_word(surname) and self._in_a_cell(start, hit.end):
            return ProseName(start, hit.end, FIRST_NAME_SCORE, UNKNOWN_SURNAME_FIRST)
        if self._is_surname_word(surname) and self._fills_line_or_column(start, hit.end):
            return ProseName(start, hit.end, FIRST_NAME_SCORE, SURNAME_FIRST)  # "Jäger Friderike"
        if self._compound_surname(surname) and self._fills_line_or_column(start, hit.end):
            return ProseName(start, hit.end, FIRST_NAME_SCORE, UNKNOWN_SURNAME_FIRST)  # "Holzmann Isfried"
        return None

    def _compound_surname(self, word: str) -> bool:
        """A capitalised word made of two words, as German surnames are (Holzmann, Bruchmann), no common
        word, place or product: `_unknown_name_word` takes such words for nouns, but before a first
        name filling a roster's cell they are a surname."""
        g = self.gazetteer
        if (
            not _capitalised(word)
            or _common_word_form(word)
            or g.is_not_name(word)
            or g.is_calendar_word(word)
        ):
            return False
        return not self._place_or_firm(word) and _compound_of_words(word)

    def _street_around(self, start: int, end: int) -> bool:
        """Whether a house number or street word before the words, or a street or company word after
        them, makes them a street or a firm ("808 Kálmán Imre u."); a number after them is a call's
        length or an extension in a row ("hos Lindqvist Ingegerd 30 s"), no house number."""
        text = self.text
        if _marks_place_before(_token_before(text, start)):
            return True
        after = _TOKEN_AFTER.match(text, end)
        return after is not None and _names_place_or_firm(after[1])

    def _fills_line_or_column(self, start: int, end: int) -> bool:
        """Whether `start`-`end` is all of a cell that ends with its line, a bar, a tab or wide spaces,
        no sentence's end: a surname that is also a word stands first there ("Rechte wie bei:
        Jäger Friderike"), not in a turn ("Agent: Tack Siw. Och …")."""
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        return bool(_CELL_BEFORE.search(text, line_start, start)) and bool(_COLUMN_END.match(text, end))

    def _small_letters_in_a_row(self, hit: Hit) -> ProseName | None:
        """A name in small letters after the number that opens a row of a bill or an export ("453
        borghild hasselborg utland 47 min", "+49 30 23125 002 bartho kuhlmann"): a known first name that
        is no word, then a surname, known or no word of the language, place or product."""
        text = self.text
        before = text[hit.start - 2 : hit.start]
        if len(before) < 2 or before[1] not in " \t|" or not (before[0].isdigit() or before[0] in " \t|"):
            return None  # the cheap answer first: "user=nils", "for anna"
        line_start = text.rfind("\n", 0, hit.start) + 1
        if not _ROW_NUMBER.fullmatch(text, line_start, hit.start):
            return None
        if not _first_name_in_small_letters(text[hit.start : hit.end]):
            return None
        surname = _WORD.match(text, hit.end + 1) if text[hit.end : hit.end + 1] == " " else None
        if surname is None or not all(map(self._surname_in_a_row, surname.group().split("-"))):
            return None
        return ProseName(hit.start, surname.end(), FIRST_NAME_SCORE, ROW)

    def _surname_in_a_row(self, part: str) -> bool:
        if _surname_in_small_letters(part):
            return True
        return len(part) > 2 and part.islower() and self._unknown_name_word(part.capitalize())

    def _in_a_cell(self, start: int, end: int, after_word: bool = False) -> bool:
        """Whether `start`-`end` fills a cell: a line, a column between bars, tabs or wide spaces, or
        the value of a label ("Reserve: Hafner Frowine"); with `after_word`, also the end of a line
        or cell after a word in small letters ("Vertretung ANNA LINDQVIST")."""
        text = self.text
        if not _CELL_AFTER.match(text, end):
            return False
        line_start = text.rfind("\n", 0, start) + 1
        if _CELL_BEFORE.search(text, line_start, start):
            return True
        return after_word and _MIXED_CASE_BEFORE.search(text, max(line_start, start - 40), start) is not None

    def _small_letter_pair_before(self, verb: Hit) -> list[ProseName]:
        """Two first names in small letters joined by and/och/und before a verb in the plural, as hurried
        messages write them ("madalynn and xanthe have the same problem", "roselind und christhilde
        haben"): the verb announces people, and each must be a known first name that is no word."""
        text = self.text
        end = verb.start - 1
        if end < 1 or text[end] != " " or not text[end - 1].islower():
            return []  # the common case: no word in small letters right before the verb
        start = _word_start(text, end)
        join = _LIST_JOIN_BEFORE.search(text, max(0, start - 6), start)
        if join is None or join.group() == ", " or not _first_name_in_small_letters(text[start:end]):
            return []
        first_start = _word_start(text, join.start())
        first = text[first_start : join.start()]
        if not _starts_word(text, first_start) or not _first_name_in_small_letters(first):
            return []
        cue = "cue:" + _cue_text(text, verb)
        return [
            ProseName(first_start, join.start(), LONE_FIRST_NAME_SCORE, cue),
            ProseName(start, end, LONE_FIRST_NAME_SCORE, cue),
        ]

    def _chat_header(self, start: int) -> ProseName | None:
        """The author of a chat message, on a line of their own with the time, the message below
        ("Ketty  08:35", "anna lindqvist  10:42 AM", "Anna — 10:42"), as Slack and Teams copy them: a
        known name, capitalised or in small letters, no common word unless a known first name."""
        header = _CHAT_HEADER.match(self.text, start)
        if header is None:
            return None
        value = header.group()
        if not (value.istitle() or value.islower()):
            return None
        g = self.gazetteer
        words = value.split(" ")
        if words[0] in _PARTICLES or words[-1] in _PARTICLES:
            return None
        names = [w for w in words if w not in _PARTICLES]  # "eckfried zu holzmann"
        if any((is_common_word(w) and not g.is_first_name(w)) or g.is_not_name(w) for w in names):
            return None
        return ProseName(start, header.end(), FIRST_NAME_SCORE, CHAT_HEADER)

    def _thread_headers(self) -> Iterator[ProseName]:
        """The message headers of a chat thread that has one: there the author's first name may be a
        word too ("Gull  16:09", "Violet  10:42 AM"), which the gazetteer pass leaves out. Read only
        in texts with a header found: a log has none."""
        text = self.text
        for time in _CHAT_TIME_AT_LINE_END.finditer(text):
            start = text.rfind("\n", 0, time.start()) + 1
            header = self._chat_header(start)
            if header is None or header.end != time.start():
                continue
            if any(_known_name(word) for word in text[start : header.end].split(" ")):
                yield header

    def _sentence_initial(self, start: int) -> bool:
        text = self.text
        position = start - 1
        while position >= 0 and text[position] in _SENTENCE_LEAD:
            position -= 1
        return position < 0 or text[position] in "\r\n.!?:;="


@lru_cache(maxsize=65536)
def _name_word_in_a_cell(word: str) -> bool:
    """A word of a name in a cell: capitalised or in capitals, a known first name or surname, word or
    not ("Kaufmann", "Olive"), or a word of no language, place or product ("Östkvist", "DuWayne",
    "GÖSTASSON"; not "Reception", "Support")."""
    if not _WORD.fullmatch(word) or not (word.isupper() or word[0].isupper()):
        return False
    g = name_gazetteer()
    if g.is_not_name(word) or g.is_calendar_word(word):
        return False
    return not is_common_word(word) or g.is_surname(word) or g.is_first_name(word)


def _ends_clause(text: str, end: int) -> bool:
    """Whether the line, a clause or a cell ends at `end` ("mvh noomi hasselsten⏎", "… rosenfors –")."""
    return text[end : end + 1] in _CLAUSE_END or _CELL_AFTER.match(text, end) is not None


def _positions(text: str, word: str) -> Iterator[int]:
    """Where `word` stands in `text` (inside other words too: the caller checks the edges)."""
    position = text.find(word)
    while position >= 0:
        yield position
        position = text.find(word, position + len(word))


def _may_be_listed(text: str, hit: Hit) -> bool:
    """The cheap answer for `_Finder._listed_name`: a hit in small letters is a listed name only at a
    line's start, after a row's number or before a chat header's time (most in logs: "user nils")."""
    start = hit.start
    if not text[start].islower() or start < 2 or text[start - 1] == "\n":
        return True
    return text[start - 2] in _ROW_LEAD or text[hit.end : hit.end + 2] in _BEFORE_CHAT_TIME


def _merged(found: list[ProseName], more: list[ProseName]) -> list[ProseName]:
    """`found` with the names of `more`: one that overlaps a name already there is left out, unless it
    holds that name and more ("Fitzgerald" alone before "Fitzgerald Amankwah")."""
    if not more:
        return found
    names = list(found)
    starts = [name.start for name in names]
    for name in sorted(more, key=lambda n: n.start):
        first = bisect.bisect_right(starts, name.start)
        if first and names[first - 1].end > name.start:
            first -= 1  # the name before it reaches into it
        last = bisect.bisect_left(starts, name.end)
        inside = names[first:last]
        if any(n.start < name.start or n.end > name.end or n == name for n in inside):
            continue
        if inside and sum(n.end - n.start for n in inside) == name.end - name.start:
            continue  # nothing more than what is there
        names[first:last] = [name]
        starts[first:last] = [name.start]
    return names


def _next_to_list_join(text: str, name: ProseName) -> bool:
    """Whether what joins the names of a list (", ", " and ", " och ", …) is right after or before `name`."""
    if _LIST_JOIN.match(text, name.end) is not None:
        return True
    return _LIST_JOIN_BEFORE.search(text, max(0, name.start - 6), name.start) is not None


# Endings of Swedish definite forms and of German plurals ("Teknikern", "Stadsnätet", "Kollegorna",
# "Technikern") on a word the list of common words has in its base form. Not "-er", "-s" or "-e":
# English words with them make surnames ("Pottinger", "Rivers").
_INFLECTIONS = ("erna", "arna", "orna", "en", "et", "na", "n", "t")
_SHORTEST_BASE = 4  # letters left without the ending: "Jens" is no "jen" + "s"
# A noun's ending with the joining s of a compound: the noun need not be a common word ("Eskalerings|listan",
# "Bonitäts|prüfung", "Versicherungs|nummer"); names do not end so before a word of five letters or more.
_NOUN_BEFORE_JOINING_S = ("erings", "nings", "ungs", "täts", "ions", "heits", "keits", "schafts")


def _common_word_form(word: str) -> bool:
    """Whether `word` is a common word, or one with an ending of the languages' inflection."""
    lowered = word.lower()
    if is_common_word(lowered):
        return True
    return any(
        lowered.endswith(ending)
        and len(lowered) - len(ending) >= _SHORTEST_BASE
        and is_common_word(lowered[: -len(ending)])
        for ending in _INFLECTIONS
    )


@lru_cache(maxsize=65536)
def _compound_of_words(word: str) -> bool:
    """Whether `word` is two common words in one, as German and Swedish write nouns ("Telefonanlage",
    "Störungsmeldung", "Växelnummer"), the first with a joining s or not, the whole in the genitive or
    not ("des Vertragsinhabers", "Fiberförenings"): a noun the list of common words lacks, no name
    (names that are so made, Lindberg or Hoffmann, are in the gazetteers)."""
    if len(word) < _SHORTEST_COMPOUND:
        return False
    folded = word.lower()
    for split in range(3, len(folded) - 3):
        head = folded[split:]
        modifier = folded[:split]
        genitive = head[-1] == "s" and len(head) > _SHORTEST_BASE and _common_word_form(head[:-1])
        if (_common_word_form(head) or genitive) and (
            is_common_word(modifier)
            or (modifier[-1] == "s" and is_common_word(modifier[:-1]))
            or (len(head) > _SHORTEST_BASE and modifier.endswith(_NOUN_BEFORE_JOINING_S))
        ):
            return True
    return False


@lru_cache(maxsize=65536)
def _noun_and_no_name(word: str) -> bool:
    """A word of the language, inflected or compounded ("Teamleiter", "Supporttekniker",
    "Kundenbindung", "Stadsnätet"), that no gazetteer knows as a name: after "eskaliert an" or before
    "ringde" it is a role, a department or a firm, not a person."""
    if _known_name(word) or fold_word(word).endswith(name_gazetteer().surname_elements):
        return False  # "Sjöbacka", "Westgård": a surname of two words of nature
    return _common_word_form(word) or _compound_of_words(word)


def _pair_may_start(text: str, start: int) -> bool:
    """Whether two capitalised words at `start` may be a name by their shape alone: first in the text,
    on a line or in a sentence (both unknown words then), or after a word in small letters or a
    comma."""
    if start < 2 or text[start - 1] == "\n":
        return True
    before = text[start - 2]
    return before in ",.!?" or _lower_case_word(_word_ending_at(text, start - 1))


def _past_line_lead(text: str, start: int) -> int:
    """Where the first word of the line at `start` starts: past a quote mark or bullet ("> ", "• ")."""
    position = start
    while position < start + _LINE_LEAD and position < len(text):
        char = text[position]
        if char.isalnum() or char == "\n":
            break
        position += 1
    return position


def _whole_word(text: str, start: int, end: int) -> bool:
    """Whether a word of `text` starts at `start` and ends at `end` ("Anna", not in "Annalena")."""
    word = _WORD.match(text, start)
    return word is not None and word.end() == end and _starts_word(text, start)


def _labels_line(text: str, end: int) -> bool:
    """Whether a colon follows the word that ends at `end`, the time of a chat's line between or not:
    "Nicole: …", "Aase 08:10: …"."""
    following = text[end : end + 2]
    if following[:1] == ":":
        return True
    if following[:1] != " " or not (following[1:].isdigit() or following[1:] in ("[", "(")):
        return False  # most words: no time after them
    return _LABEL_END.match(text, end) is not None


def _ends_phone_number(text: str, start: int, token: str) -> bool:
    """Whether `token` at `start`, digits and a comma, is the last group of a phone number, not a house
    number: "ring 070-174 06 63, Rian knows" (not "Apt. 397, Mora de Rubielos")."""
    return token[-1:] == "," and text[start - 2 : start - 1].isdigit() and text[start - 1] in " -"


def _at_line_start(text: str, start: int) -> bool:
    """Whether only a quote mark, a bullet or a chat's time stand before `start` on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    return _LINE_LEAD_SHAPE.fullmatch(text, line_start, start) is not None


def _capitalised(word: str) -> bool:
    """A capital and then small letters, in each part of the word (Anna, Karl-Åke, O'Brien, McDonald,
    LaDeana, DuWayne); not ALL CAPS and not camel case (MediationServer, iPhone, LaserJet)."""
    if not word[:1].isupper():
        return False
    rest = word[1:]
    if not rest or (rest.islower() and rest.isalpha()):
        return True
    return all(_capitalised_part(part) for part in _WORD_PARTS.split(word))


def _capitalised_part(part: str) -> bool:
    if not part[:1].isupper():
        return False
    # McConnan, MacLeod, LaDeana, DeShawn, DuWayne, DiMaggio: a capital after the prefix
    for prefix in _NAME_PREFIXES:
        if part.startswith(prefix) and part[len(prefix) : len(prefix) + 1].isupper():
            return _capitalised_part(part[len(prefix) :])
    rest = part[1:]
    return not rest or rest.islower()


def _starts_word(text: str, position: int) -> bool:
    """Whether a word starts at `position` (not inside "O'Brien" or "Karl-Åke")."""
    if position == 0:
        return True
    before = text[position - 1]
    if before.isalnum():
        return False
    return not (before in "-'’" and position > 1 and text[position - 2].isalnum())


def _without_possessive(text: str, start: int, end: int, endings: tuple[str, ...]) -> int:
    word = text[start:end]
    if not word.endswith(endings):
        return end  # most words: one test in C
    for ending in endings:
        if len(ending) > 1 and word.endswith(ending):
            return end - len(ending)
    return end


def _word_start(text: str, end: int) -> int:
    """The start of the letters that end at `end` (`end` itself when there are none)."""
    position = end
    while position > 0 and (text[position - 1].isalpha() or text[position - 1] in "-'’"):
        position -= 1
    return position


def _token_before(text: str, start: int) -> str:
    """The run of non-space characters before `start` (at most _TOKEN_REACH back), when spaces or tabs
    separate it from `start`; empty when none do."""
    window = text[max(0, start - _TOKEN_REACH) : start]
    stripped = window.rstrip(" \t")
    if len(stripped) == len(window) or not stripped or stripped[-1].isspace():
        return ""
    return stripped.rsplit(maxsplit=1)[-1]


def _word_ending_at(text: str, end: int) -> str:
    if end < 1 or text[end] != " ":
        return ""
    return text[_word_start(text, end) : end]


def _word_starting_at(text: str, start: int) -> str:
    if start < 1 or text[start - 1 : start] != " ":
        return ""
    match = _WORD.match(text, start)
    return match.group() if match else ""


def _is_initial(word: str) -> bool:
    """ "a", "g.": one letter, with a full stop or not."""
    return word[:1].isalpha() and (len(word) == 1 or (len(word) == 2 and word[1] == "."))


def _lower_case_word(word: str) -> bool:
    """A word in small letters, hyphenated or not ("anna-karin", "re-invite")."""
    return word.islower() and word.replace("-", "").isalpha()


def _cue_text(text: str, cue: Hit) -> str:
    return _folded_cue(text[cue.start : cue.end])


@lru_cache(maxsize=4096)
def _folded_cue(cue: str) -> str:
    return " ".join(cue.lower().split())


# --- what a word is: asked of the same words line after line in a log, so answered once each ---------


@lru_cache(maxsize=65536)
def _known_name(word: str) -> bool:
    gazetteer = name_gazetteer()
    return gazetteer.is_first_name(word) or gazetteer.is_surname(word)


@lru_cache(maxsize=65536)
def _continues_name(word: str) -> bool:
    """Whether `word` goes on with a name: an initial, or a capitalised word that is not a common word
    or a known surname or given first name that is (Richter, Koch, Tack, the second given name of
    "Eldora Adria" and "Myrtis Patsy": after a name they are names)."""
    if word[0].isupper() and (len(word) == 1 or (len(word) == 2 and word[1] == ".")):
        return word != "I"  # "May I ask": the pronoun, not an initial
    gazetteer = name_gazetteer()
    if not _capitalised(word) or gazetteer.is_not_name(word) or gazetteer.is_calendar_word(word):
        return False
    return (
        not is_common_word(word)
        or gazetteer.is_surname(word)
        or (
            gazetteer.first_name_frequency(word) >= CUED_FIRST_NAME
            and len(word) >= _SHORTEST_WORDED_NAME  # "dass Sie Lindqvist anrufen": a pronoun
            and fold_word(word) not in gazetteer.subject_verbs  # "Then Kevin Will call"
        )
    )


@lru_cache(maxsize=65536)
def _opens_name_after_cue(word: str, honorific: bool) -> bool:
    """Whether a capitalised `word` right after a cue starts a name: no weekday or month, and after a
    cue other than a form of address no common word, unless a first name given in the markets
    ("spoke to Cherish in billing", "customer Will Smith", not "customer Service")."""
    gazetteer = name_gazetteer()
    if not _capitalised(word) or gazetteer.is_calendar_word(word) or word == "I":
        return False  # "Hello I moved": the pronoun
    if honorific:
        return True
    if gazetteer.is_not_name(word) or not looks_like_person_name(word):
        return False  # "Hallo Support-Team,": a team, by the words names never hold
    if _noun_and_no_name(word):
        return False  # "eskaliert an Teamleiter", "zugewiesen an Kundenbindung": a role or a department
    if is_common_word(word):
        return gazetteer.first_name_frequency(word) >= CUED_FIRST_NAME
    return True


@lru_cache(maxsize=65536)
def _marks_place_before(token: str) -> bool:
    """Whether the token before capitalised words makes them a street or a firm: a house number ("808
    Kálmán Imre u."), a street word ("Rua João Pessoa"), a kind of business ("Autohaus Feldmann").
    A street word is capitalised in an address: in small letters it is a word of prose ("was via
    Beatie H.", "via" of English). An address quoted, a JSON string's or a CSV cell's, is one too
    ("\"6614 Luite tee 87")."""
    token = token.lstrip(_OPENING_MARKS)
    folded = fold_word(token)
    gazetteer = name_gazetteer()
    return (
        _HOUSE_NUMBER.fullmatch(token) is not None
        or (folded in gazetteer.streets_before and token[:1].isupper())
        or folded in gazetteer.organisations_before
    )


@lru_cache(maxsize=65536)
def _marks_place_or_firm_after(token: str) -> bool:
    """Whether the token after capitalised words makes them a street or a company: a house number
    ("Joaquin Suarez 2906"), a street word ("Berg Hills Street"), a company word ("Miller Ltd."); not
    one in brackets, the person's team or firm ("Gladys Barnard (Support)", "(Service Desk)"), nor an
    address. Asked first: in a log most tokens after a name start with no letter or digit and are
    addresses ("<anna@example.se>"), each another, which the cache would not hold."""
    if not token[:1].isalnum():
        return False
    if _HOUSE_NUMBER.fullmatch(token):
        return True
    folded = fold_word(token)
    gazetteer = name_gazetteer()
    return folded in gazetteer.streets_after or folded in gazetteer.organisations_after


@lru_cache(maxsize=65536)
def _company_word(token: str) -> bool:
    """A company word, or a compound with one as its last part ("GmbH", "Group", "IT-Service")."""
    organisations = name_gazetteer().organisations_after
    return fold_word(token) in organisations or fold_word(token.rpartition("-")[2]) in organisations


@lru_cache(maxsize=65536)
def _is_model_number(token: str) -> bool:
    return _MODEL_NUMBER.fullmatch(token) is not None


@lru_cache(maxsize=65536)
def _names_place_or_firm(word: str) -> bool:
    """ "Elisabeth Parks", "Carter Brothers", "Svea Växelservice": a name's last word that makes it a
    street or a firm, or a compound that ends in a long company word."""
    folded = fold_word(word)
    gazetteer = name_gazetteer()
    return (
        folded in gazetteer.streets_after
        or folded in gazetteer.organisations_after
        or any(folded.endswith(part) for part in _long_company_words())
    )


@lru_cache(maxsize=1)
def _long_company_words() -> tuple[str, ...]:
    """The company words long enough to end a compound that is a firm's name ("Växelservice",
    "Nordtransport"); a short one ends many a surname ("Lundberg", "Sandbank")."""
    return tuple(word for word in name_gazetteer().organisations_after if len(word) >= _LONG_COMPANY_WORD)


@lru_cache(maxsize=65536)
def _first_name_in_small_letters(word: str) -> bool:
    """ "lena", "anna": a known first name in small letters that is no word of the language."""
    return _lower_case_word(word) and name_gazetteer().is_first_name_and_no_word(word)


@lru_cache(maxsize=65536)
def _surname_in_user_name(word: str) -> bool:
    """The second part of a user name: a known surname, or three letters or more that are no word of
    the language, place or product ("lindqvist", "monarrez"; not "com", "local", "support")."""
    gazetteer = name_gazetteer()
    if len(word) < 3 or gazetteer.is_not_name(word):
        return False
    # "anna.com", "erik.online": a host name; "anna.txt", "erik.bak": a file (Bak is a surname too)
    if public_suffixes().ends_domain(word) or word.lower() in _file_suffixes():
        return False
    if gazetteer.is_surname(word) or not (is_common_word(word) or _compound_of_words(word)):
        return True
    # "ostermann", "rosbacka": two words, as surnames the gazetteers lack are made ("oster" + "mann")
    return fold_word(word).endswith(gazetteer.surname_elements) and not is_common_word(word)


@lru_cache(maxsize=1)
def _compass_points() -> frozenset[str]:
    """Points of the compass after a place's name (rules/name_cues.yaml), folded."""
    return frozenset(fold_word(word) for word in rule_data(CUES_FILE)["compass_points"])


@lru_cache(maxsize=1)
def _file_suffixes() -> frozenset[str]:
    """The suffixes that the redaction of file names sets aside (rules/file_names.yaml): "log", "txt"."""
    return frozenset(str(suffix).lower() for suffix in rule_data(_FILE_NAMES)["suffixes"])


def _capitalised_or_small(user_name: str) -> bool:
    """ "anna.lindqvist", "Anna.Lindqvist", "ANNA.LINDQVIST" (as directories and ACD consoles show
    accounts): both parts in small letters, both capitalised, or the whole in capitals."""
    return (
        user_name.islower() or user_name.isupper() or all(_capitalised(part) for part in user_name.split("."))
    )


@lru_cache(maxsize=65536)
def _surname_in_small_letters(word: str) -> bool:
    gazetteer = name_gazetteer()
    return (
        _lower_case_word(word)
        and gazetteer.is_surname(word)
        and not is_common_word(word)
        and not gazetteer.is_not_name(word)
    )


@lru_cache(maxsize=65536)
def _unknown_word_in_small_letters(word: str) -> bool:
    """A word in small letters that no language, gazetteer of places or products, or calendar knows."""
    return _lower_case_word(word) and not is_common_word(word) and not name_gazetteer().is_not_name(word)


@lru_cache(maxsize=65536)
def _opens_name_in_small_letters(word: str) -> bool:
    """Whether a word in small letters after a cue may start a name: a known first name, or a form
    of address before one ("kunden fru Lindqvist")."""
    return fold_word(word) in name_gazetteer().honorifics or _first_name_in_small_letters(word)
