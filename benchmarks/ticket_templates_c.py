"""Set C of the ticket benchmark's templates (benchmarks/bench_tickets.py), held out: written on 7 Dec 2026
by an engineer who had read neither set A's nor set B's templates, nor logscrub's name finder or its cues,
and not changed after its results were seen. Pure data; the placeholder grammar is described in
bench_tickets.py.

Set C writes the material of a help desk that sits on an issue tracker and a contact centre: the agent's
reply, internal comments with @-mentions and request participants, a call-quality review form, an incident
post-mortem's timeline naming the on-call staff, a CRM call log, a reply in an operator's community forum,
a mailing-list reply with quoted text, a support team's chat channel and pasted machine lines. Names come
as full names, first names alone, surnames after an honorific or alone (German colleagues' habit), chat
handles (anna.lindqvist), "@Full Name" mentions, key: value lines, signatures, initials and e-mail
addresses; around them job titles, teams, queues, products, companies, places, German nouns, Swedish
compounds and capitalised words at sentences' starts.

The shapes (never the text) follow public material other than sets A's and B's: Jira Service Management's
internal notes and request participants (su-jsm.atlassian.net/wiki/pages/viewpage.action?pageId=159971722)
and its @-mentions of customers (community.atlassian.com, the Japanese forum's article ba-p/2526420),
call-centre QA evaluation forms' header fields (legalclarity.org/how-to-complete-a-call-center-quality-
assurance-evaluation-form-sample, legalclarity.org/call-center-agent-evaluation-form-criteria-and-scoring),
incident roles and a scribe's timeline (how2.sh/posts/how-to-set-up-incident-management,
codemapo.com/en/blog/incident-management-postmortem), a customer's diary of @Telekom_hilft and technician
appointments (juergenpohl.wordpress.com/tag/intervention, freidenkerin.com/tag/probleme-mit-dem-
magentaroten-riesen, channelpartner.de/a/telekom-hilft-nicht-mehr-und-dann-doch,3050593), and Swedish
local news quoting subscribers and an operator's press officer on line faults (nsd.se/nyheter/abisko/
artikel/tjalen-satter-stopp-for-reparationer/rgpn5gpr, vt.se/nyheter/vastervik/artikel/att-inte-ha-
telefon-eller-internet-ar-ett-jakligt-stort-problem/r5nx2m1r).
"""

from __future__ import annotations

# The machine lines are the same in every language: systems write English.
MACHINE = (
    '{iso} INFO  [sip-proxy] INVITE sip:{num}@pbx.example.com from="{C.full}" <sip:{num}@example.com>',
    "{syslog} pbx01 asterisk[{num}]: NOTICE: Registration from '\"{A.caps}\" <sip:{ext3}@10.0.4.12>' failed",
    '{iso} WARN  [crm-sync] contact {num} owner={A.email} display_name="{C.capsrev}" skipped: duplicate',
    "{iso} INFO  [acd] queue=support_{ext} agent={A.handle} state=WRAPUP caller={phone}",
    "{iso} DEBUG [helpdesk] assignee changed: {K.handle} -> {A.handle} (ticket {ticket})",
    "{syslog} voicemail[{num}]: new message for mailbox {ext3} ({A.lastfirst}) from {phone}",
    "{iso} ERROR [mailer] bounce for {C.email}: 550 5.1.1 mailbox unavailable",
    "{iso} INFO  [oncall] page sent to {K.full} via sms, escalation level 1",
)

