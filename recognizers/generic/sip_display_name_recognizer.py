"""PERSON: the display names SIP headers carry before a SIP or tel URI (From, To, Contact,
P-Asserted-Identity, P-Preferred-Identity, Remote-Party-ID, Diversion, Referred-By, History-Info and the
compact forms), and the caller ID names PBXs log the same way before a number (``"Anna" <1001>``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import ClassVar

from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, LogscrubRecognizer, RePattern
from logscrub.recognizers.helpers.person_names import looks_like_person_name, names_before
from logscrub.recognizers.helpers.service_accounts import service_accounts

_NAME_WORD = r"[^\W\d_][\w'.\-]*"
_NAME_WORDS = rf"{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,3}}"
_URI_OPENING_REGEX = r"<(?:[sS][iI][pP][sS]?|[tT][eE][lL]):"
# Asterisk's CALLERID(all) and "CallerID update" lines, FreeSWITCH's dialplan "Processing" line.
_NUMBER_OPENING_REGEX = r"<\+?\d{2,20}>"
# "Anna Svensson" <sip:…> anywhere; Anna Svensson <sip:…> unquoted only as a header value (after ":" or
# ","), at most four words, so that log text before a URI is not taken for a name. Before a number in
# brackets: quoted ("Anna Svensson" <0701740612>, also escaped as \"Anna Svensson\"), or unquoted in
# FreeSWITCH's "Processing Anna Svensson <1001>->0701740612 in context default".
DISPLAY_NAME_REGEX = (
    rf'(?:"(?P<quoted>[^"\r\n<>]{{1,80}})"(?:[ \t]*{_URI_OPENING_REGEX}|[ ]?{_NUMBER_OPENING_REGEX})'
    rf"|(?:(?<=[:,])|(?<=[:,][ \t]))(?P<bare>{_NAME_WORDS})[ \t]*{_URI_OPENING_REGEX}"
    rf"|(?<=Processing )(?P<caller>{_NAME_WORDS}) {_NUMBER_OPENING_REGEX})"
)
_URI_OPENING = re.compile(rf"{_URI_OPENING_REGEX}|{_NUMBER_OPENING_REGEX}")
_LETTER = re.compile(r"[^\W\d_]")
_LINE_REACH = 120
# Display names that name no one.
_NOBODY = frozenset(
    (
        "anonymous",
        "unknown",
        "restricted",
        "unavailable",
        "private",
        "withheld",
        "anonym",
        "okänd",
        "unbekannt",
    )
)

SCORE = 0.85


class SipDisplayNameRecognizer(LogscrubRecognizer):
    """Display names in SIP identity headers, quoted or not (also with no space before ``<``), before
    ``sip:``, ``sips:`` and ``tel:`` URIs; caller ID names before a number in angle brackets.

    "Anonymous" and its kin, names made of digits (a number shown as the name) and service accounts
    (rules/service_accounts.yaml: "asterisk", "test1") are not persons. An
    unquoted name must read as a person's (see ``person_names``): log text before a URI ("PAI set to
    <tel:…>", "destination <sip:…>") is not one.
    """

    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [RePattern("SIP display name", DISPLAY_NAME_REGEX, SCORE)]
    PREFILTERS: ClassVar[tuple[str, ...]] = ("<sip", "<tel:", '"<', '" <', "processing ")

    def matches(self, text: str, index: int) -> Iterator[re.Match[str]]:
        # A display name ends where a "<sip:" (or "<tel:", "<1001>") opens: find those fast, then look
        # back along the line. An unquoted one starts after the last ":" or "," before it (its words
        # hold neither) or at "Processing ".
        openings = _URI_OPENING.finditer(text)
        boundaries = (":", ",", "Processing ")
        return names_before(text, openings, self._compiled[index], _LINE_REACH, boundaries, False)

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        group = match.lastgroup or "quoted"  # exactly one of quoted, bare and caller took part
        start, end = match.span(group)
        value = text[start:end]
        name = value.strip().removesuffix("\\").rstrip()  # \"Anna Svensson\": the escape is no part
        if _names_nobody(name) or (group != "quoted" and not looks_like_person_name(name)):
            return
        start += len(value) - len(value.lstrip())
        yield Detection(start, start + len(name), SCORE)


@lru_cache(maxsize=4096)  # the same display names recur line after line
def _names_nobody(name: str) -> bool:
    """Digits only (a number shown as the name), "Anonymous" and its kin, or a service account
    ("asterisk", "test1": a system's or a scanner's name)."""
    if not _LETTER.search(name) or name.lower() in _NOBODY:
        return True
    return service_accounts().is_service_account(name)
