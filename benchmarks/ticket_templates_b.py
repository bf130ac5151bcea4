"""Set B of the ticket benchmark's templates (benchmarks/bench_tickets.py), held out: written on 7 Dec 2026
by an engineer who had not read set A's templates, logscrub's name finder or its cues, after the finder
had been tuned on set A, and not changed after its results were seen. Pure data; the placeholder grammar
is described in bench_tickets.py.

Set B writes what set A may lack: a ticket system's audit trail, a voicemail transcription, an SMS
thread, WhatsApp and Teams copy-pastes, a handover between shifts, a satisfaction-survey comment, a
forwarded e-mail chain with nested quotes, a list of attendees, a table pasted as text, a JSON snippet, a
web form, a forum reply; names as pet forms, double surnames, with particles, in capitals in system
fields, surname first with and without a comma, "Anna L.", next to punctuation, in brackets and quotes,
at line ends; and names' look-alikes: products and models, queues and teams, companies made of surnames,
streets and cities, compounds, job titles and capitalised sentence starts.

The shapes (never the text) follow public material: Zendesk's ticket audit events
(developer.zendesk.com/documentation/ticketing/reference-guides/ticket-audit-events-reference,
developer.zendesk.com/api-reference/ticketing/tickets/ticket_audits), LiveChat's system messages
(platform.text.com/messaging/references/system-messages), Teams copy-paste as quoted in
github.com/adifyr/obsidian-chat-view/issues/30 and github.com/IsmaelMartinez/teams-for-linux/issues/1719,
WhatsApp's export lines (github.com/JBGruber/rwhatsapp/issues/27, github.com/bernhard-pfann/lad-gpt/issues/3),
Rocket.Chat's copy-paste (github.com/RocketChat/feature-requests/issues/427), Thunderbird's forward header
(github.com/cozy/cozy-emails/issues/261), voicemail-to-text (kb.comporium.com/Wireless/How-does-Voicemail-
to-Text-work, bubblyphone.com/help/voicemail-features), call-note practice (callcentrehelper.com/making-
notes-on-customers-account-207070.htm, rrh-thehub.wixsite.com/thehub/account-notation), shift handovers
(manageroster.com/blog/2026-03-01-shift-handover-process-247-support-teams, promptatlas.co/prompts/
customer-support-shift-handover-template-builder), CSAT surveys (support.zendesk.com/hc/en-us/articles/
4408886173338, help.textline.com/hc/en-us/articles/360045895411), Swedish fibre associations' and city
networks' fault routines (draered-asperedfiber.se/felanmalan, halmstadsstadsnat.se/serviceguide/index/
consumers/contact), a Swedish village's letter to its operator (spannarboda.se/?p=3426), and German
regional reports of line faults quoting customers and press officers (mainpost.de, suedkurier.de,
merkur.de, kreiszeitung.de) and a hotline blog (hotlineblog.de/2007/10/22/die-mauer-muss-weg).
"""

from __future__ import annotations

