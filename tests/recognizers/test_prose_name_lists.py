"""PERSON in the shapes of lists, rosters, forms and chat headers: names in capitals, surname first, a
chat message's author on the line above it; look-alikes from logs and prose beside them."""

from __future__ import annotations

import pytest

from logscrub.recognizers import ProseNameRecognizer
from logscrub.recognizers.generic.prose_name_recognizer import find_prose_names
from recognizer_assertions import analyzed_spans, located


@pytest.fixture(scope="module")
def recognizer() -> ProseNameRecognizer:
    return ProseNameRecognizer()


POSITIVES = [
    # names in capitals, in a cell of their own: forms, rosters, bills
    ("Beredskap natt: ANNA LINDQVIST", ["ANNA LINDQVIST"]),
    ("Bereitschaft KW 21: SABINE MAURER / Vertretung JÜRGEN HAFNER", ["SABINE MAURER", "JÜRGEN HAFNER"]),
    ("Abonnent enligt nuvarande operatör: LINDQVIST, ANNA", ["LINDQVIST, ANNA"]),
    ("406 | NYBERG, KARIN | 312 samtal | 1 204,50 kr", ["NYBERG, KARIN"]),
    ("070-174 06 72  EKBACKEN, MARGIT  0 samtal  0,00 kr", ["EKBACKEN, MARGIT"]),
    ("GWENDOLINE VON METTLER (Customer Service) – Annual leave", ["GWENDOLINE VON METTLER"]),
    ("Account holder: GWENDOLINE METTLER", ["GWENDOLINE METTLER"]),
    ("| LINDQVIST ANNA | Rast | 86 % |", ["LINDQVIST ANNA"]),
    ("ELVA MARCANTEL   Break   86 %", ["ELVA MARCANTEL"]),  # a first name that is a word, a known surname
    ("Porteringen avslogs eftersom abonnenten står som AHLFORS, SIW hos Telia.", ["AHLFORS, SIW"]),
    ("weil der Anschlussinhaber als ZU KAUFMANN, JOSUA geführt wird", ["ZU KAUFMANN, JOSUA"]),
    ("Jour v. 12\nMARGIT EKBACKEN | Semester | 070-174 06 52", ["MARGIT EKBACKEN"]),  # not the first line
    # in capitals inside a sentence after a preposition, a known first name first, small letters after
    ("Larmet går till SOLVEIG TRANBERG vid driftstopp i natt", ["SOLVEIG TRANBERG"]),
    ("Escalate to ODETTE PRUITT for outages of the hunt group", ["ODETTE PRUITT"]),
    ("Numret står på SOLVEIG TRANBERG men används av växeln", ["SOLVEIG TRANBERG"]),
    ("bitte zuerst mit ROSWITHA KLEEBERG sprechen und dann", ["ROSWITHA KLEEBERG"]),
    # in capitals, the surname a compound with a surname's last element the gazetteers lack
    ("Rufbereitschaft: WIEBKE GLASMANN", ["WIEBKE GLASMANN"]),
    ("Rufbereitschaft: TÜRSCHMIDT, WIEBKE", ["TÜRSCHMIDT, WIEBKE"]),
    # in capitals as the value of a setting: a phone's key label, a display name
    ("attendant.resourcelist.3.label = ODETTE PRUITT", ["ODETTE PRUITT"]),
    # a directory's distinguished name: surname first, its comma escaped, a compound surname too
    ("manager: CN=Tranberg\\, Solveig,OU=Staff,DC=corp,DC=example,DC=se", ["Tranberg\\, Solveig"]),
    (
        "manager: CN=Kleeberg-Wassermann\\, Roswitha,OU=Leitung,DC=example,DC=de",
        ["Kleeberg-Wassermann\\, Roswitha"],
    ),
    ("path: OU=Vertrieb\\, Anna,DC=example,DC=de", ["Anna"]),  # no common name: the word not taken in
    # surname first in a roster, a list or a call history
    ("Reserve: Hafner Frowine", ["Hafner Frowine"]),
    ("09:31 | 070-174 06 28 | Kö Felanmälan | Ekbacken Tommie | 11:11 | överkopplat", ["Ekbacken Tommie"]),
    ("Zuletzt geändert von: Küfer Brandolf", ["Küfer Brandolf"]),
    ("Rechte wie bei: Jäger Friderike", ["Jäger Friderike"]),  # a surname that is a word
    ("Bereitschaft 02.07.2024–22.06.2024: Holzmann Isfried", ["Holzmann Isfried"]),  # two words in one
    ("Holzmann Eckehardt | Abwesend | Durchwahl 132", ["Holzmann Eckehardt"]),
    # a name filling a cell of comma- or semicolon-separated values: in capitals, surname first or not
    ("Säljgruppen,019,JANNE GÖSTASSON,nej", ["JANNE GÖSTASSON"]),
    ("0447;TALLBLAD, GITTAN;271;61;Aktiv", ["TALLBLAD, GITTAN"]),
    ("Receptionen,288,Östkvist Wanja,nej", ["Östkvist Wanja"]),
    ('Team Disposition;928;"Kaufmann, Arnhild";ja', ["Kaufmann, Arnhild"]),  # a surname that is a word
    ("Reception Hunt,340,Doran DuWayne,no", ["Doran DuWayne"]),
    # "Surname, Given" filling a cell
    ("Engineer on duty: Grisham, Violet", ["Grisham, Violet"]),
    ("Diensthabender Techniker: Jäger, Wendelgard", ["Jäger, Wendelgard"]),
    ("| Ekbacken, Sanne | Semester | svarar ej |", ["Ekbacken, Sanne"]),
    ("Ekbacken, Hannmeike – Mittag – nicht planeinhaltend", ["Ekbacken, Hannmeike"]),
    # "Surname, Given" copied into a sentence from a directory: a known surname, a first name no word
    ("Die Durchwahl 214 gehörte vorher Kaufmann, Wendelgard bis Mai.", ["Kaufmann, Wendelgard"]),
    ("Kan ni ta bort Lindqvist, Sanne från namnvalet?", ["Lindqvist, Sanne"]),
    ("Namnval: träff på Lindqvist, Sanne (318)", ["Lindqvist, Sanne"]),
    ("the trunk in Paris, Sanne (tomorrow)", ["Sanne"]),  # a city, no surname
    ("manager: CN=Siegel\\, Odette,OU=Managers,DC=corp,DC=example,DC=com", ["Siegel\\, Odette"]),
    ("wir haben mit Anna, Wendelgard und Berta gesprochen", ["Anna", "Wendelgard", "Berta"]),  # a list
    # "Word, Given": a common word, a weekday or a city is not taken in
    ("Hinweis: Achtung, Anna ruft an", ["Anna"]),
    ("Datum: Montag, Anna", ["Anna"]),
    ("Ort: Berlin, Anna", ["Anna"]),
    ("They had 6: Efimiya, Mary, Ariana and Jodi.", ["Efimiya", "Mary", "Ariana", "Jodi"]),  # a list
    # in capitals after a word in small letters, ending a cell
    ("12:56 Bokningskön: besvarat av KATHRINE EKBACKEN, överkopplat", ["KATHRINE EKBACKEN"]),
    ("Agent: Tack Siw. Och det gäller växeln.", ["Siw"]),  # not "Tack Siw": a sentence ends
    ("Utdrag 18:45\nEkbacken Tommie | Planerat: Möte | Faktiskt: Offline", ["Ekbacken Tommie"]),
    ("12:14 missat (ringde hos Lindqvist Ingegerd 30 s)", ["Lindqvist Ingegerd"]),
    # a name in small letters after the number that opens a bill's row
    ("453 borghild ekbacken utland 47 min 388,20 kr", ["borghild ekbacken"]),
    ("+49 30 23125 002  bartho kuhlmann  Mobilfunk  29,90 €", ["bartho kuhlmann"]),
    ("492 kady mcgowan-giraldo international 47 min £38.20", ["kady mcgowan-giraldo"]),
    # a point of the compass that is a surname after a first name or a form of address
    ("Anna Nord ringde i går.", ["Anna Nord"]),
    ("Herr West ruft zurück.", ["West"]),
    # two first names in small letters before a verb in the plural
    ("madalynn and xanthe have the same problem", ["madalynn", "xanthe"]),
    ("roselind und christhilde haben dasselbe Problem", ["roselind", "christhilde"]),
    ("Det är inte akut. sidsel och ingegerd har samma problem.", ["sidsel", "ingegerd"]),
    # a single one, the subject of a verb
    ("only madalynn has the problem, phones and headsets have none", ["madalynn"]),
    # two unknown capitalised words as a chat's speaker still are a name
    ("Quorvin Thalsek: jag ringer tillbaka", ["Quorvin Thalsek"]),
    # in a chat, a form's field for a person, its label no speaker: no word in small letters after it
    (
        "Lis: fullmakten från Haldo är registrerad.\nBouppgivare: Marcusson, Lorentz\nUbul: Vad bra.",
        ["Lis", "Haldo", "Marcusson, Lorentz", "Ubul"],
    ),
    ("Lis: okej\nZorblat: Welche Durchwahl?", ["Lis", "Zorblat"]),  # capitalised words, a question
    # a speaker's label before a name
    ("Customer: Tristin rang again", ["Tristin"]),
    ("Kunde: Hafner (Empfang)", ["Hafner"]),
    # a meeting chat's speaker after the time, before a colon or what they did
    ("[08:16] Raekwon: What number are you calling from?", ["Raekwon"]),
    ("[18:22] Lorna Pettigrew stopped recording", ["Lorna Pettigrew"]),
    # names with a capital after a prefix
    ("Then LaDeana Willett has a meeting", ["LaDeana Willett"]),
    # a chat message's author, alone on a line above the message
    ("Ketty  08:35\nkan du titta på ärendet?", ["Ketty"]),
    ("Steffan  13:22\nSchau ich mir an!", ["Steffan"]),
    ("Shamar  12:29 AM\nOn it.", ["Shamar"]),
    ("haldo kvarnlöf-sjövall  09:41\nklart", ["haldo kvarnlöf-sjövall"]),
    ("Ingegerd — 10:42\nDet är löst nu.", ["Ingegerd"]),
    ("ok\nmickey byron  14:41 AM\nsame here", ["mickey byron"]),  # the first name also a word
    ("eckfried zu holzmann  18:29\nerledigt", ["eckfried zu holzmann"]),
    # in a thread with a header, a first name that is a word too
    ("Ketty  08:35\nkan du titta?\nManne  16:09\nskickar vidare", ["Ketty", "Manne"]),
    ("Ketty  08:35\nkan du titta?\nSupport  16:09\nskickar vidare", ["Ketty"]),  # no name: a word
]

