"""The HTML report: one self-contained page to open in a browser or attach to a ticket.

The page opens with a verdict (may the files be shared, and what to do next), then totals, charts by
sensitivity and category, the files (most sensitive first, archive members under their archive) and a
sortable, filterable table of the most sensitive findings, each with its line masked: every finding on
it replaced by its entity token, so that a reviewer can judge a false positive without seeing a value.

Markup comes from a Jinja2 template with autoescaping (html_report.html.j2). The inline CSS and
JavaScript are allowed by hash in a Content-Security-Policy that forbids any other load, so opening the
page makes no network request. Values never appear: only masked lines, masked previews, keyed hashes.

Written as the run goes in bounded memory: counts per file and kind of finding, and the FINDING_ROWS
most sensitive findings of the run; the page is rendered at the end.
"""

from __future__ import annotations

import base64
import hashlib
import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import IO, Any, ClassVar

import jinja2
from markupsafe import Markup

import logscrub.scanner
from logscrub.scanner.display_names import display_name
from logscrub.scanner.records.entities import entity_facts
from logscrub.scanner.records.findings import ReportedFinding
from logscrub.scanner.records.outcomes import FileOutcome, FileStatus
from logscrub.scanner.records.taxonomy import Taxonomy
from logscrub.scanner.reports.inventory import InventoryBuilder, ProcessingRecord, most_sensitive_first
from logscrub.scanner.reports.streaming import write_all
from logscrub.scanner.reports.summary import NameSearch, RunSummary
from logscrub.scanner.reports.text import plural

FINDING_ROWS = 500  # listed on the page, the most sensitive first: it stays light; the JSON lists all
FILE_ROWS = 1_000  # likewise for files (those not scanned come first, so they are always listed)
RECORD_FILES = 10  # files named in a record of processing
VERDICT_KINDS = 3  # kinds of finding the verdict names
HASH_DIGITS = 12  # of the keyed hash, shown to tell values apart
REDACT_COMMAND = "logscrub redact <paths> --out <folder>"
ARCHIVE_MEMBER = "!"  # archive.zip!member/path.log

# Sensitivity colours, one palette for badges, bars and row marks; text labels go with each.
_STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 78rem; padding: 0 1rem;
  color: #1c1e21; }
