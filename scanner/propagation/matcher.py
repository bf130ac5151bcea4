"""Every whole-token occurrence of a known value, in one Aho-Corasick pass however many values are known."""

from __future__ import annotations

import os
import pickle
import secrets
from collections import OrderedDict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import ahocorasick

from logscrub.recognizers.generic.prose_name_recognizer import names_firm
from logscrub.scanner.propagation.folding import folded
from logscrub.scanner.propagation.known_values import DEVICE_ENTITIES, KnownValues
from logscrub.scanner.records.findings import Finding
from logscrub.scanner.records.known_values import KnownValue, KnownValueSet

RECOGNIZER = "propagation"
# Below the recognizers' scores: where a recognizer finds the same text, its finding (and reasons) win.
SCORE = 0.5
# Matchers a worker process keeps built: the daemon sends a document's matcher with each of its chunks,
# and chunks of a few documents are in flight at once.
_KEPT_IN_WORKER = 4


class KnownValueMatcher:
    def __init__(
        self, known: KnownValues | Iterable[tuple[str, KnownValue]], token: str | None = None
    ) -> None:
        self._items = list(known.items() if isinstance(known, KnownValues) else known)
        self._values: list[KnownValue] = []
        self._automaton = ahocorasick.Automaton()
        for spelling, value in self._items:
            self._automaton.add_word(spelling, (len(spelling), len(self._values)))
            self._values.append(value)
        self.empty = not self._values
        if not self.empty:
            self._automaton.make_automaton()
        self.token = token or secrets.token_hex(16)  # names this set of values in worker processes
        self._pickled: bytes | None = None
        self._stored: Path | None = None

    def stored_in(self, folder: Path) -> KnownValueMatcher:
        """This matcher, sent to worker processes as the name of a file in `folder` (private to the
        run) that holds its values, not as the values themselves: a big run's thousands of values are
        read once per worker, not carried with every chunk."""
        path = folder / f"known-values-{self.token}"
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # raw values
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(self._pickled_items())
        self._stored = path
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled once, however many chunks carry it; a worker builds the automaton once per token.
        if self._stored is not None:
            return (_received_stored, (self.token, str(self._stored)))
        return (_received, (self.token, self._pickled_items()))

    def _pickled_items(self) -> bytes:
        if self._pickled is None:
            self._pickled = pickle.dumps(self._items, protocol=pickle.HIGHEST_PROTOCOL)
        return self._pickled

    def findings(self, text: str) -> list[Finding]:
        """Occurrences of known values in `text` standing as whole tokens, in any letter case, with or
        without diacritics."""
        if self.empty:
            return []
        found = []
        for last, (length, index) in self._automaton.iter(folded(text)):
            start, end = last - length + 1, last + 1
            value = self._values[index]
            if not _whole_token(text, start, end, digits_only=value.entity in DEVICE_ENTITIES):
                continue
            # A name that is a firm's here: "Sattler Logistik GmbH" after "Bearbeiter: Bartosch Sattler"
            if value.entity == "PERSON" and names_firm(text, start, end):
                continue
            attributes = {"learnt_as": value.learnt_as}
            found.append(Finding(value.entity, start, end, SCORE, RECOGNIZER, attributes, value.canonical))
        return found

    def known_value(self, spelling: str) -> KnownValue | None:
        """The known value behind a matched text (for explanations and pseudonyms)."""
        hit = self._automaton.get(folded(spelling), None) if not self.empty else None
        return None if hit is None else self._values[hit[1]]


_received_matchers: OrderedDict[str, KnownValueMatcher] = OrderedDict()


def _received_stored(token: str, path: str) -> KnownValueMatcher:
    """A matcher sent as the file holding its values (see stored_in)."""
    return _received(token, Path(path))


def _received(token: str, pickled: bytes | Path) -> KnownValueMatcher:
    """A matcher as a worker process receives it (its values, or the file holding them)."""
    return _kept(token, lambda: pickle.loads(pickled.read_bytes() if isinstance(pickled, Path) else pickled))


def matcher_of(known: KnownValueSet) -> KnownValueMatcher:
    """The matcher of the known values a run's settings carry (a cluster's workers get them so)."""
    return _kept(known.token, lambda: known.spellings)


def _kept(token: str, items: Callable[[], Iterable[tuple[str, KnownValue]]]) -> KnownValueMatcher:
    """The matcher of the values named `token`: built in this process on first receipt, then reused."""
    matcher = _received_matchers.get(token)
    if matcher is None:
        matcher = KnownValueMatcher(items(), token)
        _received_matchers[token] = matcher
        while len(_received_matchers) > _KEPT_IN_WORKER:
            _received_matchers.popitem(last=False)
    else:
        _received_matchers.move_to_end(token)
    return matcher


def forget_received_matchers() -> None:
    """Drop every matcher this process keeps built: their values are personal data. A run's task that
    brings its values again builds its matcher anew."""
    _received_matchers.clear()


def _whole_token(text: str, start: int, end: int, digits_only: bool = False) -> bool:
    """Whether text[start:end] stands alone: not glued to letters or digits, nor joined to them by
    `.`, `-`, `_` or `+` (`anna.larsson` is one token; `+4670…` is a number only with its `+`).

    `digits_only` (device identifiers): only joining to digits counts, as the 5G forms put a type word
    before the digits (`imsi-2620…`, `imei-3520…`)."""
    joins = str.isdigit if digits_only else str.isalnum
    if start and (text[start - 1].isalnum() or text[start - 1] == "+"):
        return False
    if start > 1 and text[start - 1] in ".-_" and joins(text[start - 2]):
        return False
    if end < len(text) and text[end].isalnum():
        return False
    return not (end + 1 < len(text) and text[end] in ".-_" and joins(text[end + 1]))
