"""Which account names identify a person: not numbers, addresses, placeholders or service accounts."""

from __future__ import annotations

import re
from functools import lru_cache

from logscrub.recognizers.helpers.service_accounts import service_accounts

# Characters of a login name (Unix, Windows sAMAccountName, SIP digest user names): no "@" (an e-mail
# or SIP address is found as one), no ":" or "/" (URIs, paths, ids like user:com.example:…).
_USER_NAME = re.compile(r"[^\W_][\w.\-$' ]{0,63}")
_HEX_ID = re.compile(r"[0-9a-fA-F\-]{8,}")
# Values of user fields that are no account: placeholders, and states ("login=failed", "user: locked").
_PLACEHOLDERS = frozenset(
    (
        "-", "--", "*", "none", "null", "nil", "(null)", "<null>", "unknown", "<unknown>", "n/a", "undefined",
        "empty", "anonymous", "invalid", "nobody", "username", "user_name", "login", "name", "x", "xxx",
        "ok", "success", "successful", "failed", "failure", "error", "denied", "allowed", "true", "false",
        "yes", "no", "enabled", "disabled", "locked", "unlocked", "expired", "active", "inactive", "pending",
        "required", "incorrect", "missing", "unauthenticated", "authenticated",
        "phone", "ip", "dialstring",  # values of the SIP URI parameter user=
    )
)  # fmt: skip


@lru_cache(maxsize=16384)
def looks_like_user_name(value: str) -> bool:
    """Whether `value`, cut from a user field, a home path or a login message, is a person's account:
    ``anna.svensson``, ``asvensson``, ``jdoe2``; not ``1002`` (an extension or uid), ``+46701740612``,
    ``root``, ``nagios1``, ``<unknown>``, a hex or UUID id, an address or a URI."""
    if len(value) < 2 or value.lower() in _PLACEHOLDERS or not _USER_NAME.fullmatch(value):
        return False
    letters = sum(ch.isalpha() for ch in value)
    if letters < 2 or letters < sum(ch.isdigit() for ch in value):
        return False
    if _HEX_ID.fullmatch(value) and any(ch.isdigit() for ch in value):
        return False
    return not service_accounts().is_service_account(value)
