"""The ticket benchmark's generator and scoring (benchmarks/bench_tickets.py), for each template set: its
gold spans point at the names it wrote, none of them is one of Faker's, and a perfect or an empty set of
findings scores as such. The figures themselves are the benchmark's, run by hand."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from helpers import REPO

CHARACTERS = 40_000


@pytest.fixture(scope="module")
def bench() -> Iterator[ModuleType]:
    sys.path.insert(0, str(REPO / "benchmarks"))  # the benchmark imports its sibling bench_ner
    try:
        yield importlib.import_module("bench_tickets")
    finally:
        sys.path.remove(str(REPO / "benchmarks"))


@pytest.fixture(scope="module", params=["a", "b", "c", "d", "e", "f", "g", "h"])
def templates(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def corpus(bench: ModuleType, templates: str) -> Any:
    return bench.generate(CHARACTERS, templates=templates)


def test_each_gold_word_is_a_whole_word_of_the_name_pools_and_none_is_fakers(
    bench: ModuleType, corpus: Any
) -> None:
    pools = bench.name_pools()
    known = {
        n.casefold()
        for pool in pools.values()
        for n in (*pool.first.names, *pool.last.names, *pool.short.values())
    }
    faker = bench.faker_names()
    text = corpus.text
    words = [text[start:end] for name in corpus.names for start, end in name.words]
    assert len(words) > 300
    assert {w.casefold() for w in words} <= known
    assert not {w.casefold() for w in words} & faker
    for name in corpus.names:
        possessive_s = name.form == "gen" and text[name.end] == "s"  # Swedish "Eriks", German "Sabines"
        for start, end in name.words:
            assert not text[start - 1].isalpha(), text[start - 20 : end + 20]
            assert possessive_s or not text[end].isalpha(), text[start - 20 : end + 20]
    assert {name.language for name in corpus.names} == set(bench.LANGUAGES)


def test_every_template_and_filler_word_is_a_string(bench: ModuleType, templates: str) -> None:
    # A missing comma between two strings joins them; a misplaced bracket makes a tuple that only a draw of
    # that very word would reveal.
    chosen = bench.TEMPLATE_SETS[templates]
    for table in (chosen.templates, chosen.vocabulary):
        for by_source in table.values():
            for words in by_source.values():
                assert all(isinstance(word, str) for word in words), words


def test_the_same_seed_writes_the_same_tickets(bench: ModuleType, corpus: Any, templates: str) -> None:
    assert bench.generate(CHARACTERS, templates=templates).text == corpus.text


def test_findings_on_exactly_the_gold_names_score_one_and_none_score_zero(
    bench: ModuleType, corpus: Any
) -> None:
    names = corpus.names
    # Honorifics and initials beside a name are neutral: a finding may take them in without a wrong word.
    perfect = [(name.start, name.end) for name in names] + list(corpus.neutral)
    scores = bench.score(corpus, perfect)["all"]
    assert (scores.words.share, scores.names.share, scores.precision.share) == (1.0, 1.0, 1.0)
    wider = bench.score(corpus, [(name.start, name.end + 4) for name in names])["all"]
    assert wider.names.share == 1.0 and wider.precision.share < 1.0
    assert bench.score(corpus, [])["all"].words.share == 0.0


def test_set_b_writes_its_own_forms_with_particles_neutral(bench: ModuleType) -> None:
    corpus = bench.generate(CHARACTERS, templates="b")
    forms = {name.form for name in corpus.names}
    assert {"short", "caps", "capsrev", "lastfirst", "firstinit", "lcfull"} <= forms
    particles = {p for words in bench.TEMPLATE_SETS["b"].particles.values() for p in words}
    neutral = {corpus.text[start:end] for start, end in corpus.neutral}
    assert neutral & particles
    assert {name.context for name in corpus.names} >= {"audit", "teams speaker", "json", "forward"}


def test_set_c_writes_user_names_in_small_letters_and_its_own_sections(bench: ModuleType) -> None:
    corpus = bench.generate(CHARACTERS, templates="c")
    handles = [name for name in corpus.names if name.form == "handle"]
    assert handles
    for name in handles:
        first, last = (corpus.text[start:end] for start, end in name.words)
        assert first.islower() and last.islower()
        assert corpus.text[name.words[0][1] : name.words[1][0]] == "."
    assert {name.context for name in corpus.names} >= {"jira", "qa", "incident", "slack speaker", "mail"}


def test_set_d_writes_every_form_and_its_own_sections(bench: ModuleType) -> None:
    corpus = bench.generate(CHARACTERS, templates="d")
    forms = {name.form for name in corpus.names}
    assert {"full", "first", "last", "lc", "gen", "hon", "hond", "rev", "init"} <= forms
    assert {"short", "caps", "capsrev", "lastfirst", "firstinit", "lcfull", "handle"} <= forms
    contexts = {name.context for name in corpus.names}
    assert contexts >= {"journal", "form", "swap", "change", "letter", "bugreport speaker", "minutes speaker"}


def test_set_e_writes_every_form_and_its_own_sections(bench: ModuleType) -> None:
    corpus = bench.generate(CHARACTERS, templates="e")
    forms = {name.form for name in corpus.names}
    assert {"full", "first", "last", "lc", "gen", "hon", "hond", "rev", "init", "short"} <= forms
    assert {"caps", "capsrev", "lastfirst", "firstinit", "lcfull", "handle"} <= forms
    contexts = {name.context for name in corpus.names}
    assert contexts >= {
        "export",
        "absence",
        "presence",
        "porting",
        "invoice",
        "transcript speaker",
        "thread speaker",
    }


def test_set_f_writes_double_first_names_and_its_own_sections(bench: ModuleType) -> None:
    corpus = bench.generate(CHARACTERS, templates="f")
    forms = {name.form for name in corpus.names}
    assert {
        "full",
        "first",
        "last",
        "lc",
        "gen",
        "hon",
        "hond",
        "rev",
        "short",
        "caps",
        "lcfull",
        "handle",
    } <= forms
    # A double first name is two gold words: hyphened in Swedish and German, spaced in English.
    doubles = [name for name in corpus.names if name.form == "first" and len(name.words) == 2]
    assert {name.language for name in doubles} == set(bench.LANGUAGES)
    for name in doubles:
        between = corpus.text[name.words[0][1] : name.words[1][0]]
        assert between == (" " if name.language == "en" else "-")
    contexts = {name.context for name in corpus.names}
    assert contexts >= {"webform", "partner", "noclog", "dsar", "huntgroup", "estate", "meeting speaker"}


def test_set_g_writes_directory_forms_and_its_own_sections(bench: ModuleType) -> None:
    corpus = bench.generate(CHARACTERS, templates="g")
    forms = {name.form for name in corpus.names}
    assert {"full", "first", "last", "lc", "gen", "hon", "hond", "rev", "init", "short"} <= forms
    assert {"caps", "capsrev", "lastfirst", "firstinit", "lcfull", "handle"} <= forms
    assert {len(name.words) for name in corpus.names if name.form == "first"} == {1, 2}
    # An LDIF entry's CN writes the surname, an escaped comma, then the first name: two gold names.
    text = corpus.text
    cn = [name for name in corpus.names if text[name.start - 3 : name.start] == "CN="]
    assert cn
    for name in cn:
        assert text[name.end : name.end + 3] == "\\, "
    # Every section names someone; a stand-up's lines all start with their speaker.
    sections = set(bench.TEMPLATE_SETS["g"].sections) - {"standup"}
    assert {name.context for name in corpus.names} >= sections | {"standup speaker"}


def test_set_h_writes_names_in_columns_and_file_names_and_its_own_sections(bench: ModuleType) -> None:
    corpus = bench.generate(CHARACTERS, templates="h")
    forms = {name.form for name in corpus.names}
    assert {"full", "first", "last", "lc", "gen", "hon", "hond", "rev", "init", "short"} <= forms
    assert {"caps", "capsrev", "lastfirst", "firstinit", "lcfull", "handle"} <= forms
    assert {len(name.words) for name in corpus.names if name.form == "first"} == {1, 2}
    text = corpus.text
    # A recording's file name joins the names with underscores: each is still a gold name of its own.
    in_file_names = [name for name in corpus.names if text[name.start - 1] == "_" or text[name.end] == "_"]
    assert {name.context for name in in_file_names} == {"recordings"}
    # A mailbox list's rows start with their sender; every other section names someone too.
    senders = [name for name in corpus.names if name.context == "mailbox speaker"]
    assert senders
    # A sender may be written after an honorific and a particle ("Herr Dr. von Böttcher"): neutral words.
    neutral = bench.Spans(corpus.neutral)
    for name in senders:
        line_start = text.rfind("\n", 0, name.start) + 1
        before = bench.LETTERS.finditer(text, line_start, name.start)
        assert all(neutral.covers(*word.span()) for word in before), text[line_start : name.end]
    sections = set(bench.TEMPLATE_SETS["h"].sections) - {"mailbox"}
    assert {name.context for name in corpus.names} >= sections


def test_double_first_names_are_drawn_only_for_a_set_that_asks_for_them(bench: ModuleType) -> None:
    # Sets A to E were measured before double first names existed: their tickets must stay as they were.
    assert {key for key, chosen in bench.TEMPLATE_SETS.items() if chosen.double_first} == {"f", "g", "h"}
