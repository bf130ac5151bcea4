"""Set E of the ticket benchmark's templates (bench_tickets.py, `--templates e`): held out.

Written on 7 December 2026 by a fifth engineer who read neither sets A, B, C and D's texts (but for six of
set D's subject lines, glimpsed while reading its module's layout) nor logscrub's name finder (its
recognizers, rules and cue lists, its tests about names, the README's section on names in prose), only the
generator (bench_tickets.py), set D's module interface and the sets' docstrings (to write shapes they do not
name); not changed after its first run's figures were seen. It writes what support engineers at
telephony and contact-centre vendors (attendant consoles for Teams, workforce management, contact-centre
platforms, VoIP operators; Swedish and German markets) paste into a ticket that the other sets do not: a
tracker's issue view copied as text with its people fields (Reporter, Assignee, Watchers, Request
participants), a speech-analytics transcript of a recorded call with the agent's greeting ("Du pratar med
..."), out-of-office auto replies naming a deputy (Vertretung, ersättare), an on-call roster (jour,
Rufbereitschaft) with its handover, an attendant console's colleague list with presence and absence notes
(hänvisning), an order for a new or leaving user's extension, a number porting order with the subscriber
and the signatory, a WFM adherence report with the supervisor's comments, a queue's call history (answered
by, transferred to), a customer record's contact persons and their roles, an itemised bill per extension,
and a copied Slack thread with its reactions and reply count. Names come as full names, first names alone,
surnames after titles (Herr Dr., fru), "Last, First" and "Last First" as directories list them, in capitals
as forms and bills print them, in small letters as hurried people type them, as user names, possessives
(Swedish "Eriks", German "Beckers"), with particles and double surnames. Each language has its own texts,
written as that market writes them, not translated.

The shapes (never their text) follow public material: Jira's issue fields (innovalog.atlassian.net/wiki/
plugins/viewsource/viewpagesrc.action?pageId=1672609804) and exported user lists with display names
(coigsa.atlassian.net/wiki/pages/diffpagesbyversion.action?pageId=1048600); Genesys Cloud's voice
transcripts with speakers and timestamps (help.mypurecloud.com/articles/understand-voice-transcripts) and
the greeting with the agent's name that QA reviews look for (circulos.co/skills/transcript-analysis.md);
out-of-office replies and deputies (lebenslauf.net/abwesenheitsnotiz, www.acquisa.de/magazin/
abwesenheitsnotiz-formulieren, www.unikresurs.se/kunskapsbanken/karriar/autosvar,
fastighet.cabgroup.dk/sv-SE/support/solutions/articles/9000148224); on-call rules and rosters
(sml-it.se/beredskap.4.2b4aed02173e34a23e0d9d35.html, www.signl4.com/de/blog/erfolgreiche-rufbereitschaft-
mit-signl4-planen); attendant consoles' contact search with presence and calendar
(help.luware.com/ac/latest/using-attendant-console/user-interface/contact-search,
ac.docs.landis.cloud/settings/contacts-settings, support.telness.se/sv/articles/6475606-logga-ut-andra-
vaxelanvandare); new-starter and leaver requests (pages.edisonnetworks.net/support/how-to-request-a-new-
user-or-process-a-leaver, itservices.designmuseum.org/support/solutions/articles/30000019801,
support.onsip.com/hc/en-us/articles/204304084); number porting (nethinks.com/voip/telefonieanbieter-wechsel-
steht-an-wichtige-infos-zur-rufnummernportierung, www.cubewerk.de/2016/06/24/das-1x1-der-rufnummernportierung,
support.telavox.com/sv_SE/anvandarhantering/portering-av-svenska-nummer); schedule adherence and its
exceptions (docs.aws.amazon.com/connect/latest/adminguide/definition-real-time-schedule-adherence.html,
help.brightpattern.com/5.19:Workforce-management/Real-Time-Adherence, docs.staging.frontlinehq.io/wfm/
adherence); call records per extension (docs.auerswald.de/COMtrexx/Help_V08_de/Help/
gespraechsdaten_concept.html, help.sipgate.de/hc/de/articles/4403668370449); Slack threads' replies and
reactions (github.com/Klavis-AI/klavis pull 848, github.com/ltworf/localslackirc issue 128).
"""

from __future__ import annotations

from ticket_steps import Step

SECTIONS = (
    "export",
    "transcript",
    "absence",
    "oncall",
    "presence",
    "provisioning",
    "porting",
    "adherence",
    "callhistory",
    "contacts",
    "invoice",
    "thread",
)
SECTION_COUNT = (2, 4)
# A transcript's turns and a Slack thread's messages start with who speaks.
SPEAKERS = ("transcript", "thread")
PARTICLES = {"sv": ("af", "von", "de"), "de": ("von", "van", "zu", "von der"), "en": ("van", "de", "von")}

SECTION_TITLES = {
    "sv": {"subject": "Ärende: "},
    "de": {"subject": "Betreff: "},
    "en": {"subject": "Subject: "},
}


def _headed(
    head: str,
    body: tuple[str, ...],
    least: int,
    most: int,
    tail: str = "",
    tail_most: int = 2,
    layout: str = "run",
) -> tuple[Step, ...]:
    """Most sections: a heading line, `least` to `most` lines from `body` (its sources in turn), then one to
    `tail_most` closing sentences from `tail` laid out as `layout` ("line" or "run")."""
    steps: list[Step] = [((head,), 1, 1, "", "line"), (body, least, most, "", "line")]
    if tail:
        steps.append(((tail,), 1, tail_most, "", layout))
    return tuple(steps)


# Each step: (sources taken in turn, least and most count, prefix, "line" or "run").
PLANS = {
    "export": _headed("export_head", ("export_field",), 4, 7, "export_comment", 2, "line"),
    "transcript": _headed("transcript_head", ("transcript_agent", "transcript_customer"), 4, 8),
    "absence": (
        (("absence_head",), 1, 1, "", "line"),
        (("absence_body",), 2, 3, "", "run"),
        (("absence_sign",), 1, 1, "", "line"),
    ),
    "oncall": _headed("oncall_head", ("oncall_row",), 3, 5, "oncall_note", 2, "line"),
    "presence": _headed("presence_head", ("presence_row",), 3, 5, "presence_note"),
    "provisioning": _headed("prov_head", ("prov_field",), 4, 7, "prov_text"),
    "porting": _headed("port_head", ("port_field",), 4, 6, "port_text"),
    "adherence": _headed("adh_head", ("adh_row",), 3, 5, "adh_comment", 2, "line"),
    "callhistory": _headed("calls_head", ("calls_row",), 3, 6),
    "contacts": _headed("contact_head", ("contact_row",), 3, 5, "contact_note"),
    "invoice": _headed("invoice_head", ("invoice_row",), 3, 5, "invoice_text"),
    "thread": _headed("thread_post", ("thread_reply",), 2, 4, "thread_footer", 1, "line"),
}

