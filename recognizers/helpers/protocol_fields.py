"""Places in SIP traces whose numbers are protocol identifiers, never personal data.

Numbers there can pass any check a phone number, card or identity number has (a numeric Call-ID is a
Luhn-valid "card" one time in ten), so recognizers of numbers skip them.
"""

from __future__ import annotations

# SDP (RFC 8866): session ids and versions (o=), NTP times (t=, r=, z=), ports (m=), addresses (c=),
# bandwidths (b=), keys (k=) and attributes (a=). "p=" carries a phone number and is not among them.
_SDP_NUMERIC_FIELDS = frozenset(("o=", "t=", "r=", "z=", "m=", "c=", "b=", "k=", "a="))
_SDP_LINE_REACH = 80
# SIP Call-IDs, wherever a log prints them ("Call-ID: 4111…@host", "callid=…"), the compact header
# "i:" at a line start, and parameters whose values are random tokens.
_CALL_ID_LABELS = ("call-id:", "callid:", "call-id=", "callid=", "call_id=")
_COMPACT_CALL_ID = ("i:",)
_TOKEN_PARAMETERS = ("tag=", "branch=", "epid=")
_LABEL_REACH = 12


def in_protocol_identifier(text: str, start: int) -> bool:
    """Whether the number at `start` of `text` is an SDP field value, a Call-ID or a SIP tag/branch."""
    before = text[max(0, start - _LABEL_REACH) : start].lower()
    if before.endswith(_TOKEN_PARAMETERS) or before.rstrip(" [<\"'").endswith(_CALL_ID_LABELS):
        return True
    return _line_starts_with(text, start, _SDP_LINE_REACH, _SDP_NUMERIC_FIELDS) or _line_starts_with(
        text, start, _LABEL_REACH, _COMPACT_CALL_ID
    )


def _line_starts_with(text: str, start: int, reach: int, prefixes: frozenset[str] | tuple[str, ...]) -> bool:
    """Whether the line holding `start` begins, within `reach` characters before it, with a prefix."""
    window = max(0, start - reach)
    line_start = text.rfind("\n", window, start) + 1
    if line_start == 0 and window > 0:
        return False  # no line starts within reach (and the look-back stays bounded on long lines)
    line = text[line_start:start].lower()
    return any(line.startswith(prefix) for prefix in prefixes)


_IDENTIFIER_REACH = 16


def inside_identifier(text: str, start: int) -> bool:
    """Whether the digits at `start` end an alphanumeric identifier ("z9hG4bK0402673586", "0x7f85…", the
    last group of a UUID "…-4737-da8803200016").

    A word glued to the number ("id199003052397") is allowed; a token that already had digits is not,
    nor hex letters after a dash.
    """
    if start == 0 or not text[start - 1].isalpha():
        return False
    token_start = start - 1
    limit = max(0, start - _IDENTIFIER_REACH)
    while token_start > limit and text[token_start - 1].isalnum():
        token_start -= 1
    token = text[token_start:start]
    if any(ch.isdigit() for ch in token):
        return True
    return token_start > 0 and text[token_start - 1] == "-" and all(ch in "abcdefABCDEF" for ch in token)
