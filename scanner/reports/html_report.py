"""The HTML report: one self-contained page to open in a browser or attach to a ticket.

Inline CSS and a little inline JavaScript (sorting and filtering the findings table); charts are SVG
drawn here. A Content-Security-Policy allows exactly the page's own style and script by hash and no
other load of any kind, so opening the page makes no network request. Every piece of text from the
input is escaped. Values never appear: only masked previews and keyed hashes.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from itertools import islice
from typing import IO, ClassVar

from logscrub.scanner import __version__
from logscrub.scanner.classification import Taxonomy
from logscrub.scanner.display_names import display_name
from logscrub.scanner.findings import ReportedFinding
from logscrub.scanner.pipeline import SCANNED, FileOutcome
from logscrub.scanner.reports.inventory import (
    FileBreakdown,
    Inventory,
    InventoryBuilder,
    ProcessingRecord,
    most_sensitive_first,
)
from logscrub.scanner.reports.streaming import write_all
from logscrub.scanner.reports.summary import NameSearch, RunSummary
from logscrub.scanner.reports.text import plural

FINDING_ROWS = 10_000  # a browser sorts and filters this many at once; the JSON and CSV list all
HASH_DIGITS = 12  # of the keyed hash, shown to tell values apart

_STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 78rem; padding: 0 1rem;
  color: #1c1e21; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; }
.meta { color: #555; margin-top: 0; }
.totals { display: flex; gap: 1rem; flex-wrap: wrap; margin: 1rem 0; padding: 0; }
.totals div { border: 1px solid #ddd; border-radius: 6px; padding: .6rem 1rem; min-width: 8rem; }
.totals dt { color: #555; font-size: .85rem; }
.totals dd { margin: 0; font-size: 1.5rem; font-weight: 600; }
.warning { border-left: 4px solid #b00020; background: #fdecee; padding: .6rem 1rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border-bottom: 1px solid #e5e5e5; padding: .3rem .5rem; text-align: left; vertical-align: top; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; }
th[aria-sort=ascending] button::after { content: " \\25B2"; }
th[aria-sort=descending] button::after { content: " \\25BC"; }
code { font-size: .9em; }
.scroll { overflow-x: auto; }
.controls { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
svg.chart { max-width: 100%; height: auto; }
svg.chart text { font-size: 13px; fill: #1c1e21; }
.bar rect { fill: #6b7280; }
.bar.sensitivity-critical rect { fill: #b00020; }
.bar.sensitivity-high rect { fill: #e8590c; }
.bar.sensitivity-medium rect { fill: #f2b705; }
.bar.sensitivity-low rect { fill: #2f9e44; }
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
    ("Score", "number"),
    ("Preview", "text"),
    ("Value hash", "text"),
    ("Recognizer", "text"),
)


@dataclass(frozen=True)
class HtmlFormat:
    name: ClassVar[str] = "html"
    suffix: ClassVar[str] = ".html"
    description: ClassVar[str] = "one self-contained page: charts, files, a sortable findings table"
    taxonomy: Taxonomy

    def write(self, outcomes: Sequence[FileOutcome], summary: RunSummary, stream: IO[str]) -> None:
        write_html_report(outcomes, summary, stream, self.taxonomy)

    def writer(self, stream: IO[str], name_search: NameSearch, release: bool = False) -> HtmlReportWriter:
        return HtmlReportWriter(stream, self.taxonomy, release)


class HtmlReportWriter:
    """Counts each file as it completes and keeps the first FINDING_ROWS findings for the table; the
    page, aggregates and that bounded list, is written at the end."""

    def __init__(self, stream: IO[str], taxonomy: Taxonomy, release: bool = False) -> None:
        self._stream, self._taxonomy, self._release = stream, taxonomy, release
        self._inventory = InventoryBuilder()
        self._listed: list[tuple[str, ReportedFinding]] = []

    def add(self, outcome: FileOutcome) -> None:
        room = max(0, FINDING_ROWS - len(self._listed))
        counted = self._inventory.counted(outcome)
        self._listed += ((outcome.document.display, f) for f in islice(counted, room))
        for _ in counted:  # the rest is counted only
            pass
        if self._release:
            outcome.findings.close()

    def finish(self, summary: RunSummary) -> None:
        _write_html(self._inventory.inventory(), self._listed, summary, self._stream, self._taxonomy)


def write_html_report(
    outcomes: Sequence[FileOutcome], summary: RunSummary, stream: IO[str], taxonomy: Taxonomy
) -> None:
    write_all(HtmlReportWriter(stream, taxonomy), outcomes, summary)


def _write_html(
    inventory: Inventory,
    listed: Sequence[tuple[str, ReportedFinding]],
    summary: RunSummary,
    stream: IO[str],
    taxonomy: Taxonomy,
) -> None:
    seen = [*summary.by_sensitivity, *(r.sensitivity for r in inventory.records)]
    sensitivities = most_sensitive_first(taxonomy, seen)
    policy = (
        "default-src 'none'; "
        f"style-src '{_sha256(_STYLE)}'; script-src '{_sha256(_SCRIPT)}'; "
        "base-uri 'none'; form-action 'none'"
    )
    stream.write(
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{escape(policy)}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>Personal data inventory</title>\n"
        f"<style>{_STYLE}</style>\n</head>\n<body>\n"
        "<h1>Personal data inventory</h1>\n"
        f'<p class="meta">logscrub {escape(__version__)}. Values are never shown: previews are masked, '
        "hashes are keyed.</p>\n"
        f'<p class="meta" id="name-search">{escape(summary.name_search.sentence())}</p>\n'
    )
    stream.write(_totals(summary, inventory))
    stream.write(_not_scanned(inventory.files))
    stream.write(_by_sensitivity(summary, sensitivities))
    stream.write(_records(inventory.records, sensitivities))
    present = [s for s in sensitivities if summary.by_sensitivity[s]]
    stream.write(_per_file(inventory.files, present))
    _write_findings(listed, summary, sensitivities, stream)
    stream.write(f"<script>{_SCRIPT}</script>\n</body>\n</html>\n")


def _sha256(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def _text(text: str) -> str:
    return escape(display_name(text), quote=True)


def _totals(summary: RunSummary, inventory: Inventory) -> str:
    not_scanned = summary.files - summary.by_status.get(SCANNED, 0)
    cells = (
        ("Files", "total-files", summary.files),
        ("Findings", "total-findings", summary.findings),
        ("Distinct values", "total-distinct", inventory.distinct_values),
        ("Not scanned", "total-not-scanned", not_scanned),
    )
    items = "".join(f'<div><dt>{label}</dt><dd id="{id_}">{n}</dd></div>' for label, id_, n in cells)
    return f'<section aria-label="Totals"><dl class="totals">{items}</dl></section>\n'


def _not_scanned(files: Sequence[FileBreakdown]) -> str:
    missed = [f for f in files if f.status != SCANNED]
    if not missed:
        return ""
    items = "".join(
        f"<li><code>{_text(f.path)}</code>: {_text(f.status)}: {_text(f.reason or '')}</li>" for f in missed
    )
    return (
        '<section id="not-scanned" class="warning">'
        f"<strong>{plural(len(missed), 'file')} not scanned: not known to be free of personal data.</strong>"
        f"<ul>{items}</ul></section>\n"
    )


def _by_sensitivity(summary: RunSummary, sensitivities: Sequence[str]) -> str:
    bars = [(s, summary.by_sensitivity[s], s) for s in sensitivities if summary.by_sensitivity[s]]
    rows = "".join(f'<tr><td>{_text(s)}</td><td class="number">{n}</td></tr>' for s, n, _ in bars)
    body = (
        _bar_chart("Findings by sensitivity", "chart-sensitivity", bars)
        + f'<table id="sensitivity-table"><thead><tr><th>Sensitivity</th><th class="number">Findings</th>'
        f"</tr></thead><tbody>{rows}</tbody></table>"
        if bars
        else "<p>No findings.</p>"
    )
    return f'<section id="by-sensitivity"><h2>By sensitivity</h2>{body}</section>\n'


def _records(records: Sequence[ProcessingRecord], sensitivities: Sequence[str]) -> str:
    ordered = sorted(records, key=lambda r: sensitivities.index(r.sensitivity))
    head = (
        '<section id="records"><h2>Records of processing</h2>'
        "<p>Which categories of personal data were found, at what sensitivity, how much and where.</p>"
    )
    if not ordered:
        return head + "<p>No personal data found.</p></section>\n"
    bars = [(f"{r.category} ({r.sensitivity})", r.findings, r.sensitivity) for r in ordered]
    rows = "".join(
        f"<tr><td>{_text(r.category)}</td><td>{_text(r.sensitivity)}</td>"
        f'<td class="number">{r.findings}</td><td class="number">{r.distinct_values}</td>'
        f"<td>{', '.join(f'{_text(e)} {n}' for e, n in r.entities.items())}</td>"
        f"<td>{', '.join(f'<code>{_text(f.path)}</code> ({f.findings})' for f in r.files)}</td></tr>"
        for r in ordered
    )
    return (
        head
        + _bar_chart("Findings by category", "chart-category", bars)
        + '<table id="records-table"><thead><tr><th>Category</th><th>Sensitivity</th>'
        '<th class="number">Findings</th><th class="number">Distinct values</th><th>Kinds</th>'
        f"<th>Files</th></tr></thead><tbody>{rows}</tbody></table></section>\n"
    )


def _per_file(files: Sequence[FileBreakdown], sensitivities: Sequence[str]) -> str:
    heads = "".join(f'<th class="number">{_text(s)}</th>' for s in sensitivities)
    rows = "".join(
        f"<tr><td><code>{_text(f.path)}</code></td><td>{_text(f.status)}"
        f"{': ' + _text(f.reason) if f.reason else ''}</td>"
        f'<td class="number">{f.findings}</td>'
        + "".join(f'<td class="number">{f.by_sensitivity.get(s, 0)}</td>' for s in sensitivities)
        + f"<td>{', '.join(_text(c) for c in f.categories)}</td></tr>"
        for f in files
    )
    return (
        '<section id="files"><h2>Per file</h2><table id="files-table"><thead><tr><th>File</th>'
        f'<th>Status</th><th class="number">Findings</th>{heads}<th>Categories</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></section>\n"
    )


def _write_findings(
    rows: Sequence[tuple[str, ReportedFinding]],
    summary: RunSummary,
    sensitivities: Sequence[str],
    stream: IO[str],
) -> None:
    options = "".join(
        f'<option value="{_text(s)}">{_text(s)}</option>' for s in sensitivities if summary.by_sensitivity[s]
    )
    heads = "".join(
        f'<th data-type="{kind}" class="{kind}"><button type="button">{label}</button></th>'
        for label, kind in _FINDING_COLUMNS
    )
    listed = min(summary.findings, FINDING_ROWS)
    stream.write(
        '<section id="findings"><h2>Findings</h2><div class="controls">'
        '<label>Filter <input id="filter" type="search" placeholder="file, entity, category…"></label>'
        '<label>Sensitivity <select id="sensitivity-filter"><option value="">all</option>'
        f'{options}</select></label><output id="shown">{listed} findings</output></div>\n'
    )
    if summary.findings > FINDING_ROWS:
        stream.write(
            f'<p class="warning" id="findings-truncated">The first {FINDING_ROWS} of {summary.findings} '
            "findings are listed here; the JSON and CSV reports list them all.</p>\n"
        )
    stream.write(f'<div class="scroll"><table id="findings-table"><thead><tr>{heads}</tr></thead><tbody>\n')
    rank = {s: len(sensitivities) - i for i, s in enumerate(sensitivities)}
    for path, f in rows:
        digest = f.value_hash.partition(":")[2]
        stream.write(
            f'<tr data-sensitivity="{_text(f.sensitivity)}"><td><code>{_text(path)}'
            f'</code></td><td class="number">{f.line}</td><td class="number">{f.column}</td>'
            f"<td>{_text(f.entity)}</td><td>{_text(f.category)}</td>"
            f'<td data-sort="{rank.get(f.sensitivity, 0)}">{_text(f.sensitivity)}</td>'
            f'<td class="number">{f.score:.2f}</td><td><code>{_text(f.preview)}</code></td>'
            f'<td><code title="{_text(f.value_hash)}">{digest[:HASH_DIGITS]}</code></td>'
            f"<td>{_text(f.recognizer)}</td></tr>\n"
        )
    stream.write("</tbody></table></div></section>\n")


def _bar_chart(title: str, chart_id: str, bars: Sequence[tuple[str, int, str]]) -> str:
    """A horizontal bar chart in SVG: one bar per (label, value, sensitivity), longest for the largest."""
    width, label_width, value_width, bar_height, gap = 720, 230, 70, 22, 8
    plot = width - label_width - value_width
    top = max(value for _, value, _ in bars)
    height = gap + len(bars) * (bar_height + gap)
    parts = [
        f'<svg class="chart" id="{chart_id}" role="img" aria-labelledby="{chart_id}-title" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}">'
        f'<title id="{chart_id}-title">{_text(title)}</title>'
    ]
    for index, (label, value, sensitivity) in enumerate(bars):
        y = gap + index * (bar_height + gap)
        length = max(1, round(plot * value / top))
        baseline = y + bar_height - 6
        parts.append(
            f'<g class="bar sensitivity-{_css_name(sensitivity)}">'
            f'<text x="{label_width - 8}" y="{baseline}" text-anchor="end">{_text(label)}</text>'
            f'<rect x="{label_width}" y="{y}" width="{length}" height="{bar_height}" data-value="{value}">'
            f"<title>{_text(label)}: {value}</title></rect>"
            f'<text class="value" x="{label_width + length + 6}" y="{baseline}">{value}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _css_name(name: str) -> str:
    return re.sub(r"[^a-z0-9-]", "-", name.lower())
