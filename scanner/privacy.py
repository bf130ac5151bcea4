"""What reports may carry instead of a raw value: keyed hashes and a masked preview.

Everything here is keyed, so that nothing can be guessed back by trying candidates: a personnummer or a
phone number has few enough possible values to try them all against an unkeyed hash in about a second.
That holds only with a key that cannot itself be guessed, so a weak key is refused (see `key_strength`).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import math
import os
import re
import secrets
from collections import Counter
from pathlib import Path

from logscrub.scanner.records.entities import Shape, entity_facts

KEY_ENV = "LOGSCRUB_HASH_KEY"
HASH_PREFIX = "hmac-sha256:"
MIN_KEY_BITS = 128
# The characters of a key written as text must vary: "aaaa…" or "passwordpassword" is long enough and
# still guessed at once. Random keys of 128 bits (32 hex digits, 22 base64 characters) measure 90 and more.
MIN_KEY_CHARACTER_BITS = 64
SECRET_PREVIEW = "********"
_KEY_FILE_NAME = "hash.key"
_URI_SCHEMES = ("sips:", "sip:", "tel:")
_HEX = re.compile(r"[0-9a-fA-F]+")
_BASE64 = re.compile(r"[A-Za-z0-9+/_-]+={0,2}")
# The content hash is an HMAC of the content's SHA-256 digest: a file's hash can then never equal the
# hash of a value, whatever the file holds.
_CONTENT_HASH_LABEL = b"logscrub content\x00"


class HashKeyError(ValueError):
    """A hash key that must not be used; the message names where it came from and what is wrong."""


def key_file() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "logscrub" / _KEY_FILE_NAME


def load_hash_key() -> bytes:
    """The HMAC key: $LOGSCRUB_HASH_KEY, else this installation's key file (made on first use, 0600).

    Raises HashKeyError when the key carries fewer than 128 bits."""
    given = os.environ.get(KEY_ENV)
    if given is not None:
        return checked_key(given.encode("utf-8"), KEY_ENV)
    path = key_file()
    try:
        return checked_key(path.read_bytes(), str(path))
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
    return checked_key(path.read_bytes(), str(path))


def checked_key(key: bytes, origin: str) -> bytes:
    """`key` if it is strong enough, else HashKeyError naming `origin` (the variable or file)."""
    problem = key_weakness(key)
    if problem is not None:
        raise HashKeyError(
            f"{origin}: the hash key is too weak ({problem}); it needs at least {MIN_KEY_BITS} bits, "
            "such as 32 hex digits (`openssl rand -hex 16`)"
        )
    return key


def key_weakness(key: bytes) -> str | None:
    """Why `key` is too weak to hash with, or None.

    A key is used as given (its bytes are the HMAC key), but its strength is judged on what it encodes:
    hex digits and base64 are decoded first, text is taken as its UTF-8 bytes. It must come to 16 bytes
    or more, and its characters must vary (MIN_KEY_CHARACTER_BITS) and not repeat one short piece."""
    try:
        text = key.decode("utf-8").strip()
    except UnicodeDecodeError:
        text = ""  # binary key material: judged by its bytes alone
    material = _key_material(text) if text else key
    if len(material) * 8 < MIN_KEY_BITS:
        return f"{len(material) * 8} bits"
    if text and _character_bits(text) < MIN_KEY_CHARACTER_BITS:
        return "its characters vary too little"
    if text and _repeats_a_piece(text):
        return "one short piece repeated"
    return None


def _key_material(text: str) -> bytes:
    """The bytes a key written as text stands for: hex and base64 decoded, other text as UTF-8."""
    if _HEX.fullmatch(text) and len(text) % 2 == 0:
        return bytes.fromhex(text)
    if _BASE64.fullmatch(text) and len(text.rstrip("=")) % 4 != 1:
        unpadded = text.rstrip("=")
        try:
            return base64.urlsafe_b64decode(
                unpadded.replace("+", "-").replace("/", "_") + "=" * (-len(unpadded) % 4)
            )
        except (binascii.Error, ValueError):
            pass
    return text.encode("utf-8")


def _character_bits(text: str) -> float:
    """The length of `text` times the Shannon entropy of its own character frequencies."""
    counts = Counter(text)
    return -sum(n * math.log2(n / len(text)) for n in counts.values())


def _repeats_a_piece(text: str) -> bool:
    """Whether `text` is one piece of at most half its length written again and again."""
    return any(text == text[:period] * (len(text) // period) for period in _periods(len(text)))


def _periods(length: int) -> list[int]:
    return [p for p in range(1, length // 2 + 1) if length % p == 0]


def value_hash(key: bytes, value: str) -> str:
    """A keyed hash of `value`: equal values give equal hashes under one key, and nothing more."""
    return HASH_PREFIX + hmac.new(key, value.encode("utf-8"), hashlib.sha256).hexdigest()


def content_hash(key: bytes, sha256_digest: bytes) -> str:
    """A keyed hash of a file's content, given the SHA-256 digest of its bytes: equal files give equal
    hashes under one key, and a small file's content cannot be guessed back without the key."""
    return HASH_PREFIX + hmac.new(key, _CONTENT_HASH_LABEL + sha256_digest, hashlib.sha256).hexdigest()


def is_secret(entity: str) -> bool:
    """Whether values of `entity` are secrets, of which nothing may be shown (not even their shape)."""
    return entity_facts(entity).shape is Shape.SECRET


def masked_preview(value: str, entity: str) -> str:
    """The first two characters (after a URI scheme) and a star for each other character; for a
    secret, only SECRET_PREVIEW (a password's first characters and length help to guess it)."""
    if is_secret(entity):
        return SECRET_PREVIEW
    scheme = next((s for s in _URI_SCHEMES if value.lower().startswith(s)), "")
    rest = value[len(scheme) :]
    keep = 2 if len(rest) >= 6 else 1
    return scheme + rest[:keep] + "*" * (len(rest) - keep)