SWEDISH: dict[str, tuple[str, ...]] = {
    "subject": (
        "Ingen ton i fasta telefonen sedan {weekday}",
        "Faktura {month} stämmer inte – ärende för {C.full}",
        "Problem med {product}: startar om hela tiden",
        "Flytt av bredband till {street}, {city}",
        "Växeln kopplar inte vidare samtal till kö {queue}",
        "Uppföljning: tekniker kom aldrig ({C.last})",
        "Portering av nummer {phone}",
        "Fiberboxen blinkar rött efter strömavbrottet",
    ),
    "greeting": ("Hej!", "Hej {A.first},", "Hej support,", "Hejsan,", "God morgon,", "Hej igen {A.first}!"),
    "customer": (
        "Vi har haft problem med {product} sedan i {weekday}s och inget har hjälpt.",
        "Jag pratade med {A.first} på telefon förra veckan, som lovade att någon skulle ringa tillbaka.",
        "Min sambo {P.first} har startat om fiberboxen två gånger utan att det blev bättre.",
        "Teknikern som skulle komma den {date} dök aldrig upp, trots att vi var hemma hela dagen.",
        "Enligt {A.full} på er kundtjänst skulle felet vara åtgärdat inom 48 timmar.",
        "Abonnemanget står på {P.full} men det är jag som sköter allt.",
        "Grannen {P.first} har samma operatör och har inga problem alls.",
        "Fakturan för {month} är nästan dubbelt så hög som vanligt.",
        "Det är hopplöst att komma fram på telefon, jag satt i kö i fyrtio minuter igår.",
        "Kan ni be {A.last} att ringa mig på {phone} efter klockan fyra?",
        "Föreningens kontaktperson {P.full} säger att felet ligger hos er och inte i fastighetsnätet.",
        "Hemtjänsten behöver kunna nå min mamma, så det här är ganska bråttom.",
        "Ärendenumret jag fick av {A.first} var {ticket} om det hjälper.",
    ),
    "signoff": (
        "Mvh {C.full}",
        "Med vänliga hälsningar\n{C.full}\n{street}, {city}",
        "/{C.first}",
        "Tack på förhand!\n{C.first} {C.last}",
        "Hälsningar {C.first}",
        "MVH\n{C.caps}\nKundnummer {num}",
    ),
    "reply_greeting": ("Hej {C.first}!", "Hej {C.full},", "Hej och tack för att du hör av dig!", "Hej,"),
    "agent": (
        "Jag har tittat på ärendet och ser att {product} tappar förbindelsen flera gånger per dygn.",
        "Min kollega {K.first} har bokat en tekniker som kommer den {date} mellan 8 och 12.",
        "Beklagar att {K.first} inte ringde tillbaka som utlovat, det ska inte hända.",
        "Vi har skickat ärendet vidare till {team} som äger fastighetsnätet i {city}.",
        "Tyvärr kan vi inte ändra fakturan utan att abonnenten {C.full} godkänner det.",
        "Kreditering på 149 kronor är lagd och syns på nästa faktura.",
        "Om felet kvarstår kan du svara på det här mejlet så hamnar det direkt hos mig.",
        "Driftinformationen för {city} visar ett planerat avbrottsfönster natten mot {weekday}.",
        "Jag har pratat med {K.full} på nätsidan och de ser inga larm på din port.",
    ),
    "agent_sign": (
        "Vänliga hälsningar\n{A.full}\nKundtjänst, {company}",
        "Mvh {A.first} / {team}",
        "Hälsningar\n{A.first} {A.last}\n{role}\nTel {phone}",
        "{A.firstinit}, {company} support",
    ),
    "jira_head": (
        "Intern kommentar – {A.full} – {date} {time}",
        "Aktivitet ({ticket}) · Intern anteckning",
        "Förfrågningsdeltagare: {C.full}, {P.full}",
    ),
    "jira": (
        "@{K.full} kan du kolla portstatus i {city}? Kunden väntar.",
        "{K.handle} tog över ärendet från {A.handle} efter lunch.",
        "Rapportör: {C.full} <{C.email}>",
        "Ansvarig: {A.full}",
        "Tilldelad {team}, prioritet Hög. /{A.first}",
        "Ringde {C.hon} kl {time}, inget svar, lämnade röstmeddelande.",
        "Kunden har lagt till {P.full} som deltagare i förfrågan.",
        "@{K.first} detta är samma fel som förra veckan på {street}, kolla gärna det gamla ärendet.",
        "Eskalerat till {role} enligt rutin, {K.last} informerad.",
        "Status ändrad: Väntar på kund → Pågår ({A.lastfirst})",
    ),
    "qa_head": (
        "Samtalsgranskning – kvalitetsuppföljning",
        "QA-bedömning {date}",
        "Kvalitetsgranskning av samtal",
    ),
    "qa": (
        "Agent: {A.full} (anst.nr {num})",
        "Granskare: {K.full}",
        "Samtals-ID: {num} · Kö: {queue} · Kanal: Telefon",
        "Kund: {C.rev}",
        "Hälsning och identifiering: 8/10 – {A.first} bekräftade inte personnumret.",
        "Kommentar: Bra ton, men {A.first} lovade återkoppling utan att skapa uppgift.",
        "Coachning bokad med teamledare {K.first} på {weekday}.",
        "Totalpoäng 82 %, godkänt. Signerat {K.init}",
    ),
    "incident_head": (
        "Händelserapport: avbrott i {product}-plattformen {date}",
        "Efteranalys (blameless) – störning {ticket}",
    ),
    "incident": (
        "{time} Larm från övervakningen, jouren ({K.full}) sökt via personsökare.",
        "{time} {K.first} bekräftar larmet och öppnar incidentkanalen.",
        "{time} Incidentledare: {A.full}. Kommunikation: {P.full}.",
        "{time} {A.first} beslutar att rulla tillbaka senaste ändringen i {product}.",
        "{time} Kundtjänst ({team}) informerar om störningen på driftsidan.",
        "{time} Åtgärd bekräftad av {K.last}, trafiken tillbaka till normal nivå.",
        "Åtgärdspunkt: uppdatera körboken för {queue} – ägare {K.full}, klart {date}.",
        "Sekreterare: {P.firstinit}",
    ),
    "crm_head": ("Samtalslogg", "Kontakthistorik för kund {num}", "Aktiviteter – {C.full}"),
    "crm": (
        "{date} {time} Inkommande, {A.first}: kund ringde om {product}, felsökt, startat om.",
        "{date} {time} Utgående, {A.full}: sökt kund, ej svar.",
        "{date} {time} Mejl från {C.email} – bifogad faktura.",
        "{date} {time} {K.handle}: återuppringning bokad {weekday} förmiddag.",
        "{date} {time} Samtal med anhörig {P.first} som har fullmakt.",
        "{date} {time} Inkommande: {C.hon} arg över väntetiden, erbjuden kreditering.",
        "Kontaktperson: {C.lastfirst} · Tel {phone}",
    ),
    "forum_head": (
        'Svar i tråden "Bredbandet dör varje kväll" i {company}s community',
        "Inlägg av {K.short} (moderator) i forumet",
        "Re: Ingen tv-signal i {city}",
    ),
    "forum": (
        "Hej {C.short}! Jag har skickat ett privat meddelande till dig så vi kan titta på ditt konto.",
        "Tack {C.first} för att du återkom, skönt att det löste sig.",
        "Som {P.short} skrev ovan brukar det hjälpa att byta nätverkskabel.",
        "Jag har samma problem i {city} och har haft det sedan {month}.",
        "Vi har en kabelskada i området, våra tekniker jobbar på det enligt {K.first} i driftgruppen.",
        "Markerar tråden som löst. /{K.short}, {company} Community",
        'Citat från {P.short}: "Det har varit så här sedan stormen."',
    ),
    "quote_header": (
        "Den {date} {time} skrev {C.full} <{C.email}>:",
        "{date} kl. {time} skrev {A.full}:",
        "-----Ursprungligt meddelande-----\nFrån: {C.full}\nSkickat: {date} {time}\n"
        "Till: Kundtjänst\nÄmne: Felanmälan",
    ),
    "quote": (
        "Hej, jag väntar fortfarande på teknikern.",
        "Har pratat med {A.first} två gånger nu utan resultat.",
        "Lampan på fiberboxen lyser orange.",
        "Min granne {P.full} har också fått samma brev.",
        "Hälsningar {C.first}",
    ),
    "quote_reply": (
        "Tack {C.first}, jag kollar med {K.first} och återkommer i dag.",
        "Det där ska vara löst nu, säg till om inte.",
        "Vi har lagt in en ny tid med {team}.",
    ),
    "slack_agent": (
        "{A.first} {time}: någon som vet varför kö {queue} står still?",
        "{A.handle} {time}: ringer upp {C.last} nu, har väntat sedan i morse",
        "{A.first} {time}: tack {K.first}!",
        "{A.first} {time}: @{K.handle} du har ett ärende från {city} som är ditt",
    ),
    "slack_colleague": (
        "{K.first} {time}: kolla driftsidan, det är avbrott i {city}",
        "{K.handle} {time}: jag tar den, {A.first}",
        "{K.first} {time}: {P.full} från {company} ringde också om samma sak",
        "{K.first} {time}: Lunch nu, tillbaka 13",
    ),
    "log_head": ("Utdrag ur loggen:", "Loggrader från växeln:"),
    "machine": MACHINE,
}

