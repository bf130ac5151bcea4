"""The `token` style: each finding becomes its entity name in angle brackets, e.g. <PHONE_NUMBER>."""

from __future__ import annotations

from collections.abc import Sequence

from logscrub.scanner.findings import Finding


def redact_with_tokens(text: str, findings: Sequence[Finding], start: int, end: int) -> str:
    """`text[start:end]` with each of the (sorted, non-overlapping) `findings` replaced by a token.

    A finding may run past `end`: it is replaced whole. Newlines are never inside a finding, so the
    line count and order of the text stay as they were.
    """
    pieces: list[str] = []
    position = start
    for finding in findings:
        pieces.append(text[position : finding.start])
        pieces.append(f"<{finding.entity}>")
        position = finding.end
    pieces.append(text[position:end])
    return "".join(pieces)
