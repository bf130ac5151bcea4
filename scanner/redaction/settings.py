"""How a run redacts (records/redaction.py), read from YAML and the command line.

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
from collections.abc import Collection, Mapping
from dataclasses import replace
from pathlib import Path

from logscrub.scanner.located import ConfigError, Located, check_keys, located_yaml
from logscrub.scanner.privacy import MIN_KEY_BITS, key_weakness
from logscrub.scanner.records.redaction import DEFAULT_STYLE, KeepOptions, RedactionSettings
from logscrub.scanner.redaction.picker import STYLES
from logscrub.scanner.redaction.pseudonyms import PSEUDONYM_KEY_ENV

SECTION = "redaction"
_KEEP_OPTIONS = {"keep_domain": "domain", "keep_country_code": "country_code", "keep_ip_scope": "ip_scope"}


class RedactionSettingsError(ConfigError):
    """Settings that cannot be used; the message says which and why."""


def load_redaction_file(path: Path, known_entities: Collection[str]) -> RedactionSettings:
    """The `redaction:` section of the YAML file `path`, read strictly: every key and entity name must
    be one that is used (`PHONE_NUMBR` would otherwise leave phone numbers in the default style)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RedactionSettingsError(f"{path}: {(exc.strerror or str(exc)).lower()}") from None
    except UnicodeDecodeError:
        raise RedactionSettingsError(f"{path}: not UTF-8 text") from None
    try:
        tree = located_yaml(text, str(path))
        if not isinstance(tree.value, Mapping) or SECTION not in tree.value:
            raise tree.error(f"no `{SECTION}:` section")
        return _settings(tree.value[SECTION], known_entities)
    except ConfigError as exc:
        raise RedactionSettingsError(str(exc)) from None


def _settings(section: Located, known_entities: Collection[str]) -> RedactionSettings:
    if not isinstance(section.value, Mapping):
        raise section.error(f"{SECTION}: expected a mapping of settings")
    check_keys(section.value, ("default", "entities", *_KEEP_OPTIONS))
    default = section.value.get("default")
    default_style = DEFAULT_STYLE if default is None else _located_style(default, "default")
    entity_styles = {}
    entities = section.value.get("entities")
    if entities is not None and entities.value is not None:
        if not isinstance(entities.value, Mapping):
            raise entities.error("entities: expected a mapping of entity names to styles")
        check_keys(entities.value, sorted(known_entities), what="entity")
        for entity, style in entities.value.items():
            entity_styles[entity] = _located_style(style, entity)
    keep = {}
    for option, attribute in _KEEP_OPTIONS.items():
        value = section.value.get(option)
        if value is not None and not isinstance(value.value, bool):
            raise value.error(f"{option}: expected true or false")
        keep[attribute] = value is not None and value.value is True
    return RedactionSettings(default_style, entity_styles, KeepOptions(**keep))


def _located_style(node: Located, what: str) -> str:
    if not isinstance(node.value, str) or node.value not in STYLES:
        raise node.error(f"{what}: {node.value!r} is not a style ({', '.join(sorted(STYLES))})")
    return node.value


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
    weakness = key_weakness(given.encode("utf-8")) if given else None
    if weakness is not None:
        # A guessable key lets anyone with the copy try values until the pseudonyms match.
        origin = "--key" if key is not None else PSEUDONYM_KEY_ENV
        raise RedactionSettingsError(
            f"{origin}: the pseudonym key is too weak ({weakness}); it needs at least {MIN_KEY_BITS} bits, "
            "such as 32 hex digits (`openssl rand -hex 16`)"
        )
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
