"""The styles there are, and the style each entity is redacted with in a run."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from logscrub.scanner.records.redaction import RedactionSettings
from logscrub.scanner.redaction.hashes import HashStyle
from logscrub.scanner.redaction.masks import MaskStyle
from logscrub.scanner.redaction.pseudonyms import PseudonymStyle
from logscrub.scanner.redaction.style import RedactionStyle, StyleOptions
from logscrub.scanner.redaction.tokens import TokenStyle

# Style plug-ins by name: each is built once per worker process from the run's StyleOptions.
STYLES: dict[str, Callable[[StyleOptions], RedactionStyle]] = {
    "token": TokenStyle,
    "pseudonym": PseudonymStyle,
    "mask": MaskStyle,
    "hash": HashStyle,
}


class StylePicker:
    """The style of each entity: its own from the settings, else the default."""

    def __init__(self, settings: RedactionSettings, hash_key: bytes, regions: Sequence[str]) -> None:
        options = StyleOptions(settings.keep, hash_key, settings.pseudonym_key, tuple(regions))
        names = {settings.default_style, *settings.entity_styles.values()}
        built = {name: STYLES[name](options) for name in names}
        self._default = built[settings.default_style]
        self._by_entity = {entity: built[name] for entity, name in settings.entity_styles.items()}

    def style_for(self, entity: str) -> RedactionStyle:
        return self._by_entity.get(entity, self._default)

    def writes_labels(self, entity: str) -> bool:
        """Whether the style of `entity` writes a label with no character of the value (`<PERSON>`, a
        pseudonym, a keyed hash): the verify pass need not read its replacements."""
        return _writes_labels(self._by_entity.get(entity, self._default))


def _writes_labels(style: RedactionStyle) -> bool:
    # A style that does not say so (a plug-in's) is taken to write characters of the value.
    return bool(getattr(style, "writes_labels", False))
