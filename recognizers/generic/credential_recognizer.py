"""CREDENTIAL: secrets in support material: SIP and HTTP digest responses and nonces, values under the
keys clients use for secrets (rules/credential_keys.yaml) in key=value pairs, JSON, XML, YAML and INI,
passwords in URIs, HTTP Basic and Bearer credentials, JSON Web Tokens.

A value is replaced whole or not at all, and nothing but the value: an unquoted value ends before the
punctuation of the text around it (``(Passwort: Sommer2025)`` keeps its ``)``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar

from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, LogscrubRecognizer, RePattern
from logscrub.recognizers.helpers.key_fields import anchor_scanners
from logscrub.recognizers.helpers.keyed_values import (
    KEY_PREFIX_REGEX,
    KEY_START_REGEX,
    key_alternation,
    key_matches,
)
from logscrub.rules import rule_lists

CREDENTIAL_KEYS_FILE = "credential_keys.yaml"
_SECTIONS = ("keys", "anchors", "spoken_keys", "linking_words", "placeholders")


@dataclass(frozen=True)
class CredentialKeys:
    """The lists of rules/credential_keys.yaml."""

    keys: tuple[str, ...]
    anchors: tuple[str, ...]
    spoken_keys: tuple[str, ...]
    linking_words: tuple[str, ...]
    placeholders: frozenset[str]


@lru_cache(maxsize=1)
def credential_keys() -> CredentialKeys:
    read = rule_lists(CREDENTIAL_KEYS_FILE, _SECTIONS)
    lists = {key: tuple(entry.lower() for entry in entries) for key, entries in read.items()}
    return CredentialKeys(
        lists["keys"],
        lists["anchors"],
        lists["spoken_keys"],
        lists["linking_words"],
        frozenset(lists["placeholders"]),
    )


_KEYS = credential_keys()
_KEY = rf"(?P<key>(?i:{KEY_PREFIX_REGEX}(?:{key_alternation(_KEYS.keys)})))"
# "key": "value" (also JSON-escaped), key='value', key = value, key: value, key := value, key => value.
_SEPARATOR = r"""\\?["']?[ \t]*(?::=|=>|[:=])[ \t]*"""
# Quoted: anything up to the closing quote. Unquoted: up to a blank or the punctuation that separates
# fields (&, ",", ";") or starts markup; trailing punctuation of the sentence is trimmed afterwards.
_VALUE = (
    r"""(?:\\?(?P<quote>["'])(?P<quoted>(?:\\.|(?!(?P=quote))[^\\\r\n]){1,200}?)\\?(?P=quote)"""
    r"""|(?P<bare>[^\s"'<>&,;]{1,200}))"""
)
KEY_VALUE_REGEX = KEY_START_REGEX + _KEY + _SEPARATOR + _VALUE
# <password>…</password>, <ns:sipPassword type="…">…</ns:sipPassword>
XML_ELEMENT_REGEX = rf"<(?P<tag>(?:\w+:)?{_KEY})(?:[ \t][^>]*)?>(?P<quoted>[^<\r\n]{{1,200}})</(?P=tag)>"
# "Lösenord Vinter2025", "das Passwort ist Sommer2025": a key and its value in a sentence.
SPOKEN_REGEX = (
    rf"{KEY_START_REGEX}(?P<key>(?i:{key_alternation(_KEYS.spoken_keys)}))[ \t]+"
    rf"(?:(?i:{'|'.join(map(re.escape, _KEYS.linking_words))})[ \t]+)?"
    r"""(?P<bare>[^\s"'<>&,;]{4,200})"""
)
# In a Digest Authorization header (RFC 3261/7616) the response is derived from the password and the
# nonce makes it replayable; an Authentication-Info rspauth (RFC 2617, and Lync's TLS-DSK) proves the
# same secret. The value between the quotes is the finding.
DIGEST_VALUE_REGEX = r"""(?i)\b(?:response|nonce|cnonce|rspauth)\s*=\s*"(?P<secret>[^"\s]{4,})\""""
# https://user:password@host, and any other scheme but sip/sips (whose userinfo is a SIP_ADDRESS).
# (sip: URIs have no "//"; their userinfo belongs to the SIP_ADDRESS.)
URL_PASSWORD_REGEX = r"://[^\s:/@]+:(?P<secret>[^\s@/]+)@"
# SMTP AUTH with an initial response (RFC 4954): base64 of "user\0user\0password" (PLAIN), of the user
# name (LOGIN), or of the user and an OAuth token (XOAUTH2). Clients send the verb in capitals; the
# literal start lets the regex engine skip ahead to it.
SMTP_AUTH_REGEX = (
    r"AUTH(?<![\w\-]AUTH)[ \t]+(?:PLAIN|LOGIN|XOAUTH2?)[ \t]+(?P<secret>[A-Za-z0-9+/]{8,}={0,2})"
)
# (Not "proftpd-basic 1.3.5": a word before the scheme makes it part of a name.)
AUTHORIZATION_REGEX = r"(?i)(?<![\w\-])(?:basic|bearer)\s+(?P<secret>[A-Za-z0-9+/=._~\-]{8,})"
JWT_REGEX = r"eyJ(?<![\w\-]eyJ)[A-Za-z0-9_\-]{5,}\.eyJ[A-Za-z0-9_\-]{5,}\.[A-Za-z0-9_\-]{10,}"

_KEY_VALUE = "Value of a secret's key"
_XML_ELEMENT = "XML element of a secret's key"
_SPOKEN = "Secret after its key in a sentence"
_SPOKEN_ANCHORS = tuple(a for a in _KEYS.anchors if any(a in key for key in _KEYS.spoken_keys))
_ANCHOR_SCANNERS = {
    _KEY_VALUE: anchor_scanners(_KEYS.anchors),
    _SPOKEN: anchor_scanners(_SPOKEN_ANCHORS),
}

# What ends a sentence or closes a bracket around a value, not part of it.
_TRAILING = ".:"
_OPENING = {")": "(", "]": "[", "}": "{"}
# sudo's and the shell's working directory (PWD=/home/…, OLDPWD=…) is a path, never a password.
_PATH_START = re.compile(r"[/~]|[A-Za-z]:\\")
# "password= user=anna": an empty value followed by the next field.
_NEXT_FIELD = re.compile(r"[A-Za-z_][\w.\-]*=(?!=|\Z)")
_SHORT_NUMBER = 4  # "pass: 1", "secret=0": counters and flags, not secrets
SCORE = 0.9


class CredentialRecognizer(LogscrubRecognizer):
    """Secrets that let someone act as a person: always critical, always redacted."""

    ENTITY = "CREDENTIAL"
    PATTERNS: ClassVar[list[Pattern]] = [
        RePattern("Digest response or nonce", DIGEST_VALUE_REGEX, SCORE),
        RePattern(_KEY_VALUE, KEY_VALUE_REGEX, SCORE),
        RePattern(_XML_ELEMENT, XML_ELEMENT_REGEX, SCORE),
        RePattern(_SPOKEN, SPOKEN_REGEX, SCORE),
        RePattern("Password in a URL", URL_PASSWORD_REGEX, SCORE),
        RePattern("Basic or Bearer credentials", AUTHORIZATION_REGEX, SCORE),
        RePattern("SMTP AUTH initial response", SMTP_AUTH_REGEX, SCORE),
        RePattern("JSON Web Token", JWT_REGEX, SCORE),
    ]
    PATTERN_PREFILTERS: ClassVar[dict[str, tuple[str, ...]]] = {
        "Digest response or nonce": ("nonce", "response", "rspauth"),
        _KEY_VALUE: _KEYS.anchors,
        _XML_ELEMENT: _KEYS.anchors,
        _SPOKEN: _SPOKEN_ANCHORS,
        "Password in a URL": ("://",),
        "Basic or Bearer credentials": ("basic", "bearer"),
        "SMTP AUTH initial response": ("auth",),
        "JSON Web Token": ("eyj",),
    }

    def matches(self, text: str, index: int) -> Iterator[re.Match[str]]:
        name: str = self.patterns[index].name
        scanners = _ANCHOR_SCANNERS.get(name)
        if scanners is not None:
            return key_matches(self._compiled[index], scanners, text)
        return super().matches(text, index)

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        groups = match.re.groupindex
        if "key" in groups:
            found = _keyed_value(match, spoken=pattern.name == _SPOKEN)
        elif "secret" in groups:
            secret = match["secret"]
            found = None if _is_placeholder(secret) or _NEXT_FIELD.match(secret) else match.span("secret")
        else:
            found = match.span()
        if found is not None:
            yield Detection(found[0], found[1], SCORE)


def _keyed_value(match: re.Match[str], spoken: bool) -> tuple[int, int] | None:
    """The span of the secret after a key, or None when the value is no secret."""
    if match.groupdict().get("quoted") is not None:
        start, end = match.span("quoted")
        value = match["quoted"]
    else:
        start = match.start("bare")
        value = _without_trailing_punctuation(match["bare"])
        end = start + len(value)
        if not value or _NEXT_FIELD.match(value):
            return None
    if _is_placeholder(value) or (value.isdigit() and len(value) < _SHORT_NUMBER):
        return None
    if match["key"].lower().endswith("pwd") and _PATH_START.match(value):
        return None
    if spoken and not (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)):
        return None  # "Passwort falsch", "password for anna": words of the sentence
    return start, end


def _without_trailing_punctuation(value: str) -> str:
    """`value` without the full stops, colons and unmatched closing brackets of the text around it."""
    while value:
        last = value[-1]
        opening = _OPENING.get(last)
        if last in _TRAILING or (opening is not None and value.count(opening) < value.count(last)):
            value = value[:-1]
        else:
            break
    return value


def _is_placeholder(value: str) -> bool:
    """Already masked, empty or a template's variable: "***", "xxxx", "<redacted>", "${DB_PASSWORD}"."""
    stripped = value.strip()
    return (
        not stripped
        or stripped.lower() in _KEYS.placeholders
        or set(stripped) <= {"*", "x", "X", "•"}
        or stripped.startswith(("${", "{{", "%(", "<%"))
    )
