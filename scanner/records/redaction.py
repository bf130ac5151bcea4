"""How a run redacts, as settings carry it to the workers: the default style, a style per entity, what
to keep, the pseudonym key (read from YAML and the command line by scanner/redaction/settings.py)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

DEFAULT_STYLE = "token"


@dataclass(frozen=True)
class KeepOptions:
    """Parts of a value that debugging needs and that do not identify anyone, kept in every style."""

    domain: bool = False  # the domain of e-mail and SIP addresses
    country_code: bool = False  # the country calling code of phone numbers written with one
    ip_scope: bool = False  # whether an IP address is private, loopback, public...

    @property
    def any(self) -> bool:
        return self.domain or self.country_code or self.ip_scope


@dataclass(frozen=True)
class RedactionSettings:
    default_style: str = DEFAULT_STYLE
    entity_styles: Mapping[str, str] = field(default_factory=dict)
    keep: KeepOptions = field(default_factory=KeepOptions)
    pseudonym_key: bytes | None = None
