"""CREDENTIAL: secrets in support material: SIP and HTTP digest responses and nonces, passwords in
key=value pairs and URIs, HTTP Basic and Bearer credentials, JSON Web Tokens."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, LogscrubRecognizer

# In a Digest Authorization header (RFC 3261/7616) the response is derived from the password and the
# nonce makes it replayable; the value between the quotes is the finding.
DIGEST_VALUE_REGEX = r"""(?i)\b(?:response|nonce|cnonce)\s*=\s*"(?P<secret>[^"\s]{4,})\""""
# password=…, pwd: …, "secret": "…", sip_password=… (the value, quoted or not).
# (Starting at the key word, not at "\b": Python's regex engine then skips ahead to its first letters.)
PASSWORD_VALUE_REGEX = (
    r"""(?i)(?:password|passwd|passwort|lösenord|losenord|pwd|secret|api[_-]?key)"""
    r"""["']?[ \t]*[:=][ \t]*(?P<quote>["']?)(?P<secret>[^\s"',;&<>]{1,200})(?P=quote)"""
)
# https://user:password@host, and any other scheme but sip/sips (whose userinfo is a SIP_ADDRESS).
# (sip: URIs have no "//"; their userinfo belongs to the SIP_ADDRESS.)
URL_PASSWORD_REGEX = r"://[^\s:/@]+:(?P<secret>[^\s@/]+)@"
AUTHORIZATION_REGEX = r"(?i)\b(?:basic|bearer)\s+(?P<secret>[A-Za-z0-9+/=._~\-]{8,})"
JWT_REGEX = r"eyJ(?<![\w\-]eyJ)[A-Za-z0-9_\-]{5,}\.eyJ[A-Za-z0-9_\-]{5,}\.[A-Za-z0-9_\-]{10,}"

_PLACEHOLDERS = frozenset(
    ("***", "****", "*****", "xxx", "xxxx", "<redacted>", "null", "none", "true", "false")
)
SCORE = 0.9


class CredentialRecognizer(LogscrubRecognizer):
    """Secrets that let someone act as a person: always critical, always redacted."""

    ENTITY = "CREDENTIAL"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("Digest response or nonce", DIGEST_VALUE_REGEX, SCORE),
        Pattern("Password value", PASSWORD_VALUE_REGEX, SCORE),
        Pattern("Password in a URL", URL_PASSWORD_REGEX, SCORE),
        Pattern("Basic or Bearer credentials", AUTHORIZATION_REGEX, SCORE),
        Pattern("JSON Web Token", JWT_REGEX, SCORE),
    ]
    PATTERN_PREFILTERS: ClassVar[dict[str, tuple[str, ...]]] = {
        "Digest response or nonce": ("nonce", "response"),
        "Password value": (
            "password",
            "passwd",
            "passwort",
            "pwd",
            "secret",
            "lösenord",
            "losenord",
            "apikey",
            "api_key",
            "api-key",
        ),
        "Password in a URL": ("://",),
        "Basic or Bearer credentials": ("basic", "bearer"),
        "JSON Web Token": ("eyj",),
    }

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        if "secret" not in match.re.groupindex:
            yield Detection(match.start(), match.end(), SCORE)
            return
        secret = match["secret"]
        if secret.lower() in _PLACEHOLDERS or set(secret) <= {"*", "x", "X"}:
            return  # already masked
        yield Detection(match.start("secret"), match.end("secret"), SCORE)