GERMAN: dict[str, tuple[str, ...]] = {
    "subject": (
        "Kein Freizeichen seit {weekday}",
        "Störung Anschluss {street}, {city}",
        "Rechnung {month} fehlerhaft – Kundennummer {num}",
        "Technikertermin nicht eingehalten ({C.last})",
        "Rufnummernmitnahme {phone}",
        "{product} verliert ständig die Verbindung",
        "Rückruf erbeten: {C.full}",
        "Warteschleife {queue} leitet nicht weiter",
    ),
    "greeting": (
        "Sehr geehrte Damen und Herren,",
        "Hallo {A.first},",
        "Guten Tag,",
        "Hallo zusammen,",
        "Sehr geehrte{A.ehrte} {A.hon},",
        "Moin,",
    ),
    "customer": (
        "Seit {weekday} habe ich an meinem Anschluss kein Internet und auch kein Telefon.",
        "An der Hotline hatte mir {A.hon} einen Rückruf zugesagt, der nie kam.",
        "Der Techniker sollte am {date} zwischen 14 und 18 Uhr kommen, es kam aber niemand.",
        "Bei uns hat {P.first} den Router schon dreimal neu gestartet.",
        "Laut {A.full} von der Hotline sei die Störung inzwischen behoben, das stimmt aber nicht.",
        "Der Vertrag läuft auf {P.full}, ich kümmere mich aber um alles.",
        "Bei {P.hond} im Nachbarhaus funktioniert alles einwandfrei.",
        "Die Rechnung für {month} ist fast doppelt so hoch wie sonst.",
        "Ich habe heute 35 Minuten in der Warteschleife verbracht und wurde dann einfach rausgeworfen.",
        "Könnte {A.last} mich bitte unter {phone} zurückrufen?",
        "Als Selbstständige brauche ich den Anschluss, meine Kanzlei ist seit Tagen nicht erreichbar.",
        "Auf Twitter hat mir {K.first} von Ihrem Social-Media-Team geschrieben, ich solle mich hier melden.",
        "Die Vorgangsnummer, die mir {A.hon} gegeben hat, lautet {ticket}.",
    ),
    "signoff": (
        "Mit freundlichen Grüßen\n{C.full}",
        "MfG {C.full}",
        "Viele Grüße\n{C.first}",
        "Gruß {C.first} {C.last}\n{street}\n{city}",
        "Mit freundlichen Grüßen\n{C.hon}",
        "LG {C.short}",
    ),
    "reply_greeting": (
        "Sehr geehrte{C.ehrte} {C.hon},",
        "Hallo {C.first},",
        "Guten Tag {C.full},",
        "Hallo,",
    ),
    "agent": (
        "vielen Dank für Ihre Nachricht und entschuldigen Sie bitte die Unannehmlichkeiten.",
        "Ich habe Ihren Anschluss durchgemessen und sehe eine Störung am Verteilerkasten.",
        "Ein neuer Technikertermin für den {date} wurde von {K.hond} eingestellt.",
        "Dass der Rückruf von {K.first} nicht erfolgt ist, tut mir leid.",
        "Die Gutschrift über 12,50 Euro erscheint auf Ihrer nächsten Rechnung.",
        "Ich habe den Vorgang an das Team {team} weitergegeben, das für {city} zuständig ist.",
        "Laut Rücksprache mit {K.full} aus der Netztechnik liegt ein Kabelschaden vor.",
        "Bitte antworten Sie direkt auf diese E-Mail, dann landet sie wieder bei mir.",
        "Ohne Vollmacht des Vertragsinhabers {C.full} darf ich leider keine Änderungen vornehmen.",
    ),
    "agent_sign": (
        "Freundliche Grüße\n{A.full}\nKundenservice {company}",
        "Viele Grüße\n{A.first} / {team}",
        "Mit freundlichen Grüßen\n{A.init}\n{role}",
        "Beste Grüße, {A.first} {A.last}",
    ),
    "jira_head": (
        "Interne Notiz – {A.full} – {date} {time}",
        "Aktivität ({ticket}) · Kommentar intern",
        "Anfrageteilnehmer: {C.full}, {P.full}",
    ),
    "jira": (
        "@{K.full} kannst du bitte die Leitung in {city} messen? Kundin wartet.",
        "{K.handle} hat den Vorgang von {A.handle} übernommen.",
        "Melder: {C.full} <{C.email}>",
        "Bearbeiter: {A.full}",
        "Zugewiesen an {team}, Priorität Hoch. Gruß {A.first}",
        "{C.hond} um {time} angerufen, nicht erreicht, Mailbox besprochen.",
        "Kunde hat {P.full} als Anfrageteilnehmer hinzugefügt.",
        "@{K.first} gleicher Fehler wie letzte Woche in der {street}, schau mal in den alten Vorgang.",
        "{K.last} meinte, das Ticket gehört eigentlich zur Entstörung.",
        "Eskaliert an {role}, {K.hond} informiert.",
        "Status: Warten auf Kunde → In Bearbeitung ({A.lastfirst})",
    ),
    "qa_head": ("Gesprächsbewertung – Qualitätssicherung", "QS-Bewertung {date}", "Mithörbogen"),
    "qa": (
        "Mitarbeiter: {A.full} (Personalnr. {num})",
        "Bewerter: {K.full}",
        "Anruf-ID: {num} · Warteschlange: {queue} · Kanal: Telefon",
        "Kunde: {C.rev}",
        "Begrüßung und Legitimation: 8/10 – {A.first} hat das Kundenkennwort nicht abgefragt.",
        "Anmerkung: Freundlicher Ton, aber {A.last} hat keinen Rückruf eingestellt.",
        "Coaching mit Teamleiter {K.first} am {weekday} geplant.",
        "Gesamtpunktzahl 79 %, bestanden. Gez. {K.init}",
    ),
    "incident_head": (
        "Störungsbericht: Ausfall {product} am {date}",
        "Post-Mortem (ohne Schuldzuweisung) – Vorgang {ticket}",
    ),
    "incident": (
        "{time} Alarm aus dem Monitoring, Rufbereitschaft ({K.full}) per SMS alarmiert.",
        "{time} {K.first} bestätigt den Alarm und eröffnet den Incident-Kanal.",
        "{time} Incident-Verantwortlicher: {A.full}, Kommunikation: {P.full}.",
        "{time} {A.last} entscheidet, die letzte Änderung an {product} zurückzurollen.",
        "{time} Kundenservice ({team}) schaltet eine Ansage in der Hotline.",
        "{time} Wiederherstellung bestätigt durch {K.hond}, Verkehr normal.",
        "Maßnahme: Betriebshandbuch für {queue} aktualisieren – verantwortlich {K.full}, bis {date}.",
        "Protokoll: {P.firstinit}",
    ),
    "crm_head": ("Kontakthistorie", "Anrufprotokoll Kunde {num}", "Aktivitäten – {C.full}"),
    "crm": (
        "{date} {time} Eingehend, {A.first}: Kunde meldet Ausfall {product}, Neustart durchgeführt.",
        "{date} {time} Ausgehend, {A.full}: Kunde nicht erreicht.",
        "{date} {time} E-Mail von {C.email} – Rechnung angehängt.",
        "{date} {time} {K.handle}: Rückruf für {weekday} vormittags vereinbart.",
        "{date} {time} Gespräch mit Angehörigen ({P.first}), Vollmacht liegt vor.",
        "{date} {time} Eingehend: {C.hon} verärgert wegen Wartezeit, Gutschrift angeboten.",
        "Ansprechpartner: {C.lastfirst} · Tel. {phone}",
    ),
    "forum_head": (
        'Antwort im Thema "DSL bricht abends ab" in der {company} Community',
        "Beitrag von {K.short} (Team) im Forum",
        "Re: Kein Empfang in {city}",
    ),
    "forum": (
        "Hallo {C.short}, ich habe dir eine private Nachricht geschickt, damit wir deinen Anschluss prüfen.",
        "Danke {C.first} für die Rückmeldung, freut mich, dass es wieder läuft.",
        "Wie {P.short} oben schon schrieb, hilft oft ein Werksreset.",
        "Bei mir in {city} dasselbe seit {month}, ich bin genervt.",
        "Laut {K.first} aus der Technik gibt es einen Kabelschaden im Ortsnetz.",
        "Ich markiere das Thema als gelöst. Gruß {K.short} vom {company} Team",
        'Zitat von {P.short}: "Seit dem Gewitter geht gar nichts mehr."',
    ),
    "quote_header": (
        "Am {date} um {time} schrieb {C.full} <{C.email}>:",
        "{C.full} schrieb am {date}:",
        "-----Ursprüngliche Nachricht-----\nVon: {C.full}\nGesendet: {date} {time}\n"
        "An: Kundenservice\nBetreff: Störung",
    ),
    "quote": (
        "Ich warte immer noch auf den Techniker.",
        "Habe schon zweimal mit {A.first} telefoniert, ohne Ergebnis.",
        "Die DSL-Lampe blinkt nur noch.",
        "Im Haus hat auch {P.full} denselben Brief bekommen.",
        "Gruß {C.first}",
    ),
    "quote_reply": (
        "Danke {C.first}, ich kläre das mit {K.first} und melde mich heute noch.",
        "Das sollte jetzt erledigt sein, geben Sie bitte Bescheid, falls nicht.",
        "Ein neuer Termin mit {team} ist eingestellt.",
    ),
    "slack_agent": (
        "{A.first} {time}: weiß jemand, warum die Schlange {queue} hängt?",
        "{A.handle} {time}: rufe {C.hond} jetzt zurück, wartet seit heute früh",
        "{A.first} {time}: danke {K.first}!",
        "{A.first} {time}: @{K.handle} da ist ein Ticket aus {city} für dich",
    ),
    "slack_colleague": (
        "{K.first} {time}: schau mal auf die Störungsseite, Ausfall in {city}",
        "{K.handle} {time}: übernehme ich, {A.first}",
        "{K.first} {time}: {P.full} von {company} hat auch deswegen angerufen",
        "{K.last} {time}: Mittagspause, bin um 13 Uhr zurück",
    ),
    "log_head": ("Auszug aus dem Log:", "Logzeilen der Telefonanlage:"),
    "machine": MACHINE,
}

