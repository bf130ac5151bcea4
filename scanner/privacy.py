"""What reports may carry instead of a raw value: a keyed hash and a masked preview."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

KEY_ENV = "LOGSCRUB_HASH_KEY"
HASH_PREFIX = "hmac-sha256:"
_KEY_FILE_NAME = "hash.key"
_URI_SCHEMES = ("sips:", "sip:", "tel:")


def key_file() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "logscrub" / _KEY_FILE_NAME


def load_hash_key() -> bytes:
    """The HMAC key: $LOGSCRUB_HASH_KEY, else this installation's key file (made on first use, 0600)."""
    given = os.environ.get(KEY_ENV)
    if given:
        return given.encode("utf-8")
    path = key_file()
    try:
        return path.read_bytes()
    except FileNotFoundError:
        pass
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    key = secrets.token_hex(32).encode("ascii")
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(key)
    try:
        os.link(temporary, path)  # another process may have made one first: keep theirs
    except FileExistsError:
        pass
    finally:
        temporary.unlink()
    return path.read_bytes()


def value_hash(key: bytes, value: str) -> str:
    """A keyed hash of `value`: equal values give equal hashes under one key, and nothing more."""
    return HASH_PREFIX + hmac.new(key, value.encode("utf-8"), hashlib.sha256).hexdigest()


def masked_preview(value: str) -> str:
    """The first two characters (after a URI scheme) and a star for each other character."""
    scheme = next((s for s in _URI_SCHEMES if value.lower().startswith(s)), "")
    rest = value[len(scheme) :]
    keep = 2 if len(rest) >= 6 else 1
    return scheme + rest[:keep] + "*" * (len(rest) - keep)
