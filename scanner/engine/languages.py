"""The language of a prose region, offline and cheap: py3langid's naive Bayes model over byte n-grams.

py3langid ships its model inside the package (``py3langid/data/model.npz.xz``) and reads it from there;
nothing is downloaded. The model is loaded once per process, on first use, and restricted to the
languages support logs of our markets are written in, and the NER model's own: a choice among a few
languages is both faster and surer than one among a hundred.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

# The languages of tickets and chats in the Swedish and German markets and their neighbours: a
# Norwegian or Dutch paragraph must come out as such, not as the nearest of English, Swedish, German.
MARKET_LANGUAGES = ("en", "sv", "de", "da", "no", "fi", "nl", "fr", "es", "it", "pl")
# The start of a region is enough to tell its language, and the identifier's cost grows with length.
SAMPLE_CHARS = 600


class LanguageIdentifier:
    """Tells which of `languages` a text is written in."""

    def __init__(self, languages: Iterable[str]) -> None:
        self.languages = tuple(sorted(set(languages)))
        self._model = _py3langid_model(self.languages)

    def language_of(self, text: str) -> str:
        language: str = self._model.classify(text[:SAMPLE_CHARS])[0]
        return language


@lru_cache(maxsize=4)
def _py3langid_model(languages: tuple[str, ...]) -> Any:
    from py3langid.langid import MODEL_FILE
    from py3langid.langid import LanguageIdentifier as Py3LangId

    model = Py3LangId.from_model_file(MODEL_FILE)
    model.set_languages([language for language in languages if language in model.labels])
    return model


def identifier_for(model_language: str) -> LanguageIdentifier:
    """An identifier among the market languages and `model_language`."""
    return LanguageIdentifier((*MARKET_LANGUAGES, model_language))