ENGLISH: dict[str, tuple[str, ...]] = {
    "subject": (
        "No dial tone since {weekday}",
        "Wrong charges on {month} invoice – {C.full}",
        "{product} keeps rebooting",
        "Moving broadband to {street}, {city}",
        "Calls not forwarded from queue {queue}",
        "Follow-up: engineer never showed ({C.last})",
        "Number porting {phone}",
        "Escalation request for {C.first}",
    ),
    "greeting": ("Hi,", "Hello {A.first},", "Hi team,", "Good morning,", "Dear Support,", "Hey {A.first}"),
    "customer": (
        "Our {product} has been dropping calls since {weekday} and nothing we try fixes it.",
        "I spoke to {A.first} last week, who promised someone would call me back.",
        "My partner {P.first} already power-cycled the router twice.",
        "The engineer booked for {date} never turned up although we stayed in all day.",
        "According to {A.full} on your helpdesk the fault should have been cleared within 48 hours.",
        "The account is in the name of {P.full}, but I handle everything.",
        "My neighbour {P.hon} is with the same provider and has no problems at all.",
        "The {month} bill is almost twice what we normally pay.",
        "I waited forty minutes on hold yesterday and then got cut off.",
        "Could {A.last} ring me back on {phone} after four?",
        "Reception says the issue is on your side, not in the building wiring.",
        "Sales told me {K.first} from the {team} team would sort the porting out.",
        "The case number {A.first} gave me was {ticket}, if that helps.",
    ),
    "signoff": (
        "Thanks,\n{C.full}",
        "Kind regards\n{C.full}\n{company}",
        "Cheers, {C.first}",
        "Best,\n{C.first} {C.last}\n{role}, {company}",
        "Regards {C.first}",
        "Sent from my iPhone\n-- {C.short}",
    ),
    "reply_greeting": ("Hi {C.first},", "Dear {C.hon},", "Hello {C.full},", "Hi there,"),
    "agent": (
        "Thanks for getting back to us, and sorry for the trouble.",
        "I checked the line and can see the {product} losing sync several times a day.",
        "My colleague {K.first} has booked an engineer for {date} between 8 and 12.",
        "I'm sorry {K.first} didn't call you back as promised.",
        "A credit of £12.50 has been applied and will show on your next bill.",
        "I've passed this to {team}, who look after the network in {city}.",
        "Having spoken to {K.full} in network operations, there are no alarms on your port.",
        "Just reply to this email and it will come straight back to me.",
        "We can only change the plan with the account holder's consent, so {C.first} will need to confirm.",
    ),
    "agent_sign": (
        "Kind regards,\n{A.full}\nCustomer Support, {company}",
        "Thanks, {A.first} | {team}",
        "Best regards\n{A.first} {A.last}\n{role}\nDirect line {phone}",
        "{A.firstinit}\n{company} Support",
    ),
    "jira_head": (
        "Internal note – {A.full} – {date} {time}",
        "Activity ({ticket}) · Internal comment",
        "Request participants: {C.full}, {P.full}",
    ),
    "jira": (
        "@{K.full} can you check the port status in {city}? Customer is waiting.",
        "{K.handle} picked this up from {A.handle} after lunch.",
        "Reporter: {C.full} <{C.email}>",
        "Assignee: {A.full}",
        "Assigned to {team}, priority High. -{A.first}",
        "Called {C.hon} at {time}, no answer, left a voicemail.",
        "Customer added {P.full} as a request participant.",
        "@{K.first} same fault as last week on {street}, check the old ticket.",
        "Escalated to {role} per runbook, {K.last} in the loop.",
        "Status changed: Waiting for customer → In progress ({A.lastfirst})",
        "Per {K.gen} note the fibre was re-spliced on {weekday}.",
    ),
    "qa_head": ("Call quality review", "QA evaluation {date}", "Quality scorecard"),
    "qa": (
        "Agent: {A.full} (employee ID {num})",
        "Evaluator: {K.full}",
        "Call ID: {num} · Queue: {queue} · Channel: Phone",
        "Customer: {C.rev}",
        "Greeting and verification: 8/10 – {A.first} did not confirm the date of birth.",
        "Comments: Good rapport, but {A.first} promised a callback without logging a task.",
        "Coaching booked with team lead {K.first} on {weekday}.",
        "Overall 84%, pass. Signed {K.init}",
    ),
    "incident_head": (
        "Post-incident review: {product} outage on {date}",
        "Blameless postmortem – incident {ticket}",
    ),
    "incident": (
        "{time} Alert fired, primary on-call ({K.full}) paged.",
        "{time} {K.first} acknowledged and opened the incident channel.",
        "{time} Incident commander: {A.full}. Comms lead: {P.full}.",
        "{time} {A.first} decided to roll back the last {product} change.",
        "{time} Support ({team}) posted a banner on the status page.",
        "{time} Recovery confirmed by {K.last}, traffic back to normal.",
        "Action item: update the {queue} runbook – owner {K.full}, due {date}.",
        "Scribe: {P.firstinit}",
    ),
    "crm_head": ("Call log", "Contact history for account {num}", "Activities – {C.full}"),
    "crm": (
        "{date} {time} Inbound, {A.first}: customer reported {product} fault, rebooted remotely.",
        "{date} {time} Outbound, {A.full}: no answer.",
        "{date} {time} Email from {C.email} – invoice attached.",
        "{date} {time} {K.handle}: callback booked for {weekday} morning.",
        "{date} {time} Spoke to the customer's relative {P.first}, who holds power of attorney.",
        "{date} {time} Inbound: {C.hon} upset about hold times, credit offered.",
        "Contact: {C.lastfirst} · Tel {phone}",
    ),
    "forum_head": (
        'Reply in "Broadband drops every evening" on the {company} Community',
        "Post by {K.short} (Community Team)",
        "Re: No signal in {city}",
    ),
    "forum": (
        "Hi {C.short}, I've sent you a private message so we can take a look at your account.",
        "Thanks {C.first} for letting us know, glad it's sorted.",
        "As {P.short} said above, swapping the ethernet cable often helps.",
        "Same here in {city} since {month}, really fed up.",
        "There's a cable fault in the area; {K.first} from our field team is on it.",
        "Marking this as solved. {K.short}, {company} Community Team",
        'Quoting {P.short}: "It\'s been like this since the storm."',
    ),
    "quote_header": (
        "On {date}, at {time}, {C.full} <{C.email}> wrote:",
        "{A.full} wrote on {date}:",
        "From: {C.full}\nSent: {date} {time}\nTo: Support\nSubject: Fault report",
    ),
    "quote": (
        "Still waiting for the engineer.",
        "I've called {A.first} twice now with no result.",
        "The light on the ONT is amber.",
        "My neighbour {P.full} got the same letter.",
        "Thanks, {C.first}",
    ),
    "quote_reply": (
        "Thanks {C.first}, I'll check with {K.first} and get back to you today.",
        "That should be fixed now, let me know if not.",
        "We've booked a new slot with {team}.",
    ),
    "slack_agent": (
        "{A.first} {time}: anyone know why the {queue} queue is stuck?",
        "{A.handle} {time}: calling {C.last} back now, waiting since this morning",
        "{A.first} {time}: thanks {K.first}!",
        "{A.first} {time}: @{K.handle} there's a ticket from {city} for you",
    ),
    "slack_colleague": (
        "{K.first} {time}: check the status page, outage in {city}",
        "{K.handle} {time}: I'll take it, {A.first}",
        "{K.first} {time}: {P.full} from {company} called about the same thing",
        "{K.first} {time}: Lunch, back at 1",
    ),
    "log_head": ("Log excerpt:", "Lines from the PBX log:"),
    "machine": MACHINE,
}

