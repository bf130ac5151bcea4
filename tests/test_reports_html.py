"""The HTML report as a person sees it: rendered by headless Chromium (Debian's `chromium` package),
driven over the DevTools protocol on a pipe, with no network. Numbers are read from the page after
its script ran; sorting and filtering are driven with real mouse clicks and typing."""

from __future__ import annotations

import html as html_module
import io
import json
import os
import re
import select
import shutil
import subprocess
import time
import tracemalloc
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

import pytest

from logscrub.scanner.classification import load_taxonomy
from logscrub.scanner.cli.main import main
from logscrub.scanner.finding_batch import FindingBatchBuilder
from logscrub.scanner.masked_lines import MaskedLines
from logscrub.scanner.pipeline import Pipeline
from logscrub.scanner.records.documents import Document
from logscrub.scanner.records.outcomes import FileOutcome
from logscrub.scanner.records.scan_settings import ScanSettings
from logscrub.scanner.records.taxonomy import Classification
from logscrub.scanner.reports.formats import report_format
from logscrub.scanner.reports.html_report import FINDING_ROWS
from logscrub.scanner.reports.summary import NameSearch, RunSummary
from logscrub.scanner.sources.paths import expand_paths

pytestmark = pytest.mark.needs("chromium")

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--host-resolver-rules=MAP * ~NOTFOUND",  # no name resolves, so no request could leave anyway
    "--proxy-server=127.0.0.1:9",
    "--window-size=1280,900",
)
CALL_LOG = (
    "INVITE sip:+46701740612@pbx.example.se;user=phone SIP/2.0\n"
    'From: "Anna Svensson"<sip:anna.svensson@example.se>;tag=1\n'
    "ticket: customer 070-174 06 13, pnr 19850101-2382, host 10.20.0.14\n"
    "more: pnr 19850101-2382 and 10.20.0.15\n"
)
HOSTILE_NAME = '<img src=x onerror="document.title=1">&amp;.log'


class Browser:
    """Chromium with --remote-debugging-pipe: commands on its fd 3, replies on its fd 4, NUL-separated."""

    def __init__(self, profile: Path) -> None:
        binary = shutil.which("chromium")
        if binary is None:
            pytest.fail(
                "chromium is missing: the HTML report is tested in it (Debian: apt-get install chromium)"
            )
        commands_read, self._commands = os.pipe()
        self._replies, replies_write = os.pipe()
        # The shell moves the pipes to the descriptors 3 and 4 that Chromium reads and writes.
        self.process = subprocess.Popen(
            ["sh", "-c", 'exec "$@" 3<&0 4>&1 </dev/null >/dev/null', "sh", binary, *CHROMIUM_FLAGS,
             f"--user-data-dir={profile}", "--remote-debugging-pipe", "about:blank"],
            stdin=commands_read,
            stdout=replies_write,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        os.close(commands_read)
        os.close(replies_write)
        self._buffer = b""
        self._last_id = 0
        self.events: list[dict[str, Any]] = []

    def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> Any:
        self._last_id += 1
        message: dict[str, Any] = {"id": self._last_id, "method": method, "params": params or {}}
        if session is not None:
            message["sessionId"] = session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._receive()
            if reply.get("id") == self._last_id:
                assert "error" not in reply, f"{method}: {reply['error']}"
                return reply["result"]
            self.events.append(reply)

    def wait_for(self, method: str, session: str) -> dict[str, Any]:
        while True:
            for event in self.events:
                if event.get("method") == method and event.get("sessionId") == session:
                    return event
            self.events.append(self._receive())

    def _receive(self, timeout: float = 30) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._replies], [], [], max(0.0, deadline - time.monotonic()))
            assert ready, "chromium did not answer within 30 s"
            chunk = os.read(self._replies, 1 << 16)
            assert chunk, "chromium closed the DevTools pipe"
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        parsed: dict[str, Any] = json.loads(message)
        return parsed

    def close(self) -> None:
        try:
            self.send("Browser.close")
            self.process.wait(timeout=10)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
            os.close(self._commands)
            os.close(self._replies)


