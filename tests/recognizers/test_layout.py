"""The recognizers laid out as Presidio lays out its own: generic ones apart from country-specific ones,
helpers apart from recognizers, the default set declared once, constructors that take Presidio's
`patterns`, `context` and `supported_entity`."""

from __future__ import annotations

import pytest
from presidio_analyzer import Pattern

from logscrub.recognizers import (
    DEFAULT_RECOGNIZERS,
    REGIONAL_RECOGNIZERS,
    LogscrubRecognizer,
    default_recognizers,
)
from logscrub.recognizers.generic.phone_number_recognizer import NationalNumberRecognizer

OURS = [r for r in DEFAULT_RECOGNIZERS if issubclass(r, LogscrubRecognizer)]


@pytest.mark.parametrize("recognizer", OURS, ids=lambda r: r.__name__)
def test_a_recognizer_lives_in_generic_or_its_country(recognizer: type[LogscrubRecognizer]) -> None:
    *_, folder, module = recognizer.__module__.split(".")
    assert module.endswith("_recognizer")
    expected = (
        recognizer.ENTITY.split("_", 1)[0].lower() if recognizer.ENTITY.startswith("SE_") else "generic"
    )
    assert folder == expected


def test_the_default_set_is_the_declared_one() -> None:
    made = default_recognizers(regions=("DE",), language="de")
    assert [type(r) for r in made] == list(DEFAULT_RECOGNIZERS)
    assert {type(r) for r in made if isinstance(r, NationalNumberRecognizer) and r.regions == ("DE",)} == set(
        REGIONAL_RECOGNIZERS
    )
    assert {r.supported_language for r in made} == {"de"}


@pytest.mark.parametrize("recognizer", OURS, ids=lambda r: r.__name__)
def test_constructors_take_presidios_options(recognizer: type[LogscrubRecognizer]) -> None:
    default = recognizer()
    # A line-start pattern: the recognizers of labelled lines take only those.
    replaced = recognizer(
        patterns=[Pattern("digits", r"(?m)^\d{4}", 0.4)],
        context=["kundnummer"],
        supported_entity="CUSTOMER_ID",
    )
    assert default.supported_entities == [recognizer.ENTITY]
    assert [p.regex for p in default.patterns] == [p.regex for p in recognizer.PATTERNS]
    assert replaced.supported_entities == ["CUSTOMER_ID"]
    assert [(p.name, p.regex, p.score) for p in replaced.patterns] == [("digits", r"(?m)^\d{4}", 0.4)]
    assert replaced.context == ["kundnummer"]
