"""The `mask` style keeps a value's shape: digits become X, letters x, separators and length stay, and
a phone number keeps its area code (`070-174 06 12` becomes `070-XXX XX XX`). With the keep options:
`xxxx.xxxxxxxx@example.se`, `+46 70 XXX XX XX`, `10.XX.X.XX`.

A secret (a password, a digest response, a token) keeps nothing, not even its length: its shape would
help to guess it. It becomes SECRET_MASK whatever it was."""

from __future__ import annotations

from logscrub.scanner.records.entities import Shape, entity_facts
from logscrub.scanner.records.findings import Finding
from logscrub.scanner.redaction.kept_parts import mask_parts
from logscrub.scanner.redaction.style import StyleOptions

DIGIT_MASK = "X"
LETTER_MASK = "x"
SECRET_MASK = LETTER_MASK * 8


def mask_characters(text: str, hex_digits: bool = False) -> str:
    """Each digit as X and each letter as x (hex letters as X with `hex_digits`); the rest kept."""
    return "".join(
        DIGIT_MASK
        if ch.isdigit() or (hex_digits and ch in "abcdefABCDEF")
        else LETTER_MASK
        if ch.isalpha()
        else ch
        for ch in text
    )


class MaskStyle:
    def __init__(self, options: StyleOptions) -> None:
        self.keep = options.keep
        self.regions = options.regions

    def replace(self, finding: Finding, value: str) -> str:
        shape = entity_facts(finding.entity).shape
        if shape is Shape.SECRET:
            return SECRET_MASK
        parts = mask_parts(finding.entity, value, finding.attributes, self.keep, self.regions)
        masked = mask_characters(parts.personal, hex_digits=shape is Shape.HEX_DIGITS)
        return parts.prefix + masked + parts.suffix
