"""Reviewed findings the gate accepts, keyed by content: (path, entity, keyed hash of the value).

Keyed by content rather than line, so a moved line stays accepted and a new value on an old line is
caught. The file holds no raw value and no unsalted hash: only the report's HMAC value hashes, and an
identifier of the key they were made with, so that a baseline checked with another key is an error
rather than a silent mismatch. Teams that share baselines share the key (`LOGSCRUB_HASH_KEY`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

SCHEMA = "logscrub.baseline/1"
_KEY_ID_MESSAGE = b"logscrub baseline key"


class BaselineError(ValueError):
    """A baseline that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True, order=True)
class BaselineEntry:
    path: str
    entity: str
    value_hash: str


@dataclass
class Baseline:
    entries: frozenset[BaselineEntry] = frozenset()
    used: set[BaselineEntry] = field(default_factory=set)

    def accepts(self, entry: BaselineEntry) -> bool:
        if entry in self.entries:
            self.used.add(entry)
            return True
        return False

    def stale(self) -> list[BaselineEntry]:
        """Entries no finding of this run matched: the value is gone (or its file was not scanned)."""
        return sorted(self.entries - self.used)


def key_id(key: bytes) -> str:
    return "hmac-sha256:" + hmac.new(key, _KEY_ID_MESSAGE, hashlib.sha256).hexdigest()[:16]


def load_baseline(path: Path, key: bytes) -> Baseline:
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"{path}: no such baseline (write one with --update-baseline)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(
            f"{path}: cannot read the baseline: {getattr(exc, 'strerror', None) or exc}"
        ) from None
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{path}:{exc.lineno}: not valid JSON: {exc.msg}") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise BaselineError(f"{path}: not a logscrub baseline (schema {SCHEMA})")
    if data.get("key_id") != key_id(key):
        raise BaselineError(
            f"{path}: written with another hash key; "
            "set LOGSCRUB_HASH_KEY to the key the baseline was made with"
        )
    try:
        entries = frozenset(
            BaselineEntry(str(e["path"]), str(e["entity"]), str(e["value_hash"])) for e in data["entries"]
        )
    except (KeyError, TypeError) as exc:
        raise BaselineError(f"{path}: malformed entry ({exc})") from None
    return Baseline(entries)


def write_baseline(entries: Iterable[BaselineEntry], key: bytes, stream: IO[str]) -> None:
    records = [{"path": e.path, "entity": e.entity, "value_hash": e.value_hash} for e in sorted(set(entries))]
    json.dump({"schema": SCHEMA, "key_id": key_id(key), "entries": records}, stream, indent=2)
    stream.write("\n")
