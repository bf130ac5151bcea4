"""USERNAME from home and profile folders: positives and hard negatives side by side."""

from __future__ import annotations

import pytest

from logscrub.recognizers import HomeDirectoryRecognizer
from logscrub.scanner.engine import Detector
from recognizer_assertions import analyzed_spans, detected_entities, located


@pytest.fixture(scope="module")
def recognizer() -> HomeDirectoryRecognizer:
    return HomeDirectoryRecognizer()


POSITIVES = [
    (r"C:\Users\anna.svensson\AppData\Local\Microsoft\Office\16.0\Lync\Tracing", ["anna.svensson"]),
    (r"log: c:\users\jdoe\Desktop\trace.pcap", ["jdoe"]),
    (r"C:\Users\Anna Svensson\Documents\notes.txt", ["Anna Svensson"]),  # a profile folder with a space
    (r'{"path": "C:\\Users\\asa.oberg\\AppData"}', ["asa.oberg"]),  # backslashes escaped in JSON
    (r"saved to C:\Users\karl", ["karl"]),
    (r"C:\Documents and Settings\joerg\Lokale Einstellungen", ["joerg"]),
    ("cd /home/anna.svensson/", ["anna.svensson"]),
    ("PWD=/home/carin.ek ; USER=root", ["carin.ek"]),
    ('sftp-server[4316]: open "/home/carin.ek/kamailio.cfg.new" flags WRITE', ["carin.ek"]),
    ("/Users/jdoe/Library/Logs/DiagnosticReports", ["jdoe"]),
    ("file:///home/nils/trace.txt", ["nils"]),
    ("cd /export/home/heike.gross", ["heike.gross"]),
    ("log in /home/anna.", ["anna"]),  # the end of a sentence
]

NEGATIVES = [
    r"C:\Users\Public\Desktop",  # built-in profiles
    r"C:\Users\Default\NTUSER.DAT",
    r"C:\Users\Administrator\Desktop",
    "/home/pi/.bashrc",  # service and image accounts
    "/home/ubuntu/",
    "/home/git/repositories",
    "/Users/Shared/",
    "/home/1000/",
    "https://example.com/home/index.html",  # a URL path
    "/mnt/backup/home/anna/",  # inside a longer path
    "GET /api/users/42",
    r"C:\Program Files\Users\x",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_account_in_home_folder(
    recognizer: HomeDirectoryRecognizer, text: str, expected: list[str]
) -> None:
    assert analyzed_spans(recognizer, text) == located(text, expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_account_in_folder(recognizer: HomeDirectoryRecognizer, text: str) -> None:
    assert analyzed_spans(recognizer, text) == []


def test_a_profile_path_keeps_everything_but_the_account(detector: Detector) -> None:
    text = r"tracing to C:\Users\anna.svensson\AppData\Local\Microsoft\Office\16.0\Lync\Tracing"
    assert detected_entities(detector, text) == [("USERNAME", "anna.svensson")]
