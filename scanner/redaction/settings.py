"""How a run redacts: the default style, a style per entity, what to keep, the pseudonym key.

In YAML (a file given with --redaction, or the `redaction:` section of a rule pack or project config)::

    redaction:
      default: pseudonym          # token | pseudonym | mask | hash
      entities:
        PHONE_NUMBER: mask
        IP_ADDRESS: token
      keep_domain: true           # e-mail and SIP domains
      keep_country_code: true     # +46 of phone numbers
      keep_ip_scope: true         # private / public / loopback

Keys never come from such files: the pseudonym key is given with --key or LOGSCRUB_PSEUDONYM_KEY.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from logscrub.scanner.redaction.picker import STYLES
from logscrub.scanner.redaction.pseudonyms import PSEUDONYM_KEY_ENV
from logscrub.scanner.redaction.style import KeepOptions

SECTION = "redaction"
DEFAULT_STYLE = "token"
_KEEP_OPTIONS = {"keep_domain": "domain", "keep_country_code": "country_code", "keep_ip_scope": "ip_scope"}
_ENTITY_NAME = re.compile(r"[A-Z][A-Z0-9_]*")


class RedactionSettingsError(ValueError):
    """Settings that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class RedactionSettings:
    default_style: str = DEFAULT_STYLE
    entity_styles: Mapping[str, str] = field(default_factory=dict)
    keep: KeepOptions = field(default_factory=KeepOptions)
    pseudonym_key: bytes | None = None


def redaction_settings_from_mapping(section: Mapping[str, Any]) -> RedactionSettings:
    """The settings a `redaction:` section describes (its content, without the `redaction` key)."""
    if not isinstance(section, Mapping):
        raise RedactionSettingsError(f"{SECTION}: expected a mapping, got {type(section).__name__}")
    unknown = sorted(str(k) for k in section if k not in {"default", "entities", *_KEEP_OPTIONS})
    if unknown:
        raise RedactionSettingsError(f"{SECTION}: unknown setting {', '.join(unknown)}")
    default = _style(section.get("default", DEFAULT_STYLE), f"{SECTION}.default")
    entities = section.get("entities") or {}
    if not isinstance(entities, Mapping):
        raise RedactionSettingsError(f"{SECTION}.entities: expected a mapping of entity names to styles")
    entity_styles = {}
    for entity, style in entities.items():
        if not isinstance(entity, str) or not _ENTITY_NAME.fullmatch(entity):
            raise RedactionSettingsError(
                f"{SECTION}.entities: {entity!r} is not an entity name such as PERSON"
            )
        entity_styles[entity] = _style(style, f"{SECTION}.entities.{entity}")
    keep = {}
    for option, attribute in _KEEP_OPTIONS.items():
        value = section.get(option, False)
        if not isinstance(value, bool):
            raise RedactionSettingsError(f"{SECTION}.{option}: expected true or false")
        keep[attribute] = value
    return RedactionSettings(default, entity_styles, KeepOptions(**keep))


def load_redaction_file(path: Path) -> RedactionSettings:
    """The `redaction:` section of the YAML file `path`."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RedactionSettingsError((exc.strerror or str(exc)).lower()) from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise RedactionSettingsError(f"not valid YAML ({type(exc).__name__})") from None
    if not isinstance(data, Mapping) or SECTION not in data:
        raise RedactionSettingsError(f"no `{SECTION}:` section")
    return redaction_settings_from_mapping(data[SECTION])


def with_command_line(
    settings: RedactionSettings,
    *,
    style: str | None,
    keep_domain: bool,
    keep_country_code: bool,
    keep_ip_scope: bool,
    key: str | None,
) -> RedactionSettings:
    """`settings` with the command line's options on top: --style sets the default style (per-entity
    styles stay), a --keep-* option adds to what is kept, --key (else $LOGSCRUB_PSEUDONYM_KEY) is the key."""
    keep = KeepOptions(
        domain=settings.keep.domain or keep_domain,
        country_code=settings.keep.country_code or keep_country_code,
        ip_scope=settings.keep.ip_scope or keep_ip_scope,
    )
    given = key if key is not None else os.environ.get(PSEUDONYM_KEY_ENV)
    if given is not None and not given:
        raise RedactionSettingsError("the pseudonym key is empty")
    return replace(
        settings,
        default_style=_style(style, "--style") if style is not None else settings.default_style,
        keep=keep,
        pseudonym_key=given.encode("utf-8") if given else None,
    )


def _style(name: object, where: str) -> str:
    if not isinstance(name, str) or name not in STYLES:
        raise RedactionSettingsError(f"{where}: {name!r} is not a style ({', '.join(sorted(STYLES))})")
    return name
