"""A rule pack's located tree checked and turned into a RulePack; every problem names file and line."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from logscrub.scanner.located import Located, check_keys
from logscrub.scanner.records.detection_rules import (
    ALLOW_KINDS,
    AllowEntry,
    ContextRule,
    DenyListSpec,
    PatternSpec,
    RecognizerSpec,
)
from logscrub.scanner.rulepacks.model import CategoryRule, PathIgnore, RulePack
from logscrub.scanner.rulepacks.validators import VALIDATORS

PACK_KEYS = ("recognizers", "deny_lists", "allow", "ignore", "categories", "contexts")
PROJECT_KEYS = ("rules", *PACK_KEYS)  # a project file also names rule packs to load before it
_RECOGNIZER_KEYS = ("name", "entity", "patterns", "context", "validator", "prefilters", "description")
_PATTERN_KEYS = ("name", "regex", "score", "prefilters")
_DENY_KEYS = ("name", "entity", "terms", "description")
_CONTEXT_KEYS = ("name", "category", "line", "entities", "prefilters", "description")
_CATEGORY_KEYS = ("sensitivity", "entities", "description")
_ENTITY = re.compile(r"[A-Z][A-Z0-9_]*")
_NAME = re.compile(r"[A-Za-z][\w.\-]*")

T = TypeVar("T")


def parse_pack(tree: Located, source: str, base: Path, *, project: bool = False) -> RulePack:
    """The rule pack in `tree`, read from `source`; relative paths in it are relative to `base`."""
    fields = _mapping(tree, PROJECT_KEYS if project else PACK_KEYS)
    return RulePack(
        source=source,
        recognizers=_items(fields.get("recognizers"), _recognizer),
        deny_lists=_items(fields.get("deny_lists"), _deny_list),
        allow=_allow(fields.get("allow")),
        ignore=tuple(PathIgnore(_text(g), base, g.where) for g in _list(fields.get("ignore"))),
        contexts=_items(fields.get("contexts"), _context),
        categories=_categories(fields.get("categories")),
        includes=tuple(base / _text(p) for p in _list(fields.get("rules"))),
    )


def _recognizer(node: Located) -> RecognizerSpec:
    fields = _mapping(node, _RECOGNIZER_KEYS, required=("name", "entity", "patterns"))
    name, entity = _name(fields["name"]), _entity(fields["entity"])
    validator = fields.get("validator")
    if validator is not None and _text(validator) not in VALIDATORS:
        raise validator.error(
            f"unknown validator {validator.value!r} (known: {', '.join(sorted(VALIDATORS))})"
        )
    patterns = _items(fields["patterns"], _pattern)
    if not patterns:
        raise fields["patterns"].error("a recognizer needs at least one pattern")
    if len({p.name for p in patterns}) < len(patterns):
        raise fields["patterns"].error("two patterns of one recognizer have the same name")
    return RecognizerSpec(
        name=name,
        entity=entity,
        patterns=patterns,
        context=tuple(_text(w) for w in _list(fields.get("context"))),
        validator=None if validator is None else _text(validator),
        prefilters=tuple(_text(p).lower() for p in _list(fields.get("prefilters"))),
        origin=node.where,
    )


def _pattern(node: Located) -> PatternSpec:
    fields = _mapping(node, _PATTERN_KEYS, required=("name", "regex", "score"))
    regex = _regex(fields["regex"], re.MULTILINE)
    if regex.search(""):
        raise fields["regex"].error("the regex matches an empty text")
    score = fields["score"].value
    if isinstance(score, bool) or not isinstance(score, (int, float)) or not 0 <= score <= 1:
        raise fields["score"].error(f"score must be a number from 0 to 1, not {score!r}")
    prefilters = tuple(_text(p).lower() for p in _list(fields.get("prefilters")))
    return PatternSpec(_text(fields["name"]), regex.pattern, float(score), prefilters)


def _deny_list(node: Located) -> DenyListSpec:
    fields = _mapping(node, _DENY_KEYS, required=("entity", "terms"))
    entity = _entity(fields["entity"])
    terms = tuple(_text(t) for t in _list(fields["terms"]))
    if not terms or not all(t.strip() for t in terms):
        raise fields["terms"].error("terms must be a list of non-empty texts")
    default_name = entity.title().replace("_", "") + "DenyListRecognizer"
    name = _name(fields["name"]) if "name" in fields else default_name
    return DenyListSpec(name, entity, terms, node.where)


def _allow(node: Located | None) -> tuple[AllowEntry, ...]:
    if node is None:
        return ()
    fields = _mapping(node, ALLOW_KINDS)
    entries = []
    for kind, items in fields.items():
        for item in _list(items):
            if kind == "patterns":
                _regex(item, 0)
            elif not _text(item).strip():
                raise item.error(f"an empty text in allow {kind}")
            entries.append(AllowEntry(kind, _text(item), item.where))
    return tuple(entries)


def _context(node: Located) -> ContextRule:
    fields = _mapping(node, _CONTEXT_KEYS, required=("name", "category", "line", "entities"))
    entities = frozenset(_entity(e) for e in _list(fields["entities"]))
    if not entities:
        raise fields["entities"].error("a context names at least one entity")
    line = _regex(fields["line"], re.MULTILINE).pattern
    prefilters = tuple(_text(p).lower() for p in _list(fields.get("prefilters")))
    return ContextRule(
        _name(fields["name"]), _name(fields["category"]), line, entities, prefilters, node.where
    )


def _categories(node: Located | None) -> tuple[CategoryRule, ...]:
    if node is None:
        return ()
    rules = []
    for category, body in _mapping(node, None).items():
        fields = _mapping(body, _CATEGORY_KEYS)
        sensitivity = fields.get("sensitivity")
        rules.append(
            CategoryRule(
                category=_name(Located(category, body.where)),
                sensitivity=None if sensitivity is None else _text(sensitivity),
                entities=tuple(_entity(e) for e in _list(fields.get("entities"))),
                origin=body.where,
            )
        )
    return tuple(rules)


def _mapping(
    node: Located, keys: tuple[str, ...] | None, required: tuple[str, ...] = ()
) -> dict[str, Located]:
    if not isinstance(node.value, dict):
        raise node.error(f"expected a mapping of settings, not {_kind(node.value)}")
    fields: dict[str, Located] = node.value
    if keys is not None:
        check_keys(fields, keys)
    missing = [key for key in required if key not in fields]
    if missing:
        raise node.error(f"{missing[0]!r} is missing")
    return fields


def _list(node: Located | None) -> list[Located]:
    if node is None:
        return []
    if not isinstance(node.value, list):
        raise node.error(f"expected a list, not {_kind(node.value)}")
    items: list[Located] = node.value
    return items


def _items(node: Located | None, parse: Callable[[Located], T]) -> tuple[T, ...]:
    return tuple(parse(item) for item in _list(node))


def _text(node: Located) -> str:
    if isinstance(node.value, bool) or not isinstance(node.value, (str, int, float)):
        raise node.error(f"expected a text, not {_kind(node.value)}")
    return str(node.value)


def _name(node: Located) -> str:
    text = _text(node)
    if not _NAME.fullmatch(text):
        raise node.error(f"{text!r} is not a name (letters, digits, _ . -, starting with a letter)")
    return text


def _entity(node: Located) -> str:
    text = _text(node)
    if not _ENTITY.fullmatch(text):
        raise node.error(f"{text!r} is not an entity name (upper case, digits and _, like CUSTOMER_ID)")
    return text


def _regex(node: Located, flags: int) -> re.Pattern[str]:
    text = _text(node)
    try:
        return re.compile(text, flags)
    except re.error as exc:
        raise node.error(f"not a valid regular expression: {exc.msg} at position {exc.pos}") from None


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return "nothing" if value is None else repr(value)