SWEDISH: dict[str, tuple[str, ...]] = {
    "subject": (
        "Felanmälan fast telefoni – {street}, {city}",
        "VB: Uppsägning av nummer (gäller {C.full})",
        "Ang. {product} som inte registrerar sig",
        "Ärende {ticket} – återkoppling till {C.hon}",
        "Samtal bryts efter 30 sek",
        "Fråga om fakturan från {company}",
        "Nummerflytt för {C.lastfirst}",
    ),
    "greeting": ("Hej.", "Hejsan!", "Tja,", "Hej support!", "God eftermiddag,", "Till kundtjänst:"),
    "customer": (
        "Vi har haft problem med växeln sedan i {weekday}s.",
        "Min sambo {P.first} försökte ringa till mig men hörde bara tut.",
        "Fiberomvandlaren blinkar rött och {product} har tappat registreringen igen.",
        "Jag pratade med {A.first} på er support förra veckan och fick ärendenummer {ticket}.",
        "Teknikern ({P.full}) var här i {month} men felet kom tillbaka efter två dagar.",
        "Kan ni ringa upp på {phone}? Fråga efter {C.short} eller {P.first}.",
        "Fakturan är ställd till {C.rev} men abonnemanget står på min mamma, {P.full}.",
        "Det gäller alltså numret som {P.gen} dotter använder.",
        "Storgatan-kontoret har samma fel, så det är nog inte routern.",
        "Ni får gärna prata direkt med vår IT-ansvarige {K.full}.",
        "Ingen av oss på {team} har ändrat något i inställningarna.",
        "Samtalen kopplas till fel kö, {queue}, i stället för till receptionen.",
    ),
    "signoff": (
        "Mvh {C.full}",
        "Hälsningar\n{C.first}",
        "/{C.first}",
        "Tack på förhand! {C.short}",
        "Vänliga hälsningar\n{C.full}\n{company}",
        "// {C.firstinit}",
    ),
    "reply_greeting": ("Hej {C.first}!", "Hej {C.short},", "Hej,", "Hej {C.full}, tack för ditt mejl."),
    "agent": (
        "Jag har tittat på anslutningen och ser att den tappar registreringen var tjugonde minut.",
        "Min kollega {K.first} har skickat ärendet vidare till nätdriften.",
        "Vi har bokat en tekniker till {date} mellan 08 och 12.",
        "Kan du be {P.first} att starta om {product} och höra av sig om felet kvarstår?",
        "Enligt {K.full} på andralinjen är det ett känt fel i {city}.",
        "Jag har lagt en kreditering på nästa faktura.",
        "Om det är bråttom kan du ringa {queue} direkt.",
    ),
    "agent_sign": (
        "Med vänlig hälsning\n{A.full}\nKundservice, {company}",
        "/{A.first}, {team}",
        "Hälsningar {A.firstinit}",
        "{A.full} | Supporttekniker",
    ),
    "audit_head": ("Händelselogg för ärende {ticket}", "Historik:", "Ärendehistorik ({ticket})"),
    "audit": (
        "Tilldelat från {A.full} till {K.full}",
        "Status ändrad av {K.full}: Öppen → Väntar på kund",
        "Kommentar (intern) tillagd av {A.first}",
        "Handläggare: {A.rev} → {K.rev}",
        "Grupp ändrad till {queue} av system",
        "Beställare ändrad till {C.full}",
        "CSAT-enkät skickad till {C.email}",
        "Ärendet löst av {K.lastfirst}",
    ),
    "voicemail_head": (
        "Röstmeddelande från {phone}, {date} {time} (transkribering):",
        "Nytt röstbrevlådemeddelande – längd 0:42",
    ),
    "voicemail": (
        "Ja hej det är {C.full} här jag ringer angående telefonen som inte fungerar.",
        "Ehm ni kan ringa mig på {phone} eller så kan ni prata med {P.first} som är hemma hela dagen.",
        "Jag pratade med en {A.first} tidigare som sa att ni skulle höra av er.",
        "Det gäller adressen {street} i {city}.",
        "Okej tack hej hej.",
        "Ring gärna innan tre för sen är jag på jobbet.",
    ),
    "sms_head": ("SMS-konversation med {phone}:", "Sms-tråd (kopierad från Kontakt Center):"),
    "sms_customer": (
        "{C.first}: Hej, teknikern har inte kommit än",
        "{C.first}: Ok, {P.first} är hemma efter 16",
        "{C.short}: tack!!",
        "{C.full}: Funkar fortfarande inte",
    ),
    "sms_agent": (
        "{A.first} (Support): Hej! Teknikern är försenad cirka 30 min.",
        "{A.first} (Support): Tack, jag har noterat det i ärendet.",
        "Support: Kan du svara JA om tiden {date} passar?",
        "{A.first} (Support): Vad bra, då stänger jag ärendet.",
    ),
    "wa_customer": (
        "{C.full}: Hej, det är fortfarande ingen ton",
        "{C.full}: Min granne {P.full} har samma problem",
        "{C.firstinit}: Ok. När kommer någon?",
        "{C.full}: Jag skickar en bild på dosan",
    ),
    "wa_agent": (
        "{company} Support: Hej {C.first}! Vi tittar på det nu.",
        "{A.first} – {company}: Tack, jag har skapat ett ärende.",
        "{company} Support: En tekniker kommer {weekday} förmiddag.",
    ),
    "teams_agent": (
        "{A.full}\nvet du om {C.hon} på {company} har fått ny utrustning?",
        "{A.lastfirst}\nkan du ta kunden i {city}? {C.first} har ringt tre gånger idag",
        "{A.full}\nfixat, tack {K.first}!",
    ),
    "teams_colleague": (
        "{K.full}\nja, {P.full} installerade den i {month}",
        "{K.lastfirst}\nkollar. Vilket nummer ringer hon från?",
        "{K.full}\nstatus: Väntar på {team}",
        "{K.full}\nfrågade {P.lc} på fältet, kommer {weekday}",
    ),
    "handover_head": ("Överlämning kvällspass → nattpass", "Skiftöverlämning {date}"),
    "handover": (
        "{ticket}: {C.full} väntar på återringning före 09, lovat av {A.first}",
        "Avbrott i {city} – {K.first} bevakar, nästa uppdatering 22:00",
        "{ticket}: kunden ({C.hon}) vill prata med chef",
        "{K.short} har tagit över {queue} resten av kvällen",
        "Inget öppet för {company}.",
        "ring {C.lcfull} i morgon bitti, var irriterad",
    ),
    "survey_head": ("Kundundersökning – betyg 4/5", "Kommentar från nöjdhetsenkät:"),
    "survey": (
        "{A.first} var jättetrevlig och förklarade allt.",
        "Fick vänta länge men {A.full} löste det till slut.",
        "Tack till {A.short}!",
        "Bättre än förra gången.",
        "Vill inte bli kontaktad igen.",
    ),
    "forward_header": (
        "---------- Vidarebefordrat meddelande ---------\nFrån: {P.full} <{P.email}>\nDatum: {date} {time}"
        "\nÄmne: Telefonin på {street}\nTill: {C.full} <{C.email}>",
        "Från: {C.full}\nSkickat: den {date} {time}\nTill: Kundservice\nÄmne: SV: {ticket}",
    ),
    "forward_body": (
        "Hej {C.first}, jag kollade med {company} och de säger att det är ert fel.",
        "Kan du vidarebefordra det här till supporten? /{P.first}",
        "Numret ska flyttas till {C.gen} nya företag.",
    ),
    "nested_header": ("{A.full} skrev den {date}:", "Den {date} skrev Kundservice <support@example.se>:"),
    "nested_body": (
        "Vi behöver en fullmakt från {P.hon} innan vi kan flytta numret.",
        "Ärendet har skickats vidare till {team}.",
    ),
    "attendees_head": ("Deltagare på mötet {date}:", "Närvarande:"),
    "attendee": (
        "{A.full} (Kundservice)",
        "{K.full}, {team}",
        "{P.full}, {company}",
        "{C.full}",
        "{K.rev} – protokoll",
    ),
    "table_head": (
        "Ärende   | Kund                 | Handläggare   | Status\n"
        "---------|----------------------|---------------|-------",
    ),
    "table_row": (
        "{ticket}  | {C.full}        | {A.first}     | Öppen",
        "{ticket}  | {company}        | {K.first}     | Väntar",
        "{ticket}  | {C.capsrev}      | {A.last}      | Löst",
    ),
    "json": (
        '{"arende": "{ticket}", "kund": {"namn": "{C.full}", '
        '"telefon": "{phone}"}, "handlaggare": "{A.full}"}',
        '{\n  "caller_name": "{C.caps}",\n  "queue": "{queue}",\n  "agent": "{A.email}"\n}',
    ),
    "form": (
        "Namn: {C.full}\nE-post: {C.email}\nTelefon: {phone}\n"
        "Adress: {street}, {city}\nMeddelande: Ingen ton.",
        "Förnamn: {C.first}\nEfternamn: {C.last}\nKundnummer: {num}\nÄrende: Faktura",
    ),
    "forum_head": ("Svar från {A.first} (Moderator), {date}:", "Re: Ingen ton efter byte till fiber"),
    "forum": (
        "@{C.first} har du testat att byta port på fiberomvandlaren?",
        "Jag har samma problem som {P.first} skrev ovan.",
        "{C.first} skrev:\n> Det hjälpte inte att starta om.",
        "Markerat som löst av {C.short}.",
        "Skickar dig ett PM, {C.first}.",
    ),
    "log_head": ("Klipp från loggen:", "Från vår plattform:"),
    "machine": (
        '{iso} INFO  CallerName="{C.caps}" ani={phone} dnis=0{num} queue={queue}',
        '{iso} WARN  agent={A.email} state=WRAPUP reason="Kund {C.capsrev}"',
        "CRM: KUND={C.capsrev} KUNDNR={num} STATUS=AKTIV",
        "{syslog} pbx asterisk[2211]: Registered SIP '{num}' at 10.0.3.{ext}",
    ),
}

