"""SE_SAMORDNINGSNUMMER: Swedish coordination numbers (samordningsnummer, birth day + 60)."""

from __future__ import annotations

from typing import ClassVar

from logscrub.recognizers.helpers.swedish_identity import IdentityKind
from logscrub.recognizers.se.se_personnummer_recognizer import SwedishPersonnummerRecognizer


class SwedishSamordningsnummerRecognizer(SwedishPersonnummerRecognizer):
    """Samordningsnummer in the written forms of a personnummer; the day is the birth day + 60.

    Written exactly like a personnummer, so it shares that recognizer's pattern and validation; the engine
    runs the shared pattern once for both.
    """

    ENTITY = IdentityKind.SAMORDNINGSNUMMER.value
    KIND: ClassVar[IdentityKind] = IdentityKind.SAMORDNINGSNUMMER
