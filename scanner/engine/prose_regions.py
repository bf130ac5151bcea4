"""Which parts of a text are prose: sentences a person wrote, where a statistical NER model may look.

Ticket and e-mail bodies, chat messages, comment lines and free-text fields are prose; SIP messages, log
lines, protocol headers, ``key=value`` runs and JSON are not, and a model is never shown them: it would
take ``INVITE``, ``Via`` or a host name for a name, and it costs a hundred times what the regexes do.

The test is per line and cheap (one split and a look at each token): a prose line is mostly words of
letters, has few punctuation-heavy tokens, and does not start like machine output. Numbers, amounts and
dashes a person writes between words (a phone number, a time, "94 %", "–") neither count as words nor
against them: "Engineer on site: Kester Toland, mobile 070-174 06 55" is prose. A
``Key: value`` line whose value is prose (a ``Subject:``, a structured field's ``comment: …``) counts
from its value on. Consecutive prose lines form one region, so a sentence broken over lines stays whole.

A table pasted as text (a CSV export, a list with bars or tabs between its columns) is no prose, but a cell
of one that reads as a name (one to four capitalised words, "Last, First") may be shown to the model by
itself: ``name_cells``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from logscrub.scanner.propagation.protocol_words import protocol_words

MIN_WORDS = 4  # "Ring tillbaka imorgon." is prose; "Connection reset by peer" is a log message too
MIN_WORD_SHARE = 0.75  # tokens that are words, of all tokens on the line
MAX_REGION_CHARS = 20_000  # a region is cut at a line end past this length (bounded model input)

_LINE = re.compile(r"[^\n]*\n?")
# A token that is a word of prose: letters, with inner hyphens or apostrophes, and trailing punctuation.
_WORD_TOKEN = re.compile(r"[(\"'„“«]?[^\W\d_]+(?:[-'’][^\W\d_]+)*[.,;:!?)\"'“”»]{0,3}")
# A number or amount as people write them between words: "070-174", "11:34", "94", "%", "£8.90", "5/5:";
# a dash or bar between phrases. Neither a word nor machine syntax (that is `_STRUCTURE`'s).
# An address ("192.0.2.10") or a version has more separators, and stays machine syntax.
_NUMBER_OR_DASH = re.compile(r"[(+£$€]?\d+(?:[.,:/-]\d+){0,2}[%€)]?[.,;:!?)]{0,2}|[%–—-]")
# What may close a word of prose: "informed." and "holder:" are small words.
_TRAILING = ".,;:!?)\"'“”»"
# How machine output starts: a timestamp or date, a syslog priority, a SIP request or status line,
# a bracketed level or module, a log level word.
_MACHINE_START = re.compile(
    r"""\s*(?:
        \d{1,4}[-/.:]\d{1,2}[-/.:T ]\d{1,2}          # 2024-05-01, 05/01/24, 12:30:45
      | <\d{1,3}>                                    # <134>
      | [A-Z]{3}\s+\d{1,2}\s+\d{2}:                  # syslog: "May  1 12:30:45"
      | (?:INVITE|ACK|BYE|CANCEL|REGISTER|OPTIONS|PRACK|SUBSCRIBE|NOTIFY|PUBLISH|INFO|REFER|MESSAGE|UPDATE)
        \s+\S+:\S+                                   # a SIP request line
      | SIP/2\.0\s                                   # a SIP status line
      | \[[^\]]*\]                                   # [ERROR], [pid 1234]
      | (?:DEBUG|INFO|NOTICE|WARN(?:ING)?|ERROR|ERR|CRIT(?:ICAL)?|FATAL|TRACE)\b
    )""",
    re.VERBOSE,
)
# The time stamp of a chat line: "[10:32] Anna: Hej ..." is a message, and the speaker's name is in it.
_CHAT_TIME = re.compile(r"\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*")
# A header or field name before a colon: "Subject: ", "ticket_comment: ", "Call-ID: ".
_KEY_PREFIX = re.compile(r"[ \t]*[\w.\-]{1,40}:[ \t]+")
# Marks of structured data anywhere on a line: key=value, JSON syntax, URIs.
_STRUCTURE = re.compile(r"\w=\S|[{}\[\]]|\":|<?sips?:|https?://|;tag=|;branch=")


# Between the cells of a table row: a tab, a bar, a semicolon, or a comma with no space after it (one
# with a space is inside a cell: "Lax, Mervin").
_CELL_SEPARATOR = re.compile(r"\t|[ \t]*\|[ \t]*|;|,(?! )| {2,}")
MIN_CELLS = 3
# The label of a form's or ticket's field: a capitalised word or a few words and a colon ("Reserve: ",
# "Previous holder: "); its value is a cell. Header names are hyphenated or protocol words, and no label.
_FIELD_LABEL = re.compile(r"[ \t]*([A-ZÅÄÖÜÉ][^\W\d_]*(?: [^\W\d_]+){0,3}):[ \t]+")
_NAME_WORD = r"[A-ZÅÄÖÜÉ][^\W\d_]*(?:[-'’][^\W\d_]+)*"
# A cell that reads as a name: one to four capitalised words, "Last, First", quoted or not.
_NAME_CELL = re.compile(rf"[ \t]*[\"']?({_NAME_WORD}(?:,? {_NAME_WORD}){{0,3}})[\"']?[ \t]*")


@dataclass(frozen=True, slots=True)
class ProseRegion:
    start: int  # offsets into the text classified
    end: int

    def text_of(self, text: str) -> str:
        return text[self.start : self.end]


def is_prose(line: str) -> bool:
    """Whether `line` (without its line break) is a sentence of words, not machine output."""
    return _prose_start(line) is not None


def prose_regions(text: str, start_at: int = 0, end_at: int | None = None) -> list[ProseRegion]:
    """The prose of `text` (or of its lines from `start_at`, a line start, to `end_at`): runs of prose
    lines, each from where its prose starts (past a ``Key: ``) to the end of its last line, in text
    order."""
    regions: list[ProseRegion] = []
    start = end = -1
    for line_start, line_end in _lines(text, start_at, len(text) if end_at is None else end_at):
        prose_at = _prose_start(text[line_start:line_end])
        if prose_at is None:
            if start >= 0:
                regions.append(ProseRegion(start, end))
                start = -1
            continue
        if start < 0 or prose_at > 0 or line_end - start > MAX_REGION_CHARS:
            if start >= 0:
                regions.append(ProseRegion(start, end))
            start = line_start + prose_at
        end = line_end
    if start >= 0:
        regions.append(ProseRegion(start, end))
    return regions


def name_cells(text: str, start_at: int = 0, end_at: int | None = None) -> list[ProseRegion]:
    """The cells that read as a name in the table rows and fields of `text` (or of its lines from
    `start_at`, a line start, to `end_at`): rows of at least `MIN_CELLS` cells, or the value of a field
    whose label is no protocol's header, on lines that are neither prose nor machine output (a log line,
    key=value pairs, JSON)."""
    cells: list[ProseRegion] = []
    for line_start, line_end in _lines(text, start_at, len(text) if end_at is None else end_at):
        line = text[line_start:line_end]
        label = _FIELD_LABEL.match(line)
        first = label.end() if label is not None and label.group(1) not in protocol_words() else 0
        separators = (at for m in _CELL_SEPARATOR.finditer(line, first) for at in m.span())
        bounds = [first, *separators, len(line)]
        if len(bounds) < 2 * (1 if first else MIN_CELLS):  # the cheap test first: most lines are no table's
            continue
        if _MACHINE_START.match(line) or _STRUCTURE.search(line) or _prose_start(line) is not None:
            continue
        for cell_start, cell_end in zip(bounds[::2], bounds[1::2], strict=True):
            cell = _NAME_CELL.fullmatch(line, cell_start, cell_end)
            if cell is not None:
                cells.append(ProseRegion(line_start + cell.start(1), line_start + cell.end(1)))
    return cells


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Each line's start and end (before its line break), of the lines between `start` and `end`."""
    for match in _LINE.finditer(text, start, end):
        if match.start() == match.end():
            return
        end = match.end()
        if text[end - 1 : end] == "\n":
            end -= 1
        if end > match.start() and text[end - 1] == "\r":
            end -= 1
        yield match.start(), end