h1 { font-size: 1.6rem; margin-bottom: .6rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; }
.meta { color: #555; margin: .3rem 0; }
.verdict { border-left: 6px solid #6b7280; border-radius: 4px; padding: .4rem 1rem; font-size: 1.1rem; }
.verdict p { margin: .4rem 0; }
.verdict-clean { border-color: #2b8a3e; background: #ebfbee; }
.verdict-findings { border-color: #b00020; background: #fdecee; }
.verdict-findings.sensitivity-high { border-color: #c2410c; background: #fff4e6; }
.verdict-findings.sensitivity-medium { border-color: #d9a400; background: #fff9db; }
.verdict-findings.sensitivity-low { border-color: #2b8a3e; background: #f4fce3; }
.verdict-not-scanned { border-color: #b00020; background: #fff0f0; }
.totals { display: flex; gap: 1rem; flex-wrap: wrap; margin: 1rem 0; padding: 0; }
.totals div { border: 1px solid #ddd; border-radius: 6px; padding: .6rem 1rem; min-width: 7rem; }
.totals dt { color: #555; font-size: .85rem; }
.totals dd { margin: 0; font-size: 1.5rem; font-weight: 600; }
.warning { border-left: 4px solid #b00020; background: #fdecee; padding: .6rem 1rem; }
.note { border-left: 4px solid #6b7280; background: #f3f4f6; padding: .4rem 1rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border-bottom: 1px solid #e5e5e5; padding: .3rem .5rem; text-align: left; vertical-align: top; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; }
th[aria-sort=ascending] button::after { content: " \\25B2"; }
th[aria-sort=descending] button::after { content: " \\25BC"; }
code { font-size: .9em; }
code.masked { white-space: pre-wrap; word-break: break-all; }
.scroll { overflow-x: auto; }
.controls { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
.badge { display: inline-block; border-radius: 3px; padding: 0 .4em; font-size: .85em; font-weight: 600;
  white-space: nowrap; background: #6b7280; color: #fff; }
.badge.sensitivity-critical { background: #b00020; color: #fff; }
.badge.sensitivity-high { background: #c2410c; color: #fff; }
.badge.sensitivity-medium { background: #f2b705; color: #1c1e21; }
.badge.sensitivity-low { background: #2b8a3e; color: #fff; }
#files-table tr td:first-child { border-left: 4px solid transparent; }
#files-table tr.top-critical td:first-child { border-left-color: #b00020; }
#files-table tr.top-high td:first-child { border-left-color: #c2410c; }
#files-table tr.top-medium td:first-child { border-left-color: #f2b705; }
#files-table tr.top-low td:first-child { border-left-color: #2b8a3e; }
#files-table tr.missed td:first-child { border-left-color: #1c1e21; }
#files-table tr.depth-1 td:first-child { padding-left: 2rem; }
#files-table tr.depth-2 td:first-child { padding-left: 3.5rem; }
#files-table tr.depth-3 td:first-child { padding-left: 5rem; }
#files-table tr.member td:first-child::before { content: "\\21B3  "; color: #6b7280; }
svg.chart { max-width: 100%; height: auto; }
svg.chart text { font-size: 13px; fill: #1c1e21; }
.bar rect { fill: #6b7280; }
.bar.sensitivity-critical rect { fill: #b00020; }
.bar.sensitivity-high rect { fill: #c2410c; }
.bar.sensitivity-medium rect { fill: #f2b705; }
.bar.sensitivity-low rect { fill: #2b8a3e; }
"""

_SCRIPT = """
(function () {
  "use strict";
  var table = document.getElementById("findings-table");
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var filter = document.getElementById("filter");
  var level = document.getElementById("sensitivity-filter");
  var shown = document.getElementById("shown");
  function apply() {
    var needle = filter.value.trim().toLowerCase();
    var wanted = level.value;
    var count = 0;
    rows.forEach(function (row) {
      var match = (!wanted || row.getAttribute("data-sensitivity") === wanted) &&
        (!needle || row.textContent.toLowerCase().indexOf(needle) !== -1);
      row.hidden = !match;
      if (match) { count += 1; }
    });
    shown.textContent = count + " of " + rows.length + " findings shown";
  }
  function sortBy(header) {
    var column = header.cellIndex;
    var numeric = header.getAttribute("data-type") === "number";
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) {
      cell.removeAttribute("aria-sort");
    });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var keyed = rows.map(function (row, position) {
      var cell = row.cells[column];
      var key = cell.getAttribute("data-sort");
      if (key === null) { key = cell.textContent; }
      return { row: row, key: numeric ? parseFloat(key) : key.toLowerCase(), position: position };
    });
    keyed.sort(function (a, b) {
      var order = a.key < b.key ? -1 : (a.key > b.key ? 1 : 0);
      return (ascending ? order : -order) || a.position - b.position;
    });
    var body = table.tBodies[0];
    keyed.forEach(function (item) { body.appendChild(item.row); });
  }
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header) {
    header.querySelector("button").addEventListener("click", function () { sortBy(header); });
  });
  filter.addEventListener("input", apply);
  level.addEventListener("change", apply);
  apply();
})();
"""

_FINDING_COLUMNS = (
    ("File", "text"),
    ("Line", "number"),
    ("Column", "number"),
    ("Entity", "text"),
    ("Category", "text"),
    ("Sensitivity", "number"),
    ("Masked line", "text"),
    ("Score", "number"),
    ("Preview", "text"),
    ("Value hash", "text"),
    ("Recognizer", "text"),
)


@dataclass(frozen=True)
class HtmlFormat:
    name: ClassVar[str] = "html"
    suffix: ClassVar[str] = ".html"
    description: ClassVar[str] = "one self-contained page: a verdict, charts, files, the findings masked"
    taxonomy: Taxonomy

    def write(self, outcomes: Sequence[FileOutcome], summary: RunSummary, stream: IO[str]) -> None:
        write_html_report(outcomes, summary, stream, self.taxonomy)

    def writer(self, stream: IO[str], name_search: NameSearch, release: bool = False) -> HtmlReportWriter:
        return HtmlReportWriter(stream, self.taxonomy, release)


@dataclass
class _FileTally:
    index: int  # in the order of the run
    path: str  # as shown
    status: str
    reason: str | None
    kinds: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # (sensitivity, category, entity)


# A listed finding: (rank of its sensitivity, -file index, -start, arrival, finding). The heap's least
# item is the least sensitive, latest one, given up first when a more sensitive finding comes.
_Listed = tuple[int, int, int, int, ReportedFinding]


class HtmlReportWriter:
    """Counts each file's findings by kind as it completes and keeps the FINDING_ROWS most sensitive
    findings of the run; the page is written at the end."""

    def __init__(self, stream: IO[str], taxonomy: Taxonomy, release: bool = False) -> None:
        self._stream, self._taxonomy, self._release = stream, taxonomy, release
        self._ranks = _ranks(taxonomy)
        self._inventory = InventoryBuilder()
        self._files: list[_FileTally] = []
        self._listed: list[_Listed] = []
        self._arrived = 0
        self._copied = False  # a redact run's report: its copies are written already

    def add(self, outcome: FileOutcome) -> None:
        tally = _FileTally(
            len(self._files), display_name(outcome.document.display), outcome.status, outcome.reason
        )
        self._files.append(tally)
        self._copied = self._copied or outcome.output is not None
        listed, top = self._listed, len(self._ranks)
        for f in self._inventory.counted(outcome):
            tally.kinds[f.sensitivity, f.category, f.entity] += 1
            item = (self._ranks.get(f.sensitivity, top), -tally.index, -f.start, self._arrived, f)
            self._arrived += 1
            if len(listed) < FINDING_ROWS:
                heapq.heappush(listed, item)
            else:
                heapq.heappushpop(listed, item)
        if self._release:
            outcome.findings.close()

    def finish(self, summary: RunSummary) -> None:
        page = _page(self._inventory, self._files, self._listed, summary, self._taxonomy, self._copied)
        self._stream.writelines(_template().generate(page))


def write_html_report(
    outcomes: Sequence[FileOutcome], summary: RunSummary, stream: IO[str], taxonomy: Taxonomy
) -> None:
    write_all(HtmlReportWriter(stream, taxonomy), outcomes, summary)


@cache
def _template() -> jinja2.Template:
    source = files(__package__).joinpath("html_report.html.j2").read_text(encoding="utf-8")
    environment = jinja2.Environment(
        autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True
    )
    environment.filters["shown"] = display_name  # input as one line of printable text; then escaped
    return environment.from_string(source)


def _ranks(taxonomy: Taxonomy) -> dict[str, int]:
    """Each sensitivity's rank, higher for more sensitive (callers rank one it does not name above all,
    as most_sensitive_first does)."""
    return {s: i for i, s in enumerate(taxonomy.sensitivities)}


@dataclass(frozen=True)
class _Bar:
    label: str
    value: int
    css: str
    y: int
    length: int
    baseline: int


@dataclass(frozen=True)
class _Chart:
    """A horizontal bar chart in SVG: one bar per (label, value, sensitivity), longest for the largest."""

    title: str
    chart_id: str
    bars: tuple[_Bar, ...]
    width: int
    label_width: int
    bar_height: int
    height: int


def _chart(title: str, chart_id: str, bars: Sequence[tuple[str, int, str]]) -> _Chart:
    width, label_width, value_width, bar_height, gap = 720, 230, 70, 22, 8
    plot = width - label_width - value_width
    top = max(value for _, value, _ in bars)
    drawn = tuple(
        _Bar(
            label,
            value,
            _css_name(sensitivity),
            y := gap + index * (bar_height + gap),
            max(1, round(plot * value / top)),
            y + bar_height - 6,
        )
        for index, (label, value, sensitivity) in enumerate(bars)
    )
    height = gap + len(bars) * (bar_height + gap)
    return _Chart(title, chart_id, drawn, width, label_width, bar_height, height)


@dataclass(frozen=True)
class _Verdict:
    kind: str  # not-scanned, findings or clean
    headline: str
    css: str = ""  # the sensitivity of the most sensitive finding
    command: str = ""  # the next step, a command to run
    next_step: str = ""  # or in words
    detail: str = ""


@dataclass(frozen=True)
class _FileRow:
    path: str
    status: str
    reason: str | None
    depth: int  # 0, or how deep inside the archives listed above it (at most 3)
    findings: int  # its own and, for an archive, those of the files inside it
    by_sensitivity: tuple[
        tuple[str, str, int], ...
    ]  # (sensitivity, css name, findings), most sensitive first
    kinds: tuple[tuple[str, int], ...]  # (entity, findings), most sensitive first
    categories: tuple[str, ...]  # most findings first
    top: str  # css name of its most sensitive finding's sensitivity, or ""
    missed: bool  # it, or a file inside it, was not scanned
    members: int
    members_missed: int

    @property
    def members_text(self) -> str:
        return plural(self.members, "file")

    @property
    def members_missed_text(self) -> str:
        return f"{self.members_missed} not scanned"


@dataclass(frozen=True)
class _FindingRow:
    path: str
    line: int
    column: int
    entity: str
    category: str
    sensitivity: str
    css: str
    rank: int
    masked_line: str | None
    score: str
    preview: str
    value_hash: str
    digest: str
    recognizer: str


def _page(
    inventory_builder: InventoryBuilder,
    tallies: Sequence[_FileTally],
    listed: Sequence[_Listed],
    summary: RunSummary,
    taxonomy: Taxonomy,
    copied: bool,
) -> dict[str, Any]:
    """What the template shows; `copied`: the run wrote redacted copies (redact --report)."""
    inventory = inventory_builder.inventory()
    ranks = _ranks(taxonomy)
    seen = [*summary.by_sensitivity, *(r.sensitivity for r in inventory.records)]
    sensitivities = most_sensitive_first(taxonomy, seen)
    order = {s: i for i, s in enumerate(sensitivities)}
    files = _file_rows(tallies, order)
    position = {row.path: i for i, row in enumerate(files)}
    present = [s for s in sensitivities if summary.by_sensitivity[s]]
    by_sensitivity = [(s, summary.by_sensitivity[s], s) for s in present]
    records = sorted(inventory.records, key=lambda r: order[r.sensitivity])
    findings = [
        _finding_row(tallies[-index].path, f, ranks.get(f.sensitivity, len(ranks)))
        for _, index, _, _, f in sorted(
            listed,
            key=lambda item: (-item[0], position.get(tallies[-item[1]].path, 0), -item[2], item[3]),
        )
    ]
    not_scanned = [t for t in tallies if t.status != FileStatus.SCANNED]
    totals = [
        ("Files", "total-files", summary.files, ""),
        ("Findings", "total-findings", summary.findings, ""),
        ("Distinct values", "total-distinct", inventory.distinct_values, ""),
        ("Not scanned", "total-not-scanned", len(not_scanned), ""),
        *((s, f"total-{_css_name(s)}", summary.by_sensitivity[s], _css_name(s)) for s in present),
    ]
    policy = (
        "default-src 'none'; "
        f"style-src '{_sha256(_STYLE)}'; script-src '{_sha256(_SCRIPT)}'; "
        "base-uri 'none'; form-action 'none'"
    )
    return {
        "policy": policy,
        # Our own constants, not escaped: the policy allows them by their exact text.
        "style": Markup(_STYLE),
        "script": Markup(_SCRIPT),
        "version": logscrub.scanner.__version__,
        "name_search": summary.name_search.sentence(),
        "verdict": _verdict(summary, tallies, order, copied),
        "totals": [
            {"label": label, "element_id": element_id, "value": value, "css": css}
            for label, element_id, value, css in totals
        ],
        "not_scanned": not_scanned,
        "not_scanned_headline": f"{plural(len(not_scanned), 'file')} not scanned: "
        "not known to be free of personal data.",
        "sensitivity_chart": _chart("Findings by sensitivity", "chart-sensitivity", by_sensitivity)
        if by_sensitivity
        else None,
        "records": [_record(r) for r in records],
        "category_chart": _chart(
            "Findings by category",
            "chart-category",
            [(f"{r.category} ({r.sensitivity})", r.findings, r.sensitivity) for r in records],
        )
        if records
        else None,
        "files": files[:FILE_ROWS],
        "files_total": len(files),
        "files_cut": len(files) > FILE_ROWS,
        "findings": findings,
        "findings_total": summary.findings,
        "findings_cut": summary.findings > len(findings),
        "filter_sensitivities": present,
        "columns": _FINDING_COLUMNS,
    }


def _verdict(
    summary: RunSummary, tallies: Sequence[_FileTally], order: dict[str, int], copied: bool
) -> _Verdict:
    """Whether the files may be shared as they are and what to do next: fail closed, so a run with a
    file that could not be read never reads as clean; else the most sensitive kinds found, in words
    (after a redact run: what its copies no longer hold)."""
    kinds: Counter[tuple[str, str]] = Counter()
    for tally in tallies:
        for (sensitivity, _, entity), n in tally.kinds.items():
            kinds[sensitivity, entity] += n
    ranked = sorted(kinds.items(), key=lambda item: (order[item[0][0]], -item[1], item[0][1]))
    named = [_kind_words(entity, n) for (_, entity), n in ranked[:VERDICT_KINDS]]
    rest = sum(n for _, n in ranked[VERDICT_KINDS:])
    found = ", ".join(named) + (f" and {plural(rest, 'more finding')}" if rest else "")
    errors, skipped = summary.by_status.get(FileStatus.ERROR, 0), summary.by_status.get(FileStatus.SKIPPED, 0)
    if errors:
        return _Verdict(
            "not-scanned",
            f"Not fully scanned: {plural(errors, 'file')} could not be read",
            next_step="see “not scanned” below; until they are scanned, treat them as holding personal data",
            detail=f"Found in the files that were scanned: {found}." if ranked else "",
        )
    if ranked and copied:
        return _Verdict(
            "findings",
            f"Redacted copies written; the originals hold {found}",
            css=_css_name(ranked[0][0][0]),
            next_step="share the redacted copies, never the originals",
        )
    if ranked:
        return _Verdict(
            "findings", f"Not ready to share: {found}", css=_css_name(ranked[0][0][0]), command=REDACT_COMMAND
        )
    scanned = summary.by_status.get(FileStatus.SCANNED, 0)
    if skipped:
        return _Verdict(
            "not-scanned",
            f"Not fully scanned: {plural(skipped, 'file')} skipped",
            next_step="see “not scanned” below",
            detail=f"No personal data found in the {plural(scanned, 'file')} scanned.",
        )
    return _Verdict("clean", f"No personal data found in {plural(scanned, 'file')}")


def _kind_words(entity: str, n: int) -> str:
    """`n` findings of `entity` in words: "2 personnummer", "1 credential", "3 phone numbers"."""
    singular, several = entity_facts(entity).words
    return plural(n, display_name(singular), display_name(several))


def _file_rows(tallies: Sequence[_FileTally], order: dict[str, int]) -> list[_FileRow]:
    """The files most sensitive first (those not scanned before all), each archive followed by the
    files inside it, its row counting theirs."""
    by_path: dict[str, _FileTally] = {}
    for tally in tallies:
        by_path.setdefault(tally.path, tally)
    inside: defaultdict[int | None, list[_FileTally]] = defaultdict(list)
    totals = {tally.index: Counter(tally.kinds) for tally in tallies}
    members: Counter[int] = Counter()
    members_missed: Counter[int] = Counter()
    for tally in tallies:
        archive = _archive_of(tally.path, by_path)
        inside[None if archive is None else archive.index].append(tally)
        while archive is not None:
            totals[archive.index].update(tally.kinds)
            members[archive.index] += 1
            members_missed[archive.index] += tally.status != FileStatus.SCANNED
            archive = _archive_of(archive.path, by_path)

    def severity(tally: _FileTally) -> tuple[bool, list[int], int, str]:
        by_sensitivity = [0] * len(order)
        for (sensitivity, _, _), n in totals[tally.index].items():
            by_sensitivity[order[sensitivity]] -= n
        missed = tally.status != FileStatus.SCANNED or members_missed[tally.index] > 0
        return (not missed, by_sensitivity, sum(by_sensitivity), tally.path)

    def listed(archive: int | None, depth: int) -> Iterator[_FileRow]:
        for tally in sorted(inside[archive], key=severity):
            counts = totals[tally.index]
            yield _file_row(tally, counts, order, depth, members[tally.index], members_missed[tally.index])
            yield from listed(tally.index, depth + 1)

    return list(listed(None, 0))


def _archive_of(path: str, by_path: dict[str, _FileTally]) -> _FileTally | None:
    """The innermost archive holding `path` (archive.zip!inner.tar!member.log), if the run has its row."""
    parts = path.split(ARCHIVE_MEMBER)
    for end in range(len(parts) - 1, 0, -1):
        archive = by_path.get(ARCHIVE_MEMBER.join(parts[:end]))
        if archive is not None:
            return archive
    return None


def _file_row(
    tally: _FileTally,
    counts: Counter[tuple[str, str, str]],
    order: dict[str, int],
    depth: int,
    members: int,
    members_missed: int,
) -> _FileRow:
    by_sensitivity: Counter[str] = Counter()
    by_category: Counter[str] = Counter()
    by_entity: Counter[tuple[str, str]] = Counter()
    for (sensitivity, category, entity), n in counts.items():
        by_sensitivity[sensitivity] += n
        by_category[category] += n
        by_entity[sensitivity, entity] += n
    sensitivities = sorted(by_sensitivity, key=order.__getitem__)
    kinds = sorted(by_entity.items(), key=lambda item: (order[item[0][0]], -item[1], item[0][1]))
    return _FileRow(
        path=tally.path,
        status=tally.status,
        reason=tally.reason,
        depth=min(depth, 3),
        findings=sum(by_sensitivity.values()),
        by_sensitivity=tuple((s, _css_name(s), by_sensitivity[s]) for s in sensitivities),
        kinds=tuple((entity, n) for (_, entity), n in kinds),
        categories=tuple(c for c, _ in sorted(by_category.items(), key=lambda item: (-item[1], item[0]))),
        top=_css_name(sensitivities[0]) if sensitivities else "",
        missed=tally.status != FileStatus.SCANNED or members_missed > 0,
        members=members,
        members_missed=members_missed,
    )


def _record(record: ProcessingRecord) -> dict[str, Any]:
    return {
        "category": record.category,
        "sensitivity": record.sensitivity,
        "css": _css_name(record.sensitivity),
        "findings": record.findings,
        "distinct_values": record.distinct_values,
        "entities": list(record.entities.items()),
        "files": record.files[:RECORD_FILES],
        "more_files": max(0, len(record.files) - RECORD_FILES),
    }


def _finding_row(path: str, f: ReportedFinding, rank: int) -> _FindingRow:
    return _FindingRow(
        path=path,
        line=f.line,
        column=f.column,
        entity=f.entity,
        category=f.category,
        sensitivity=f.sensitivity,
        css=_css_name(f.sensitivity),
        rank=rank,
        masked_line=f.masked_line,
        score=f"{f.score:.2f}",
        preview=f.preview,
        value_hash=f.value_hash,
        digest=f.value_hash.partition(":")[2][:HASH_DIGITS],
        recognizer=f.recognizer,
    )


def _sha256(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def _css_name(name: str) -> str:
    return re.sub(r"[^a-z0-9-]", "-", name.lower())