class Page:
    """One tab with a page loaded; every event it caused is kept in the browser's list."""

    def __init__(self, browser: Browser, url: str) -> None:
        self.browser, self.url = browser, url
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session: str = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        for domain in ("Page", "Network", "Runtime", "Log"):
            self.call(f"{domain}.enable")
        self.call("Page.navigate", {"url": url})
        browser.wait_for("Page.loadEventFired", self.session)

    def call(self, method: str, params: dict[str, Any] | None = None) -> Any:
        return self.browser.send(method, params, self.session)

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        assert "exceptionDetails" not in result, result["exceptionDetails"]
        return result["result"].get("value")

    def click(self, selector: str) -> None:
        """A left click in the middle of the element, as a mouse makes it."""
        x, y = self.evaluate(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
            " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
            " return [r.x + r.width / 2, r.y + r.height / 2]; })()"
        )
        for kind in ("mousePressed", "mouseReleased"):
            self.call(
                "Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1}
            )

    def type(self, text: str) -> None:
        self.call("Input.insertText", {"text": text})

    def press(self, key: str, code: int) -> None:
        for kind in ("keyDown", "keyUp"):
            self.call(
                "Input.dispatchKeyEvent",
                {"type": kind, "key": key, "code": key, "windowsVirtualKeyCode": code},
            )

    def visible_rows(self, column: int) -> list[str]:
        """The text in `column` of each findings row a person can see, top to bottom."""
        return list(
            self.evaluate(
                "Array.from(document.querySelectorAll('#findings-table tbody tr'))"
                f".filter(r => r.getClientRects().length > 0).map(r => r.cells[{column}].innerText)"
            )
        )

    def text(self, selector: str) -> str:
        return str(self.evaluate(f"document.querySelector({json.dumps(selector)}).innerText"))

    def events(self, *methods: str) -> list[dict[str, Any]]:
        return [
            e for e in self.browser.events if e.get("sessionId") == self.session and e["method"] in methods
        ]


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    running = Browser(tmp_path_factory.mktemp("chromium-profile"))
    yield running
    running.close()


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """One scan written as HTML and as JSON (the reference), from inside the input folder."""
    root = tmp_path_factory.mktemp("html")
    (root / "in").mkdir()
    (root / "in" / "call.log").write_text(CALL_LOG, encoding="utf-8")
    (root / "in" / HOSTILE_NAME).write_text("ring +46 70 174 06 12\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LOGSCRUB_HASH_KEY", "html-test-key-8b3e61f0c2d94a57")
        patch.chdir(root / "in")
        for name in ("html", "json"):
            assert main(["scan", ".", "gone.log", "-j", "1", "-o", str(root / f"report.{name}")]) == 2
    return root / "report.html", json.loads((root / "report.json").read_text(encoding="utf-8"))


def test_the_page_shows_the_summary_of_the_run(browser: Browser, run: tuple[Path, dict[str, Any]]) -> None:
    html, report = run
    page = Page(browser, html.as_uri())
    summary = report["summary"]
    findings = [f for entry in report["files"] for f in entry["findings"]]
    assert page.text("#total-files") == "3"
    assert page.text("#total-findings") == str(summary["findings"]) == str(len(findings))
    assert page.text("#total-distinct") == str(summary["distinct_values"])
    assert page.text("#total-not-scanned") == "1"
    assert "1 file not scanned" in page.text("#not-scanned") and "gone.log" in page.text("#not-scanned")
    shown = page.text("#shown")  # written by the script
    assert shown == f"{len(findings)} of {len(findings)} findings shown"

    by_sensitivity = page.evaluate(
        "Array.from(document.querySelectorAll('#sensitivity-table tbody tr')).map(r => [r.cells[0].innerText,"
        " Number(r.cells[1].innerText)])"
    )
    ranks = ["critical", "high", "medium", "low"]
    expected_counts = sorted(summary["by_sensitivity"].items(), key=lambda item: ranks.index(item[0]))
    assert [tuple(row) for row in by_sensitivity] == expected_counts
    assert by_sensitivity[0] == ["critical", 2]  # the personnummer, twice
    bars = page.evaluate(
        "Array.from(document.querySelectorAll('#chart-sensitivity rect')).map(r => [r.querySelector('title')"
        ".textContent, r.getBoundingClientRect().width])"
    )
    assert [label for label, _ in bars] == [f"{s}: {n}" for s, n in expected_counts]
    top, widest = max(n for _, n in expected_counts), max(width for _, width in bars)
    for (_, n), (_, width) in zip(expected_counts, bars, strict=True):  # lengths follow the counts
        assert width == pytest.approx(widest * n / top, abs=1.5)

    records = page.evaluate(
        "Array.from(document.querySelectorAll('#records-table tbody tr')).map(r => Array.from(r.cells,"
        " c => c.innerText))"
    )
    expected = sorted(summary["records_of_processing"], key=lambda r: ranks.index(r["sensitivity"]))
    assert [(r[0], r[1], int(r[2]), int(r[3])) for r in records] == [
        (r["category"], r["sensitivity"], r["findings"], r["distinct_values"]) for r in expected
    ]
    assert records[0][:5] == ["national_id", "critical", "2", "1", "SE_PERSONNUMMER 2"]
    assert records[0][5] == "call.log (2)"
    assert page.evaluate("document.querySelectorAll('#chart-category rect').length") == len(records)

    files = page.evaluate(
        "Array.from(document.querySelectorAll('#files-table tbody tr')).map(r => Array.from(r.cells,"
        " c => c.innerText))"
    )
    per_file = {entry["path"]: len(entry["findings"]) for entry in report["files"]}
    assert {row[0]: int(row[2]) for row in files} == per_file
    gone = next(row for row in files if row[0] == "gone.log")
    assert gone[1] == "error: no such file or directory"


