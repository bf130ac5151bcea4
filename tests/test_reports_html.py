"""The HTML report as a person sees it: rendered by headless Chromium (Debian's `chromium` package),
driven over the DevTools protocol on a pipe, with no network. Numbers are read from the page after
its script ran; sorting and filtering are driven with real mouse clicks and typing."""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from logscrub.scanner.cli.main import main

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
    page.type("personnummer")
    assert page.visible_rows(3) == ["SE_PERSONNUMMER", "SE_PERSONNUMMER"]
    assert page.text("#shown") == f"2 of {total} findings shown"

    page.press("Backspace", 8)  # "personnumme" still matches
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
