"""The public suffix list read without tldextract: the same answers as tldextract gives."""

from __future__ import annotations

import pytest
import tldextract

from logscrub.recognizers.helpers.public_suffixes import public_suffixes


@pytest.mark.parametrize(
    ("domain", "ends_in_suffix"),
    [
        ("b.se", True),
        ("example.co.uk", True),
        ("X.COM", True),
        ("example.com.", True),  # the root's dot
        ("x.ck", True),  # under a wildcard rule, *.ck
        ("www.ck", True),  # an exception, !www.ck: its parent is the suffix
        ("x.xn--p1ai", True),  # punycode of a rule the list writes in Unicode
        ("nas.home.arpa", True),
        ("host.local", False),
        ("x.za", False),  # the list has co.za, not za
        ("mail.invalid", False),
        ("x.xn--zzzz", False),
        ("localhost", False),
    ],
)
def test_a_domain_ends_in_a_public_suffix_or_not(domain: str, ends_in_suffix: bool) -> None:
    assert public_suffixes().ends_domain(domain) is ends_in_suffix


def test_every_rule_is_read_as_tldextract_reads_it() -> None:
    extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)
    suffixes = public_suffixes()
    rules = [*suffixes.rules, *(f"q.{base}" for base in suffixes.wildcards)]
    domains = [prefix + rule for rule in rules for prefix in ("", "x.", "a.b.")]
    assert len(domains) > 20_000
    assert [d for d in domains if suffixes.ends_domain(d) != bool(extract(d).suffix)] == []