def test_the_findings_table_sorts_and_filters_under_mouse_and_keyboard(
    browser: Browser, run: tuple[Path, dict[str, Any]]
) -> None:
    html, report = run
    page = Page(browser, html.as_uri())
    findings = [(entry["path"], f) for entry in report["files"] for f in entry["findings"]]
    total = len(findings)
    lines = [int(text) for text in page.visible_rows(1)]
    assert len(lines) == total

    page.click("#findings-table th:nth-child(2) button")  # Line
    assert [int(text) for text in page.visible_rows(1)] == sorted(lines)
    assert page.evaluate(
        "document.querySelector('#findings-table th:nth-child(2)').getAttribute('aria-sort')"
    ) == ("ascending")
    page.click("#findings-table th:nth-child(2) button")
    assert [int(text) for text in page.visible_rows(1)] == sorted(lines, reverse=True)

    page.click("#findings-table th:nth-child(6) button")  # Sensitivity: by rank, not alphabetically
    page.click("#findings-table th:nth-child(6) button")
    ranks = {"critical": 3, "high": 2, "medium": 1, "low": 0}
    shown = page.visible_rows(5)
    assert shown == sorted(shown, key=lambda s: -ranks[s]) and shown[0] == "critical" and shown[-1] == "low"

    page.click("#filter")
    page.type("national_id")  # the category (masked lines name entities, not categories)
    assert page.visible_rows(3) == ["SE_PERSONNUMMER", "SE_PERSONNUMMER"]
    assert page.text("#shown") == f"2 of {total} findings shown"

    page.press("Backspace", 8)  # "national_i" still matches
    assert page.text("#shown") == f"2 of {total} findings shown"
    page.evaluate("document.querySelector('#filter').select()")
    page.press("Backspace", 8)
    assert page.text("#shown") == f"{total} of {total} findings shown"

    page.click("#sensitivity-filter")
    page.press("Escape", 27)  # close the list it opened; the focus stays on it
    page.press("ArrowDown", 40)  # all -> critical
    page.press("ArrowDown", 40)  # critical -> the next sensitivity found
    counts = Counter(f["sensitivity"] for _, f in findings)
    second = sorted(counts, key=lambda s: -ranks[s])[1]
    assert page.visible_rows(5) == [second] * counts[second]
    assert page.text("#shown") == f"{counts[second]} of {total} findings shown"