NEGATIVES = [
    # capitals in logs: methods, levels, headers, codes; capitals in a sentence
    "INVITE sip:anna@example.se SIP/2.0",
    "ERROR ANNA 2000 failed",
    "ANNA-2000 firmware 1.2",
    "MAX SESSIONS reached on trunk 2",
    "PLEASE CALL ANNA BACK",
    "WARN | MAX FORWARDS | 70",
    "STATUS: ANNA, ERIK, BO",
    "WARN ERROR, ANNA retry",
    "TRUNK MAY FAIL",
    "| ART DIRECTOR |",
    "ACK sip:1001@192.0.2.10 SIP/2.0",
    # surname first: not after a given name, a common word or in prose without a known surname
    "siehe Zeile Störung Anna.",
    "808 Kálmán Imre u. 12.",  # a street named surname first
    '{"address": "6614 Luite tee 87\\n Apt. 931"}',  # an address in a JSON string: its house number
    '"27 Karla Hedins väg 4",',  # in a CSV cell
    # a point of the compass after a branch's name is no surname
    "Betroffen ist nur der Standort Außenstelle Nord, die anderen gehen.",
    "Det gäller växeln på Lagret Syd, eller hur?",
    "TK-Verantwortlicher: Leitstelle Nord",
    # a form's label of two capitalised words with a date or number after it
    "Gewünschter Portierungstermin: 03.01.2024, 06:00 Uhr",
    "Den Screenshot habe ich angehängt, siehe Zeile Holzmann Isfried.",  # two words in one, in prose
    "| Lager Syd | 11:11 |",
    # a speaker's label before the first word of the turn, not a name
    "Kunde: Weiß ich nicht genau",
    "Customer: Hiya, how are you?",
    "the MAX SESSIONS limit was hit",
    # capitals in a sentence: no first name first, a first name that is a word, no preposition before
    "agent SOLVEIG TRANBERG ready for calls",
    "the call went to HUNT GROUP after hours",
    "received BYE from MAX FORWARDS for the dialog",
    "sending NOTIFY SUBSCRIBE to the proxy",
    "log.level = DEBUG TRACE",
    "Meldekette: ANNA KYRKOGÅRD",  # a compound that is a common word
    "linekey.2.label = RECEPTION DESK",
    # an escaped comma in a distinguished name that names no person
    "memberOf: CN=Support\\, Queues,OU=Groups,DC=example,DC=com",
    # small letters after a row's number: a first name that is a word, a word after it, no row
    "453 will utland 47 min",
    "453 anna samtal 47 min",
    "858 anna ausland 47 min",
    "2024-03-12 10:00:01 debug kamailio started",
    "10 anna.lindqvist logged in",
    # a log's time in brackets before a level or a product, no speaker
    "[10:00] Error: disk full",
    "[10:00] Anna Support: hi",
    "[10:00] Then LaserJet Pro stopped printing",
    # a cell of comma- or semicolon-separated values with a first name and a word, or in a SIP header
    "Sales,019,Anna Support,no",
    "Gruppe,317,MAX SESSIONS,nein",
    "BYE sip:anna@example.se;tag=1;user=phone,From: Anna Support,x",
    # small letters before a verb in the plural: words, or a single name
    "will and grace have the same problem",
    "sip and rtp have the same problem",
    # a chat header needs a known name that is no word, alone on its line above a message
    "Jira  10:42 AM\nIssue created",
    "Support  08:35\nkö full",
    "Anna  08:35",
    "Status  08:35\nok",
    "Timeout  10:42\nretrying",
    "Manne  16:09\nskickar vidare",  # a first name that is a word, in no thread with a known name
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_listed_name(recognizer: ProseNameRecognizer, text: str, expected: list[str]) -> None:
    assert analyzed_spans(recognizer, text) == located(text, expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_listed_name(recognizer: ProseNameRecognizer, text: str) -> None:
    assert analyzed_spans(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "found_by"),
    [
        ("| ANNA LINDQVIST | 08:00-16:00 |", "shape:capitals"),
        ("Jour: ANNA LINDQVIST", "shape:capitals"),
        ("Reserv: Ekbacken Tommie", "shape:unknown surname first"),
        ("Reserv: Lindqvist, Tommie", "shape:surname first"),
        ("Ketty  08:35\nok", "shape:chat header"),
    ],
)
def test_listed_names_say_how_they_were_found(text: str, found_by: str) -> None:
    assert [name.found_by for name in find_prose_names(text)] == [found_by]
