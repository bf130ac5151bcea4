"""`logscrub watch` running: recovery, the control loop that takes complete files from the inbox into a
bounded queue, the scanner thread that carries them out, and a graceful stop."""

from __future__ import annotations

import contextlib
import fcntl
import os
import queue
import signal
import socket
import sqlite3
import threading
import time
from types import FrameType

from logscrub.scanner.exit_codes import EXIT_INPUT_ERROR, EXIT_OK
from logscrub.scanner.learning_pass import Learning
from logscrub.scanner.records.scan_settings import ScanSettings
from logscrub.scanner.records.taxonomy import Taxonomy
from logscrub.scanner.reports.summary import NameSearch
from logscrub.scanner.watch.arrivals import Arrivals
from logscrub.scanner.watch.config import WatchConfig
from logscrub.scanner.watch.log import EventLog
from logscrub.scanner.watch.metrics import Metrics, MetricsServer, write_textfile
from logscrub.scanner.watch.moves import describe
from logscrub.scanner.watch.observer import InboxObserver
from logscrub.scanner.watch.scanning import Scanner
from logscrub.scanner.watch.spool import Spool, prepare_folders
from logscrub.scanner.watch.state import Job, StateStore
from logscrub.scanner.watch.workers import ScanWorkers

TICK_SECONDS = 0.05
RESCAN_SECONDS = 30.0  # walk the whole inbox now and then, in case an event was lost
TEXTFILE_SECONDS = 5.0
QUEUE_PER_WORKER = 8  # files claimed ahead of the workers; the rest wait in the inbox
CANNOT_TAKE_RETRY_SECONDS = 30.0