def test_the_page_loads_nothing_and_shows_input_only_as_text(
    browser: Browser, run: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    html, _ = run
    page = Page(browser, html.as_uri())
    requests = [e["params"]["request"]["url"] for e in page.events("Network.requestWillBeSent")]
    assert requests == [html.as_uri()]
    assert page.events("Runtime.exceptionThrown", "Runtime.consoleAPICalled") == []
    assert [e["params"]["entry"]["text"] for e in page.events("Log.entryAdded")] == []
    assert page.evaluate("document.images.length") == 0
    assert page.evaluate("document.title") == "Personal data inventory"  # no injected handler ran
    assert HOSTILE_NAME in page.evaluate("document.querySelector('#files-table').innerText")
    assert page.evaluate("document.querySelectorAll('script').length") == 1

    # The same checks see a page that breaks the rules: an outside image and a script not in the policy.
    tampered = tmp_path / "tampered.html"
    tampered.write_text(
        html.read_text(encoding="utf-8").replace(
            "</body>",
            '<img src="http://example.invalid/x.png"><script>document.title = "ran";</script></body>',
        ),
        encoding="utf-8",
    )
    broken = Page(browser, tampered.as_uri())
    assert broken.evaluate("document.title") == "Personal data inventory"
    blocked = " ".join(e["params"]["entry"]["text"] for e in broken.events("Log.entryAdded"))
    assert "Content Security Policy" in blocked and "example.invalid" in blocked


# --- the verdict, the order of files, archives, colours, masked lines, large runs -------------------

PHONE, EMAIL = "070-174 06 12", "anna.svensson@example.se"  # fiction range; example domain
PERSONNUMMER = ("19121212-1212", "19850101-2382")  # Skatteverket's test numbers
PASSWORDS = ("Hunter2Secret9", "Blue7Horse3x", "Zq8Wv3Lm5Np2")
DIRTY_LOG = (
    f"pnr {PERSONNUMMER[0]} ok\npnr {PERSONNUMMER[1]} ok\n"
    f"login password={PASSWORDS[0]} ok\nlogin password={PASSWORDS[1]} ok\nauth secret={PASSWORDS[2]} ok\n"
    f"INFO call from {PHONE} to {EMAIL}\n"
)
SENSITIVITIES = ("critical", "high", "medium", "low")


def scan_to_html(root: Path, files: dict[str, str | bytes], *extra: str) -> tuple[Path, int]:
    """Write `files` under root/in, scan them (and `extra` paths) from there to an HTML report."""
    folder = root / "in"
    for name, content in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            (folder / name).write_bytes(content)
        else:
            (folder / name).write_text(content, encoding="utf-8")
    out = root / "report.html"
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        code = main(["scan", ".", *extra, "-j", "1", "-o", str(out)])
    return out, code


def zipped(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def rows(page: Page, table: str) -> list[list[str]]:
    return list(
        page.evaluate(
            f"Array.from(document.querySelectorAll('#{table} tbody tr')).map(r => Array.from(r.cells,"
            " c => c.innerText))"
        )
    )


def test_the_verdict_names_the_most_sensitive_kinds_and_the_next_step(
    browser: Browser, tmp_path: Path
) -> None:
    peers = "".join(f"peer 10.1.0.{i} up\n" for i in range(1, 5))  # more, but less sensitive
    html, code = scan_to_html(tmp_path, {"dirty.log": DIRTY_LOG + peers, "clean.log": "INFO all quiet\n"})
    assert code == 0
    page = Page(browser, html.as_uri())
    assert page.text("#verdict") == (
        "Not ready to share: 3 credentials, 2 personnummer, 1 e-mail address and 5 more findings — "
        "run logscrub redact <paths> --out <folder> and share the redacted copies"
    )
    assert page.text("#verdict code") == "logscrub redact <paths> --out <folder>"
    assert page.evaluate("document.querySelector('#verdict').className") == (
        "verdict verdict-findings sensitivity-critical"
    )
    # First thing on the page, above the totals.
    assert page.evaluate("document.querySelector('h1').nextElementSibling.id") == "verdict"


def test_after_redact_the_verdict_points_at_the_copies_not_at_redact(
    browser: Browser, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "dirty.log").write_text(DIRTY_LOG, encoding="utf-8")
    report = tmp_path / "report.html"
    assert (
        main(["redact", str(folder), "--out", str(tmp_path / "out"), "-j", "1", "--report", str(report)]) == 0
    )
    page = Page(browser, report.as_uri())
    assert page.text("#verdict-headline").startswith(
        "Redacted copies written; the originals hold 3 credentials"
    )
    assert "share the redacted copies, never the originals" in page.text("#verdict")
    assert "logscrub redact" not in page.text("#verdict")


def test_a_clean_run_says_so_and_a_run_with_an_unreadable_file_never_does(
    browser: Browser, tmp_path: Path
) -> None:
    clean = {"a.log": "INFO all quiet\n", "b.log": "DEBUG timer 42 fired\n"}
    html, code = scan_to_html(tmp_path / "clean", clean)
    assert code == 0
    assert Page(browser, html.as_uri()).text("#verdict-headline") == "No personal data found in 2 files"
    assert "verdict-clean" in Page(browser, html.as_uri()).evaluate(
        "document.querySelector('#verdict').className"
    )

    html, code = scan_to_html(tmp_path / "error", clean, "gone.log", "also-gone.log")
    assert code == 2
    page = Page(browser, html.as_uri())
    assert page.text("#verdict-headline") == "Not fully scanned: 2 files could not be read"
    assert "No personal data" not in page.evaluate("document.body.innerText")

    # Findings too: the unreadable files still come first, the findings follow.
    html, code = scan_to_html(tmp_path / "both", {"dirty.log": DIRTY_LOG}, "gone.log")
    assert code == 2
    page = Page(browser, html.as_uri())
    assert page.text("#verdict-headline") == "Not fully scanned: 1 file could not be read"
    assert page.text("#verdict-detail").startswith("Found in the files that were scanned: 3 credentials")


def test_files_are_listed_most_sensitive_first_with_archives_totalling_their_members(
    browser: Browser, tmp_path: Path
) -> None:
    files: dict[str, str | bytes] = {
        "a-low.log": "".join(f"peer 10.1.0.{i} up\n" for i in range(1, 9)),  # 8 low
        "b-medium.log": f"call {PHONE}\nmail {EMAIL}\n",  # 2 medium
        "c-critical-one.log": f"pnr {PERSONNUMMER[0]} ok\n",  # 1 critical
        "d-critical-two.log": f"pnr {PERSONNUMMER[0]} ok\nlogin password={PASSWORDS[0]} ok\n",
        "e-also-critical-one.log": f"pnr {PERSONNUMMER[1]} ok\n",  # as c: by path
        "bundle.zip": zipped(
            {
                "logs/quiet.log": "INFO all quiet\n",
                "logs/calls.log": f"INFO call from {PHONE} to {EMAIL}\npeer 10.1.0.1 up\n",
                "logs/ids.log": f"pnr {PERSONNUMMER[1]} ok\n",
            }
        ),
    }
    html, code = scan_to_html(tmp_path, files, "gone.log")
    assert code == 2
    page = Page(browser, html.as_uri())
    table = rows(page, "files-table")
    assert [row[0] for row in table] == [
        "gone.log",  # not scanned: first of all
        "d-critical-two.log",  # 2 critical
        "bundle.zip",  # 1 critical, 2 medium, 1 low: its members' totals
        "bundle.zip!logs/ids.log",
        "bundle.zip!logs/calls.log",
        "bundle.zip!logs/quiet.log",
        "c-critical-one.log",
        "e-also-critical-one.log",
        "b-medium.log",
        "a-low.log",
    ]
    bundle = table[2]
    assert bundle[1] == "scanned; totals of 3 files inside"
    assert int(bundle[2]) == 4
    assert bundle[3] == "1 critical 2 medium 1 low"
    assert bundle[4] == "SE_PERSONNUMMER 1, EMAIL_ADDRESS 1, PHONE_NUMBER 1, IP_ADDRESS 1"
    members = page.evaluate(
        "Array.from(document.querySelectorAll('#files-table tbody tr.member')).map(r => r.cells[0].innerText)"
    )
    assert members == [row[0] for row in table[3:6]]
    assert [int(row[2]) for row in table[3:6]] == [1, 3, 0]


def test_sensitivity_is_shown_in_one_colour_each_and_in_words(browser: Browser, tmp_path: Path) -> None:
    log = DIRTY_LOG + "DOB: 1985-01-01 born\npeer 10.1.0.7 up\n"
    html, _ = scan_to_html(tmp_path, {"all.log": log})
    page = Page(browser, html.as_uri())
    badges = page.evaluate(
        "Array.from(document.querySelectorAll('.badge')).map(b => [b.closest('[id]').id, b.className,"
        " b.innerText, getComputedStyle(b).backgroundColor])"
    )
    colours: dict[str, set[str]] = {}
    places: dict[str, set[str]] = {}
    for place, classes, text, colour in badges:
        (sensitivity,) = (s for s in SENSITIVITIES if f"sensitivity-{s}" in classes.split())
        assert text.split()[-1] == sensitivity  # the label in words, not the colour alone
        colours.setdefault(sensitivity, set()).add(colour)
        places.setdefault(sensitivity, set()).add(place)
    found = {s for s in SENSITIVITIES if s in colours}
    assert found >= {"critical", "medium", "low"}
    assert all(len(colours[s]) == 1 for s in found)  # the same colour wherever it is shown
    assert len({next(iter(colours[s])) for s in found}) == len(found)  # and a different one each
    for sensitivity in found:  # in the totals, the file rows and the findings alike
        assert {"totals", "files-table", "findings-table"} <= places[sensitivity]
    bar = page.evaluate(
        "getComputedStyle(document.querySelector('#chart-sensitivity .sensitivity-critical rect')).fill"
    )
    assert bar == next(iter(colours["critical"]))  # the charts too


def test_each_finding_shows_its_line_masked_and_no_value_reaches_the_page(
    browser: Browser, tmp_path: Path
) -> None:
    long_line = "DEBUG " + "x" * 300 + f" caller {PHONE} then " + "y" * 300 + f" mail {EMAIL}\n"
    files = {
        "calls.log": f"INFO call from {PHONE} to {EMAIL}\n" + long_line,
        "calls.jsonl": f'{{"ts": 1, "pnr": "{PERSONNUMMER[0]}"}}\n',  # fields: masked in the document's line
    }
    html, _ = scan_to_html(tmp_path, files)
    page = Page(browser, html.as_uri())
    masked = page.evaluate(
        "Array.from(document.querySelectorAll('#findings-table tbody tr')).map(r => [r.cells[1].innerText,"
        " r.cells[3].innerText, r.cells[6].innerText])"
    )
    assert masked[0] == ["1", "SE_PERSONNUMMER", '{"ts": 1, "pnr": "<SE_PERSONNUMMER>"}']
    assert sorted(masked[1:]) == [
        ["1", "EMAIL_ADDRESS", "INFO call from <PHONE_NUMBER> to <EMAIL_ADDRESS>"],
        ["1", "PHONE_NUMBER", "INFO call from <PHONE_NUMBER> to <EMAIL_ADDRESS>"],
        # Cut to about 160 characters of the original around the finding: half the rest each side.
        ["2", "EMAIL_ADDRESS", "…" + "y" * (68 - len(" mail ")) + " mail <EMAIL_ADDRESS>"],
        ["2", "PHONE_NUMBER", "…" + "x" * 65 + " caller <PHONE_NUMBER> then " + "y" * 67 + "…"],
    ]
    text = html.read_text(encoding="utf-8")
    for value in (PHONE, EMAIL, "174 06 12", "anna.svensson", PERSONNUMMER[0], "1212-1212"):
        assert value not in text and value not in html_module.unescape(text)


def test_a_masked_line_is_cut_around_its_finding_never_through_another() -> None:
    text = "a" * 100 + f" {PHONE} " + "b" * 69 + " X " + "c" * 30 + f" {EMAIL}\n"
    spans = [(text.index(PHONE), text.index(PHONE) + len(PHONE), "PHONE_NUMBER")]
    spans += [
        (text.index("X"), text.index("X") + 1, "PERSON"),
        (text.index(EMAIL), len(text) - 1, "EMAIL_ADDRESS"),
    ]
    # About 80 characters either side of X: the cut falls inside the phone number, shown whole as its token.
    assert MaskedLines(text, spans).around(*spans[1][:2]) == (
        "…<PHONE_NUMBER> " + "b" * 69 + " <PERSON> " + "c" * 30 + " <EMAIL_ADDRESS>"
    )
    assert (
        MaskedLines(text, spans).around(*spans[0][:2])
        == "…" + "a" * 72 + " <PHONE_NUMBER> " + "b" * 69 + " <PERSON> …"
    )


def test_a_masked_line_leaves_out_a_word_a_chunk_edge_may_cut() -> None:
    # A chunk's text may start and end inside values it cannot see whole (their other part is in the
    # neighbouring chunk's text): at such an edge the word is left out.
    text = "vensson@example.se to <X> from anna.sv"
    spans = [(text.index("<X>"), text.index("<X>") + 3, "PERSON")]
    assert (
        MaskedLines(text, spans, cut_start=True, cut_end=True).around(*spans[0][:2]) == "… to <PERSON> from…"
    )
    assert MaskedLines(text, spans).around(*spans[0][:2]) == "vensson@example.se to <PERSON> from anna.sv"


@pytest.mark.parametrize(("chunk", "overlap"), [(97, 40), (300, 60), (4096, 512)])
def test_masked_lines_hold_no_value_at_any_chunking(tmp_path: Path, chunk: int, overlap: int) -> None:
    values = [PHONE, EMAIL, *PERSONNUMMER, "070-174 06 55", "erik.lind@example.com"]
    log = tmp_path / "calls.log"
    log.write_text(
        "".join(
            f"{'DEBUG ' * (i % 9)}call {values[i % 6]} to {values[(i + 1) % 6]} and {values[(i + 2) % 6]}\n"
            for i in range(200)
        ),
        encoding="utf-8",
    )
    settings = ScanSettings(taxonomy=load_taxonomy(), hash_key=b"k", masked_lines=True)
    pipeline = Pipeline(settings, jobs=1, chunk_characters=chunk, overlap_characters=overlap)
    (outcome,) = list(pipeline.run(expand_paths([str(log)])))
    masked = [f.masked_line or "" for f in outcome.findings]
    assert len(masked) == 600 and all("<" in line for line in masked)
    fragments = {part for value in values for part in re.split(r"[ @.-]", value) if len(part) > 3}
    assert not [line for line in masked if any(part in line for part in fragments)]


def test_a_run_with_ten_thousand_findings_gives_a_light_page(browser: Browser, tmp_path: Path) -> None:
    # 9,990 low findings, then 10 personnummer: the page lists the most sensitive first.
    log = "".join(f"peer 10.1.{i // 250}.{i % 250 + 1} up\n" for i in range(9_990))
    log += "".join(f"pnr {PERSONNUMMER[i % 2]} ok\n" for i in range(10))
    html, code = scan_to_html(tmp_path, {"many.log": log})
    assert code == 0
    size = html.stat().st_size
    assert size <= 1_000_000, size
    page = Page(browser, html.as_uri())
    assert page.text("#total-findings") == "10000"
    assert page.text("#findings-truncated").startswith(
        f"The first {FINDING_ROWS} of 10000 findings are listed here, the most sensitive first"
    )
    assert "logscrub scan … --format json" in page.text("#findings-truncated")
    assert page.text("#shown") == f"{FINDING_ROWS} of {FINDING_ROWS} findings shown"
    assert page.visible_rows(5)[:11] == ["critical"] * 10 + ["low"]
    assert rows(page, "files-table")[0][3] == "10 critical 9990 low"  # the rest, counted per file


def test_the_writer_keeps_counts_and_a_bounded_list_not_every_finding() -> None:
    def peak_while_writing(files: int) -> int:
        taxonomy = load_taxonomy()
        tracemalloc.start()
        try:
            writer = report_format("html", taxonomy).writer(io.StringIO(), NameSearch(), True)
            summary = RunSummary()
            for number in range(files):  # made one at a time, as a run hands them out
                name = f"call-{number}.log"
                outcome = FileOutcome(Document(None, name, PurePosixPath(name)), encoding="utf-8", size=1)
                batch = FindingBatchBuilder(b"test key", masked_lines=True)
                for i in range(3_000):
                    batch.add(
                        "PHONE_NUMBER", Classification("contact", "medium"), f"070-174 06 {10 + i % 7}",
                        (i * 20, i * 20 + 13, i + 1, 1), 0.7, "PhoneNumberRecognizer", None,
                        f"INFO call {i} from <PHONE_NUMBER> to <EMAIL_ADDRESS> " + "x" * 80,
                    )  # fmt: skip
                outcome.findings.extend(batch.batch())
                outcome.entity_counts["PHONE_NUMBER"] = 3_000
                summary.add(outcome, taxonomy)
                writer.add(outcome)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    few, many = peak_while_writing(4), peak_while_writing(16)
    assert many <= 1.3 * few, (few, many)  # four times the findings: the peak of one file's, not more
