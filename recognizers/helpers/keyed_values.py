"""Values announced by a key word in any of the ways clients write keys: ``auth_pass``, ``authPass``,
``auth-pass``, ``AUTH_PASS``, after a prefix (``db_password``, ``customerDob``), and in prose
(``(Passwort: …)``, ``född …``).

As in ``key_fields``, a pattern that starts with an alternation of keys is not run over the whole text
(the regex engine would try it at every position): literal scans find an anchor every key contains, and
the pattern is tried where a key around each hit may start (one or two words before it, the start of its
token, the hit itself).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from logscrub.recognizers.helpers.key_fields import key_starts

# A key starts a token: not inside a word, a path ("/etc/passwd") or a call ("pam_unix(passwd:…)"), but
# after an opening bracket of prose ("(Passwort: …)").
KEY_START_REGEX = r"(?<![\w\-./])(?<!\w\()"
# Prefixes before a compound key, joined by "_", "-", "." or camel case: db_password, ldap.bind.password,
# sipPassword, customerDob. (Use inside a case-insensitive group; the camel-case test keeps its case.)
KEY_PREFIX_REGEX = r"(?:[a-z0-9]+[_\-.]|(?-i:[A-Za-z][a-z0-9]*(?=[A-Z])))*"
# A key token here is letters, digits and "_-." (not "(": "(Passwort: …)" is prose around the key).
_KEY_CHARACTERS = re.compile(r"[\w\-.]")


def key_alternation(keys: Iterable[str]) -> str:
    """A regex alternation of `keys` written as words, which a log joins with "_", "-", "." or nothing
    (``auth pass``: auth_pass, authPass); longest first, so that "password" is not read as "pass"."""
    return "|".join(
        r"[_\-.]?".join(re.escape(part) for part in key.split())
        for key in sorted(keys, key=len, reverse=True)
    )


def key_matches(
    compiled: re.Pattern[str], scanners: tuple[re.Pattern[str], ...], text: str
) -> Iterator[re.Match[str]]:
    """The matches of a pattern that starts at a key, tried where a key around each anchor that `scanners`
    (``key_fields.anchor_scanners``) find may start; in text order, not overlapping."""
    hits = sorted({hit.start() for scanner in scanners for hit in scanner.finditer(text)})
    covered = 0
    for hit in hits:
        if hit < covered:
            continue
        for start in _key_starts(text, hit):
            if start < covered:
                continue
            match = compiled.match(text, start)
            if match:
                covered = match.end()
                yield match
                break


def _key_starts(text: str, hit: int) -> list[int]:
    """Where a key around the anchor at `hit` may start, earliest first: one or two words before the
    token that holds it ("date of birth"), the token, the anchor."""
    return list(dict.fromkeys((*key_starts(text, hit, _KEY_CHARACTERS), hit)))
