"""The daemon's metrics in Prometheus' text format: served over HTTP (127.0.0.1 unless told otherwise)
or written to a file for node_exporter's textfile collector."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from logscrub.scanner.atomic import AtomicFile

LATENCY_BUCKETS = (0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 300.0)
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
REDACTED, QUARANTINED = "redacted", "quarantined"


class Metrics:
    """Counters shared by the daemon's threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._files: Counter[str] = Counter({REDACTED: 0, QUARANTINED: 0})
        self._findings: Counter[str] = Counter()
        self._errors = 0
        self._queue_depth = 0
        self._waiting = 0
        self._latency_buckets = [0] * len(LATENCY_BUCKETS)
        self._latency_sum = 0.0
        self._latency_count = 0

    def redacted(self, by_category: Mapping[str, int], seconds: float) -> None:
        with self._lock:
            self._files[REDACTED] += 1
            self._findings.update(by_category)
            self._latency_sum += seconds
            self._latency_count += 1
            for i, bound in enumerate(LATENCY_BUCKETS):
                if seconds <= bound:
                    self._latency_buckets[i] += 1

    def quarantined(self) -> None:
        with self._lock:
            self._files[QUARANTINED] += 1
            self._errors += 1

    def error(self) -> None:
        with self._lock:
            self._errors += 1

    def gauges(self, queue_depth: int, waiting: int) -> None:
        with self._lock:
            self._queue_depth, self._waiting = queue_depth, waiting

    def exposition(self) -> str:
        with self._lock:
            lines = [
                "# HELP logscrub_watch_files_total Files taken from the inbox, by what became of them.",
                "# TYPE logscrub_watch_files_total counter",
                *(f'logscrub_watch_files_total{{outcome="{k}"}} {v}' for k, v in sorted(self._files.items())),
                "# HELP logscrub_watch_findings_total Findings replaced in the copies, by data category.",
                "# TYPE logscrub_watch_findings_total counter",
                *(
                    f'logscrub_watch_findings_total{{category="{k}"}} {v}'
                    for k, v in sorted(self._findings.items())
                ),
                "# HELP logscrub_watch_errors_total Files quarantined and steps that failed and are retried.",
                "# TYPE logscrub_watch_errors_total counter",
                f"logscrub_watch_errors_total {self._errors}",
                "# HELP logscrub_watch_queue_depth Files taken and waiting for a worker.",
                "# TYPE logscrub_watch_queue_depth gauge",
                f"logscrub_watch_queue_depth {self._queue_depth}",
                "# HELP logscrub_watch_waiting_files Files in the inbox not complete yet.",
                "# TYPE logscrub_watch_waiting_files gauge",
                f"logscrub_watch_waiting_files {self._waiting}",
                "# HELP logscrub_watch_latency_seconds From a file found complete to its copy in the outbox.",
                "# TYPE logscrub_watch_latency_seconds histogram",
                *(
                    f'logscrub_watch_latency_seconds_bucket{{le="{bound}"}} {n}'
                    for bound, n in zip(LATENCY_BUCKETS, self._latency_buckets, strict=True)
                ),
                f'logscrub_watch_latency_seconds_bucket{{le="+Inf"}} {self._latency_count}',
                f"logscrub_watch_latency_seconds_sum {self._latency_sum:.6f}",
                f"logscrub_watch_latency_seconds_count {self._latency_count}",
            ]
        return "\n".join(lines) + "\n"


def write_textfile(path: Path, metrics: Metrics) -> None:
    """For node_exporter's textfile collector: replaced whole, never read half-written."""
    with AtomicFile(path) as out:
        out.stream.write(metrics.exposition())


class MetricsServer:
    """GET /metrics on a port of its own, in a background thread."""

    def __init__(self, metrics: Metrics, address: str, port: int) -> None:
        handler = _handler_for(metrics)
        self._server = ThreadingHTTPServer((address, port), handler)
        self._server.daemon_threads = True
        self.port: int = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="logscrub-metrics", daemon=True
        )

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        if self._thread.is_alive():
            self._server.shutdown()
        self._server.server_close()


def _handler_for(metrics: Metrics) -> type[BaseHTTPRequestHandler]:
    class MetricsHandler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path.split("?", 1)[0] != "/metrics":
                self.send_error(404)
                return
            body = metrics.exposition().encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", CONTENT_TYPE)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass  # scrapes are not events worth a log line

    return MetricsHandler
