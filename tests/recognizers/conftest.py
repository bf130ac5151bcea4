"""The engine with every default recognizer, shared by the recognizer tests that check interplay."""

from __future__ import annotations

import pytest

from logscrub.recognizers import default_recognizers
from logscrub.scanner.engine import Detector


@pytest.fixture(scope="session")
def detector() -> Detector:
    return Detector(default_recognizers())
