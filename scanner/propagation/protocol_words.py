"""Words of protocols and log formats (rules/protocol_words.yaml): SIP methods, URI schemes, versions,
header names, status phrases, log levels and the words log lines are made of. They name no person."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from logscrub.rules import rule_lists

PROTOCOL_WORDS_FILE = "protocol_words.yaml"
SECTIONS = (
    "sip_methods",
    "uri_schemes",
    "protocol_versions",
    "sip_headers",
    "status_phrases",
    "log_levels",
    "log_words",
)
_WORD_SEPARATORS = re.compile(r"[\s/\-]+")


@dataclass(frozen=True)
class ProtocolWords:
    by_section: dict[str, tuple[str, ...]]  # the entries as written, per section
    lowered: frozenset[str]  # each entry, and each word of it, in lower case

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word.lower() in self.lowered


@lru_cache(maxsize=1)
def protocol_words() -> ProtocolWords:
    by_section = rule_lists(PROTOCOL_WORDS_FILE, SECTIONS)
    lowered: set[str] = set()
    for entries in by_section.values():
        for entry in entries:
            lowered.add(entry.lower())
            lowered.update(w for w in _WORD_SEPARATORS.split(entry.lower()) if w)
    return ProtocolWords(by_section, frozenset(lowered))