VOCABULARY = {
    "sv": {
        "product": (
            "Växelkonsolen", "Receptionsklienten", "Samtalsportalen", "Teams Operatör", "KundflödeOne",
            "Mobila Växeln", "Schemaplaneraren", "InsiktsRapport",
        ),
        "queue": (
            "Huvudnumret", "Kö Kundservice", "Support Nivå 1", "Bokningskön", "Kö Felanmälan", "Växelkö 2",
        ),
        "team": ("Team Telefoni", "Kundservice Väst", "Drift & Nät", "Planeringsteamet", "IT-servicedesken"),
        "company": (
            "Hedlunds Åkeri AB", "Kvarnbergs Fastighets AB", "Brännström Revision", "Västkustens Vatten AB",
            "Stiftelsen Ekbacken", "Norrbyns Elnät", "Åkesson Bygg & Montage", "Region Mellersta",
        ),
        "city": ("Skellefteå", "Halmstad", "Norrköping", "Falun", "Karlskrona", "Umeå", "Eskilstuna"),
        "street": ("Hamngatan 8", "Kyrkvägen 19", "Järnvägsgatan 3", "Verkstadsgatan 14", "Torggatan 2A"),
        "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag"),
        "month": ("februari", "april", "juni", "september", "november"),
        "site": (
            "kontoret i Solna", "Lager Syd", "huvudkontoret", "filialen i Borlänge", "Vårdcentralen Öster",
        ),
        "noun": (
            "Hänvisning visas inte", "Fel kö efter stängning", "Överkoppling tappas", "Licens saknas",
            "Nattkoppling aktiveras för tidigt",
        ),
        "topic": (
            "Re: Offert telefoni", "Möte om ny växel", "Faktura för maj", "SV: Porteringsdatum",
            "Kölayout Kundservice",
        ),
        "role": (
            "receptionist", "växelansvarig", "IT-tekniker", "gruppchef", "ekonomiassistent", "kundansvarig",
        ),
        "dept": ("Ekonomi", "Kundtjänst", "Lön & HR", "Inköp", "Reception", "Teknik"),
        "device": ("Yealink W76P", "Poly Sync 20", "Jabra Evolve2 65", "Snom M900", "Cisco 8851"),
        "licence": (
            "Teams Phone Standard", "E5", "Operatörslicens Plus", "Agentlicens Bas", "Mobil Obegränsad",
        ),
        "reason": ("Semester", "Lunch", "Möte", "Sjuk", "Tjänsteresa", "Utbildning", "Föräldraledig"),
        "status": ("Tillgänglig", "Upptagen", "I samtal", "Borta", "Stör ej", "Offline"),
        "activity": ("Telefon", "Lunch", "Rast", "Utbildning", "Mejl", "Möte"),
        "reaction": (":+1:", ":eyes:", ":white_check_mark:", ":pray:", ":fire:"),
        "cause": (
            "ett fel i vidarekopplingen", "en utgången operatörslicens", "fel prioritet i kön",
            "en gammal regel i nattkopplingen", "att kalenderkopplingen tappat behörighet",
        ),
    },
    "de": {
        "product": (
            "Vermittlungskonsole", "Empfangsplatz Pro", "CallFlow Manager", "Teams Vermittlung",
            "Kundendialog 360", "Personaleinsatzplanung", "ReportCenter", "Softclient Mobil",
        ),
        "queue": (
            "Zentrale", "Hotline Privatkunden", "Störungsannahme", "Servicecenter 2", "Vertrieb Innendienst",
        ),
        "team": (
            "Team Kommunikation", "Leitstelle Nord", "Fachbereich Telefonie", "Second Level", "Netzbetrieb",
        ),
        "company": (
            "Stadtwerke Oberland GmbH", "Brinkmann Logistik GmbH & Co. KG", "Glaser Immobilien AG",
            "Landratsamt Mittelheim", "Kanzlei Förster & Partner", "Autohaus Zöllner", "Klinikum Süderfeld",
        ),
        "city": ("Bielefeld", "Kassel", "Rosenheim", "Osnabrück", "Erfurt", "Heilbronn", "Wuppertal"),
        "street": (
            "Bahnhofstraße 17", "Am Markt 3", "Industriestraße 42", "Lindenallee 9", "Hauptstraße 120",
        ),
        "weekday": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"),
        "month": ("Januar", "März", "Mai", "Juli", "Oktober"),
        "site": ("Hauptverwaltung", "Werk 2", "Niederlassung Süd", "Filiale Innenstadt", "Außenstelle Nord"),
        "noun": (
            "Abwesenheit wird nicht angezeigt", "Falsche Warteschlange nach Dienstschluss",
            "Vermittlung bricht ab", "Lizenz fehlt", "Nachtschaltung greift zu früh",
        ),
        "topic": (
            "AW: Angebot Telefonie", "Termin neue Anlage", "Rechnung Mai", "WG: Portierungstermin",
            "Anfrage",
        ),
        "role": (
            "Teamleiterin", "Sachbearbeiter", "Systemadministrator", "Empfangskraft", "Abteilungsleiter",
        ),
        "dept": ("Buchhaltung", "Personalabteilung", "Einkauf", "Kundenservice", "IT-Betrieb", "Vertrieb"),
        "device": ("Yealink T57W", "Snom D865", "Gigaset N870", "Poly VVX 450", "Jabra Speak2 75"),
        "licence": ("Teams Phone Standard", "E5", "Vermittlungslizenz", "Agent Basic", "Mobilflat Business"),
        "reason": ("Urlaub", "Mittagspause", "Besprechung", "Krank", "Dienstreise", "Schulung", "Elternzeit"),
        "status": ("Verfügbar", "Beschäftigt", "Im Gespräch", "Abwesend", "Nicht stören", "Offline"),
        "activity": ("Telefonie", "Pause", "Mittag", "Schulung", "Backoffice", "Meeting"),
        "reaction": (":+1:", ":eyes:", ":white_check_mark:", ":pray:", ":tada:"),
        "cause": (
            "eine falsche Rufumleitung", "eine abgelaufene Vermittlungslizenz", "ein falsches Routing im SBC",
            "eine vergessene Nachtschaltung", "fehlende Rechte der Kalenderanbindung",
        ),
    },
    "en": {
        "product": (
            "Switchboard Console", "Reception Desk", "FlowRouter", "Teams Attendant", "Contact Hub",
            "Shift Planner", "Insight Reports", "Mobile Softphone",
        ),
        "queue": (
            "Main Line", "Customer Care", "Tier 1 Support", "Bookings", "Faults Desk", "Accounts Queue",
        ),
        "team": ("Voice Team", "Service Desk", "Network Ops", "Resource Planning", "Customer Success"),
        "company": (
            "Harbourside Dental Group", "Whitcombe & Lyle Solicitors", "Northgate Housing Trust",
            "Pennington Freight Ltd", "Brookfield Veterinary", "Calloway Estates", "Riverside Council",
        ),
        "city": ("Leeds", "Norwich", "Cardiff", "Sheffield", "Reading", "Portland", "Columbus"),
        "street": (
            "12 Station Road", "4 Mill Lane", "88 High Street", "Unit 7, Riverside Park", "210 Elm Avenue",
        ),
        "weekday": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
        "month": ("January", "March", "June", "September", "November"),
        "site": ("the Leeds office", "the warehouse", "head office", "the Bristol branch", "the north site"),
        "noun": (
            "Absence note not shown", "Wrong queue after hours", "Transfer drops", "Licence missing",
            "Night service kicks in early",
        ),
        "topic": ("RE: Telephony quote", "New phone system meeting", "Invoice May", "FW: Port date", "Query"),
        "role": ("office manager", "receptionist", "IT coordinator", "team lead", "practice manager"),
        "dept": ("Finance", "Reception", "HR", "Procurement", "Customer Service", "Operations"),
        "device": ("Yealink T54W", "Poly CCX 500", "Jabra Evolve2 75", "Cisco 8865", "Snom D735"),
        "licence": ("Teams Phone Standard", "E5", "Attendant Plus", "Agent Basic", "Unlimited Mobile"),
        "reason": (
            "Annual leave", "Lunch", "In a meeting", "Sick", "Travelling", "Training", "Parental leave",
        ),
        "status": ("Available", "Busy", "In a call", "Away", "Do not disturb", "Offline"),
        "activity": ("Phone", "Break", "Lunch", "Training", "Admin", "Meeting"),
        "reaction": (":+1:", ":eyes:", ":white_check_mark:", ":pray:", ":raised_hands:"),
        "cause": (
            "a wrong forwarding rule", "an expired attendant licence", "the wrong queue priority",
            "an old out-of-hours rule", "the calendar connector losing its consent",
        ),
    },
}  # fmt: skip

TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "sv": {
        "subject": (
            "Hänvisningar syns inte i {product}",
            "Samtal till {queue} hamnar i nattkopplingen mitt på dagen",
            "Ny medarbetare behöver anknytning – {C.full}",
            "Portering av huvudnummer för {company}",
            "VB: Frånvaromeddelande: {K.full}",
            "Fakturan för {month} stämmer inte",
            "Följsamhetsrapporten visar fel för {K.first}",
            "Kontaktpersoner hos {company} behöver uppdateras",
            "Jourtelefonen ringde inte i helgen",
            "SV: ärende {ticket} – samtal tappas vid överkoppling",
            "{product}: fel status på {P.gen} profil",
            "Avslut av användare {P.lcfull}",
        ),
        "greeting": (
            "Hej {A.lc}!",
            "Tjena,",
            "Hej {A.first} och {K.first}!",
            "Hej!",
            "Hej {A.first},",
            "Hej igen {A.first}!",
            "Hejsan,",
            "God morgon!",
            "Hej support,",
            "Hej {A.short}!",
        ),
        "customer": (
            "Enligt {K.first} fungerade det innan ni bytte plattform i {month}, sedan dess har det strulat.",
            "Kan någon ringa upp mig? Jag sitter på {phone} hela eftermiddagen.",
            "Värst är det för {P.hon} på {dept}, där kommer inga samtal alls från kön.",
            "Vi har fått ett nytt nummer till {K.first} men det gamla ringer fortfarande på bordstelefonen.",
            "Jag har pratat med {K.full} som är växelansvarig här och vi är överens om att något är fel.",
            "Skärmdumpen från {product} bifogas, titta på raden för {K.lastfirst}.",
            "Var {A.gen} lösning från förra gången bara tillfällig?",
            "{K.lc} och {P.lc} har samma problem, de andra i gruppen inte.",
            "Jag fick ärendenumret {ticket} av {A.full} i telefon i går.",
            "Det är inte akut men vore bra om det var fixat till {weekday}.",
            "Vi är ett fyrtiotal användare på {site} och alla påverkas.",
            "Jag skickade samma fråga till {A.email} men har inte fått något svar.",
            (
                "Så fort någon står som Upptagen i Teams går samtalet vidare till {K.first} i stället för "
                "till röstbrevlådan."
            ),
            "Vi har sedan i {weekday}s problem med att {product} inte visar kollegornas hänvisningar.",
            "Receptionen ser bara grönt på alla, även på {K.full} som är på semester hela veckan.",
            (
                "Det här är {K.gen} nummer som ska flyttas, hon har haft det i tjugo år och vill gärna "
                "behålla det."
            ),
            (
                "Jag bifogar ett utdrag ur samtalshistoriken där man ser att samtalet kopplades till "
                "{K.first} men aldrig kom fram."
            ),
            (
                "{P.full} på {company} ringde mig i morse och var rätt irriterad, hon hade försökt nå oss i "
                "en kvart."
            ),
            (
                "Kan ni kolla varför {K.lastfirst} fortfarande står som aktiv i kön trots att hon slutade i "
                "{month}?"
            ),
            "Det gäller alltså användaren {K.handle}, inte den gamla kontot med samma namn.",
            (
                "Vi har pratat med {A.first} på er sida tidigare om samma sak men det kom tillbaka efter "
                "uppdateringen."
            ),
            "Jag har testat att logga ut och in i {product} men det hjälpte inte.",
            "Vår IT-tekniker {P.first} har kontrollerat brandväggen och där ser allt bra ut.",
            "Det verkar bara drabba dem som sitter på {site}, övriga kontor fungerar.",
            "Felet uppstod första gången {date} runt {time}.",
            "Som jag skrev till {A.hon} i förra veckan så behöver vi hjälp innan semestrarna börjar.",
            "{K.first} och jag har gått igenom listan och det är fyra personer som saknas.",
            "Jag är inte så teknisk själv så förklara gärna vad ni behöver från oss.",
            "Det brådskar lite eftersom {company} har avtal om svarstider med sina kunder.",
        ),
        "signoff": (
            "Mvh {C.lcfull}",
            "Hälsningar från {city}\n{C.full}",
            "MVH\n{C.caps}\n{company}",
            "Mvh\n{C.full}\n{role}, {company}",
            "Vänliga hälsningar\n{C.full}\n{dept}\nTel: {phone}",
            "Hälsningar {C.first}",
            "/{C.first}",
            "Tack på förhand!\n{C.first} {C.last}",
            "Med vänlig hälsning\n\n{C.full}\n{role}\n{company} | {street} | {city}\nVäxel: {phone}",
            "Mvh {C.firstinit}",
            "Trevlig helg!\n{C.short}",
        ),
        "export_head": (
            "[{product}] SUP-{num} {noun}",
            "Utskrift av ärende {ticket} ({date})",
            "Exporterat från servicedesken {date} {time}",
        ),
        "export_field": (
            "Rapportör: {C.full}",
            "Tilldelad: {A.full}",
            "Bevakare: {K.full}, {P.full}",
            "Förfrågningsdeltagare: {P.rev}",
            "Organisation: {company}",
            "Status: Väntar på kund",
            "Skapad: {date} {time} av {C.email}",
            "Senast uppdaterad av: {A.lastfirst}",
            "Kontaktperson på plats: {K.first} ({phone})",
            "Godkänd av: {P.caps}",
            "Ansvarig grupp: {team}",
        ),
        "export_comment": (
            "Kommentar – {A.full}, {date}: har bett {C.first} skicka en skärmdump av inställningarna.",
            "Intern anteckning ({K.full}): kunden har samma problem som i {ticket}, länkar ihop dem.",
            "{A.first} {A.last} ändrade Tilldelad från {K.full} till {A.full}.",
            "Kommentar – {C.full}: nu hände det igen, {P.first} fick inget samtal.",
            "Intern anteckning: pratat med {P.hon} på telefon, felet finns kvar.",
        ),
        "transcript_head": (
            "Transkribering av inspelat samtal {num} – {queue}, {date}, längd 06:{ext}",
            "Samtalsutskrift (automatisk) | Agent: {A.full} | Kö: {queue}",
            "Utskrift från talanalys, samtal {ticket}, kund {C.caps}",
        ),
        "transcript_agent": (
            "Agent: Och vem pratar jag med?",
            "{A.first}: Jag skickar en sammanfattning till {C.email}, och {K.first} hör av sig i morgon.",
            "Agent: {company} kundservice, du pratar med {A.first}, vad kan jag hjälpa dig med?",
            "{A.first}: Okej, då ska jag se här. Vad var ditt efternamn igen?",
            "Agent: Tack {C.first}. Och det gäller växeln på {site}, eller hur?",
            "{A.full}: Jag ser att {K.full} har ringt in om samma sak tidigare.",
            "Agent: Jag kopplar dig till {K.first} på teknik, hon kan det här bättre än jag.",
            "{A.first}: Jaha, så {P.first} får inte samtalen alls? Inte ens när hon är inloggad?",
            "Agent: Då har jag skapat ett ärende åt dig, {C.hon}. Du får ett mejl inom en stund.",
            "{A.first}: Det låter som att {P.gen} vidarekoppling fortfarande går till det gamla numret.",
        ),
        "transcript_customer": (
            "Kund: Ja hej, jag heter {C.first} och ringer från {site}.",
            "{C.first}: Nej men {P.gen} telefon ringer ju inte ens.",
            "Kund: Hej, det är {C.full} från {company}.",
            "{C.first}: {C.last}. Med dubbel s om det är det du undrar.",
            "Kund: Ja precis, och {K.first} i receptionen säger att det började i {weekday}s.",
            "{C.full}: Nej, det är bara hos oss på {site}.",
            "Kund: Kan jag få prata med {A.hond} som jag hade förra gången?",
            "Kund: Jag vet inte riktigt, {P.first} är den som brukar sköta sånt här men hon är sjuk.",
            "{C.first}: Okej, tack {A.first}, då väntar jag på mejlet.",
            "Kund: Vi ringde in förra veckan också och pratade med någon som hette {K.first} tror jag.",
        ),
        "absence_head": (
            "Automatiskt svar: {topic}",
            "Autosvar: Frånvaro {date} – {date}",
            "Frånvaromeddelande från {K.full}",
            (
                "Från: {K.full} <{K.email}>\nSkickat: {weekday} {date} {time}\nÄmne: Automatiskt svar: "
                "ärende {ticket}"
            ),
        ),
        "absence_body": (
            "Hej! Jag är på semester och är tillbaka {date}.",
            "Tack för ditt mejl. Jag har begränsad tillgång till e-post fram till {weekday}.",
            "Vid brådskande ärenden, kontakta min kollega {P.full} på {phone}.",
            "Under min frånvaro är {P.first} {P.last} ersättare, nå henne på {P.email}.",
            "Gäller det support, skicka hellre till vår servicedesk så tar {team} hand om det.",
            "Frågor om fakturor besvaras av {P.hon} på {dept}, anknytning {ext3}.",
            "Jag är föräldraledig på måndagar och fredagar, {P.gen} nummer är {phone}.",
            "Ditt mejl vidarebefordras inte.",
        ),
        "absence_sign": (
            "Vänliga hälsningar {K.first}",
            "Mvh\n{K.full}\n{role} | {company}",
            "/{K.short}",
            "Hälsningar\n{K.first} {K.last}\n{dept}",
        ),
        "oncall_head": (
            "Jourlista {team}, {month}",
            "Beredskap telefoni {month}",
            "Från jourschemat i {product}:",
        ),
        "oncall_row": (
            "{date}–{date}  {P.full}  {phone}",
            "Reserv: {K.lastfirst}",
            "Jour v. {ext}: {P.caps} / backup {K.caps}",
            "v. {ext}: {K.full} ({phone}), backup {P.full}",
            "Jour {date}–{date}: {P.lastfirst}",
            "Helgjour: {K.first} {K.last}, mobil {phone}",
            "Primär: {A.full} | Sekundär: {K.full}",
            "{weekday} {time}–07:00 {P.full} tar jouren",
            "Beredskap natt: {K.caps}",
            "Eskalering efter 30 min: {P.hon}, {role}",
            "Jourhavande tekniker: {K.rev}",
        ),
        "oncall_note": (
            "{P.first} tog över jouren tidigare eftersom {K.first} var sjuk, det står inte i listan.",
            "Jourmobilen ligger hos {K.lcfull} den här veckan.",
            "Överlämning: {K.first} lämnar till {P.first} {date} kl {time}, inga öppna larm.",
            "OBS! {K.first} och {P.first} har bytt vecka, listan i {product} är inte uppdaterad.",
            "Jourtelefonen var vidarekopplad till {K.gen} privata mobil, därför kom inga SMS fram.",
            "Enligt {P.full} ringde larmet {time} men ingen svarade.",
        ),
        "presence_head": (
            "Kollegor i {product}, sökning \"{dept}\":",
            "Utdrag ur operatörens kontaktlista {date} {time}",
            "Så här såg det ut i receptionens konsol:",
        ),
        "presence_row": (
            "{K.caps} ({dept}) – {reason} – åter {date}",
            "{P.rev} | Tillgänglig | ingen kalender kopplad",
            "{K.first} {K.last}  ankn. {ext3}  {status}  Hänvisning: ring {P.first}",
            "{K.lastfirst} | {status} | Hänvisning: {reason} till {date} | Ankn. {ext3}",
            "{P.rev} – {status} – Kalender: möte till {time}",
            "{K.full} ({dept}) {status}, åter {weekday} kl {time}",
            "{P.lastfirst}   {status}   ersättare: {K.full}",
            "{K.caps} | {reason} | {phone}",
            "{P.full} – ingen hänvisning – senast aktiv {time}",
            "{K.rev}, {role} – {reason}, svarar ej",
            "{P.first} {P.last} [{status}] Notering: ring hellre {K.first}",
        ),
        "presence_note": (
            "Som ni ser står {K.first} som tillgänglig fast hon har semester.",
            "Receptionisten kopplade därför samtalet till {K.hon} och det gick till röstbrevlådan.",
            "Hänvisningen för {P.full} syns i Outlook men inte i konsolen.",
            "Det är bara hos vissa, till exempel {P.first}, som det blir fel.",
            "{K.gen} kalender är delad med alla, vi har dubbelkollat.",
        ),
        "prov_head": (
            "Beställning: ny användare",
            "Beställning: avslut av användare",
            "Ändring av användare – blankett från intranätet",
        ),
        "prov_field": (
            "Förnamn: {P.first}",
            "Efternamn: {P.last}",
            "Namn: {P.full}",
            "Startdatum: {date}",
            "Sista arbetsdag: {date}",
            "Närmaste chef: {K.full}",
            "Beställare: {C.full} ({C.email})",
            "Kopiera inställningar från: {K.lastfirst}",
            "Licens: {licence}",
            "Anknytning: {ext3}, samma som tidigare {K.full}",
            "Vidarekoppla numret till: {K.first} {K.last}",
            "Avdelning: {dept}",
            "Telefon: {device}",
        ),
        "prov_text": (
            "{P.first} ska in i kön {queue} från första dagen.",
            "När {P.full} slutar ska samtalen gå till {K.first} i stället för till röstbrevlådan.",
            "Visningsnamnet ska vara {P.full}, inte bara {P.lc} som det blev förra gången.",
            (
                "Hon heter {P.first} i tilltalsnamn men står som {P.caps} i lönesystemet, det är därför det "
                "krånglar."
            ),
            "Kan ni också ta bort {P.gen} gamla röstbrevlåda?",
        ),
        "port_head": (
            "Porteringsbegäran {num}",
            "Nummerflytt för {company}",
            "Fullmakt för portering – uppgifter från kunden",
        ),
        "port_field": (
            "Nuvarande operatör: Telia",
            "Kundens referens: {C.full}",
            "Handläggare hos oss: {A.rev}",
            "Nummerinnehavare: {C.caps}",
            "Abonnent enligt nuvarande operatör: {C.capsrev}",
            "Firmatecknare: {K.full}",
            "Kontaktperson vid porteringen: {C.first} {C.last}, {phone}",
            "Nummer: {phone}",
            "Önskat porteringsdatum: {date} kl 10:00",
            "Organisation: {company}",
            "Undertecknad av: {K.full}, {role}",
            "Adress: {street}, {city}",
        ),
        "port_text": (
            (
                "Porteringen avslogs eftersom abonnenten står som {C.capsrev} hos Telia men som {C.full} hos "
                "oss."
            ),
            "{K.full} har signerat fullmakten med BankID, bifogar kvittot.",
            "Kan ni höra med {C.hon} om numret ska flyttas med eller utan tilläggstjänster?",
            "Nummerinnehavaren är {K.gen} enskilda firma, inte aktiebolaget, så fullmakten måste göras om.",
        ),
        "adh_head": (
            "Följsamhet {date}, {team}",
            "Avvikelser mot schema – export från {product}",
            "Realtidsföljsamhet, utdrag {time}",
        ),
        "adh_row": (
            "{P.rev}: inloggad {time}, schemastart 08:00, sen 23 min",
            "{K.full} | Telefon | 94 % | OK",
            "{P.first} {P.last}   Utbildning (ej schemalagd)   0 %",
            "{K.lastfirst} | Planerat: {activity} {time}–{time} | Faktiskt: Offline | Avvikelse 14 min",
            "{P.full}: följsamhet 71 %, mål 90 %",
            "{K.rev} – {activity} – ej följsam sedan {time}",
            "Agent {K.full}, planerad {activity}, status {status}",
            "{P.caps}   {activity}   86 %",
            "{K.first} {K.last}: rast 15 min, loggad rast 41 min",
            "{P.lastfirst}  ej schemalagd men inloggad",
        ),
        "adh_comment": (
            "Kommentar från {A.full}: {K.first} satt i ett långt samtal, undantaget godkänt.",
            "Teamledaren {P.first} tycker att siffrorna är fel eftersom {K.first} var på utbildning.",
            "Avvikelsen för {K.hon} beror på att statusen inte synkas från {product}.",
            "Godkänt av {P.full} {date}.",
            "{K.gen} schema importerades två gånger, därför dubbla rader.",
        ),
        "calls_head": (
            "Samtalshistorik {queue} {date}",
            "Utdrag ur samtalsloggen, sorterat på tid:",
            "Tid | Från | Till | Besvarat av | Längd",
        ),
        "calls_row": (
            "{time} internt från {P.full} till {K.full}, 01:{ext}",
            "{time} | {phone} | {queue} | {P.lastfirst} | 11:{ext} | överkopplat",
            "{time} återuppringning bokad av {K.full} till {phone}",
            "{time} | {phone} | {queue} | {K.full} | 02:{ext}",
            "{time} inkommande {phone} → besvarat av {K.firstinit}, kopplat till {P.full}",
            "{time} {phone} missat (ringde hos {P.lastfirst} 30 s)",
            "{time} | {phone} | {queue} | – | avbrutet i kö",
            "{time} utgående från {K.full} till {phone}, 00:{ext}",
            "{time} | {phone} | vidarekopplat till röstbrevlåda {P.full}",
            "{time} {queue}: besvarat av {P.caps}, överkopplat till {K.rev}",
            "{time} inkommande, ingen svarade, hänvisning {reason} ({K.full})",
        ),
        "contact_head": (
            "Kontaktpersoner – {company}",
            "Från kundkortet i CRM:",
            "Kund: {company}, kundnummer {num}",
        ),
        "contact_row": (
            "Ersättare för avtalsansvarig: {K.rev}",
            "Slutat: {P.full} (ta bort)",
            "Teknisk kontakt: {C.full}, {C.email}, {phone}",
            "Fakturamottagare: {K.rev}",
            "Avtalsansvarig: {P.full} ({role})",
            "Beställningsberättigad: {C.full}, {K.full}",
            "Huvudkontakt: {C.caps}",
            "Växelansvarig: {K.first} {K.last}, {site}",
            "Kontaktperson för larm: {P.full}, {phone}",
            "Säljare hos oss: {A.full}",
        ),
        "contact_note": (
            "OBS: {K.full} har slutat, ta inte emot beställningar från henne.",
            "Endast {C.first} och {P.first} får beställa nya licenser enligt avtalet.",
            "Fråga alltid efter {C.hon} först, kunden vill ha kopia på allt.",
            "Uppgifterna uppdaterades {date} av {A.full}.",
        ),
        "invoice_head": (
            "Specifikation per anknytning, faktura {num}",
            "Utdrag ur fakturaunderlaget för {month}:",
            "Ankn. | Användare | Samtal | Belopp",
        ),
        "invoice_row": (
            "{ext3}  {P.lcfull}  {licence}  149,00 kr",
            "{ext3} | Reception ({K.full}) | 1 022 samtal | 2 310,00 kr",
            "{phone}  {P.capsrev}  0 samtal  0,00 kr (avslutad {date})",
            "Delsumma {K.full}: 512,40 kr",
            "{ext3} | {K.capsrev} | 312 samtal | 1 204,50 kr",
            "{ext3}  {P.caps}  {licence}  149,00 kr",
            "{phone}  {K.full}  mobilabonnemang  299,00 kr",
            "{ext3} | {P.lastfirst} | 0 samtal | 89,00 kr",
            "Kostnadsställe {num}: {K.full}, {P.full}",
            "{ext3} {K.lcfull} utland 47 min 388,20 kr",
        ),
        "invoice_text": (
            "Det som står på {P.first} är egentligen {K.gen} samtal efter omflyttningen.",
            "Varför står {P.lastfirst} två gånger på specifikationen?",
            "{P.full} slutade i {month} men debiteras fortfarande.",
            "Anknytning {ext3} står på {K.caps} men används av receptionen.",
            "Vi har aldrig beställt utlandssamtal till {K.gen} anknytning.",
            "Kan ni kreditera licensen för {P.hon} från {date}?",
        ),
        "thread_post": (
            "{K.full}  {time}\nNågon som vet varför {queue} gick till nattkopplingen kl {time} idag?",
            (
                "{K.first}  {time}\n@{A.handle} kan du titta på ärende {ticket}? Kunden {C.full} har ringt "
                "tre gånger"
            ),
            "{A.full}  {time}\nHeads up: {company} har problem med hänvisningar igen, {C.first} ringer",
        ),
        "thread_reply": (
            "{C.first}  {time}\n(extern) tack för hjälpen!",
            "{K.lcfull}  {time}\nsamma här",
            "{P.full}  {time}\n@{A.handle} ser du loggarna för {C.full}?",
            "{A.first}  {time}\n{reaction} skickar vidare till {K.first} för uppföljning",
            "{A.first}  {time}\nKollar!",
            "{P.full}  {time}\nSamma sak hos {company}, {C.hon} ringde i morse",
            "{K.first}  {time}\n{A.first} tror det är {cause}",
            "{A.full}  {time}\nJag har pratat med {C.first}, det är löst nu :white_check_mark:",
            "{P.first}  {time}\nTack {K.first}! {reaction} 2",
            "{K.full}  {time}\nlägger till {P.handle} i tråden",
            "{A.first}  {time}\nrättat, {P.gen} regel pekade på fel kö",
        ),
        "thread_footer": (
            "{num} svar  Senaste svar idag {time}",
            "{reaction} 3  {reaction} 1",
            "Skickat även till #telefoni-support",
        ),
    },
    "de": {
        "subject": (
            "Abwesenheiten werden in der {product} nicht angezeigt",
            "Anrufe auf {queue} landen tagsüber in der Nachtschaltung",
            "Neuer Mitarbeiter – Nebenstelle für {C.full} einrichten",
            "Rufnummernmitnahme Stammnummer {company}",
            "WG: Automatische Antwort: {topic}",
            "Rechnung {month} – Einzelverbindungsnachweis fehlerhaft",
            "Adherence-Bericht zeigt falsche Werte für {K.full}",
            "AW: Ticket {ticket} – Gespräch bricht bei Weiterleitung ab",
            "Rufbereitschaft am Wochenende nicht erreichbar",
            "Ansprechpartner bei {company} aktualisieren",
            "{product}: Status von {P.last} falsch",
            "Austritt {P.caps} – Rufnummer umleiten",
        ),
        "greeting": (
            "Hallo {A.lc},",
            "Servus,",
            "Hallo {A.first}, hallo {K.first},",
            "Sehr geehrte Damen und Herren,",
            "Hallo {A.first},",
            "Guten Tag {A.hon},",
            "Hallo zusammen,",
            "Moin,",
            "Liebe Kolleginnen und Kollegen,",
            "Hallo {A.hon},",
        ),
        "customer": (
            "Laut {K.first} lief das alles, bis Sie im {month} die Plattform umgestellt haben.",
            "Könnte mich bitte jemand zurückrufen? Ich bin heute Nachmittag unter {phone} erreichbar.",
            (
                "Am schlimmsten ist es bei {P.hond} in der {dept}, dort kommt aus der Warteschlange gar "
                "nichts an."
            ),
            "{K.first} hat eine neue Rufnummer, aber das Tischtelefon klingelt weiterhin auf der alten.",
            "Ich habe mit {K.full}, unserem TK-Verantwortlichen, gesprochen, wir sehen das beide als Fehler.",
            "Den Screenshot aus der {product} habe ich angehängt, siehe Zeile {K.lastfirst}.",
            "War die Lösung von {A.hond} beim letzten Mal nur ein Workaround?",
            "{K.lc} und {P.lc} haben dasselbe Problem, der Rest der Gruppe nicht.",
            "Die Ticketnummer {ticket} habe ich gestern telefonisch von {A.full} bekommen.",
            "Es ist nicht akut, wäre aber schön, wenn es bis {weekday} erledigt ist.",
            "Am Standort {site} sind rund 40 Benutzer betroffen.",
            "Dieselbe Anfrage ging schon an {A.email}, leider ohne Antwort.",
            (
                "Sobald jemand in Teams auf Beschäftigt steht, geht der Anruf an {K.first} statt auf die "
                "Mailbox."
            ),
            (
                "seit {weekday} zeigt die {product} bei uns keine Abwesenheiten der Kolleginnen und Kollegen "
                "mehr an."
            ),
            "Am Empfang steht bei allen grün, auch bei {K.full}, die die ganze Woche im Urlaub ist.",
            (
                "Es geht um die Durchwahl von {K.hond}, die seit Jahren unverändert ist und unbedingt "
                "bleiben soll."
            ),
            (
                "Im Anhang ein Auszug aus der Anrufliste: der Anruf wurde an {K.first} vermittelt, kam dort "
                "aber nie an."
            ),
            (
                "{P.full} ({company}) hat sich heute früh bei mir beschwert, sie hat eine "
                "Viertelstunde in der Warteschleife gehangen."
            ),
            (
                "Können Sie prüfen, warum {K.lastfirst} noch aktiv in der Warteschlange steht, obwohl sie "
                "seit {month} nicht mehr bei uns ist?"
            ),
            "Gemeint ist der Benutzer {K.handle}, nicht das alte Konto mit demselben Namen.",
            (
                "Wir hatten das Thema schon einmal mit {A.hond} besprochen, nach dem Update ist es aber "
                "wieder da."
            ),
            "Ab- und Anmelden in der {product} haben wir schon versucht, ohne Erfolg.",
            "Unser Admin {P.first} hat die Firewall geprüft, dort ist alles in Ordnung.",
            "Betroffen ist nur der Standort {site}, die anderen Niederlassungen funktionieren.",
            "Der Fehler trat zuerst am {date} gegen {time} Uhr auf.",
            "Wie bereits mit {A.hon} telefonisch besprochen, brauchen wir vor der Urlaubszeit eine Lösung.",
            "{K.gen} Rufumleitung geht offenbar immer noch auf die alte Nummer.",
            "Ich bin selbst kein Techniker, sagen Sie mir bitte, was Sie von uns brauchen.",
            "Die Sache ist dringend, weil {company} vertraglich zugesicherte Reaktionszeiten hat.",
        ),
        "signoff": (
            "Gruß {C.lcfull}",
            "Mit freundlichem Gruß\n{C.init}\n{company}",
            "MfG\n{C.caps}",
            "Mit freundlichen Grüßen\n{C.full}",
            "Mit freundlichen Grüßen\n\ni. A. {C.full}\n{role}\n{company}\n{street}, {city}\nTel. {phone}",
            "Viele Grüße\n{C.first}",
            "VG {C.first}",
            "Beste Grüße\n{C.first} {C.last}\n{dept}",
            "Freundliche Grüße aus {city}\n{C.full}",
            "LG {C.short}",
            "Danke und Gruß\n{C.lastfirst}",
        ),
        "export_head": (
            "[{product}] SUP-{num} {noun}",
            "Druckansicht Vorgang {ticket} ({date})",
            "Export aus dem Ticketsystem, {date} {time}",
        ),
        "export_field": (
            "Melder: {C.full}",
            "Bearbeiter: {A.full}",
            "Beobachter: {K.full}; {P.full}",
            "Anfrageteilnehmer: {P.rev}",
            "Organisation: {company}",
            "Status: Warten auf Kunde",
            "Erstellt: {date} {time} von {C.email}",
            "Zuletzt geändert von: {A.lastfirst}",
            "Ansprechpartner vor Ort: {K.hon}, {phone}",
            "Freigegeben durch: {P.caps}",
            "Zuständige Gruppe: {team}",
        ),
        "export_comment": (
            "Kommentar – {A.full}, {date}: {C.hon} gebeten, einen Screenshot der Einstellungen zu schicken.",
            "Interne Notiz ({K.full}): gleiches Fehlerbild wie {ticket}, verknüpft.",
            "{A.first} {A.last} hat Bearbeiter von {K.full} auf {A.full} geändert.",
            "Kommentar – {C.full}: schon wieder, bei {P.first} kam kein Anruf an.",
            "Interne Notiz: mit {P.hond} telefoniert, Fehler besteht weiterhin.",
        ),
        "transcript_head": (
            "Transkript Gesprächsaufzeichnung {num} – {queue}, {date}, Dauer 05:{ext}",
            "Automatische Mitschrift | Agent: {A.full} | Warteschlange: {queue}",
            "Sprachanalyse, Anruf {ticket}, Kunde {C.caps}",
        ),
        "transcript_agent": (
            "Agent: Und mit wem spreche ich?",
            "{A.first}: Ich schicke Ihnen eine Zusammenfassung an {C.email}, {K.hon} meldet sich morgen.",
            "Agent: {company}, Kundenservice, mein Name ist {A.full}, was kann ich für Sie tun?",
            "{A.first}: Einen Moment, ich schaue nach. Wie war Ihr Nachname noch?",
            "Agent: Danke, {C.hon}. Es geht um die Anlage am Standort {site}, richtig?",
            "{A.full}: Ich sehe, dass {K.full} deswegen schon angerufen hat.",
            "Agent: Ich verbinde Sie mit {K.hond} aus der Technik, dort kennt man sich damit besser aus.",
            (
                "{A.first}: Ach so, {P.first} bekommt die Anrufe also gar nicht? Auch nicht, wenn sie "
                "angemeldet ist?"
            ),
            "Agent: Ich habe Ihnen ein Ticket angelegt, {C.hon}, Sie bekommen gleich eine E-Mail.",
            "{A.first}: Dann geht {P.gen} Umleitung wohl noch auf die alte Nummer.",
        ),
        "transcript_customer": (
            "Kunde: Ja hallo, {C.last} mein Name, ich rufe vom Standort {site} an.",
            "{C.first}: Nein, bei {P.first} klingelt ja nicht einmal das Telefon.",
            "Kunde: Ja, guten Tag, {C.full} hier, {company}.",
            "{C.first}: {C.last}. Mit ck, falls Sie das fragen.",
            "Kunde: Genau, und {K.first} am Empfang sagt, das ging am {weekday} los.",
            "{C.full}: Nein, nur bei uns in {city}.",
            "Kunde: Kann ich bitte mit {A.hond} sprechen, mit dem ich letztes Mal telefoniert habe?",
            "Kunde: Weiß ich nicht genau, das macht sonst immer {P.first}, aber die ist krank.",
            "{C.first}: Gut, danke {A.first}, dann warte ich auf die Mail.",
            "Kunde: Wir hatten letzte Woche schon angerufen, da war ein {K.first} dran, glaube ich.",
        ),
        "absence_head": (
            "Automatische Antwort: {topic}",
            "Abwesenheitsnotiz: {date} bis {date}",
            "Abwesenheitsnotiz von {K.full}",
            (
                "Von: {K.full} <{K.email}>\nGesendet: {weekday}, {date} {time}\nBetreff: Automatische "
                "Antwort: Ticket {ticket}"
            ),
        ),
        "absence_body": (
            "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {date} nicht im Büro.",
            "Ihre E-Mail wird nicht weitergeleitet.",
            "In dringenden Fällen wenden Sie sich bitte an meine Kollegin {P.full}, Tel. {phone}.",
            "Vertretung: {P.full} ({P.email})",
            "Meine Vertretung übernimmt {P.hon}, Durchwahl -{ext3}.",
            "Bei technischen Störungen erreichen Sie das {team} unter {phone}.",
            "Ab {weekday} bin ich wieder für Sie da.",
            "Fragen zu Rechnungen beantwortet {P.first} {P.last} aus der {dept}.",
        ),
        "absence_sign": (
            "Mit freundlichen Grüßen\n{K.full}",
            "Freundliche Grüße\n{K.first} {K.last}\n{role} | {company}",
            "i. V. {K.full}",
            "Beste Grüße\n{K.first}",
        ),
        "oncall_head": (
            "Rufbereitschaft {team}, {month}",
            "Bereitschaftsplan Telefonie {month}",
            "Auszug aus dem Dienstplan ({product}):",
        ),
        "oncall_row": (
            "{date}–{date}  {P.full}  {phone}",
            "Reserve: {K.lastfirst}",
            "Bereitschaft KW {ext}: {P.caps} / Vertretung {K.caps}",
            "KW {ext}: {K.full} ({phone}), Vertretung {P.full}",
            "Bereitschaft {date}–{date}: {P.lastfirst}",
            "Wochenende: {K.first} {K.last}, mobil {phone}",
            "1. Ebene: {A.full} | 2. Ebene: {K.full}",
            "{weekday} {time}–07:00 Uhr: {P.full}",
            "Nachtbereitschaft: {K.caps}",
            "Eskalation nach 30 Min.: {P.hon}, {role}",
            "Diensthabender Techniker: {K.rev}",
        ),
        "oncall_note": (
            "{P.first} hat früher übernommen, weil {K.first} krank war, das steht nicht im Plan.",
            "Das Bereitschaftshandy liegt diese Woche bei {K.lcfull}.",
            "Übergabe: {K.first} an {P.first} am {date} um {time} Uhr, keine offenen Alarme.",
            "Achtung: {K.first} und {P.first} haben getauscht, der Plan in der {product} ist nicht aktuell.",
            "Das Bereitschaftshandy war auf {K.gen} privates Handy umgeleitet, deshalb kamen keine SMS an.",
            "Laut {P.hond} kam der Alarm um {time} Uhr, es ist aber niemand rangegangen.",
        ),
        "presence_head": (
            "Kontaktliste {product}, Suche \"{dept}\":",
            "Auszug Vermittlungsplatz {date} {time}",
            "So sah es am Empfang aus:",
        ),
        "presence_row": (
            "{K.caps} ({dept}) – {reason} – zurück am {date}",
            "{P.rev} | Verfügbar | kein Kalender verbunden",
            "{K.first} {K.last}  Nst. {ext3}  {status}  Hinweis: an {P.first} vermitteln",
            "{K.lastfirst} | {status} | Abwesenheit: {reason} bis {date} | Durchwahl {ext3}",
            "{P.rev} – {status} – Kalender: Termin bis {time}",
            "{K.full} ({dept}) {status}, zurück am {weekday} um {time}",
            "{P.lastfirst}   {status}   Vertretung: {K.full}",
            "{K.caps} | {reason} | {phone}",
            "{P.full} – keine Abwesenheit eingetragen – zuletzt aktiv {time}",
            "{K.rev}, {role} – {reason}, nimmt nicht ab",
            "{P.first} {P.last} [{status}] Notiz: bitte an {K.first} vermitteln",
        ),
        "presence_note": (
            "Wie man sieht, steht {K.first} auf verfügbar, obwohl sie im Urlaub ist.",
            "Die Empfangskraft hat den Anruf deshalb an {K.hond} vermittelt und er landete auf der Mailbox.",
            "Die Abwesenheit von {P.full} sieht man in Outlook, aber nicht in der Konsole.",
            "Es betrifft nur einzelne Benutzer, zum Beispiel {P.first}.",
            "{K.gen} Kalender ist für alle freigegeben, das haben wir geprüft.",
        ),
        "prov_head": (
            "Auftrag: neuer Benutzer",
            "Auftrag: Austritt Mitarbeiter",
            "Änderungsantrag Benutzer – Formular aus dem Intranet",
        ),
        "prov_field": (
            "Vorname: {P.first}",
            "Nachname: {P.last}",
            "Name: {P.full}",
            "Eintrittsdatum: {date}",
            "Letzter Arbeitstag: {date}",
            "Vorgesetzte/r: {K.full}",
            "Antragsteller: {C.full} ({C.email})",
            "Rechte wie bei: {K.lastfirst}",
            "Lizenz: {licence}",
            "Durchwahl: {ext3} (vorher {K.full})",
            "Rufnummer umleiten auf: {K.first} {K.last}",
            "Abteilung: {dept}",
            "Endgerät: {device}",
        ),
        "prov_text": (
            "{P.first} soll ab dem ersten Tag in der Warteschlange {queue} sein.",
            "Nach dem Austritt von {P.hond} sollen Anrufe an {K.first} gehen, nicht auf die Mailbox.",
            "Der Anzeigename soll {P.full} lauten, nicht nur {P.lc} wie beim letzten Mal.",
            "Im Personalsystem steht sie als {P.capsrev}, deshalb hat der Abgleich nicht funktioniert.",
            "Bitte auch {P.gen} alte Mailbox löschen.",
        ),
        "port_head": (
            "Portierungsauftrag {num}",
            "Rufnummernmitnahme – {company}",
            "Angaben zum Anschlussinhaber laut Kunde",
        ),
        "port_field": (
            "Abgebender Anbieter: Telekom",
            "Kundenreferenz: {C.full}",
            "Sachbearbeiter bei uns: {A.rev}",
            "Anschlussinhaber: {C.caps}",
            "Vertragspartner beim abgebenden Anbieter: {C.capsrev}",
            "Zeichnungsberechtigt: {K.full}",
            "Ansprechpartner für die Portierung: {C.hon}, {phone}",
            "Rufnummernblock: {phone} bis -999",
            "Gewünschter Portierungstermin: {date}, 06:00 Uhr",
            "Firma: {company}",
            "Unterschrieben von: {K.full}, {role}",
            "Anschrift: {street}, {city}",
        ),
        "port_text": (
            (
                "Die Portierung wurde abgelehnt, weil der Anschlussinhaber beim Altanbieter als {C.capsrev} "
                "geführt wird."
            ),
            "{K.full} hat das Formular unterschrieben, Scan anbei.",
            "Können Sie mit {C.hond} klären, ob alle Einzelrufnummern mitgenommen werden sollen?",
            "Der Anschluss läuft noch auf {K.gen} Einzelunternehmen, nicht auf die GmbH.",
        ),
        "adh_head": (
            "Planeinhaltung {date}, {team}",
            "Abweichungen vom Dienstplan – Export aus der {product}",
            "Echtzeit-Adherence, Stand {time} Uhr",
        ),
        "adh_row": (
            "{P.rev}: angemeldet {time}, Schichtbeginn 08:00, 23 Min. zu spät",
            "{K.full} | Telefonie | 94 % | OK",
            "{P.first} {P.last}   Schulung (nicht geplant)   0 %",
            "{K.lastfirst} | Geplant: {activity} {time}–{time} | Ist: Offline | Abweichung 14 Min.",
            "{P.full}: Planeinhaltung 71 %, Ziel 90 %",
            "{K.rev} – {activity} – nicht planeinhaltend seit {time}",
            "Agent {K.full}, geplant {activity}, Status {status}",
            "{P.caps}   {activity}   86 %",
            "{K.first} {K.last}: Pause 15 Min. geplant, 41 Min. gebucht",
            "{P.lastfirst}  nicht eingeplant, aber angemeldet",
        ),
        "adh_comment": (
            "Kommentar {A.full}: {K.first} war in einem langen Kundengespräch, Ausnahme genehmigt.",
            "Teamleiterin {P.first} meint, die Werte stimmen nicht, weil {K.first} in der Schulung war.",
            (
                "Die Abweichung bei {K.hond} kommt daher, dass der Status nicht aus der {product} übernommen "
                "wird."
            ),
            "Genehmigt von {P.full} am {date}.",
            "{K.gen} Dienstplan wurde doppelt importiert, daher die doppelten Zeilen.",
        ),
        "calls_head": (
            "Anrufliste {queue} vom {date}",
            "Auszug aus den Gesprächsdaten, nach Uhrzeit sortiert:",
            "Zeit | Von | An | Angenommen von | Dauer",
        ),
        "calls_row": (
            "{time} intern von {P.full} an {K.full}, 01:{ext}",
            "{time} | {phone} | {queue} | {P.lastfirst} | 11:{ext} | vermittelt",
            "{time} Rückruf eingeplant von {K.full} an {phone}",
            "{time} | {phone} | {queue} | {K.full} | 02:{ext}",
            "{time} kommend {phone} → angenommen von {K.init}, vermittelt an {P.full}",
            "{time} {phone} verpasst (klingelte 30 s bei {P.lastfirst})",
            "{time} | {phone} | {queue} | – | in Warteschlange aufgelegt",
            "{time} gehend von {K.full} an {phone}, 00:{ext}",
            "{time} | {phone} | umgeleitet auf Mailbox {P.full}",
            "{time} {queue}: angenommen von {P.caps}, weitergeleitet an {K.rev}",
            "{time} kommend, nicht angenommen, Abwesenheit {reason} ({K.full})",
        ),
        "contact_head": (
            "Ansprechpartner – {company}",
            "Aus der Kundenakte im CRM:",
            "Kunde: {company}, Kundennummer {num}",
        ),
        "contact_row": (
            "Stellvertretung Vertrag: {K.rev}",
            "Ausgeschieden: {P.full} (löschen)",
            "Technischer Ansprechpartner: {C.full}, {C.email}, {phone}",
            "Rechnungsempfänger: {K.rev}",
            "Vertragsverantwortlich: {P.hon} ({role})",
            "Bestellberechtigt: {C.full}, {K.full}",
            "Hauptkontakt: {C.caps}",
            "TK-Verantwortlicher: {K.first} {K.last}, {site}",
            "Notfallkontakt: {P.full}, {phone}",
            "Unser Vertrieb: {A.full}",
        ),
        "contact_note": (
            "Hinweis: {K.full} ist ausgeschieden, keine Aufträge mehr von ihr annehmen.",
            "Laut Vertrag dürfen nur {C.first} und {P.first} neue Lizenzen bestellen.",
            "Immer zuerst {C.hon} fragen, der Kunde möchte bei allem in Kopie sein.",
            "Daten aktualisiert am {date} durch {A.full}.",
        ),
        "invoice_head": (
            "Einzelverbindungsnachweis nach Nebenstelle, Rechnung {num}",
            "Auszug aus der Rechnung {month}:",
            "Nst. | Teilnehmer | Verbindungen | Betrag",
        ),
        "invoice_row": (
            "{ext3}  {P.lcfull}  {licence}  14,90 €",
            "{ext3} | Zentrale ({K.full}) | 1.022 Verb. | 231,00 €",
            "{phone}  {P.capsrev}  0 Verb.  0,00 € (gekündigt {date})",
            "Zwischensumme {K.full}: 51,24 €",
            "{ext3} | {K.capsrev} | 312 Verb. | 104,50 €",
            "{ext3}  {P.caps}  {licence}  14,90 €",
            "{phone}  {K.full}  Mobilfunk  29,90 €",
            "{ext3} | {P.lastfirst} | 0 Verb. | 8,90 €",
            "Kostenstelle {num}: {K.full}, {P.full}",
            "{ext3} {K.lcfull} Ausland 47 Min. 38,20 €",
        ),
        "invoice_text": (
            "Was unter {P.first} steht, sind nach dem Umzug eigentlich {K.gen} Gespräche.",
            "Warum taucht {P.lastfirst} zweimal im Nachweis auf?",
            "{P.full} ist seit {month} nicht mehr bei uns, wird aber weiter berechnet.",
            "Die Nebenstelle {ext3} läuft auf {K.caps}, wird aber vom Empfang genutzt.",
            "Auslandsgespräche für {K.gen} Nebenstelle haben wir nie beauftragt.",
            "Können Sie die Lizenz für {P.hond} ab {date} gutschreiben?",
        ),
        "thread_post": (
            "{K.full}  {time}\nWeiß jemand, warum {queue} heute um {time} in die Nachtschaltung ging?",
            "{K.first}  {time}\n@{A.handle} kannst du dir {ticket} ansehen? {C.full} hat dreimal angerufen",
            "{A.full}  {time}\nFYI: {company} hat wieder Probleme mit Abwesenheiten, {C.hon} ruft gleich an",
        ),
        "thread_reply": (
            "{C.first}  {time}\n(extern) danke euch!",
            "{K.lcfull}  {time}\nhier dasselbe",
            "{P.full}  {time}\n@{A.handle} siehst du die Logs von {C.full}?",
            "{A.first}  {time}\n{reaction} gebe es an {K.first} zur Nachverfolgung",
            "{A.first}  {time}\nSchau ich mir an!",
            "{P.full}  {time}\nGleiches Bild bei {company}, {C.hon} hat heute früh angerufen",
            "{K.first}  {time}\n{A.first} meint, es ist {cause}",
            "{A.full}  {time}\nHabe mit {C.first} gesprochen, ist erledigt :white_check_mark:",
            "{P.first}  {time}\nDanke {K.first}! {reaction} 2",
            "{K.full}  {time}\nhole {P.handle} mit in den Thread",
            "{A.first}  {time}\nkorrigiert, {P.gen} Regel zeigte auf die falsche Warteschlange",
        ),
        "thread_footer": (
            "{num} Antworten  Letzte Antwort heute um {time}",
            "{reaction} 3  {reaction} 1",
            "Auch im Channel gepostet: #telefonie-support",
        ),
    },
    "en": {
        "subject": (
            "Absence notes not showing in {product}",
            "Calls to {queue} going to the out-of-hours message during the day",
            "New starter – extension for {C.full}",
            "Porting our main number ({company})",
            "FW: Automatic reply: {topic}",
            "{month} invoice – itemised calls look wrong",
            "Adherence report wrong for {K.full}",
            "RE: Case {ticket} – calls dropping on transfer",
            "On-call phone didn't ring over the weekend",
            "Update contacts for {company}",
            "{product}: wrong presence for {P.last}",
            "Leaver: {P.caps} – please forward number",
        ),
        "greeting": (
            "hi {A.lc}",
            "Good afternoon,",
            "Hi {A.first}, hi {K.first},",
            "Hi,",
            "Hi {A.first},",
            "Hello support team,",
            "Dear {A.hon},",
            "Morning {A.short},",
            "Hi all,",
            "Hello,",
        ),
        "customer": (
            "According to {K.first} it all worked until you moved platforms in {month}.",
            "Could someone call me back? I'm on {phone} all afternoon.",
            "It's worst for {P.hon} in {dept}, nothing comes through from the queue at all.",
            "{K.first} has a new number but the desk phone still rings on the old one.",
            "I've spoken to {K.full}, who looks after our phones, and we both think something's wrong.",
            "Screenshot from {product} attached, see the row for {K.lastfirst}.",
            "Was {A.gen} fix last time only a workaround?",
            "{K.lc} and {P.lc} have the same problem, nobody else in the group does.",
            "I got the case number {ticket} from {A.full} on the phone yesterday.",
            "It's not urgent but it would be good to have it fixed by {weekday}.",
            "There are about forty users at {site} and all of them are affected.",
            "I sent the same question to {A.email} but haven't heard back.",
            "As soon as someone is Busy in Teams the call goes to {K.first} instead of voicemail.",
            "Since {weekday} the {product} has stopped showing our colleagues' absence notes.",
            "Reception sees everyone as green, even {K.full}, who is on leave all week.",
            (
                "This is {K.gen} direct line we want to move, they've had it for twenty years and would like "
                "to keep it."
            ),
            (
                "I've attached a snippet of the call history: the call was put through to {K.first} but "
                "never arrived."
            ),
            (
                "{P.full} from {company} rang me this morning quite annoyed, having been in the queue for "
                "fifteen minutes."
            ),
            "Could you check why {K.lastfirst} is still active in the queue although they left in {month}?",
            "This is about the user {K.handle}, not the old account with the same name.",
            "We raised the same thing with {A.first} on your side before, but it came back after the update.",
            "We've already tried signing out of {product} and back in, no luck.",
            "Our IT guy {P.first} checked the firewall and says it all looks fine.",
            "It only seems to affect people at {site}, the other offices are fine.",
            "It first happened on {date} around {time}.",
            "As I mentioned to {A.hon} last week, we really need this sorted before the holidays.",
            "{K.first} and I went through the list and four people are missing.",
            "I'm not very technical myself, so just let me know what you need from us.",
            "It's quite urgent as {company} has guaranteed response times with its own customers.",
        ),
        "signoff": (
            "Thanks, {C.lcfull}",
            "Kind regards\n{C.firstinit}\n{company}",
            "Regards,\n{C.caps}",
            "Kind regards,\n{C.full}",
            "Many thanks,\n{C.first}",
            "Best,\n{C.first} {C.last}\n{role}, {company}\n{street}, {city}\nT: {phone}",
            "Cheers\n{C.short}",
            "Thanks in advance,\n{C.full} | {dept}",
            "Regards\n{C.init}",
            "Sent from my iPhone",
            "Thanks!\n{C.lc}",
        ),
        "export_head": (
            "[{product}] SUP-{num} {noun}",
            "Printable view of case {ticket} ({date})",
            "Exported from the service desk on {date} at {time}",
        ),
        "export_field": (
            "Reporter: {C.full}",
            "Assignee: {A.full}",
            "Watchers: {K.full}, {P.full}",
            "Request participants: {P.rev}",
            "Organization: {company}",
            "Status: Waiting for customer",
            "Created: {date} {time} by {C.email}",
            "Last updated by: {A.lastfirst}",
            "On-site contact: {K.first} ({phone})",
            "Approved by: {P.caps}",
            "Assignment group: {team}",
        ),
        "export_comment": (
            "Comment – {A.full}, {date}: asked {C.first} for a screenshot of the settings.",
            "Internal note ({K.full}): same symptoms as {ticket}, linking the two.",
            "{A.first} {A.last} changed Assignee from {K.full} to {A.full}.",
            "Comment – {C.full}: it happened again, {P.first} didn't get the call.",
            "Internal note: spoke to {P.hon} on the phone, the fault is still there.",
        ),
        "transcript_head": (
            "Call recording transcript {num} – {queue}, {date}, duration 07:{ext}",
            "Auto-transcript | Agent: {A.full} | Queue: {queue}",
            "Speech analytics export, call {ticket}, customer {C.caps}",
        ),
        "transcript_agent": (
            "Agent: And who am I speaking with?",
            "{A.first}: I'll send a summary to {C.email}, and {K.first} will be in touch tomorrow.",
            "Agent: Thanks for calling {company} support, you're speaking with {A.first}, how can I help?",
            "{A.first}: Okay, let me have a look. Sorry, what was your surname again?",
            "Agent: Thank you, {C.first}. And this is the system at {site}, is that right?",
            "{A.full}: I can see {K.full} called in about the same thing earlier.",
            (
                "Agent: I'll put you through to {K.first} in our technical team, they know this better than "
                "I do."
            ),
            "{A.first}: Ah, so {P.first} doesn't get the calls at all? Even when signed in?",
            "Agent: I've logged a case for you, {C.hon}, you'll get an email shortly.",
            "{A.first}: Sounds like {P.gen} forwarding still points at the old number.",
        ),
        "transcript_customer": (
            "Customer: Hiya, my name's {C.first}, I'm calling from {site}.",
            "{C.first}: No, {P.gen} phone doesn't even ring.",
            "Customer: Hi, it's {C.full} from {company}.",
            "{C.first}: {C.last}. Two t's, if that's what you're asking.",
            "Customer: Yes, and {K.first} on reception says it started on {weekday}.",
            "{C.full}: No, it's just us in {city}.",
            "Customer: Could I speak to {A.hon}, who I had last time?",
            "Customer: I'm not sure, {P.first} normally looks after that but is off sick.",
            "{C.first}: Great, thanks {A.first}, I'll look out for the email.",
            "Customer: We rang last week as well and spoke to someone called {K.first}, I think.",
        ),
        "absence_head": (
            "Automatic reply: {topic}",
            "Out of Office: {date} – {date}",
            "Out of office from {K.full}",
            (
                "From: {K.full} <{K.email}>\nSent: {weekday}, {date} {time}\nSubject: Automatic reply: Case "
                "{ticket}"
            ),
        ),
        "absence_body": (
            "Thank you for your email. I am out of the office until {date} with limited access to email.",
            "Your message will not be forwarded.",
            "For anything urgent please contact my colleague {P.full} on {phone}.",
            "In my absence {P.first} {P.last} is covering, reachable at {P.email}.",
            "For support issues please raise a ticket and the {team} will pick it up.",
            "Billing queries can go to {P.hon} in {dept}, ext. {ext3}.",
            "I don't work Fridays; {P.gen} number is {phone}.",
            "I'll reply as soon as I can after I'm back on {weekday}.",
        ),
        "absence_sign": (
            "Kind regards,\n{K.full}",
            "Best wishes\n{K.first}\n{role} | {company}",
            "{K.full} (she/her)\n{dept}",
            "Thanks, {K.first}",
        ),
        "oncall_head": (
            "On-call rota, {team}, {month}",
            "Out-of-hours cover, {month}",
            "From the on-call schedule in {product}:",
        ),
        "oncall_row": (
            "{date}–{date}  {P.full}  {phone}",
            "Reserve: {K.lastfirst}",
            "On call wk {ext}: {P.caps} / backup {K.caps}",
            "Wk {ext}: {K.full} ({phone}), backup {P.full}",
            "On call {date}–{date}: {P.lastfirst}",
            "Weekend: {K.first} {K.last}, mobile {phone}",
            "Primary: {A.full} | Secondary: {K.full}",
            "{weekday} {time}–07:00 {P.full}",
            "Overnight: {K.caps}",
            "Escalate after 30 min: {P.hon}, {role}",
            "Engineer on duty: {K.rev}",
        ),
        "oncall_note": (
            "{P.first} took over early because {K.first} was off sick, it's not on the rota.",
            "The on-call mobile is with {K.lcfull} this week.",
            "Handover: {K.first} to {P.first} on {date} at {time}, no open alerts.",
            "NB {K.first} and {P.first} swapped weeks, the rota in {product} hasn't been updated.",
            "The on-call phone was forwarded to {K.gen} personal mobile, so no texts came through.",
            "According to {P.full} the alert fired at {time} but nobody answered.",
        ),
        "presence_head": (
            "Contacts in {product}, search \"{dept}\":",
            "Reception console contact list, {date} {time}",
            "This is what reception saw:",
        ),
        "presence_row": (
            "{K.caps} ({dept}) – {reason} – back {date}",
            "{P.rev} | Available | no calendar connected",
            "{K.first} {K.last}  ext {ext3}  {status}  Note: put through to {P.first}",
            "{K.lastfirst} | {status} | Note: {reason} until {date} | Ext {ext3}",
            "{P.rev} – {status} – Calendar: meeting until {time}",
            "{K.full} ({dept}) {status}, back {weekday} at {time}",
            "{P.lastfirst}   {status}   cover: {K.full}",
            "{K.caps} | {reason} | {phone}",
            "{P.full} – no absence set – last active {time}",
            "{K.rev}, {role} – {reason}, not answering",
            "{P.first} {P.last} [{status}] Note: put calls through to {K.first}",
        ),
        "presence_note": (
            "As you can see {K.first} shows as available despite being on annual leave.",
            "So reception put the call through to {K.hon} and it went to voicemail.",
            "The absence for {P.full} shows in Outlook but not in the console.",
            "It's only some users, {P.first} for example.",
            "{K.gen} calendar is shared with everyone, we double-checked.",
        ),
        "prov_head": (
            "Request: new starter",
            "Request: leaver",
            "User change request – form from the intranet",
        ),
        "prov_field": (
            "First name: {P.first}",
            "Last name: {P.last}",
            "Full name: {P.full}",
            "Start date: {date}",
            "Last working day: {date}",
            "Line manager: {K.full}",
            "Requested by: {C.full} ({C.email})",
            "Same access as: {K.lastfirst}",
            "Licence: {licence}",
            "Extension: {ext3} (previously {K.full})",
            "Forward number to: {K.first} {K.last}",
            "Department: {dept}",
            "Handset: {device}",
        ),
        "prov_text": (
            "{P.first} needs to be in the {queue} queue from day one.",
            "Once {P.full} leaves, calls should go to {K.first} rather than voicemail.",
            "Display name should be {P.full}, not just {P.lc} like last time.",
            "HR has the name as {P.capsrev}, which is why the sync keeps failing.",
            "Please also remove {P.gen} old voicemail box.",
        ),
        "port_head": (
            "Port request {num}",
            "Number port to {company}",
            "Letter of authority – details from the customer",
        ),
        "port_field": (
            "Losing provider: BT",
            "Customer reference: {C.full}",
            "Handled by (us): {A.rev}",
            "Account holder: {C.caps}",
            "Name on losing provider's account: {C.capsrev}",
            "Authorised signatory: {K.full}",
            "Contact for the port: {C.first} {C.last}, {phone}",
            "Number range: {phone} to -999",
            "Requested port date: {date}, 06:00",
            "Company: {company}",
            "Signed by: {K.full}, {role}",
            "Installation address: {street}, {city}",
        ),
        "port_text": (
            "The port was rejected because the losing provider has the account holder as {C.capsrev}.",
            "{K.full} has signed the LOA, scan attached.",
            "Could you check with {C.hon} whether all single numbers are to be ported?",
            "The line is still in {K.gen} name as a sole trader, not the limited company.",
        ),
        "adh_head": (
            "Schedule adherence {date}, {team}",
            "Exceptions against schedule – export from {product}",
            "Real-time adherence as of {time}",
        ),
        "adh_row": (
            "{P.rev}: logged in {time}, shift start 08:00, 23 min late",
            "{K.full} | Phone | 94 % | OK",
            "{P.first} {P.last}   Training (unscheduled)   0 %",
            "{K.lastfirst} | Scheduled: {activity} {time}–{time} | Actual: Offline | Out of adherence 14 min",
            "{P.full}: adherence 71 %, target 90 %",
            "{K.rev} – {activity} – out of adherence since {time}",
            "Agent {K.full}, scheduled {activity}, state {status}",
            "{P.caps}   {activity}   86 %",
            "{K.first} {K.last}: break 15 min scheduled, 41 min logged",
            "{P.lastfirst}  not scheduled but logged in",
        ),
        "adh_comment": (
            "Comment from {A.full}: {K.first} was on a long customer call, exception approved.",
            "Team lead {P.first} thinks the figures are off because {K.first} was in training.",
            "The exception for {K.hon} is because the state isn't synced from {product}.",
            "Approved by {P.full} on {date}.",
            "{K.gen} schedule was imported twice, hence the duplicate rows.",
        ),
        "calls_head": (
            "Call history {queue}, {date}",
            "Extract from the call log, sorted by time:",
            "Time | From | To | Answered by | Duration",
        ),
        "calls_row": (
            "{time} internal from {P.full} to {K.full}, 01:{ext}",
            "{time} | {phone} | {queue} | {P.lastfirst} | 11:{ext} | transferred",
            "{time} callback scheduled by {K.full} to {phone}",
            "{time} | {phone} | {queue} | {K.full} | 02:{ext}",
            "{time} inbound {phone} → answered by {K.firstinit}, transferred to {P.full}",
            "{time} {phone} missed (rang {P.lastfirst} for 30 s)",
            "{time} | {phone} | {queue} | – | abandoned in queue",
            "{time} outbound from {K.full} to {phone}, 00:{ext}",
            "{time} | {phone} | forwarded to voicemail of {P.full}",
            "{time} {queue}: answered by {P.caps}, transferred to {K.rev}",
            "{time} inbound, not answered, absence {reason} ({K.full})",
        ),
        "contact_head": (
            "Contacts – {company}",
            "From the account record in the CRM:",
            "Customer: {company}, account {num}",
        ),
        "contact_row": (
            "Deputy contract owner: {K.rev}",
            "Left: {P.full} (remove)",
            "Technical contact: {C.full}, {C.email}, {phone}",
            "Billing contact: {K.rev}",
            "Contract owner: {P.full} ({role})",
            "Authorised to order: {C.full}, {K.full}",
            "Primary contact: {C.caps}",
            "Telephony lead: {K.first} {K.last}, {site}",
            "Emergency contact: {P.full}, {phone}",
            "Account manager (ours): {A.full}",
        ),
        "contact_note": (
            "NB {K.full} has left, don't accept orders from them any more.",
            "Per the contract only {C.first} and {P.first} may order new licences.",
            "Always check with {C.hon} first, they want to be copied on everything.",
            "Details updated {date} by {A.full}.",
        ),
        "invoice_head": (
            "Itemisation by extension, invoice {num}",
            "Extract from the {month} bill:",
            "Ext | User | Calls | Amount",
        ),
        "invoice_row": (
            "{ext3}  {P.lcfull}  {licence}  £14.90",
            "{ext3} | Reception ({K.full}) | 1,022 calls | £231.00",
            "{phone}  {P.capsrev}  0 calls  £0.00 (ceased {date})",
            "Subtotal {K.full}: £51.24",
            "{ext3} | {K.capsrev} | 312 calls | £104.50",
            "{ext3}  {P.caps}  {licence}  £14.90",
            "{phone}  {K.full}  mobile  £29.90",
            "{ext3} | {P.lastfirst} | 0 calls | £8.90",
            "Cost centre {num}: {K.full}, {P.full}",
            "{ext3} {K.lcfull} international 47 min £38.20",
        ),
        "invoice_text": (
            "What's under {P.first} is really {K.gen} calls since the desk move.",
            "Why does {P.lastfirst} appear twice on the itemisation?",
            "{P.full} left in {month} but is still being charged for.",
            "Extension {ext3} is in {K.caps}'s name but reception uses it.",
            "We never asked for international calls on {K.gen} extension.",
            "Could you credit the licence for {P.hon} from {date}?",
        ),
        "thread_post": (
            "{K.full}  {time} AM\nAnyone know why {queue} went to the out-of-hours message at {time} today?",
            "{K.first}  {time} PM\n@{A.handle} could you look at {ticket}? {C.full} has called three times",
            "{A.full}  {time} AM\nHeads up: {company} having absence issues again, {C.hon} is about to call",
        ),
        "thread_reply": (
            "{C.first}  {time} PM\n(external) thanks all!",
            "{K.lcfull}  {time} AM\nsame here",
            "{P.full}  {time} AM\n@{A.handle} can you see the logs for {C.full}?",
            "{A.first}  {time} PM\n{reaction} passing to {K.first} to follow up",
            "{A.first}  {time} AM\nLooking!",
            "{P.full}  {time} PM\nSame at {company}, {C.hon} rang this morning",
            "{K.first}  {time} PM\n{A.first} reckons it's {cause}",
            "{A.full}  {time} PM\nSpoke to {C.first}, all sorted :white_check_mark:",
            "{P.first}  {time} AM\nThanks {K.first}! {reaction} 2",
            "{K.full}  {time} PM\nadding {P.handle} to the thread",
            "{A.first}  {time} PM\nfixed, {P.gen} rule pointed at the wrong queue",
        ),
        "thread_footer": (
            "{num} replies  Last reply today at {time}",
            "{reaction} 3  {reaction} 1",
            "Also sent to #voice-support",
        ),
    },
}  # fmt: skip
