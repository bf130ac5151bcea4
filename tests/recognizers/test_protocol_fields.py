"""Numbers that are SIP/SDP protocol identifiers are not personal data, whatever checks they pass."""

from __future__ import annotations

import pytest

from logscrub.scanner.engine import Detector

NUMBERS = ("PHONE_NUMBER", "CREDIT_CARD", "SE_PERSONNUMMER", "SE_SAMORDNINGSNUMMER", "SE_ORGANISATIONSNUMMER")


@pytest.mark.parametrize(
    "text",
    [
        "Call-ID: 4111111111111111@192.0.2.1",  # Luhn-valid like a card
        "i: 4111111111111111@192.0.2.1",
        "Call-ID: 8112289874",  # a valid personnummer's digits
        "auth failed from 192.0.2.7:5060 Call-ID: 4111111111111111@192.0.2.1 attempts=4",
        "dialog callid=0701740612 state=confirmed",
        "receive_msg(): --- received sip message - call-id: [4111111111111111@192.0.2.1] - cseq: [266 BYE]",
        "Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK0402673586",  # digits ending an identifier
        "pointer 0x7f8512288799 freed",
        "Call-ID: ac556036-0793-bea5-8d2d-3cf0e4f4f3a2 attempts=2",  # a UUID, not an organisation number
        "auth failed, Call-ID: 064dd386-83e9-b270-4737-da8803200016 attempts=4",  # a UUID's last group
        'From: "A" <sip:a@example.se>;tag=0701740612',
        "Via: SIP/2.0/UDP 192.0.2.1;branch=0701740612",
        "v=0\no=- 4111111111111111 1 IN IP4 192.0.2.1",
        "v=0\nt=3802710347 0",  # an NTP time shaped like a samordningsnummer
    ],
)
def test_protocol_identifiers_are_not_numbers_of_people(detector: Detector, text: str) -> None:
    assert [(f.entity, text[f.start : f.end]) for f in detector.detect(text) if f.entity in NUMBERS] == []


def test_the_same_numbers_elsewhere_are_found(detector: Detector) -> None:
    text = "card 4111111111111111 mobil 0701740612 pnr 811228-9874"
    assert [f.entity for f in detector.detect(text)] == ["CREDIT_CARD", "PHONE_NUMBER", "SE_PERSONNUMMER"]


def test_presidio_default_registry_still_loads_beside_ours() -> None:
    """Presidio finds its predefined recognizers by class name among all subclasses: ours must not clash."""
    from presidio_analyzer import EntityRecognizer, RecognizerRegistry

    import logscrub.recognizers as ours

    presidio_names = {
        cls.__name__
        for cls in _all_subclasses(EntityRecognizer)
        if cls.__module__.startswith("presidio_analyzer")
    }
    our_names = {name for name in ours.__all__ if name.endswith("Recognizer")}
    assert not presidio_names & our_names
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers()
    assert any(r.name == "CreditCardRecognizer" for r in registry.recognizers)


def _all_subclasses(cls: type) -> set[type]:
    found = set()
    for sub in cls.__subclasses__():
        found |= {sub} | _all_subclasses(sub)
    return found
