"""USERNAME in running prose: user names made of a person's names ("anna.lindqvist"), positives and hard
negatives side by side (invented names; addresses, paths and host names are the look-alikes)."""

from __future__ import annotations

import pytest

from logscrub.recognizers import ProseNameRecognizer, ProseUserNameRecognizer
from recognizer_assertions import analyzed_spans, located


@pytest.fixture(scope="module")
def recognizer() -> ProseUserNameRecognizer:
    return ProseUserNameRecognizer()


POSITIVES: list[tuple[str, list[str]]] = [
    ("anna.lindqvist picked this up from erik.tolvanen after lunch.", ["anna.lindqvist", "erik.tolvanen"]),
    (
        "tryggve.lindsjö tog över ärendet från karin.holmgren efter lunch.",
        ["tryggve.lindsjö", "karin.holmgren"],
    ),
    ("uwe.heidemann hat den Vorgang von sabine.wagner übernommen.", ["uwe.heidemann", "sabine.wagner"]),
    (
        "DEBUG [helpdesk] assignee changed: petra.zimmermann -> jörg.neumann (ticket #4711)",
        ["petra.zimmermann", "jörg.neumann"],
    ),
    ("Clete 15:02: @percy.beckham there's a ticket from Leeds for you", ["percy.beckham"]),
    ("anna.lindqvist 08:14: calling back now\nErik 08:15: thanks", ["anna.lindqvist"]),
    ("3 Sep 2024 12:33 olive.tolvanen: callback booked for Wednesday.", ["olive.tolvanen"]),
    ("Reassigned to Anna.Lindqvist by the bot.", ["Anna.Lindqvist"]),
    ("(owner: lars.nyberg-holm)", ["lars.nyberg-holm"]),
    ("presence: agent MARIA.ROOS state=Available queue=support", ["MARIA.ROOS"]),
    # a surname the gazetteers lack, made of two words as such surnames are ("oster" + "mann")
    ("cc @helmtraut.ostermann @sabine.schuhmacher", ["helmtraut.ostermann", "sabine.schuhmacher"]),
    ("@götha.rosbacka vet du?", ["götha.rosbacka"]),
]

NEGATIVES: list[str] = [
    "Mail anna.lindqvist@example.se about it.",
    "The profile is in /home/anna.lindqvist/ and C:\\Users\\erik.tolvanen\\AppData.",
    "Host anna.lindqvist.example.se does not answer.",
    "See anna.com and erik.online for the offer.",
    "Send the file erik.log and anna.txt to support.",
    "Ring anna. Lindqvist har inte svarat.",
    "sip:anna.lindqvist@pbx.example.se",
    "erik.support is the queue's alias.",
    "the release of nginx.conf and anna.bak",
    "Notes are in tove.lindqvist-notes.txt",
    "Loaded ANNA.TXT and ERIK.LOG from the share.",
    "Mixed Anna.LINDQVIST or ANNA.lindqvist is no account's spelling.",
    # a compound of words that ends in no surname's element is a word: "handbuch"
    "Die Datei erik.handbuch liegt im Ordner.",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_user_names_of_people(
    recognizer: ProseUserNameRecognizer, text: str, expected: list[str]
) -> None:
    assert analyzed_spans(recognizer, text) == located(text, expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_user_name_in_addresses_paths_and_host_names(
    recognizer: ProseUserNameRecognizer, text: str
) -> None:
    assert analyzed_spans(recognizer, text) == []


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_the_name_finder_leaves_user_names_to_it(text: str, expected: list[str]) -> None:
    """The finder reads the user names in its pass but reports only names: a user name is an account."""
    persons = analyzed_spans(ProseNameRecognizer(), text)
    assert not any(value in expected for _, _, value in persons)
