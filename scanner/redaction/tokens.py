"""The `token` style: each finding becomes its entity name in angle brackets, e.g. <PHONE_NUMBER>."""

from __future__ import annotations

from typing import ClassVar

from logscrub.scanner.records.findings import Finding
from logscrub.scanner.redaction.kept_parts import label_parts
from logscrub.scanner.redaction.style import StyleOptions


class TokenStyle:
    """`<PHONE_NUMBER>`; with keep options `<EMAIL_ADDRESS>@example.se`, `+46 <PHONE_NUMBER>`."""

    writes_labels: ClassVar[bool] = True  # with the kept parts, no character of the personal part

    def __init__(self, options: StyleOptions) -> None:
        self.keep = options.keep
        self._keeps = options.keep.any

    def replace(self, finding: Finding, value: str) -> str:
        if not self._keeps:
            return f"<{finding.entity}>"
        return label_parts(finding.entity, value, finding.attributes, self.keep).label(finding.entity)