TEMPLATES = {"sv": SWEDISH, "de": GERMAN, "en": ENGLISH}

VOCABULARY: dict[str, dict[str, tuple[str, ...]]] = {
    "sv": {
        "product": (
            "fiberboxen",
            "Zyxel VMG8825",
            "Inteno EG400",
            "Yealink T54W",
            "Bredband Plus",
            "IP-telefonin",
        ),
        "city": ("Örebro", "Västervik", "Kiruna", "Sundsvall", "Lindesberg", "Borlänge"),
        "street": ("Storgatan 14", "Kvarnbacksvägen 3", "Björkhagsgränd 7", "Sjöviksvägen 22"),
        "company": ("Norrlandsnät", "Bygg & Fastighet AB", "Stadsnätet", "Lindholmens Fiberförening"),
        "queue": ("Företag Växel", "Felanmälan", "Fakturafrågor", "Flytt"),
        "team": ("Nätdrift", "Teknisk support nivå 2", "Fältservice Mitt", "Kundvård"),
        "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag"),
        "month": ("januari", "mars", "maj", "augusti", "oktober", "december"),
        "role": ("Teamledare", "Driftansvarig", "Kundansvarig", "Supporttekniker"),
    },
    "de": {
        "product": ("Speedport Smart 4", "FRITZ!Box 7590", "MagentaZuhause", "Snom D785", "Gigaset C430"),
        "city": ("Donaueschingen", "Kempten", "Bamberg", "Oldenburg", "Gütersloh", "Neuss"),
        "street": ("Josefstraße 12", "Wasserstraße 4", "Am Lindenhof 9", "Bahnhofstraße 31"),
        "company": ("Stadtwerke Neuss", "Kabelnetz Süd GmbH", "Müllerbau KG", "Glasfaser Plus"),
        "queue": ("Entstörung", "Geschäftskunden", "Rechnungsfragen", "Umzug"),
        "team": ("Netztechnik", "2nd Level Support", "Außendienst Süd", "Kundenbindung"),
        "weekday": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"),
        "month": ("Januar", "März", "Mai", "August", "Oktober", "Dezember"),
        "role": ("Teamleiter", "Schichtleitung", "Kundenbetreuer", "Servicetechniker"),
    },
    "en": {
        "product": ("Hub 3", "Polycom VVX 450", "Smart Router 2", "Fibre 500", "Teams Phone", "Cisco 8841"),
        "city": ("Leeds", "Bristol", "Swindon", "Derby", "Reading", "Norwich"),
        "street": ("Mill Lane 4", "Victoria Road 18", "Church Street 2", "Park Avenue 77"),
        "company": ("Northgate Logistics", "Harper & Sons", "Brightwave", "Riverside Dental"),
        "queue": ("Billing", "Faults", "Business Voice", "Moves"),
        "team": ("Network Ops", "Tier 2", "Field Services North", "Customer Care"),
        "weekday": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
        "month": ("January", "March", "May", "August", "October", "December"),
        "role": ("Team Lead", "Duty Manager", "Account Manager", "Support Engineer"),
    },
}

