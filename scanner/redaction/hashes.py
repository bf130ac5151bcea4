"""The `hash` style: a keyed hash of the value, truncated, e.g. <PHONE_NUMBER:3f9a1c2b>.

The hash is the start of the finding's `value_hash` in the report (same key, same raw value), so a
reader of the copy can look a value up in the report, and equal values read equal, without either
holding the value.
"""

from __future__ import annotations

from typing import ClassVar

from logscrub.scanner.privacy import HASH_PREFIX, value_hash
from logscrub.scanner.records.findings import Finding
from logscrub.scanner.redaction.kept_parts import label_parts
from logscrub.scanner.redaction.style import StyleOptions

HASH_DIGITS = 8


class HashStyle:
    writes_labels: ClassVar[bool] = True

    def __init__(self, options: StyleOptions) -> None:
        self.keep = options.keep
        self._keeps = options.keep.any
        self.key = options.hash_key

    def replace(self, finding: Finding, value: str) -> str:
        digest = value_hash(self.key, value)[len(HASH_PREFIX) : len(HASH_PREFIX) + HASH_DIGITS]
        name = f"{finding.entity}:{digest}"
        if not self._keeps:
            return f"<{name}>"
        return label_parts(finding.entity, value, finding.attributes, self.keep).label(name)