GERMAN: dict[str, tuple[str, ...]] = {
    "subject": (
        "Störungsmeldung Festnetz – {street}, {city}",
        "WG: Kündigung Rufnummer (betrifft {C.full})",
        "Rückruf gewünscht: {C.hon}",
        "Problem mit {product} nach Firmware-Update",
        "Ticket {ticket} – Gesprächsabbrüche",
        "Rechnung {month} von {company}",
        "Portierung für {C.rev}",
    ),
    "greeting": ("Hallo zusammen,", "Moin,", "Guten Tag,", "Sehr geehrte Damen und Herren,", "Servus!"),
    "customer": (
        "Seit {weekday} ist unser Anschluss tot.",
        "Meine Frau {P.first} hat schon zweimal bei der Hotline angerufen.",
        "Laut Herrn {P.last} vom Hausmeisterservice ist die Dose in Ordnung.",
        "Die Rufumleitung auf das Handy von {P.full} funktioniert ebenfalls nicht.",
        "Bitte rufen Sie mich unter {phone} zurück, gerne auch meinen Sohn {P.short}.",
        "Ihr Techniker ({P.full}) war am {date} da, seitdem knackt es in der Leitung.",
        "Verträge laufen auf {C.rev}, nicht auf die Firma.",
        "Unsere Buchhaltung (Ansprechpartnerin: {K.full}) hat die Rechnung bereits beglichen.",
        "Störungsstelle und Kundenservice verweisen jeweils aufeinander.",
        "Das Gerät von {product} zeigt nur noch eine rote LED.",
        "Die Kollegen von {team} haben nichts umgestellt.",
        "Anrufe landen in der Warteschleife {queue} statt beim Empfang.",
    ),
    "signoff": (
        "Mit freundlichen Grüßen\n{C.full}",
        "Viele Grüße, {C.first}",
        "Gruß\n{C.hon}",
        "Danke & Gruß {C.short}",
        "MfG {C.caps}",
        "Freundliche Grüße\n{C.full}\n{company}",
    ),
    "reply_greeting": ("Hallo {C.hon},", "Guten Tag {C.full},", "Sehr geehrte{C.ehrte} {C.hon},", "Hallo,"),
    "agent": (
        "Vielen Dank für Ihre Geduld.",
        "Ich habe Ihr Anliegen an unsere Kollegin {K.full} aus der Technik weitergegeben.",
        "Ein Techniker ist für den {date} zwischen 8 und 13 Uhr eingeplant.",
        "Bitte richten Sie {P.hond} aus, dass wir eine Vollmacht benötigen.",
        "Laut {K.first} handelt es sich um eine Großstörung in {city}.",
        "Die Gutschrift erscheint auf der nächsten Rechnung.",
        "Sollte das Problem weiterhin bestehen, wenden Sie sich bitte an {queue}.",
    ),
    "agent_sign": (
        "Mit freundlichen Grüßen\n{A.full}\nKundenservice {company}",
        "Viele Grüße\n{A.first} | {team}",
        "i. A. {A.full}",
        "{A.init}, Technischer Support",
    ),
    "audit_head": ("Ticketverlauf {ticket}", "Verlauf:", "Änderungsprotokoll"),
    "audit": (
        "Zugewiesen von {A.full} an {K.full}",
        "Status geändert durch {K.full}: Offen → Wartet auf Kunde",
        "Interne Notiz hinzugefügt von {A.first}",
        "Bearbeiter: {A.rev} → {K.rev}",
        "Queue geändert auf {queue} (automatisch)",
        "Anfragender geändert auf {C.full}",
        "Umfrage gesendet an {C.email}",
        "Ticket geschlossen von {K.lastfirst}",
    ),
    "voicemail_head": (
        "Sprachnachricht von {phone} am {date} um {time} (automatische Transkription):",
        "Neue Nachricht auf der Mailbox – Dauer 0:57",
    ),
    "voicemail": (
        "Ja hallo hier ist {C.full} ich rufe wegen dem Telefon an das geht immer noch nicht.",
        "Sie erreichen mich unter {phone} oder Sie sprechen mit meinem Mann {P.first}.",
        "Ich hatte vorhin schon mit einer Frau {A.last} gesprochen.",
        "Es geht um den Anschluss in der {street} in {city}.",
        "Also dann tschüss.",
        "Bitte vor 15 Uhr zurückrufen danke.",
    ),
    "sms_head": ("SMS-Verlauf mit {phone}:", "Kopie SMS-Dialog (Kundenportal):"),
    "sms_customer": (
        "{C.first}: Techniker ist immer noch nicht da",
        "{C.first}: Ok, {P.first} ist ab 16 Uhr zu Hause",
        "{C.short}: Danke!!",
        "{C.full}: Geht wieder nicht",
    ),
    "sms_agent": (
        "{A.first} (Service): Der Techniker verspätet sich um ca. 30 Minuten.",
        "{A.first} (Service): Danke, ist im Ticket vermerkt.",
        "Service: Bitte antworten Sie mit JA, wenn der {date} passt.",
        "{A.first} (Service): Prima, dann schließe ich das Ticket.",
    ),
    "wa_customer": (
        "{C.full}: Hallo, immer noch kein Freizeichen",
        "{C.full}: Nachbar {P.full} hat das gleiche Problem",
        "{C.firstinit}: Ok. Wann kommt jemand?",
        "{C.full}: Foto vom Router kommt gleich",
    ),
    "wa_agent": (
        "{company} Service: Hallo {C.first}, wir prüfen das sofort.",
        "{A.first} – {company}: Danke, Ticket ist angelegt.",
        "{company} Service: Ein Techniker kommt am {weekday} vormittags.",
    ),
    "teams_agent": (
        "{A.full}\nweißt du, ob {C.hon} von {company} ein neues Gerät bekommen hat?",
        "{A.lastfirst}\nkannst du den Kunden in {city} übernehmen? {C.first} hat heute dreimal angerufen",
        "{A.full}\nerledigt, danke {K.first}!",
    ),
    "teams_colleague": (
        "{K.full}\nja, {P.full} hat es im {month} installiert",
        "{K.lastfirst}\nschau ich mir an. Von welcher Nummer ruft sie an?",
        "{K.full}\nStatus: wartet auf {team}",
        "{K.full}\nhab {P.lc} vom Außendienst gefragt, kommt am {weekday}",
    ),
    "handover_head": ("Übergabe Spätschicht → Nachtschicht", "Schichtübergabe {date}"),
    "handover": (
        "{ticket}: {C.full} erwartet Rückruf vor 9 Uhr, zugesagt von {A.first}",
        "Ausfall in {city} – {K.first} beobachtet, nächstes Update 22 Uhr",
        "{ticket}: Kunde ({C.hon}) möchte Vorgesetzten sprechen",
        "{K.short} übernimmt {queue} für den Rest des Abends",
        "Nichts offen für {company}.",
        "{C.lcfull} morgen früh zurückrufen, war verärgert",
    ),
    "survey_head": ("Kundenzufriedenheit – Bewertung 2 von 5", "Kommentar aus der Umfrage:"),
    "survey": (
        "{A.first} war sehr freundlich und kompetent.",
        "Lange Wartezeit, aber Herr {A.last} hat das Problem gelöst.",
        "Danke an {A.short}!",
        "Besser als beim letzten Mal.",
        "Bitte keine weiteren Anrufe.",
    ),
    "forward_header": (
        "-------- Weitergeleitete Nachricht --------\nBetreff: Telefon {street}\nDatum: {date} {time}"
        "\nVon: {P.full} <{P.email}>\nAn: {C.full} <{C.email}>",
        "-----Ursprüngliche Nachricht-----\nVon: {C.full}\nGesendet: {date} {time}\nAn: Kundenservice"
        "\nBetreff: AW: {ticket}",
    ),
    "forward_body": (
        "Hallo {C.first}, ich habe bei {company} nachgefragt, die sagen, es liegt an euch.",
        "Kannst du das bitte an den Support weiterleiten? Gruß {P.first}",
        "Die Nummer soll auf die neue Firma von {C.hon} umziehen.",
    ),
    "nested_header": ("{A.full} schrieb am {date}:", "Am {date} schrieb Kundenservice <service@example.de>:"),
    "nested_body": (
        "Wir benötigen eine Vollmacht von {P.hond}, bevor wir die Nummer portieren.",
        "Ihr Anliegen wurde an {team} weitergegeben.",
    ),
    "attendees_head": ("Teilnehmer Termin am {date}:", "Anwesend:"),
    "attendee": (
        "{A.full} (Kundenservice)",
        "{K.full}, {team}",
        "{P.full}, {company}",
        "{C.hon}",
        "{K.rev} – Protokoll",
    ),
    "table_head": (
        "Ticket   | Kunde                | Bearbeiter    | Status\n"
        "---------|----------------------|---------------|-------",
    ),
    "table_row": (
        "{ticket}  | {C.full}        | {A.first}     | offen",
        "{ticket}  | {company}        | {K.first}     | wartend",
        "{ticket}  | {C.capsrev}      | {A.last}      | gelöst",
    ),
    "json": (
        '{"ticket": "{ticket}", "kunde": {"name": "{C.full}", '
        '"telefon": "{phone}"}, "bearbeiter": "{A.full}"}',
        '{\n  "caller_name": "{C.caps}",\n  "queue": "{queue}",\n  "agent": "{A.email}"\n}',
    ),
    "form": (
        "Name: {C.full}\nE-Mail: {C.email}\nTelefon: {phone}\n"
        "Anschrift: {street}, {city}\nNachricht: Kein Freizeichen.",
        "Vorname: {C.first}\nNachname: {C.last}\nKundennummer: {num}\nAnliegen: Rechnung",
    ),
    "forum_head": ("Antwort von {A.first} (Moderatorin), {date}:", "Re: Kein Freizeichen seit Umstellung"),
    "forum": (
        "@{C.first} hast du schon einen anderen Port am Router probiert?",
        "Ich habe das gleiche Problem wie {P.first} weiter oben.",
        "{C.first} schrieb:\n> Neustart hat nicht geholfen.",
        "Als gelöst markiert von {C.short}.",
        "Ich schicke dir eine PN, {C.first}.",
    ),
    "log_head": ("Auszug aus der Plattform:", "Logzeilen:"),
    "machine": (
        '{iso} INFO  CallerName="{C.caps}" ani={phone} dnis=0{num} queue={queue}',
        '{iso} WARN  agent={A.email} state=NACHBEARBEITUNG grund="Kunde {C.capsrev}"',
        "CRM: KUNDE={C.capsrev} KDNR={num} STATUS=AKTIV",
        "{syslog} pbx asterisk[2211]: Registered SIP '{num}' at 10.0.3.{ext}",
    ),
}

