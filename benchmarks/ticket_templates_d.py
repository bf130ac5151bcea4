"""Set D of the ticket benchmark's templates (bench_tickets.py, `--templates d`): held out.

Written on 7 December 2026 by a fourth engineer who read neither sets A, B and C's texts nor logscrub's name
finder (its recognizers, rules and cue lists, its tests about names, the README's section on names in prose),
only the generator (bench_tickets.py); not changed after its first run's figures were seen. It writes the
material support engineers at telephony and contact-centre vendors (attendant consoles for Teams, workforce
management, contact-centre platforms, VoIP operators; Swedish and German markets) paste into a ticket besides
the customer's message: journal entries of an ITSM tool ("2024-03-02 10:14 - Anna Lindqvist (Work notes)"),
fault report forms with a contact on site (Störungsmeldung, felanmälan), meeting minutes with those present
and their action items, an escalation e-mail to a vendor with its To and CC lines, a shift swap request from
a WFM tool, a change record for the CAB (requested by, implementer, approved by), a callback slip
(Rückrufbitte, telefonnotis), an engineer's hurried notes in small letters, a customer's complaint letter
with its address block, and a bug report in an issue tracker with its comments and "cc @handle". Each
language has its own texts, written as that market writes them, not translated.

The shapes (never their text) follow public material: ServiceNow's journal fields, Work notes and Additional
comments (servicenow-prod.fluidtopics.net/r/yokohama/platform-administration/ai-platform-administration/
c_JournalFields.html, old.wiki/index.php/Using_Journal_Fields); shift swap and trade requests of WFM tools
(fastkb.datacom.com.au/8-shift-swap/81-shift-swap, help.puzzel.com/product-documents/user-guide/puzzel-wfm/
agent-portal-for-supervisors/shift-swap-management, docs.aws.amazon.com/connect/latest/adminguide/
supervisors-approve-shift-trade-request.html, help.calabrio.com/doc/Content/user-guides/requests/
manually-handle-shift-trades.htm); change records for a CAB (domus-docs.pages.dev/captures/standards/
operations/cab-process, support.freshservice.com/support/solutions/articles/234455); Swedish board minutes
with "Närvarande", "justerare" and numbered paragraphs (medlem.amnesty.se/styrelsemoten/...-1-december-2007-0,
www.piratpartiet.se/tag/styrelsemote); what a complaint letter to a telephony provider holds
(de.ombudscom.ch/checkliste-beschwerdeverfahren,
www.test.de/Gewusst-wie-Telefonrechnung-reklamieren-4515486-0);
callback slips as offices leave them (www.derstandard.at/story/1227288429323/bitte-um-rueckruf); bug reports
with reproduction steps and expected results in issue trackers (github.com/BelledonneCommunications/
linphone-desktop/issues/851, github.com/AoTTG2-Archive/AoTTG-2/issues/579).
"""

from __future__ import annotations

SECTIONS = (
    "journal",
    "form",
    "minutes",
    "escalation",
    "swap",
    "change",
    "callback",
    "jotting",
    "letter",
    "bugreport",
)
SECTION_COUNT = (2, 4)
# The bug report's comments and the minutes' action items start with their author.
SPEAKERS = ("bugreport", "minutes")
PARTICLES = {"sv": ("af", "von", "de"), "de": ("von", "van", "zu"), "en": ("van", "de", "von")}

SECTION_TITLES = {
    "sv": {"subject": "Ämne: "},
    "de": {"subject": "Betreff: "},
    "en": {"subject": "Subject: "},
}

# Each step: (sources taken in turn, least and most count, prefix, "line" or "run").
PLANS = {
    "journal": ((("journal_title",), 1, 1, "", "line"), (("journal_entry",), 2, 4, "", "line")),
    "form": (
        (("form_title",), 1, 1, "", "line"),
        (("form_field",), 4, 7, "", "line"),
        (("form_text",), 1, 2, "", "run"),
    ),
    "minutes": (
        (("minutes_head",), 1, 1, "", "line"),
        (("minutes_present",), 1, 1, "", "line"),
        (("minutes_item",), 2, 4, "- ", "line"),
    ),
    "escalation": (
        (("esc_header",), 1, 1, "", "line"),
        (("esc_body",), 2, 3, "", "run"),
        (("esc_sign",), 1, 1, "", "line"),
    ),
    "swap": ((("swap_field",), 4, 6, "", "line"), (("swap_comment",), 1, 2, "", "line")),
    "change": ((("change_field",), 4, 6, "", "line"), (("change_text",), 1, 2, "", "run")),
    "callback": ((("callback_title",), 1, 1, "", "line"), (("callback_field",), 3, 5, "", "line")),
    "jotting": ((("jotting",), 3, 5, "- ", "line"),),
    "letter": (
        (("letter_address",), 1, 1, "", "line"),
        (("letter_body",), 2, 3, "", "run"),
        (("letter_close",), 1, 1, "", "line"),
    ),
    "bugreport": (
        (("bug_head",), 1, 1, "", "line"),
        (("bug_body",), 2, 3, "", "line"),
        (("bug_comment",), 1, 3, "", "line"),
    ),
}

