"""Where mail and SIP put an ``x@y`` that is no e-mail address (a message id, a SIP Call-ID), and where one
that is: found from each ``@``, by looking back along the line.

A message id (``Message-ID: <20261201.4711@mail.example.se>``) is written like an address but names a
message, not a mailbox: in the message id headers (RFC 5322 ``Message-ID``, ``In-Reply-To``,
``References``, ``Resent-Message-ID``; RFC 2392 ``Content-ID``), after ``message-id=`` and ``msgid=``
(Postfix, Sendmail, Dovecot), in a ``Received:`` header's ``id <…>`` clause, and after ``id=`` on an
Exim arrival line (``1abCDe-000123-Xy <= … id=E1abCDe-000123-Xy@mail.example.se``).

A SIP Call-ID (RFC 3261 ``word [ "@" word ]``, ``Call-ID: a84b4c76e66710@pc33.example.com``) names a call:
an engineer follows the call by it, so it must survive redaction. It stands in the ``Call-ID``/``i``
header and the headers that refer to a dialog by it (``Replaces``, ``Join``, ``Target-Dialog``, SIP's
``In-Reply-To``), after a key naming it (``call-id:``, ``callid=``, ``call_id``, ``sip_call_id``, a
``callid`` column or JSON key, Kamailio's and OpenSIPS's ``$ci``), in Kamailio's log prefix
``{1 2 INVITE <Call-ID>}``, and where Asterisk's chan_sip names a dialog (``on transmission <Call-ID>
for seqno``, ``Hanging up call <Call-ID>``, ``SIP dialog '<Call-ID>'``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

_HEADER_REACH = 4000  # how far back the header a folded line continues is looked for
# A header line (as quoted in a ticket, after "> " marks too): its name.
_HEADER_NAME = re.compile(r"(?:[ \t]*>)*[ \t]*([A-Za-z][\w\-]*)[ \t]*:")
MESSAGE_ID_HEADERS = frozenset(
    (
        "message-id",
        "resent-message-id",
        "original-message-id",
        "x-original-message-id",
        "x-message-id",
        "in-reply-to",
        "references",
        "content-id",
    )
)
# Right before the "<" of an id: the keys of mail logs.
_ID_KEY_BEFORE = re.compile(
    r"(?i)(?:\b(?:resent-)?message[-_]?id|\bmsg[-_]?id|\bcontent[-_]id)[ \t]*[=:]?[ \t]*<\Z"
)
# The id clause of a Received header ("with ESMTP id <…>"; "… id <…>" once the header is known).
_RECEIVED_ID_BEFORE = re.compile(r"(?i)\bwith[ \t]+[\w\-]+[ \t]+id[ \t]*<\Z")
_ID_CLAUSE_BEFORE = re.compile(r"(?i)[\s;(]id[ \t]*<\Z")
_KEY_REACH = 40
_EXIM_ARRIVAL = " <= "
# The left side of a message id is RFC 5322 dot-atom text, more than a local part as addresses are
# found: a candidate may start inside it ("<CAKx+ab=cd@…>"). A Call-ID's is written in it too.
_ID_LEFT = r"[\w.!#$%&'*+/=?^`{|}~\-]"
ID_LEFT_REACH = 250
# A message id or a Call-ID as a whole: its left side, "@", a host name or a bracketed IPv6 address.
ID_REGEX = rf"(?<!{_ID_LEFT}){_ID_LEFT}{{1,{ID_LEFT_REACH}}}@(?:[\w\-]+(?:\.[\w\-]+)*|\[[0-9A-Fa-f:.]+\])"
_ID_LEFT_REVERSED = re.compile(rf"{_ID_LEFT}{{0,{ID_LEFT_REACH}}}")

# A Call-ID's left side as logs write it: RFC 3261 "word" characters, less the quotes, brackets and "="
# that logs put around a value.
_CALL_ID_LEFT_REVERSED = re.compile(rf"[\w.!%*+~\-/]{{1,{ID_LEFT_REACH}}}")
# Right before a Call-ID: a key naming it (call-id:, "call-id: [", callid=, sip_call_id, a=legCallid:,
# "call_id": ", $ci=, ci=) with ":" or "=" and an opening quote or bracket; Kamailio's log prefix
# {$mt $hdr(CSeq) $ci}; Asterisk chan_sip naming a dialog.
_CALL_ID_BEFORE = re.compile(
    r"(?:(?i:call[-_]?id)|(?<![\w$])\$?ci)[\"']?[ \t]*[:=][ \t]*[\"'\[<(]?\Z"
    r"|\{\d+ \d+ [A-Za-z]+ \Z"
    r"|\b(?:on transmission |Hanging up call |SIP dialog ')\Z"
)
# What a Call-ID follows in all those places; a URI's user part is none.
_BEFORE_A_CALL_ID = frozenset(":= \t\"'[<(,")
_URI_SCHEMES = ("sip:", "sips:", "tel:")
# SIP headers whose values are Call-IDs: Call-ID and its compact form, and those naming a dialog by it
# (RFC 3891 Replaces, RFC 3911 Join, RFC 4538 Target-Dialog, RFC 3261 In-Reply-To).
CALL_ID_HEADERS = frozenset(("call-id", "i", "replaces", "join", "target-dialog", "in-reply-to"))
_HEADER_VALUE_REACH = 1000
# Such a header's value up to a Call-ID: nothing, or the Call-IDs of a list ("In-Reply-To: a@b, c@d").
_CALL_ID_LIST_BEFORE = re.compile(r"[ \t]*(?:[^\s,]+[ \t]*,[ \t]*)*\Z")


def line_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def header_name(text: str, position: int) -> str:
    """The name (lower-cased) of the header whose value holds `position`, folded lines followed back
    to the header's first line; "" when the line is no header's."""
    start = line_start(text, position)
    floor = max(0, position - _HEADER_REACH)
    while start > floor and text[start : start + 1] in (" ", "\t"):
        start = line_start(text, start - 1)
    header = _HEADER_NAME.match(text, start, position)
    return header.group(1).lower() if header else ""


def is_message_id(text: str, start: int) -> bool:
    """Whether the ``left@right`` whose left side starts at (or inside, from) `start` is a message id
    by its place."""
    run = _ID_LEFT_REVERSED.match(text[max(0, start - ID_LEFT_REACH - 1) : start][::-1])
    left = start - (run.end() if run else 0)
    if text.startswith("id=", left) and (not left or text[left - 1] in " \t("):
        # "=" is id text too: Exim's key is at the start of the run
        return _EXIM_ARRIVAL in text[line_start(text, left) : left]
    if not left or text[left - 1] != "<":
        return False
    reach = max(0, left - _KEY_REACH)
    if _ID_KEY_BEFORE.search(text, reach, left) or _RECEIVED_ID_BEFORE.search(text, reach, left):
        return True
    header = header_name(text, left)
    return header in MESSAGE_ID_HEADERS or (
        header == "received" and _ID_CLAUSE_BEFORE.search(text, reach, left) is not None
    )


def call_id_left(text: str, at: int) -> int | None:
    """Where the left side of the ``left@right`` whose "@" is at `at` starts, when it stands where a SIP
    Call-ID stands; None when it does not."""
    run = _CALL_ID_LEFT_REVERSED.match(text[max(0, at - ID_LEFT_REACH) : at][::-1])
    if not run:
        return None
    left = at - run.end()
    if text[left - 1 : left] not in _BEFORE_A_CALL_ID or _after_uri_scheme(text, left):
        return None  # (fast) where no Call-ID stands, and a sip: URI's user part (most "@" in SIP traces)
    if _CALL_ID_BEFORE.search(text, max(0, left - _KEY_REACH), left):
        return left
    return left if _in_call_id_header(text, left) else None


def _after_uri_scheme(text: str, position: int) -> bool:
    return text[max(0, position - 5) : position].lower().endswith(_URI_SCHEMES)


def _in_call_id_header(text: str, left: int) -> bool:
    """Whether `left` starts a Call-ID in the value of a header that holds Call-IDs."""
    floor = max(0, left - _HEADER_VALUE_REACH)
    start = text.rfind("\n", floor, left) + 1
    if not start and floor:
        return False  # no line starts within reach: the look-back stays bounded on long lines
    header = _HEADER_NAME.match(text, start, left)
    if header is None or header.group(1).lower() not in CALL_ID_HEADERS:
        return False
    return _CALL_ID_LIST_BEFORE.match(text, header.end(), left) is not None


def is_call_id(text: str, at: int) -> bool:
    """Whether the ``left@right`` whose "@" is at `at` is a SIP Call-ID by its place."""
    return call_id_left(text, at) is not None


class IdLeftSide(NamedTuple):
    """The left side of a message id or a Call-ID: where it starts, where its "@" is, which id it is."""

    start: int
    at: int
    call_id: bool


def id_left_side(text: str, start: int) -> IdLeftSide | None:
    """The left side of the message id or Call-ID matched by `ID_REGEX` at `start`; None when the
    ``left@right`` there is neither by its place."""
    at = text.index("@", start)
    if is_message_id(text, start):
        return IdLeftSide(start, at, call_id=False)
    left = call_id_left(text, at)
    return None if left is None else IdLeftSide(left, at, call_id=True)


def id_matches(text: str, compiled: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches of `compiled` (`ID_REGEX`) in `text`, found from each "@"."""
    return at_sign_matches(text, compiled, _ID_LEFT_REVERSED, ID_LEFT_REACH)


def at_sign_matches(
    text: str, compiled: re.Pattern[str], run_reversed: re.Pattern[str], reach: int
) -> Iterator[re.Match[str]]:
    """The matches of `compiled` that start where the run of characters before an "@" starts
    (`run_reversed` matches that run in the reversed text, up to `reach` characters): the same matches
    as ``compiled.finditer`` when `compiled` matches such a run, an "@" and what follows, and no more
    (its look-behind refuses a start inside a longer run)."""
    at = text.find("@")
    while at != -1:
        window = text[max(0, at - reach - 1) : at][::-1]
        run = run_reversed.match(window)
        match = compiled.match(text, at - run.end()) if run else None
        if match:
            yield match
            at = text.find("@", match.end())
        else:
            at = text.find("@", at + 1)
