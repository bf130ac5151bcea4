"""SDP bodies (RFC 8866) inside SIP traces: lines whose numbers are never personal data."""

from __future__ import annotations

# Session ids and versions (o=), NTP times (t=, r=, z=), ports (m=), addresses (c=), bandwidths (b=),
# keys (k=) and attributes (a=). "p=" carries a phone number and is not among them.
_NUMERIC_FIELDS = frozenset(("o=", "t=", "r=", "z=", "m=", "c=", "b=", "k=", "a="))
_LONGEST_FIELD_PREFIX = 80


def in_sdp_numeric_field(text: str, start: int) -> bool:
    """Whether position `start` of `text` lies on an SDP line whose numbers are protocol values."""
    line_start = text.rfind("\n", max(0, start - _LONGEST_FIELD_PREFIX), start) + 1
    if line_start == 0 and start > _LONGEST_FIELD_PREFIX:
        return False
    return text[line_start : line_start + 2] in _NUMERIC_FIELDS
