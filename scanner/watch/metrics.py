"""The daemon's metrics in Prometheus' text format (prometheus_client): served over HTTP (127.0.0.1
unless told otherwise) with the process's own metrics, or written to a file for node_exporter's
textfile collector."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, make_server

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, ProcessCollector
from prometheus_client.exposition import ThreadingWSGIServer, make_wsgi_app, write_to_textfile

LATENCY_BUCKETS = (0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 300.0)
REDACTED, QUARANTINED = "redacted", "quarantined"

_StartResponse = Callable[..., Any]
_WsgiApp = Callable[[dict[str, Any], _StartResponse], Iterable[bytes]]


class Metrics:
    """The daemon's counters, gauges and latency histogram, shared by its threads."""

    def __init__(self) -> None:
        # Two registries: the textfile holds the daemon's own metrics only (node_exporter serves its
        # own process_* metrics, and the same names from a textfile would clash); HTTP adds the process's.
        self.registry = CollectorRegistry()
        self.served = CollectorRegistry()
        self._files = Counter(
            "logscrub_watch_files",
            "Files taken from the inbox, by what became of them.",
            ["outcome"],
            registry=self.registry,
        )
        self._findings = Counter(
            "logscrub_watch_findings",
            "Findings replaced in the copies, by data category.",
            ["category"],
            registry=self.registry,
        )
        self._errors = Counter(
            "logscrub_watch_errors",
            "Files quarantined and steps that failed and are retried.",
            registry=self.registry,
        )
        self._queue_depth = Gauge(
            "logscrub_watch_queue_depth", "Files taken and waiting for a worker.", registry=self.registry
        )
        self._waiting = Gauge(
            "logscrub_watch_waiting_files", "Files in the inbox not complete yet.", registry=self.registry
        )
        self._latency = Histogram(
            "logscrub_watch_latency_seconds",
            "From a file found complete to its copy in the outbox.",
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        for outcome in (REDACTED, QUARANTINED):  # both series exist from the start, at 0
            self._files.labels(outcome=outcome)
        for metric in (self._files, self._findings, self._errors, self._queue_depth, self._waiting):
            self.served.register(metric)
        self.served.register(self._latency)
        ProcessCollector(registry=self.served)

    def redacted(self, by_category: Mapping[str, int], seconds: float) -> None:
        self._files.labels(outcome=REDACTED).inc()
        for category, count in by_category.items():
            self._findings.labels(category=category).inc(count)
        self._latency.observe(seconds)

    def quarantined(self) -> None:
        self._files.labels(outcome=QUARANTINED).inc()
        self._errors.inc()

    def error(self) -> None:
        self._errors.inc()

    def gauges(self, queue_depth: int, waiting: int) -> None:
        self._queue_depth.set(queue_depth)
        self._waiting.set(waiting)


def write_textfile(path: Path, metrics: Metrics) -> None:
    """For node_exporter's textfile collector: replaced whole (temp + rename), never read half-written."""
    write_to_textfile(str(path), metrics.registry)


class MetricsServer:
    """GET /metrics on a port of its own, in a background thread."""

    def __init__(self, metrics: Metrics, address: str, port: int) -> None:
        # Bound now, served from start(): the daemon forks its workers in between, before any thread.
        self._server = make_server(
            address,
            port,
            _only_metrics_path(make_wsgi_app(metrics.served)),
            ThreadingWSGIServer,
            handler_class=_QuietHandler,
        )
        self.port: int = self._server.server_port
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="logscrub-metrics", daemon=True
        )

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        if self._thread.is_alive():
            self._server.shutdown()
        self._server.server_close()


def _only_metrics_path(app: _WsgiApp) -> _WsgiApp:
    def serve(environ: dict[str, Any], start_response: _StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO") != "/metrics":
            start_response("404 Not Found", [("Content-Type", "text/plain; charset=utf-8")])
            return [b"Not Found\n"]
        return app(environ, start_response)

    return serve


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass  # scrapes are not events worth a log line