def _prose_start(line: str) -> int | None:
    """Where the prose of `line` starts (0, past a chat line's time, or past a ``Key: ``), or None if it
    has none. After a chat line's time the speaker's name is part of the message ("Kester: Tyquan
    dropped"), not a key."""
    chat = _CHAT_TIME.match(line)
    lead = chat.end() if chat is not None else 0
    if _MACHINE_START.match(line, lead) or _STRUCTURE.search(line, lead):
        return None
    key = _KEY_PREFIX.match(line, lead) if chat is None else None
    if key is not None and _words_of_prose(line[key.end() :]):
        return key.end()
    return lead if _words_of_prose(line[lead:]) else None


def _words_of_prose(line: str) -> bool:
    tokens = line.split()
    if len(tokens) < MIN_WORDS:
        return False
    words = others = 0
    for token in tokens:
        if _WORD_TOKEN.fullmatch(token):
            words += 1
        elif not _NUMBER_OR_DASH.fullmatch(token):
            others += 1
    return words >= MIN_WORDS and words >= MIN_WORD_SHARE * (words + others) and _has_lower_case_word(tokens)


def _has_lower_case_word(tokens: list[str]) -> bool:
    """Prose has small words between the capitalised ones (a line of CAPITALS or Title Case is a heading,
    a menu or a constant)."""
    return any(word.isalpha() and word.islower() for word in (token.rstrip(_TRAILING) for token in tokens))
