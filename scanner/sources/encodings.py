"""Which text encoding a document is in, decided from its first bytes.

In order: a byte order mark; UTF-16 without one (ASCII-range text has a zero byte in every other place);
UTF-8; then charset detection (charset_normalizer) for 8-bit text. A document is written back in the
encoding it was read in, byte order mark included, so that everything outside a finding stays as it was.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import charset_normalizer

ENCODING_SNIFF_BYTES = 1 << 16  # enough for charset detection, still one read

# Swedish and German support material in an 8-bit encoding is nearly always Windows-1252 or Latin-1.
# On short samples charset_normalizer ranks East European and East Asian code pages as high as these
# (Windows-1250 reads "å" as "ĺ"), so a Western reading that it finds coherent is taken first.
_WESTERN = ["cp1252", "latin_1"]
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
# A document is taken for UTF-16 without a byte order mark when at least this share of its code units
# has a zero byte on one side (ASCII-range text: nearly all) and hardly any on the other (U+0100, U+4E00).
_UTF16_ZERO_SHARE = 0.3
_UTF16_OTHER_SIDE_SHARE = 0.05


@dataclass(frozen=True, slots=True)
class TextEncoding:
    """How a document's bytes become its text, and how its redacted copy is written back."""

    name: str  # as reports name it: the document's bytes .decode(name) give its text
    codec: str  # writes a copy of the text, without a byte order mark
    bom: bool = False  # the document starts with a byte order mark, and so does its copy

    @classmethod
    def plain(cls, name: str) -> TextEncoding:
        canonical = codecs.lookup(name).name
        return cls(canonical, canonical)


UTF8 = TextEncoding("utf-8", "utf-8")
_BOMS = (
    (codecs.BOM_UTF8, TextEncoding("utf-8-sig", "utf-8", bom=True)),
    (codecs.BOM_UTF16_LE, TextEncoding("utf-16", "utf-16-le", bom=True)),
    (codecs.BOM_UTF16_BE, TextEncoding("utf-16", "utf-16-be", bom=True)),
)


def detect_encoding(head: bytes) -> TextEncoding | None:
    """The encoding of a document that starts with `head`, or None when it is not text (binary data)."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    utf16 = _utf16_without_bom(head)
    if utf16 is not None:
        return utf16
    if b"\x00" in head:
        return None
    if _decodes(head, "utf-8"):
        return UTF8
    return _detected_8bit(head)


def _utf16_without_bom(head: bytes) -> TextEncoding | None:
    sample = head[: len(head) & ~1]
    units = len(sample) // 2
    if units == 0:
        return None
    zeros_first, zeros_second = sample[0::2].count(0), sample[1::2].count(0)
    few = units * _UTF16_OTHER_SIDE_SHARE
    if zeros_second >= units * _UTF16_ZERO_SHARE and zeros_first <= few:
        codec = "utf-16-le"
    elif zeros_first >= units * _UTF16_ZERO_SHARE and zeros_second <= few:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = codecs.getincrementaldecoder(codec)("strict").decode(sample, final=False)
    except UnicodeDecodeError:
        return None
    return None if "\x00" in text else TextEncoding(codec, codec)


def _detected_8bit(head: bytes) -> TextEncoding | None:
    western = charset_normalizer.from_bytes(head, cp_isolation=_WESTERN).best()
    if western is not None:
        # Both read every letter alike; Windows-1252 also has €, dashes and quotes where Latin-1 has
        # control characters, but leaves five bytes undefined: Latin-1 reads any byte.
        return TextEncoding.plain("iso8859-1" if _CP1252_UNDEFINED.intersection(head) else "cp1252")
    detected = charset_normalizer.from_bytes(head).best()
    if detected is None:
        return None
    return TextEncoding.plain(detected.encoding)


def _decodes(data: bytes, codec: str) -> bool:
    """Whether `data` is valid in `codec` (a character cut off at its end does not count against it)."""
    try:
        codecs.getincrementaldecoder(codec)("strict").decode(data, final=False)
    except UnicodeDecodeError:
        return False
    return True