VOCABULARY = {
    "sv": {
        "product": (
            "Teams-växeln", "Operatörskonsolen", "Kontaktcenter 365", "Mobilväxeln", "Webex Calling",
            "Agentklienten", "Queue Manager", "Softphone Pro",
        ),
        "queue": (
            "Kundtjänst Syd", "Växelkön", "Felanmälan Fiber", "Tekniksupport 2", "Fakturakön", "Kö Ekonomi",
        ),
        "team": (
            "Team Växel", "Driftgruppen", "Nätdrift", "Servicedesk Norr", "Leveransteamet", "Telefonigruppen",
        ),
        "company": (
            "Sjöberg Telecom AB", "Hallström & Partner", "Lindell Fastigheter AB", "Norrskog Energi",
            "Bergkvist Bygg AB", "Kommunförbundet Väst", "Wiklund & Söner",
        ),
        "city": ("Sundsvall", "Borås", "Luleå", "Västerås", "Kalmar", "Östersund", "Jönköping"),
        "street": ("Storgatan 12", "Kungsvägen 4", "Industrigatan 7B", "Skolgatan 21", "Drottninggatan 33"),
        "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag"),
        "month": ("januari", "mars", "maj", "augusti", "oktober", "december"),
        "role": (
            "växeltelefonist", "IT-samordnare", "enhetschef", "teamledare", "driftansvarig", "upphandlare",
        ),
        "device": ("Yealink T54W", "Jabra Engage 65", "Poly CCX 400", "Snom D785", "AudioCodes Mediant 800"),
        "site": ("Stadshuset", "Vårdcentralen Norr", "kontoret i Solna", "Lager 3", "huvudkontoret"),
        "noun": (
            "hänvisningsstatusen", "nummerpresentationen", "köinställningarna", "svarsgruppen",
            "samtalsloggen", "vidarekopplingen", "öppettiderna",
        ),
        "status": ("Pågående", "Väntar på kund", "Löst", "Eskalerad", "Ny"),
        "cause": (
            "fel i routningen", "ett utgånget certifikat", "en felkonfigurerad svarsgrupp",
            "tappad registrering mot SBC:n", "en ändrad brandväggsregel",
        ),
        "shift": ("07–16", "08–17", "12–21", "kvällspasset", "helgpasset"),
    },
    "de": {
        "product": (
            "Vermittlungsplatz", "TeamsConnect Attendant", "ContactCenter Suite", "Telefonanlage",
            "Softclient", "Personaleinsatzplanung", "Anrufmanager",
        ),
        "queue": (
            "Hotline Technik", "Warteschlange Vertrieb", "Zentrale", "Störannahme", "Buchhaltung Rückrufe",
        ),
        "team": ("Team Netzbetrieb", "2nd Level", "Leitstelle", "Projektteam Migration", "Kundenservice Süd"),
        "company": (
            "Kessler Netzwerke GmbH", "Pfister IT-Service", "Brinkmann & Söhne KG", "Stadtwerke Rheinau",
            "Autohaus Feldmann", "Sattler Logistik GmbH", "Mühlenbach Versicherungen",
        ),
        "city": ("Bielefeld", "Würzburg", "Kassel", "Osnabrück", "Heilbronn", "Rostock", "Görlitz"),
        "street": ("Bahnhofstraße 14", "Am Markt 3", "Industriestraße 22a", "Lindenallee 9", "Kirchweg 5"),
        "weekday": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"),
        "month": ("Januar", "März", "Mai", "August", "Oktober", "Dezember"),
        "role": (
            "Teamleiter", "Systemadministratorin", "Geschäftsführer", "Schichtleiterin", "Techniker vor Ort",
        ),
        "device": ("Yealink T58W", "Snom D865", "Gigaset N870", "Poly VVX 450", "Patton SmartNode"),
        "site": ("Hauptverwaltung", "Filiale Nord", "Lagerhalle 2", "Poststelle", "Niederlassung Süd"),
        "noun": (
            "Rufumleitung", "Rufnummernanzeige", "Ansage",
            "Sammelrufnummer", "Durchwahl", "Warteschleifenmusik",
            "Weiterleitung",
        ),
        "status": ("In Bearbeitung", "Wartet auf Kunde", "Gelöst", "Eskaliert", "Neu"),
        "cause": (
            "ein abgelaufenes Zertifikat", "eine fehlerhafte Routingregel", "ein Portierungsfehler",
            "ein Firmware-Update", "eine geänderte Firewall-Regel",
        ),
        "shift": ("Frühschicht", "Spätschicht", "06:00–14:30", "Bereitschaft", "Samstagsdienst"),
    },
    "en": {
        "product": (
            "Attendant Console", "Contact Centre Cloud", "Schedule Planner", "Queue Monitor", "Webex Calling",
            "Direct Routing", "Agent Desktop", "Call Recorder",
        ),
        "queue": ("Billing Queue", "Tier 2 Support", "Main Reception", "Out of Hours", "Sales Inbound"),
        "team": (
            "Voice Engineering", "Service Desk", "Platform Ops", "Workforce Planning", "Customer Success",
        ),
        "company": (
            "Whitfield Communications", "Harcourt & Lyle", "Pemberton Logistics", "Bristol Housing Trust",
            "Ashworth Dental Group", "Fairbanks Insurance",
        ),
        "city": ("Leeds", "Bristol", "Glasgow", "Norwich", "Cardiff", "Dublin"),
        "street": ("12 Station Road", "4 Mill Lane", "Unit 7, Harbour Park", "88 Victoria Street"),
        "weekday": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
        "month": ("January", "March", "May", "August", "October", "December"),
        "role": ("team lead", "IT manager", "Head of Operations", "Resource Planner", "Practice Manager"),
        "device": ("Yealink T54W", "Poly CCX 500", "Jabra Evolve2 65", "Cisco 8851", "Ribbon SBC 1000"),
        "site": ("the Leeds office", "Head Office", "the warehouse", "Reception", "the call centre floor"),
        "noun": ("call forwarding", "caller ID", "the welcome message", "the hunt group", "overflow routing"),
        "status": ("In Progress", "Awaiting Customer", "Resolved", "Escalated", "New"),
        "cause": (
            "an expired certificate", "a routing rule in the wrong order", "a failed number port",
            "a firmware update", "a changed firewall rule",
        ),
        "shift": ("early shift", "late shift", "09:00–17:30", "on-call", "Saturday cover"),
    },
}  # fmt: skip

TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "sv": {
        "subject": (
            "{product} tappar samtal från {queue}",
            "Hänvisning syns inte i {product} sedan {weekday}",
            "Felanmälan: inga inkommande samtal till {site}",
            "Angående {noun} för {company}",
            "Re: ärende {ticket} – {P.full} når inte växeln",
            "Köstatistik saknas för {month}",
        ),
        "greeting": ("Hej!", "Hej {A.first},", "Hej {A.first} och {K.first}!", "Hejsan,", "God morgon,"),
        "customer": (
            "Sedan i {weekday}s ringer det inte hos våra telefonister när kunder ringer in på {queue}.",
            "{K.first} på {team} har startat om {device}, men det hjälpte inte.",
            "Det gäller framför allt {site} i {city}, där {P.full} sitter som {role}.",
            "Vi har ändrat {noun} enligt er manual, men samtalen hamnar ändå i fel kö.",
            "Kan ni kolla med {A.first} som hjälpte oss förra gången?",
            "I {product} står det att agenterna är lediga, men ingen får samtal.",
            "Vår {role} {P.first} säger att felet kommer och går, värst är det efter lunch.",
            "Enligt {P.gen} anteckningar började det efter uppdateringen den {date}.",
            "Ring gärna mig på {phone} så går vi igenom det, annars når ni {K.full} på samma nummer.",
            "Bifogar skärmdump från {product}, namnet på agenten är överstruket.",
        ),
        "signoff": (
            "Mvh\n{C.full}\n{company}",
            "Tack på förhand!\n{C.first}",
            "Med vänliga hälsningar\n{C.full}, {role}\n{company}, {street}, {city}",
            "/{C.first}",
            "Hälsningar {C.full}",
        ),
        "journal_title": ("Arbetsanteckningar", "Aktivitet (interna anteckningar)", "Logg – ärende {ticket}"),
        "journal_entry": (
            "{date} {time} - {A.full} (Arbetsanteckningar)\nPratat med {C.first}, felet kvarstår på {site}.",
            "{date} {time} - {K.full} (Arbetsanteckningar)\nKontrollerat SBC-loggar, hittar {cause}.",
            "{date} {time} - {A.full} (Ytterligare kommentarer)\nHej {C.first}! Vi har nu justerat {noun}.",
            "{date} {time} - System\nTilldelad till: {K.capsrev} (grupp: {team})",
            "{date} {time} - {K.full} (Arbetsanteckningar)\n"
            "Bett {P.hon} på {company} att kontrollera porten.",
            "{date} {time} - {A.full} (Arbetsanteckningar)\n{C.first} bekräftar att {queue} fungerar igen.",
            "{date} {time} - {A.lastfirst} (Arbetsanteckningar)\n"
            "Väntar på svar från {P.init}, påmint två ggr.",
        ),
        "form_title": ("FELANMÄLAN – TELEFONI", "Felanmälan via webbformulär", "=== Felanmälan {ticket} ==="),
        "form_field": (
            "Anmälare: {C.full}",
            "Kontaktperson på plats: {P.full}",
            "Telefon kontaktperson: {phone}",
            "E-post: {C.email}",
            "Organisation: {company}",
            "Adress: {street}, {city}",
            "Berörd tjänst: {product}",
            "Felet upptäcktes: {date} kl. {time}",
            "Tillgänglig för tekniker: {weekday}ar efter kl. 13",
            "Namn (versaler): {C.caps}",
            "Ansvarig hos er: {A.full} ({team})",
        ),
        "form_text": (
            "Beskrivning: Det tutar upptaget direkt när man ringer {queue}.",
            "Nyckel finns hos {P.first} i receptionen.",
            "Ring {P.full} innan ni åker ut, porten är låst efter 16.",
            "Felet gäller alla anknytningar på {site}.",
            "Tidigare felanmält av {K.full} den {date}, utan åtgärd.",
        ),
        "minutes_head": (
            "Protokoll avstämningsmöte {company}/{team}, {date}",
            "Minnesanteckningar – driftsättning {product} {date}",
            "Protokoll leverantörsmöte, {site}, {date}",
        ),
        "minutes_present": (
            "Närvarande: {C.full}, {P.full}, {A.full} och {K.full}",
            "Närvarande: {C.full} (ordförande), {A.full} (sekreterare), {K.first}",
            "Deltagare: {A.full}, {P.lastfirst}; förhinder: {K.full}",
            "Närvarande: {C.full}, {A.full}. Justerare: {P.full}",
        ),
        "minutes_item": (
            "{K.full}: tar fram ny köplan för {queue} till nästa möte.",
            "{C.first} rapporterar att {noun} fortfarande strular på {site}.",
            "Beslut att flytta driftsättningen till {weekday} {date}.",
            "{A.first} kontrollerar licenserna med {company}.",
            "{P.last} (IT) deltog endast under §3.",
            "§4 Uppföljning: {P.gen} fråga om statistik besvarad.",
            "{P.full} bjuds in till nästa möte i {month}.",
        ),
        "esc_header": (
            "Från: {A.full} <{A.email}>\nTill: support@example.com\nKopia: {K.full}; {C.full}\n"
            "Ämne: ESKALERING ärende {ticket} – {product}",
            "Från: {A.email}\n"
            "Till: Leverantörssupport\nKopia: {K.email}, {P.rev}\nÄmne: Brådskande: {queue} nere",
        ),
        "esc_body": (
            "Vi eskalerar härmed ärendet då kunden {company} har haft störningar sedan {weekday}.",
            "Kundens kontakt är {C.full}, som nås på {phone}.",
            "Vår tekniker {K.first} har verifierat att felet inte ligger i kundens nät.",
            "Vi behöver en återkoppling senast {date}, annars går frågan till {P.full} på er sida.",
            "Tidigare kontakt med er hade {K.firstinit} i {month}.",
        ),
        "esc_sign": (
            "Med vänlig hälsning\n{A.full}\n{role}, {team}",
            "Vänligen\n{A.first}",
            "// {A.full}, tel {phone}",
        ),
        "swap_field": (
            "Typ av förfrågan: Passbyte",
            "Begärd av: {K.full}",
            "Byter med: {A.full}",
            "Datum: {date}",
            "Nuvarande pass: {shift}",
            "Önskat pass: {shift}",
            "Status: Väntar på godkännande",
            "Godkänd av: {P.capsrev}",
            "Kompetens: {queue}",
        ),
        "swap_comment": (
            "Meddelande från {K.first}: Har tandläkartid, {A.first} har sagt ja.",
            "Kommentar: {P.first} godkänner om täckningen på {queue} håller.",
            "Svar från {A.short}: Funkar för mig!",
            "Obs: {K.gen} pass på {weekday} krockar med utbildningen.",
        ),
        "change_field": (
            "Ändringsnummer: CHG{num}",
            "Beställare: {C.full}",
            "Genomförs av: {K.full}, {A.full}",
            "Godkänd av CAB: {P.full}",
            "Tjänst: {product}",
            "Fönster: {date} {time}–{time}",
            "Påverkade användare: alla på {site}",
            "Risk: Låg",
            "Ansvarig chef: {P.hon}",
        ),
        "change_text": (
            "Plan: byta certifikat på SBC:n och starta om tjänsten.",
            "Återgång: {K.first} återställer föregående konfiguration.",
            "Kommunikation: {A.first} mejlar {C.first} före och efter.",
            "Testplan: provsamtal till {queue} från {site}.",
        ),
        "callback_title": ("TELEFONNOTIS", "Ring upp!", "Meddelande från växeln"),
        "callback_field": (
            "Till: {A.first}",
            "Från: {C.full}, {company}",
            "Nummer: {phone}",
            "Ringde: {weekday} kl. {time}",
            "Ärende: frågar om {noun}",
            "Tog emot: {K.first}",
            "Ring tillbaka före {time}, annars {P.first} på {phone}",
        ),
        "jotting": (
            "ringde {C.lc}, ingen svarade",
            "{C.lcfull} säger att {noun} funkar igen??",
            "kolla med {K.lc} om licens",
            "{P.lc} på {company} skickar loggar imorgon",
            "sbc restartad {time}, {K.handle} informerad",
            "{A.lc}: stäng om inget hörts till {weekday}",
        ),
        "letter_address": (
            "{C.full}\n{street}\n{city}\n\n{company}\nKundtjänst\n\n{city} den {date}",
            "Avsändare: {C.full}, {street}, {city}\nTill: {company}, att. {A.full}",
        ),
        "letter_body": (
            "Klagomål angående ärende {ticket}.",
            "Jag har sedan i {month} inte kunnat ringa ut från vår anknytning.",
            "Er tekniker {P.full} lovade att återkomma men har inte hört av sig.",
            "Jag har pratat med {A.first} på er kundtjänst tre gånger.",
            "Jag begär att få avdrag på fakturan för {month}.",
            "Svara mig skriftligt inom 14 dagar.",
        ),
        "letter_close": (
            "Med vänlig hälsning\n\n{C.full}",
            "Hälsningar\n{C.full}\nKundnummer {num}",
        ),
        "bug_head": (
            "## Operatörskonsolen visar fel hänvisning efter omstart ({product})",
            "## Samtal kopplas inte vidare från {queue}",
            "### Bugg: nummerpresentation försvinner i {product}",
        ),
        "bug_body": (
            "**Rapporterad av:** {A.full} för kunden {company}",
            "**Steg:** 1. Logga in som agent 2. Sätt hänvisning 3. Starta om klienten",
            "**Förväntat:** hänvisningen ligger kvar. **Faktiskt:** den nollställs.",
            "**Miljö:** {device}, klient {num}",
            "cc @{K.handle} @{P.handle}",
            "Kunden ({C.full}) har bifogat en HAR-fil.",
        ),
        "bug_comment": (
            "{K.handle} kommenterade {date}: kan återskapa, gäller bara Teams-läget.",
            "{A.handle} kommenterade {date}: kunden frågar om tidplan, @{K.handle} vet du?",
            "{P.handle} kommenterade {date}: rättat i nästa version, tack {A.short}!",
            "{K.handle} lade till etiketten prio-hög",
        ),
    },
    "de": {
        "subject": (
            "Störung {product} – keine eingehenden Anrufe",
            "Rufumleitung an der {site} geht nicht",
            "WG: Portierung der Sammelrufnummer ({company})",
            "Dringend: Warteschleife {queue} bricht ab",
            "Rückruf erbeten – {P.full}",
            "Ansage seit {weekday} falsch",
        ),
        "greeting": (
            "Sehr geehrte Damen und Herren,",
            "Sehr geehrte{A.ehrte} {A.hon},",
            "Hallo {A.first},",
            "Guten Morgen zusammen,",
            "Moin {A.short},",
        ),
        "customer": (
            "seit {weekday} kommen bei uns in der {site} keine Anrufe mehr über die {noun} an.",
            "Unser Techniker vor Ort, {P.full}, hat die {device} schon neu gestartet.",
            "Laut {P.hond} von {company} liegt es nicht an der Leitung.",
            "Bitte melden Sie sich bei {K.first} aus der IT (bis 16 Uhr erreichbar).",
            "Die Kunden hören nur das Besetztzeichen, das geht so nicht.",
            "Wir hatten das Problem im {month} schon einmal, damals hat {A.hon} es gelöst.",
            "In der {product} werden alle Agenten als verfügbar angezeigt.",
            "Ich habe mit {P.first} vom Betriebsrat gesprochen, die Aufzeichnung ist abgeschaltet.",
            "Erreichbar bin ich unter {phone}, sonst bitte an {K.full} wenden.",
            "Das Protokoll von {K.gen} Test hänge ich an.",
        ),
        "signoff": (
            "Mit freundlichen Grüßen\n{C.full}\n{company}",
            "Viele Grüße\n{C.first}",
            "MfG {C.full}",
            "Beste Grüße aus {city}\n{C.full} | {role}\n{company} | {street}",
            "Gruß\n{C.last}",
        ),
        "journal_title": ("Arbeitsnotizen", "Aktivitäten", "Verlauf Vorgang {ticket}"),
        "journal_entry": (
            "{date} {time} - {A.full} (Arbeitsnotizen)\nKunde angerufen, {C.hon} bestätigt die Störung.",
            "{date} {time} - {K.full} (Arbeitsnotizen)\nTrace ausgewertet: Ursache ist {cause}.",
            "{date} {time} - {A.full} (Zusätzliche Kommentare)\n"
            "Hallo {C.first}, wir haben die {noun} angepasst.",
            "{date} {time} - System\nZugewiesen an: {K.capsrev} (Gruppe: {team})",
            "{date} {time} - {K.lastfirst} (Arbeitsnotizen)\n"
            "Rücksprache mit {P.hond} ({company}), wartet auf Freigabe.",
            "{date} {time} - {A.full} (Arbeitsnotizen)\nLaut {C.first} läuft die {queue} wieder stabil.",
            "{date} {time} - {A.full} (Arbeitsnotizen)\nTermin mit {P.init} für {weekday} vereinbart.",
        ),
        "form_title": ("STÖRUNGSMELDUNG", "Entstörauftrag {ticket}", "--- Störungsmeldung (Webformular) ---"),
        "form_field": (
            "Meldende Person: {C.full}",
            "Ansprechpartner vor Ort: {P.full}",
            "Telefon Ansprechpartner: {phone}",
            "E-Mail: {C.email}",
            "Firma: {company}",
            "Standort: {street}, {city}",
            "Betroffener Dienst: {product}",
            "Störungsbeginn: {date}, {time} Uhr",
            "Zugang: über die {site}, Schlüssel bei {P.hond}",
            "Name (Großbuchstaben): {C.capsrev}",
            "Bearbeiter: {A.full} ({team})",
        ),
        "form_text": (
            "Fehlerbild: Anrufer hören Freizeichen, es klingelt aber nirgends.",
            "Bitte vorher {P.full} anrufen, das Tor ist ab 17 Uhr zu.",
            "Betroffen sind alle Durchwahlen der {site}.",
            "Bereits gemeldet am {date} durch {K.full}.",
            "Techniker bitte beim Empfang nach {P.first} fragen.",
        ),
        "minutes_head": (
            "Protokoll Jour fixe {company} / {team}, {date}",
            "Besprechungsprotokoll Migration {product}, {date}",
            "Ergebnisprotokoll Lenkungskreis, {date}",
        ),
        "minutes_present": (
            "Teilnehmer: {C.full}, {P.full}, {A.full}, {K.full}",
            "Anwesend: {C.hon} (Vorsitz), {A.full} (Protokoll), {K.first}",
            "Teilnehmende: {A.full}, {P.lastfirst}; entschuldigt: {K.full}",
            "Teilnehmer: {C.full} ({company}), {A.full}; Protokoll: {K.full}",
        ),
        "minutes_item": (
            "{K.full}: erstellt bis zum nächsten Termin den neuen Schichtplan.",
            "TOP 2: {C.first} berichtet, dass die {noun} in der {site} weiter ausfällt.",
            "Beschluss: Umstellung am {weekday}, {date}.",
            "{A.first} klärt die Lizenzfrage mit {company}.",
            "TOP 4: {P.gen} Frage zur Auswertung ist beantwortet.",
            "{P.hon} wird zum nächsten Termin im {month} eingeladen.",
        ),
        "esc_header": (
            "Von: {A.full} <{A.email}>\nAn: support@example.org\nCC: {K.full}; {C.full}\n"
            "Betreff: ESKALATION Vorgang {ticket} – {product}",
            "Von: {A.email}\n"
            "An: Herstellersupport\nCC: {K.email}; {P.rev}\nBetreff: Dringend – {queue} ausgefallen",
        ),
        "esc_body": (
            "wir eskalieren hiermit den Vorgang, da {company} seit {weekday} keine Anrufe annehmen kann.",
            "Ansprechpartner beim Kunden ist {C.hon}, erreichbar unter {phone}.",
            "Unser Kollege {K.first} hat bestätigt, dass das Kundennetz sauber ist.",
            "Wir erwarten eine Rückmeldung bis {date}, sonst geht das an {P.full}.",
            "Der letzte Kontakt mit Ihnen lief über {K.firstinit} im {month}.",
        ),
        "esc_sign": (
            "Mit freundlichen Grüßen\n{A.full}\n{role}, {team}",
            "Gruß {A.first}",
            "i. A. {A.full}\nTel. {phone}",
        ),
        "swap_field": (
            "Antragsart: Schichttausch",
            "Beantragt von: {K.full}",
            "Tauschpartner: {A.full}",
            "Datum: {date}",
            "Aktuelle Schicht: {shift}",
            "Gewünschte Schicht: {shift}",
            "Status: Wartet auf Genehmigung",
            "Genehmigt von: {P.capsrev}",
            "Skill: {queue}",
        ),
        "swap_comment": (
            "Nachricht von {K.first}: Ich habe einen Arzttermin, {A.first} ist einverstanden.",
            "Kommentar: {P.hon} genehmigt, wenn die {queue} besetzt bleibt.",
            "Antwort {A.short}: Passt für mich.",
            "Hinweis: {K.gen} Schicht am {weekday} kollidiert mit der Schulung.",
        ),
        "change_field": (
            "Change-Nr.: CHG{num}",
            "Angefordert von: {C.full}",
            "Umsetzung: {K.full}, {A.full}",
            "Genehmigt (CAB): {P.full}",
            "Dienst: {product}",
            "Wartungsfenster: {date}, {time}–{time} Uhr",
            "Betroffene Nutzer: alle in der {site}",
            "Risiko: mittel",
            "Verantwortlich: {P.hon}",
        ),
        "change_text": (
            "Umsetzungsplan: Zertifikat am SBC tauschen, Dienst neu starten.",
            "Rückfallplan: {K.first} spielt die alte Konfiguration zurück.",
            "Kommunikation: {A.first} informiert {C.hond} vorher und nachher.",
            "Testplan: Testanrufe in die {queue} aus der {site}.",
        ),
        "callback_title": ("RÜCKRUFBITTE", "Telefonnotiz", "Bitte um Rückruf"),
        "callback_field": (
            "Für: {A.first}",
            "Anrufer: {C.hon}, {company}",
            "Rückrufnummer: {phone}",
            "Angerufen am: {weekday}, {time} Uhr",
            "Anliegen: wegen der {noun}",
            "Notiert von: {K.first}",
            "Bitte bis {time} zurückrufen, sonst {P.full} unter {phone}",
        ),
        "jotting": (
            "{C.lc} angerufen, mailbox",
            "{C.lcfull} meint {noun} geht wieder??",
            "mit {K.lc} wg lizenz klären",
            "{P.lc} von {company} schickt logs morgen",
            "sbc neu gestartet {time}, {K.handle} informiert",
            "{A.lc}: zu, wenn bis {weekday} nix kommt",
        ),
        "letter_address": (
            "{C.full}\n{street}\n{city}\n\n{company}\nKundenservice\n\n{city}, den {date}",
            "Absender: {C.full}, {street}, {city}\nAn: {company}, z. Hd. {A.hond}",
        ),
        "letter_body": (
            "Beschwerde zu Vorgang {ticket}.",
            "Seit {month} kann ich von meinem Anschluss nicht mehr nach außen telefonieren.",
            "Ihr Techniker {P.full} hat einen Rückruf zugesagt, der nie kam.",
            "Ich habe dreimal mit {A.hond} von Ihrer Hotline gesprochen.",
            "Ich fordere eine Gutschrift für den Monat {month}.",
            "Ich setze Ihnen eine Frist von 14 Tagen.",
        ),
        "letter_close": (
            "Mit freundlichen Grüßen\n\n{C.full}",
            "Hochachtungsvoll\n{C.full}\nKundennummer {num}",
        ),
        "bug_head": (
            "## Vermittlungsplatz zeigt nach Neustart falschen Status ({product})",
            "## Weiterleitung aus {queue} schlägt fehl",
            "### Fehler: Rufnummernanzeige fehlt im {product}",
        ),
        "bug_body": (
            "**Gemeldet von:** {A.full} für den Kunden {company}",
            "**Schritte:** 1. Als Agent anmelden 2. Status setzen 3. Client neu starten",
            "**Erwartet:** Status bleibt. **Tatsächlich:** Status wird zurückgesetzt.",
            "**Umgebung:** {device}, Build {num}",
            "cc @{K.handle} @{P.handle}",
            "Der Kunde ({C.full}) hat einen Mitschnitt angehängt.",
        ),
        "bug_comment": (
            "{K.handle} kommentierte am {date}: reproduzierbar, nur im Teams-Modus.",
            "{A.handle} kommentierte am {date}: Kunde fragt nach Termin, @{K.handle} weißt du was?",
            "{P.handle} kommentierte am {date}: im nächsten Release behoben, danke {A.short}!",
            "{K.handle} hat das Label prio-hoch hinzugefügt",
        ),
    },
    "en": {
        "subject": (
            "{product} dropping calls from {queue}",
            "Agents stuck in Not Ready since {weekday}",
            "URGENT: no inbound calls at {site}",
            "Re: case {ticket} – {P.full} can't reach reception",
            "Adherence report missing for {month}",
            "Question about {noun} for {company}",
        ),
        "greeting": ("Hi {A.first},", "Hello team,", "Dear {A.hon},", "Hi all,", "Morning {A.short},"),
        "customer": (
            "Since {weekday} morning none of our receptionists get calls that come in on {queue}.",
            "Our IT manager {P.full} rebooted the {device} but it made no difference.",
            "It mostly affects {site} in {city}, where {K.first} runs the late team.",
            "We changed {noun} the way your guide says and calls still land in the wrong queue.",
            "Could you loop in {A.first}, who sorted it out for us last time?",
            "The {product} shows every agent as available, but nobody is offered a call.",
            "According to {P.gen} notes it started right after the update on {date}.",
            "Feel free to ring me on {phone}, or {K.full} if I'm in a meeting.",
            "I've attached a screenshot from {product}; the agent names are blanked out.",
            "Honestly this is the third time this quarter and my {role} is not happy.",
        ),
        "signoff": (
            "Thanks,\n{C.full}\n{company}",
            "Cheers, {C.first}",
            "Kind regards\n{C.full} | {role}\n{company}, {street}, {city}",
            "Best,\n{C.first}",
            "Regards {C.full}",
        ),
        "journal_title": ("Work notes", "Activity", "Journal – case {ticket}"),
        "journal_entry": (
            "{date} {time} - {A.full} (Work notes)\nSpoke to {C.first}, still failing at {site}.",
            "{date} {time} - {K.full} (Work notes)\nPulled the SBC traces, looks like {cause}.",
            "{date} {time} - {A.full} (Additional comments)\n"
            "Hi {C.first}, we have adjusted {noun} on our side.",
            "{date} {time} - System\nAssigned to: {K.capsrev} (group: {team})",
            "{date} {time} - {K.full} (Work notes)\nAsked {P.hon} at {company} to check the port status.",
            "{date} {time} - {A.lastfirst} (Work notes)\n{C.first} confirms {queue} is back to normal.",
            "{date} {time} - {A.full} (Work notes)\nChased {P.init} again, no reply yet.",
        ),
        "form_title": (
            "FAULT REPORT – VOICE SERVICES",
            "Web form submission: fault report",
            "== Fault {ticket} ==",
        ),
        "form_field": (
            "Reported by: {C.full}",
            "Site contact: {P.full}",
            "Site contact phone: {phone}",
            "Email: {C.email}",
            "Organisation: {company}",
            "Address: {street}, {city}",
            "Affected service: {product}",
            "Fault first seen: {date} {time}",
            "Engineer access: {weekday} afternoons only",
            "Contact name (CAPS): {C.caps}",
            "Owner: {A.full} ({team})",
        ),
        "form_text": (
            "Description: callers get a fast busy tone straight away on {queue}.",
            "Keys are with {P.first} at reception.",
            "Please call {P.full} before you set off, the gate locks at five.",
            "All extensions at {site} are affected.",
            "Already reported by {K.full} on {date}, nothing happened.",
        ),
        "minutes_head": (
            "Minutes – weekly service review, {company} / {team}, {date}",
            "Meeting notes: {product} go-live checkpoint, {date}",
            "Supplier meeting minutes, {site}, {date}",
        ),
        "minutes_present": (
            "Attendees: {C.full}, {P.full}, {A.full}, {K.full}",
            "Present: {C.full} (chair), {A.full} (notes), {K.first}",
            "Attendees: {A.full}, {P.lastfirst}; apologies: {K.full}",
            "Present: {C.full} ({company}), {A.full}. Minutes taken by {K.full}",
        ),
        "minutes_item": (
            "{K.full} to draft the new queue plan before the next meeting.",
            "{C.first} reported that {noun} is still flaky at {site}.",
            "Agreed to move go-live to {weekday} {date}.",
            "{C.last} ({company}) joined for item 3 only.",
            "ACTION {A.first}: check licence count with {company}.",
            "Item 4: {P.gen} question about the adherence report answered.",
            "{P.hon} to be invited to the {month} review.",
        ),
        "esc_header": (
            "From: {A.full} <{A.email}>\nTo: support@example.net\nCc: {K.full}; {C.full}\n"
            "Subject: ESCALATION case {ticket} – {product}",
            "From: {A.email}\nTo: Vendor Support\nCc: {K.email}; {P.rev}\nSubject: P1 – {queue} down",
        ),
        "esc_body": (
            "We are escalating this case as {company} has been unable to take calls since {weekday}.",
            "The customer contact is {C.full}, reachable on {phone}.",
            "Our engineer {K.first} has verified the customer network is clean.",
            "We need an update by {date}, otherwise this goes to {P.full} on your side.",
            "Previous contact with your team was via {K.firstinit} back in {month}.",
        ),
        "esc_sign": (
            "Kind regards,\n{A.full}\n{role}, {team}",
            "Thanks, {A.first}",
            "-- \n{A.full} | {phone}",
        ),
        "swap_field": (
            "Request type: Shift swap",
            "Requested by: {K.full}",
            "Swap with: {A.full}",
            "Date: {date}",
            "Current shift: {shift}",
            "Desired shift: {shift}",
            "Request status: Pending approval",
            "Approved by: {P.capsrev}",
            "Skill: {queue}",
        ),
        "swap_comment": (
            "Requestor message ({K.first}): dentist appointment, {A.first} has agreed.",
            "Supervisor comment: {P.first} will approve if {queue} coverage holds.",
            "Responder message: works for me – {A.short}",
            "Note: {K.gen} {weekday} shift clashes with the training session.",
        ),
        "change_field": (
            "Change number: CHG{num}",
            "Requested by: {C.full}",
            "Implementer(s): {K.full}, {A.full}",
            "CAB approver: {P.full}",
            "Service: {product}",
            "Window: {date} {time}–{time}",
            "Affected users: everyone at {site}",
            "Risk: Low",
            "Manager: {P.hon}",
        ),
        "change_text": (
            "Implementation plan: replace the SBC certificate and restart the service.",
            "Backout plan: {K.first} restores the previous config from backup.",
            "Comms plan: {A.first} emails {C.first} before and after the window.",
            "Test plan: test calls into {queue} from {site}.",
        ),
        "callback_title": ("WHILE YOU WERE OUT", "Phone message", "Please call back"),
        "callback_field": (
            "For: {A.first}",
            "From: {C.hon}, {company}",
            "Number: {phone}",
            "Called: {weekday} at {time}",
            "Re: asking about {noun}",
            "Taken by: {K.first}",
            "Call back before {time}, otherwise try {P.full} on {phone}",
        ),
        "jotting": (
            "rang {C.lc}, voicemail",
            "{C.lcfull} says {noun} is working again??",
            "check w/ {K.lc} re licences",
            "{P.lc} at {company} sending logs tmrw",
            "sbc restarted {time}, told {K.handle}",
            "{A.lc}: close if nothing by {weekday}",
        ),
        "letter_address": (
            "{C.full}\n{street}\n{city}\n\n{company}\nCustomer Services\n\n{date}",
            "From: {C.full}, {street}, {city}\nTo: {company}, FAO {A.full}",
        ),
        "letter_body": (
            "Formal complaint regarding case {ticket}.",
            "Since {month} we have not been able to make outbound calls from our main line.",
            "Your engineer {P.full} promised a call back that never came.",
            "I have spoken to {A.hon} on your helpdesk three times.",
            "I expect a credit on the {month} invoice.",
            "Please respond in writing within 14 days.",
        ),
        "letter_close": (
            "Yours sincerely,\n\n{C.full}",
            "Yours faithfully\n{C.full}\nAccount no. {num}",
        ),
        "bug_head": (
            "## Attendant console shows wrong presence after restart ({product})",
            "## Transfers out of {queue} fail silently",
            "### Bug: caller ID missing in {product}",
        ),
        "bug_body": (
            "**Reported by:** {A.full} on behalf of {company}",
            "**Steps to reproduce:** 1. Sign in as agent 2. Set presence 3. Restart the client",
            "**Expected:** presence persists. **Actual:** it resets to Available.",
            "**Environment:** {device}, build {num}",
            "cc @{K.handle} @{P.handle}",
            "Customer ({C.full}) attached a HAR file.",
        ),
        "bug_comment": (
            "{K.handle} commented on {date}: reproduced, only in Teams mode.",
            "{A.handle} commented on {date}: customer is asking for an ETA, @{K.handle} any idea?",
            "{P.handle} commented on {date}: fixed in the next release, thanks {A.first}!",
            "{K.handle} added the label priority-high",
        ),
    },
}