ENGLISH: dict[str, tuple[str, ...]] = {
    "subject": (
        "Fault report: landline at {street}, {city}",
        "FW: Number cancellation (re {C.full})",
        "Callback requested – {C.hon}",
        "{product} not registering after update",
        "Case {ticket}: calls dropping",
        "Question about the {month} invoice from {company}",
        "Port request for {C.rev}",
    ),
    "greeting": ("Hi there,", "Hello support team,", "Good afternoon,", "To whom it may concern,", "Hey,"),
    "customer": (
        "Our line has been dead since {weekday}.",
        "My wife {P.first} has called your helpline twice already.",
        "According to Mr {P.last} from building maintenance the socket is fine.",
        "Call forwarding to {P.gen} mobile doesn't work either.",
        "Please call me back on {phone}, or ask for {P.short}.",
        "Your engineer ({P.full}) came on {date} and since then the line crackles.",
        "The contract is in the name of {C.rev}, not the company.",
        "Our accounts team (contact: {K.full}) has already paid the invoice.",
        "Billing and the fault desk keep sending me to each other.",
        "The {product} only shows a red light now.",
        "Nobody on {team} has changed anything.",
        "Calls end up in the {queue} queue instead of reception.",
    ),
    "signoff": (
        "Kind regards,\n{C.full}",
        "Thanks, {C.first}",
        "Cheers\n{C.short}",
        "Best,\n{C.firstinit}",
        "Regards\n{C.full}\n{company}",
        "Sent from my iPhone",
    ),
    "reply_greeting": (
        "Hi {C.first},",
        "Hello {C.short},",
        "Dear {C.hon},",
        "Hi {C.full}, thanks for getting in touch.",
    ),
    "agent": (
        "Thanks for bearing with us.",
        "I've passed this on to my colleague {K.full} in our network team.",
        "An engineer is booked for {date} between 8am and 1pm.",
        "Could you ask {P.first} to restart the {product} and let us know if it persists?",
        "According to {K.first} this is a known outage in {city}.",
        "The credit will show on your next bill.",
        "If it is urgent please call {queue} directly.",
    ),
    "agent_sign": (
        "Kind regards,\n{A.full}\nCustomer Care, {company}",
        "Thanks,\n{A.first} | {team}",
        "{A.full} – Support Engineer",
        "{A.init}, Technical Support",
    ),
    "audit_head": ("Ticket history {ticket}", "Events:", "Audit log"),
    "audit": (
        "Assigned from {A.full} to {K.full}",
        "Status changed by {K.full}: Open → Pending",
        "Internal note added by {A.first}",
        "Assignee: {A.rev} → {K.rev}",
        "Group changed to {queue} by trigger",
        "Requester changed to {C.full}",
        "Satisfaction survey sent to {C.email}",
        "Solved by {K.lastfirst}",
    ),
    "voicemail_head": (
        "Voicemail from {phone} on {date} at {time} (transcription):",
        "New voicemail – duration 0:38",
    ),
    "voicemail": (
        "Hi this is {C.full} calling about the phone that still isn't working.",
        "You can reach me on {phone} or speak to my husband {P.first} who is in all day.",
        "I spoke to someone called {A.first} earlier who said you'd call back.",
        "It's the line at {street} in {city}.",
        "Okay thanks bye.",
        "Please call before three thank you.",
    ),
    "sms_head": ("SMS thread with {phone}:", "Text conversation (copied from the portal):"),
    "sms_customer": (
        "{C.first}: Hi, the engineer hasn't turned up",
        "{C.first}: Ok, {P.first} is home after 4",
        "{C.short}: thanks!!",
        "{C.full}: Still not working",
    ),
    "sms_agent": (
        "{A.first} (Support): Hi! The engineer is running about 30 min late.",
        "{A.first} (Support): Thanks, I've noted that on the case.",
        "Support: Reply YES if {date} suits you.",
        "{A.first} (Support): Great, I'll close the case then.",
    ),
    "wa_customer": (
        "{C.full}: Hi, still no dial tone",
        "{C.full}: My neighbour {P.full} has the same issue",
        "{C.firstinit}: Ok. When is someone coming?",
        "{C.full}: Sending a photo of the box",
    ),
    "wa_agent": (
        "{company} Support: Hi {C.first}, we're looking into it now.",
        "{A.first} – {company}: Thanks, I've opened a case.",
        "{company} Support: An engineer will visit {weekday} morning.",
    ),
    "teams_agent": (
        "{A.full}\ndo you know if {C.hon} at {company} got new kit?",
        "{A.lastfirst}\ncan you take the customer in {city}? {C.first} has called three times today",
        "{A.full}\ndone, thanks {K.first}!",
    ),
    "teams_colleague": (
        "{K.full}\nyes, {P.full} installed it in {month}",
        "{K.lastfirst}\nchecking. Which number is she calling from?",
        "{K.full}\nstatus: waiting on {team}",
        "{K.full}\nasked {P.lc} in field ops, coming {weekday}",
    ),
    "handover_head": ("Handover late shift → night shift", "Shift handover {date}"),
    "handover": (
        "{ticket}: {C.full} expects a callback before 9, promised by {A.first}",
        "Outage in {city} – {K.first} watching, next update 22:00",
        "{ticket}: customer ({C.hon}) wants to speak to a manager",
        "{K.short} is covering {queue} for the rest of the evening",
        "Nothing open for {company}.",
        "call back {C.lcfull} first thing tomorrow, was upset",
    ),
    "survey_head": ("CSAT response – rating: Good", "Survey comment:"),
    "survey": (
        "{A.first} was really friendly and explained everything.",
        "Long wait but {A.full} sorted it in the end.",
        "Thanks to {A.short}!",
        "Better than last time.",
        "Please don't contact me again.",
    ),
    "forward_header": (
        "---------- Forwarded message ---------\nFrom: {P.full} <{P.email}>\nDate: {date} {time}"
        "\nSubject: Phone at {street}\nTo: {C.full} <{C.email}>",
        "From: {C.full}\nSent: {date} {time}\nTo: Customer Service\nSubject: RE: {ticket}",
    ),
    "forward_body": (
        "Hi {C.first}, I checked with {company} and they say it's your side.",
        "Can you forward this to support? Thanks, {P.first}",
        "The number should move to {C.gen} new business.",
    ),
    "nested_header": (
        "On {date}, {A.full} wrote:",
        "On {date} Customer Service <support@example.com> wrote:",
    ),
    "nested_body": (
        "We need a letter of authority from {P.hon} before we can port the number.",
        "Your case has been passed to {team}.",
    ),
    "attendees_head": ("Attendees ({date}):", "Present:"),
    "attendee": (
        "{A.full} (Customer Care)",
        "{K.full}, {team}",
        "{P.full}, {company}",
        "{C.full}",
        "{K.rev} – minutes",
    ),
    "table_head": (
        "Case     | Customer             | Owner         | Status\n"
        "---------|----------------------|---------------|-------",
    ),
    "table_row": (
        "{ticket}  | {C.full}        | {A.first}     | Open",
        "{ticket}  | {company}        | {K.first}     | Pending",
        "{ticket}  | {C.capsrev}      | {A.last}      | Solved",
    ),
    "json": (
        '{"case": "{ticket}", "customer": {"name": "{C.full}", "phone": "{phone}"}, "owner": "{A.full}"}',
        '{\n  "caller_name": "{C.caps}",\n  "queue": "{queue}",\n  "agent": "{A.email}"\n}',
    ),
    "form": (
        "Name: {C.full}\nEmail: {C.email}\nPhone: {phone}\nAddress: {street}, {city}\nMessage: No dial tone.",
        "First name: {C.first}\nLast name: {C.last}\nAccount number: {num}\nTopic: Billing",
    ),
    "forum_head": (
        "Reply from {A.first} (Community Moderator), {date}:",
        "Re: No dial tone after fibre switch",
    ),
    "forum": (
        "@{C.first} have you tried another port on the ONT?",
        "Same problem here as {P.first} posted above.",
        "{C.first} wrote:\n> Restarting didn't help.",
        "Marked as solved by {C.short}.",
        "Sending you a DM, {C.first}.",
    ),
    "log_head": ("From the platform:", "Log lines:"),
    "machine": (
        '{iso} INFO  CallerName="{C.caps}" ani={phone} dnis=0{num} queue={queue}',
        '{iso} WARN  agent={A.email} state=WRAPUP reason="Customer {C.capsrev}"',
        "CRM: CUSTOMER={C.capsrev} ACCT={num} STATUS=ACTIVE",
        "{syslog} pbx asterisk[2211]: Registered SIP '{num}' at 10.0.3.{ext}",
    ),
}