class Daemon:
    def __init__(
        self,
        config: WatchConfig,
        settings: ScanSettings,
        taxonomy: Taxonomy,
        log: EventLog,
        learning: Learning | None = None,
        name_search: NameSearch | None = None,
    ) -> None:
        self.config = config
        self.name_search = name_search
        self.settings = settings
        self.learning = learning
        self.taxonomy = taxonomy
        self.log = log
        self.metrics = Metrics()
        self.stopping = threading.Event()
        self.work: queue.Queue[Job] = queue.Queue()  # bounded by the control loop: it alone claims
        self.queue_limit = max(16, QUEUE_PER_WORKER * config.jobs)
        self.not_taken = 0  # --once: files that could not be moved out of the inbox

    def run(self) -> int:
        """Run until stopped (or, with --once, until the inbox is done); returns the exit code."""
        folders = self.config.folders
        with contextlib.ExitStack() as held:
            try:
                held.callback(os.close, self._lock())
                store = StateStore(folders.state_file)
                held.callback(store.close)
                server = self._metrics_server()
                if server is not None:
                    held.callback(server.stop)
            except (OSError, sqlite3.Error, _Refused) as exc:
                reason = describe(exc) if isinstance(exc, OSError) else str(exc)
                self.log.error("cannot-start", reason=reason)
                return EXIT_INPUT_ERROR
            try:
                spool = Spool(folders, store, self.taxonomy, self.name_search)
                return self._serve(spool, server)
            except (OSError, sqlite3.Error) as exc:
                reason = describe(exc) if isinstance(exc, OSError) else "state database error"
                self.log.error("stopped-on-error", reason=reason)
                return EXIT_INPUT_ERROR
            except Exception as exc:  # only its kind: a message could quote what was being read
                self.log.error("internal-error", where="daemon", kind=type(exc).__name__)
                return EXIT_INPUT_ERROR

    def _lock(self) -> int:
        """One daemon per inbox: a POSIX lock, released by the kernel however the process ends (and
        not inherited by worker processes)."""
        for folder in prepare_folders(self.config.folders):
            self.log.warning(
                "folder-not-private", folder=str(folder), reason="others may enter; it holds raw data"
            )
        fd = os.open(self.config.folders.lock_file, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise _Refused(f"another logscrub watch is using the inbox {self.config.folders.inbox}") from None
        return fd

    def _metrics_server(self) -> MetricsServer | None:
        if self.config.metrics_port is None:
            return None
        return MetricsServer(self.metrics, self.config.metrics_address, self.config.metrics_port)

    def _serve(self, spool: Spool, server: MetricsServer | None) -> int:
        config = self.config
        to_scan, to_finish = spool.recover()
        # The workers start before any thread of ours does (they are forked).
        workers = ScanWorkers(self.settings, config.jobs)
        for job in (*to_finish, *to_scan):
            self.work.put(job)
        if to_scan or to_finish:
            self.log.info("recovered", to_scan=len(to_scan), to_finish=len(to_finish))
        scanner = Scanner(
            spool,
            self.settings,
            workers,
            self.work,
            self.stopping,
            self.log,
            self.metrics,
            config.once,
            config.settle,
            self.learning,
        )
        arrivals = Arrivals(config.folders, config.settle, trust_mtime=not config.polling)
        observer = (
            None if config.once else InboxObserver(config.folders.inbox, config.polling, config.poll_interval)
        )
        if server is not None:
            server.start()
        previous = {sig: signal.signal(sig, self._on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
        try:
            if observer is not None:
                observer.start()  # before the walk: a file dropped in between is seen either way
            arrivals.walk()
            scanner.start()
            self.log.info(
                "watching" if observer is not None else "processing-once",
                inbox=str(config.folders.inbox),
                outbox=str(config.folders.outbox),
                workers=config.jobs,
                mode="once" if config.once else "polling" if config.polling else "events",
                metrics_port=server.port if server is not None else None,
            )
            _notify_systemd("READY=1")
            code = self._loop(arrivals, observer, spool, scanner)
        finally:
            self.stopping.set()
            _notify_systemd("STOPPING=1")
            if observer is not None:
                observer.stop()
            if scanner.is_alive():
                scanner.join()
            else:
                workers.close()
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            if config.metrics_textfile is not None:
                write_textfile(config.metrics_textfile, self.metrics)
        if scanner.failure is not None or (config.once and (scanner.unprocessed or self.not_taken)):
            code = EXIT_INPUT_ERROR
        self.log.info("stopped", left_queued=self.work.qsize(), exit_code=code)
        return code

    def _on_signal(self, number: int, frame: FrameType | None) -> None:
        # Only set a flag here (a log line could deadlock on a lock the interrupted code holds);
        # a second signal ends the process at once, which the state database makes safe.
        self.stopping.set()
        signal.signal(number, signal.SIG_DFL)

    def _loop(
        self, arrivals: Arrivals, observer: InboxObserver | None, spool: Spool, scanner: Scanner
    ) -> int:
        config = self.config
        now = time.monotonic()
        next_rescan, next_textfile = now + RESCAN_SECONDS, now
        while not self.stopping.is_set():
            if observer is None:
                self.stopping.wait(TICK_SECONDS)
            else:
                self._apply_notes(observer, arrivals)
            if arrivals.inbox_gone:
                self.log.error("inbox-gone", inbox=str(config.folders.inbox))
                return EXIT_INPUT_ERROR
            self._take_due(arrivals, spool)
            now = time.monotonic()
            if config.once:
                for relative in arrivals.stale(2 * config.settle + 1):
                    self.log.warning("left-for-next-run", file=relative, reason="still being written")
                if not arrivals and self.work.unfinished_tasks == 0:
                    break
            elif now >= next_rescan:
                arrivals.walk()
                next_rescan = now + RESCAN_SECONDS
            self.metrics.gauges(self.work.qsize(), len(arrivals))
            if config.metrics_textfile is not None and now >= next_textfile:
                write_textfile(config.metrics_textfile, self.metrics)
                next_textfile = now + TEXTFILE_SECONDS
        if not config.once:
            self.log.info("stopping", queued=self.work.qsize())
        return EXIT_OK

    def _apply_notes(self, observer: InboxObserver, arrivals: Arrivals) -> None:
        try:
            note = observer.notes.get(timeout=TICK_SECONDS)
        except queue.Empty:
            return
        arrivals.apply(note)
        for _ in range(10_000):  # a burst is taken in slices, so that files keep being claimed
            try:
                arrivals.apply(observer.notes.get_nowait())
            except queue.Empty:
                return

    def _take_due(self, arrivals: Arrivals, spool: Spool) -> None:
        room = self.queue_limit - self.work.qsize()
        if room <= 0:
            return
        for relative, look in arrivals.due(room):
            try:
                job = spool.claim(relative, look)
            except FileNotFoundError:
                arrivals.gone(relative)
                continue
            except OSError as exc:
                self.log.error("cannot-take", file=relative, reason=describe(exc))
                self.metrics.error()
                if self.config.once:
                    arrivals.taken(relative)  # left where it is; the exit code tells
                    self.not_taken += 1
                else:
                    arrivals.postpone(relative, CANNOT_TAKE_RETRY_SECONDS)
                continue
            arrivals.taken(relative)
            self.work.put(job)


class _Refused(Exception):
    """The daemon cannot start; the message says why in one line."""


def _notify_systemd(state: str) -> None:
    """Tell systemd (Type=notify) how the service is doing; nothing when not run by systemd."""
    address = os.environ.get("NOTIFY_SOCKET")
    if not address:
        return
    if address.startswith("@"):
        address = "\0" + address[1:]
    # systemd gone away: nothing to tell.
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock, contextlib.suppress(OSError):
        sock.sendto(state.encode("ascii"), address)
