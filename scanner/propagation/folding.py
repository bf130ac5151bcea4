"""Spellings logs use for a name: lower case, with or without diacritics (`Åke` ~ `ake`, `Jörg` ~ `joerg`).

Text is matched in one folded form: lower case, each accented Latin letter as its base letter, one
character for one so that offsets stay those of the original. Known values are stored in that form,
and in the transliterated forms user names use (`jörg` -> `joerg`, `strauß` -> `strauss`).
"""

from __future__ import annotations

import re
import unicodedata

_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_TRANSLITERATED = re.compile(r"([aou])e")


def _base_letters() -> dict[str, str]:
    """Each lower-case Latin letter with a diacritic (U+00C0..U+024F) -> its ASCII base letter."""
    table = {}
    for code in range(0xC0, 0x250):
        letter = chr(code).lower()
        base = "".join(c for c in unicodedata.normalize("NFKD", letter) if not unicodedata.combining(c))
        if len(letter) == 1 and len(base) == 1 and base != letter and base.isascii():
            table[letter] = base
    return table


_BASE = _base_letters()


def folded(text: str) -> str:
    """`text` in lower case without diacritics, of the same length (`Åke KARLSSON` -> `ake karlsson`)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters (İ) lower to two characters: keep offsets aligned
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    if lowered.isascii():
        return lowered
    return _NON_ASCII.sub(lambda m: _BASE.get(m.group(), m.group()), lowered)


def ascii_folded(text: str) -> str:
    """`text` without combining marks (`åke` -> `ake`, `müller` -> `muller`; `ß` -> `ss`)."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def spellings(lowered: str) -> set[str]:
    """A lower-case value as the matcher looks for it: folded, transliterated (`ö` -> `oe`), and, for a
    value learnt transliterated (`trueb`, from an e-mail address), as its umlauts fold (`trüb` -> `trub`)."""
    return {folded(lowered), folded(lowered.translate(_GERMAN)), _TRANSLITERATED.sub(r"\1", folded(lowered))}