TEMPLATES = {"sv": SWEDISH, "de": GERMAN, "en": ENGLISH}

VOCABULARY: dict[str, dict[str, tuple[str, ...]]] = {
    "sv": {
        "product": ("Grandstream HT802", "Zyxel VMG3625", "Gigaset C430", "Telefonidosan", "Fiberboxen"),
        "city": ("Mölndal", "Jönköping", "Falun", "Östersund", "Kungälv", "Ludvika"),
        "street": ("Storgatan 12", "Kvarnvägen 4", "Lindbergs gata 7", "Ekvägen 19", "Norra Allén 3"),
        "company": ("Lindström & Berg AB", "Johansson Bygg", "Sjöbergs Fastigheter", "Nordfiber Ek. för."),
        "queue": ("Kö Företag 2", "Felanmälan Privat", "Växel Norr", "Fakturafrågor"),
        "team": ("Team Nord", "Andralinjen", "Nätdrift", "Leveranskontroll"),
        "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag"),
        "month": ("januari", "mars", "maj", "augusti", "oktober"),
    },
    "de": {
        "product": ("FRITZ!Box 7590", "Speedport Smart 4", "Gigaset C430", "Snom D785", "Telefonanlage"),
        "city": ("Gelsenkirchen", "Bad Vilbel", "Paderborn", "Wildeshausen", "Münster"),
        "street": ("Bahnhofstraße 5", "Lindenweg 12", "Am Mühlbach 3", "Hauptstraße 44", "Kirchgasse 8"),
        "company": ("Müller & Schäfer GmbH", "Hoffmann Bau", "Bäckerei Brinkmann", "Schneider IT-Service"),
        "queue": ("Störung Privat", "Geschäftskunden 2", "Rechnungsfragen", "Technik Level 2"),
        "team": ("Team Süd", "2nd Level Voice", "Netzbetrieb", "Auftragsmanagement"),
        "weekday": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"),
        "month": ("Januar", "März", "Mai", "August", "Oktober"),
    },
    "en": {
        "product": ("Yealink T54W", "Polycom VVX 411", "Hub 3", "Gigaset C430", "router"),
        "city": ("Reading", "Bracknell", "Harlow", "Wigan", "Sale"),
        "street": ("High Street 21", "Baker Close 4", "Mill Lane 9", "Church Road 17", "Victoria Avenue 2"),
        "company": ("Morgan & Price Ltd", "Fletcher Plumbing", "Sterling Lettings", "Carter Brothers"),
        "queue": ("Business Line 2", "Faults Residential", "Billing", "Escalations"),
        "team": ("Team North", "Tier 2", "Network Operations", "Provisioning"),
        "weekday": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
        "month": ("January", "March", "May", "August", "October"),
    },
}