SECTION_TITLES = {"sv": {"subject": "Ämne: "}, "de": {"subject": "Betreff: "}, "en": {"subject": "Subject: "}}

PLANS = {
    "reply": (
        (("reply_greeting",), 1, 1, "", "line"),
        (("agent",), 2, 4, "", "run"),
        (("agent_sign",), 1, 1, "", "line"),
    ),
    "jira": ((("jira_head",), 1, 1, "", "line"), (("jira",), 2, 5, "", "line")),
    "qa": ((("qa_head",), 1, 1, "", "line"), (("qa",), 3, 6, "", "line")),
    "incident": ((("incident_head",), 1, 1, "", "line"), (("incident",), 3, 6, "", "line")),
    "crm": ((("crm_head",), 1, 1, "", "line"), (("crm",), 2, 5, "", "line")),
    "forum": ((("forum_head",), 1, 1, "", "line"), (("forum",), 2, 3, "", "run")),
    "mail": (
        (("quote_reply",), 1, 2, "", "run"),
        (("quote_header",), 1, 1, "", "line"),
        (("quote",), 1, 3, "> ", "line"),
    ),
    "slack": ((("slack_agent", "slack_colleague"), 2, 6, "", "line"),),
    "log": ((("log_head",), 1, 1, "", "line"), (("machine",), 2, 4, "", "line")),
}

SECTIONS = tuple(PLANS)
SECTION_COUNT = (3, 5)
SPEAKERS = ("slack",)
PARTICLES: dict[str, tuple[str, ...]] = {
    "sv": ("af", "von", "de"),
    "de": ("von", "von der", "zu"),
    "en": ("van", "de", "von"),
}
