"""Presidio's recognizer classes without the rest of its analyzer.

`import presidio_analyzer` runs the package's __init__, which imports the AnalyzerEngine, every NLP
engine with spaCy, and every predefined recognizer: 1.2 s of the 1.7 s a run took to start, for code
logscrub's engine never runs (it runs recognizers' patterns itself). Imported before anything else of
Presidio (this package's __init__ imports it first; the scanner takes Presidio's classes from here), this
module enters the package without its __init__, loads only the modules recognizers build on, and leaves
the rest of the package to be loaded, whole, the first time anything else of it is asked for (an
AnalyzerEngine, in a test or a user's program). Where Presidio was imported before, it changes nothing.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from types import ModuleType
from typing import Any

_PRESIDIO = "presidio_analyzer"
# The modules recognizers build on, in the order Presidio's __init__ imports them, and the names it
# gives the package from each.
_CORE = {
    "analysis_explanation": "AnalysisExplanation",
    "recognizer_result": "RecognizerResult",
    "entity_recognizer": "EntityRecognizer",
    "local_recognizer": "LocalRecognizer",
    "pattern": "Pattern",
    "pattern_recognizer": "PatternRecognizer",
}
# Packages entered without their __init__, for Presidio's own recognizers that logscrub runs to be
# imported from their modules alone, and the NLP engines (spaCy) not at all.
_DEFERRED = ("predefined_recognizers", "predefined_recognizers.generic", "nlp_engine")
_IBAN = "predefined_recognizers.generic.iban_recognizer"


def _deferred_package(name: str) -> ModuleType:
    """The package `name`, entered without running its __init__ until a name it lacks is asked for."""
    spec = importlib.util.find_spec(name)
    assert spec is not None and spec.loader is not None, name
    loader = spec.loader
    package = importlib.util.module_from_spec(spec)

    def complete(attribute: str) -> Any:
        del package.__getattr__  # the whole __init__ now; a name it too lacks is an AttributeError
        loader.exec_module(package)
        return getattr(package, attribute)

    package.__getattr__ = complete  # type: ignore[method-assign]
    sys.modules[name] = package
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, package)
    return package


def _enter_presidio() -> None:
    if _PRESIDIO in sys.modules:
        return
    package = _deferred_package(_PRESIDIO)
    for module, exported in _CORE.items():
        setattr(package, exported, getattr(importlib.import_module(f"{_PRESIDIO}.{module}"), exported))
    deferred = {name: _deferred_package(f"{_PRESIDIO}.{name}") for name in _DEFERRED}
    # The IBAN recognizer's module imports NlpArtifacts only to annotate an argument: while it loads,
    # the name stands for itself, a forward reference as in Presidio's other recognizers.
    nlp_engine = deferred["nlp_engine"]
    setattr(nlp_engine, "NlpArtifacts", "NlpArtifacts")  # noqa: B010 (a module's attribute, not typed)
    try:
        importlib.import_module(f"{_PRESIDIO}.{_IBAN}")
    finally:
        delattr(nlp_engine, "NlpArtifacts")


_enter_presidio()

from presidio_analyzer import (  # noqa: E402  (entered above)
    AnalysisExplanation,
    EntityRecognizer,
    Pattern,
    PatternRecognizer,
)
from presidio_analyzer.predefined_recognizers.generic.iban_recognizer import IbanRecognizer  # noqa: E402

__all__ = ["AnalysisExplanation", "EntityRecognizer", "IbanRecognizer", "Pattern", "PatternRecognizer"]