SECTION_TITLES = {"sv": {"subject": "Ämne: "}, "de": {"subject": "Betreff: "}, "en": {"subject": "Subject: "}}


def _lines(
    source: str, least: int, most: int, prefix: str = ""
) -> tuple[tuple[str, ...], int, int, str, str]:
    return ((source,), least, most, prefix, "line")


def _turns(first: str, second: str, prefix: str) -> tuple[tuple[str, ...], int, int, str, str]:
    return ((first, second), 2, 5, prefix, "line")


# Each section: its steps, in order (see bench_tickets.Step).
PLANS = {
    "reply": (_lines("reply_greeting", 1, 1), (("agent",), 2, 3, "", "run"), _lines("agent_sign", 1, 1)),
    "audit": (_lines("audit_head", 1, 1), _lines("audit", 2, 5, "{date} {time}  ")),
    "voicemail": (_lines("voicemail_head", 1, 1), (("voicemail",), 2, 3, "", "run")),
    "sms": (_lines("sms_head", 1, 1), _turns("sms_customer", "sms_agent", "{time} ")),
    "whatsapp": (_turns("wa_customer", "wa_agent", "[{date}, {time}] "),),
    "teams": (_turns("teams_agent", "teams_colleague", "[{time}] "),),
    "handover": (_lines("handover_head", 1, 1), _lines("handover", 2, 4, "- ")),
    "survey": (_lines("survey_head", 1, 1), (("survey",), 1, 2, "", "run")),
    "forward": (
        _lines("forward_header", 1, 1),
        _lines("forward_body", 1, 2, "> "),
        _lines("nested_header", 1, 1, "> "),
        _lines("nested_body", 1, 2, ">> "),
    ),
    "attendees": (_lines("attendees_head", 1, 1), _lines("attendee", 2, 4, "* ")),
    "table": (_lines("table_head", 1, 1), _lines("table_row", 2, 4)),
    "json": (_lines("json", 1, 1),),
    "form": (_lines("form", 1, 1),),
    "forum": (_lines("forum_head", 1, 1), (("forum",), 2, 3, "", "run")),
    "log": (_lines("log_head", 1, 1), _lines("machine", 2, 4)),
}
SECTIONS = tuple(PLANS)
SECTION_COUNT = (3, 5)
# Conversations whose lines start with their speaker: a name there is a "speaker" in the figures.
SPEAKERS = ("sms", "whatsapp", "teams")
PARTICLES = {"sv": ("af", "von", "de"), "de": ("von", "von der", "zu", "van"), "en": ("van", "de", "van der")}
