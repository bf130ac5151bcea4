"""Whether a domain ends in a suffix of the Public Suffix List's ICANN section (`com`, `co.uk`, `se`, a
name under a wildcard rule such as `*.ck`), as tldextract reads the list, from the snapshot tldextract
ships. Read here without importing tldextract: its import brings in requests and urllib3, a twentieth
of a run's start-up, for a network fetch that a scan never makes."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_SNAPSHOT = ".tld_set_snapshot"
_PRIVATE_SECTION = "// ===BEGIN PRIVATE DOMAINS==="


@dataclass(frozen=True)
class PublicSuffixes:
    rules: frozenset[str]  # "com", "co.uk", "xn--p1ai" decoded ("рф")
    wildcards: frozenset[str]  # what "*." stands before: "ck" for "*.ck"

    def ends_domain(self, domain: str) -> bool:
        labels = [_decoded(label) for label in domain.lower().rstrip(".").split(".")]
        for start in range(len(labels)):
            if ".".join(labels[start:]) in self.rules:
                return True
            if start + 1 < len(labels) and ".".join(labels[start + 1 :]) in self.wildcards:
                return True
        return False


def _decoded(label: str) -> str:
    """A punycode label as the list writes it ("xn--p1ai" is "рф")."""
    if not label.startswith("xn--"):
        return label
    try:
        return label.encode("ascii").decode("idna")
    except UnicodeError:
        return label


@lru_cache(maxsize=1)
def public_suffixes() -> PublicSuffixes:
    spec = importlib.util.find_spec("tldextract")  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("tldextract, whose public suffix list logscrub reads, is not installed")
    text = (Path(spec.submodule_search_locations[0]) / _SNAPSHOT).read_text(encoding="utf-8")
    rules, wildcards = set(), set()
    for line in text.partition(_PRIVATE_SECTION)[0].splitlines():
        rule = line.strip().split(" ")[0].lower()
        if not rule or rule.startswith("//"):
            continue
        # An exception ("!www.ck") leaves its parent a suffix, which the wildcard beside it makes one.
        if rule.startswith("*."):
            wildcards.add(rule[2:])
        elif not rule.startswith("!"):
            rules.add(rule)
    return PublicSuffixes(frozenset(rules), frozenset(wildcards))
