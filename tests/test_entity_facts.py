"""The registry of entity facts (scanner/records/entities.py) covers every entity the default recognizers
report, agrees with the shipped taxonomy, and its facts are the ones the consumers act on."""

from __future__ import annotations

import ipaddress

import pytest

from logscrub.recognizers import default_recognizers
from logscrub.recognizers.generic.ip_address_recognizer import PRIVATE, PRIVATE_NETWORKS, scope_of
from logscrub.scanner.classification import load_taxonomy
from logscrub.scanner.engine.overlaps import ENTITY_PRIORITY
from logscrub.scanner.privacy import SECRET_PREVIEW, is_secret, masked_preview
from logscrub.scanner.propagation.lessons import TEACHING_ENTITIES
from logscrub.scanner.records.entities import ENTITIES, CanonicalForm, KeptParts, Learnt, Shape, entity_facts
from logscrub.scanner.records.findings import Finding
from logscrub.scanner.records.redaction import KeepOptions
from logscrub.scanner.redaction.canonical import canonical_value
from logscrub.scanner.redaction.kept_parts import mask_parts
from logscrub.scanner.redaction.masks import SECRET_MASK, MaskStyle
from logscrub.scanner.redaction.style import StyleOptions

REPORTED = sorted({entity for r in default_recognizers() for entity in r.supported_entities})


@pytest.mark.parametrize("entity", REPORTED)
def test_every_reported_entity_has_its_facts_and_a_category(entity: str) -> None:
    assert entity in ENTITIES, f"{entity}: no entry in scanner/records/entities.py"
    assert entity in load_taxonomy().by_entity, f"{entity}: in no category of rules/categories.yaml"
    facts = ENTITIES[entity]
    assert facts.entity == entity and facts.description and facts.description == facts.description.strip()
    assert all(words and words == words.strip() for words in facts.words)  # "2 phone numbers" in reports


def test_the_registry_and_the_taxonomy_name_the_same_entities() -> None:
    assert sorted(ENTITIES) == sorted(load_taxonomy().by_entity) == REPORTED


def test_consumers_read_the_registry() -> None:
    assert all(ENTITY_PRIORITY[name] == facts.priority for name, facts in ENTITIES.items())
    assert {e for e, f in ENTITIES.items() if f.learnt is not Learnt.NOTHING} == TEACHING_ENTITIES
    assert entity_facts("EMPLOYEE_ID").canonical is CanonicalForm.AS_WRITTEN  # a rule pack's entity
    assert entity_facts("EMPLOYEE_ID").words == ("employee id", "employee ids")
    assert entity_facts("ALIAS").words == ("alias", "aliases")


@pytest.mark.parametrize("entity", [*sorted(ENTITIES), "EMPLOYEE_ID"])
def test_a_mask_and_a_preview_show_the_shape_the_registry_declares(entity: str) -> None:
    """Each digit X and letter x; hex letters as digits where the entity writes hex numbers; nothing at
    all of a secret, in the mask style and in a report's preview alike."""
    value = "fa:ce:12"
    masked = MaskStyle(StyleOptions(KeepOptions(), b"k" * 32)).replace(Finding(entity, 0, 8, 1.0, "t"), value)
    shown = {Shape.CHARACTERS: "xx:xx:XX", Shape.HEX_DIGITS: "XX:XX:XX", Shape.SECRET: SECRET_MASK}
    assert masked == shown[entity_facts(entity).shape]
    secret = entity_facts(entity).shape is Shape.SECRET
    assert is_secret(entity) is secret and (masked_preview(value, entity) == SECRET_PREVIEW) is secret


@pytest.mark.parametrize("entity", sorted(ENTITIES))
def test_every_canonical_form_is_computed(entity: str) -> None:
    spelled = {
        CanonicalForm.WORDS: ("Anna  Svensson", "anna svensson"),
        CanonicalForm.ALPHANUMERIC_UPPER: ("00:1a-2b", "001A2B"),
        CanonicalForm.PHONE_NUMBER: ("070-174 06 12", "+46701740612"),
        CanonicalForm.SIP_ADDRESS: ("sips:0701740612@PBX.example.se:5061", "sip:+46701740612@pbx.example.se"),
        CanonicalForm.SWEDISH_IDENTITY_NUMBER: ("19121212-1212", "191212121212"),
        CanonicalForm.IP_ADDRESS: ("2001:DB8:0:0::1", "2001:db8::1"),
        CanonicalForm.BIRTH_DATE: ("12.04.1967", "1967-04-12"),
        CanonicalForm.AS_WRITTEN: ("Storgatan 1", "Storgatan 1"),
    }
    written, canonical = spelled[ENTITIES[entity].canonical]
    assert canonical_value(entity, written) == canonical


@pytest.mark.parametrize("network", PRIVATE_NETWORKS, ids=str)
def test_one_definition_of_the_private_networks(
    network: ipaddress.IPv4Network | ipaddress.IPv6Network,
) -> None:
    """The recognizer's scope attribute and the mask's kept octets read the same networks."""
    address = str(network.network_address + 1)
    assert scope_of(address) == PRIVATE
    assert ENTITIES["IP_ADDRESS"].kept is KeptParts.IP_SCOPE
    assert mask_parts("IP_ADDRESS", address, None, KeepOptions(ip_scope=True)).prefix
    assert not mask_parts("IP_ADDRESS", "8.8.8.8", None, KeepOptions(ip_scope=True)).prefix
