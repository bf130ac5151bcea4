"""`logscrub watch`: a daemon that redacts every file dropped in an inbox into an outbox."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

from logscrub.scanner.cli.commands import summary
from logscrub.scanner.cli.inventory import name_search, scan_settings
from logscrub.scanner.cli.options import HelpFormatter, add_engine_options, add_propagation_options
from logscrub.scanner.exit_codes import EXIT_INPUT_ERROR
from logscrub.scanner.records.taxonomy import Taxonomy
from logscrub.scanner.watch.config import DEFAULT_IGNORE, ConfigError, WatchConfig, resolve_folders
from logscrub.scanner.watch.daemon import Daemon
from logscrub.scanner.watch.log import EventLog, LibraryLogHandler


def register(commands: Any) -> None:
    watch = commands.add_parser(
        "watch",
        help=summary("watch"),
        formatter_class=HelpFormatter,
        description="Watch INBOX and, for each file once it is complete (renamed in, or unchanged and "
        "not written to for --settle seconds, and open for writing in no process), write its redacted "
        "copy and JSON report into OUTBOX, "
        "each appearing whole; then move the original to the processed folder (or delete it). A file "
        "that cannot be scanned goes to quarantine with a .reason.json file beside it: nothing "
        "unredacted reaches OUTBOX. Files already in INBOX at start are processed. A crash, even "
        "kill -9, loses nothing and duplicates nothing: the next start finishes what was under way. "
        "SIGTERM or Ctrl-C stop after the files being scanned are done.",
        epilog="examples:\n"
        "  logscrub watch /srv/inbox --out /srv/outbox                   run until stopped\n"
        "  logscrub watch inbox --out outbox --once                      what is there now (cron)\n"
        "  logscrub watch /mnt/share/in --out out --polling --settle 30  a network share\n"
        "  logscrub watch in --out out --log-format json --metrics-port 9464",
    )
    watch.add_argument("inbox", metavar="INBOX", type=Path, help="the folder to watch (recursively)")
    watch.add_argument(
        "--out",
        metavar="OUTBOX",
        type=Path,
        required=True,
        help="where redacted copies appear. Example: --out out/",
    )
    watch.add_argument(
        "--reports",
        metavar="DIR",
        type=Path,
        help="where each copy's report NAME.report.json goes (default: OUTBOX). Example: --reports reports/",
    )
    watch.add_argument(
        "--quarantine",
        metavar="DIR",
        type=Path,
        help="where files that could not be processed go (default: INBOX/.logscrub/quarantine; 0700). "
        "Example: --quarantine /srv/quarantine",
    )
    originals = watch.add_mutually_exclusive_group()
    originals.add_argument(
        "--processed",
        metavar="DIR",
        type=Path,
        help="where originals go once their copy is out (default: INBOX/.logscrub/processed; 0700). "
        "Example: --processed /srv/done",
    )
    originals.add_argument(
        "--delete-originals", action="store_true", help="delete originals once their copy is out"
    )
    watch.add_argument(
        "--state",
        metavar="FILE",
        type=Path,
        help="the SQLite database of what was taken and how far it got "
        "(default: INBOX/.logscrub/state.sqlite). Example: --state /var/lib/logscrub/state.sqlite",
    )
    add_engine_options(watch)
    add_propagation_options(watch, scope="file")
    watch.add_argument(
        "--settle",
        metavar="SECONDS",
        type=float,
        default=5.0,
        help="a file written in place is complete once nothing has written to or closed it this long "
        "(and no process has it open for writing). Example: --settle 30",
    )
    watch.add_argument(
        "--polling",
        action="store_true",
        help="poll instead of using file-system events (network shares, where events do not arrive); "
        "modification times are then not trusted",
    )
    watch.add_argument(
        "--poll-interval",
        metavar="SECONDS",
        type=float,
        default=2.0,
        help="how often to poll. Example: --poll-interval 5",
    )
    watch.add_argument(
        "--ignore",
        metavar="GLOB",
        action="append",
        default=[],
        help="never take files with names like this, in addition to hidden names and "
        f"{' '.join(DEFAULT_IGNORE)} (writers give unfinished files such names). Example: --ignore '*.lock'",
    )
    watch.add_argument(
        "--once", action="store_true", help="process what is in the inbox, then exit (for cron)"
    )
    watch.add_argument(
        "--log-format",
        choices=("text", "json"),
        default="text",
        help="log lines on standard error, as text or JSON",
    )
    watch.add_argument(
        "--metrics-port",
        metavar="PORT",
        type=int,
        help="serve Prometheus metrics at http://ADDRESS:PORT/metrics (0: any free port). "
        "Example: --metrics-port 9464",
    )
    watch.add_argument(
        "--metrics-address",
        metavar="ADDRESS",
        default="127.0.0.1",
        help="the address the metrics are served on",
    )
    watch.add_argument(
        "--metrics-textfile",
        metavar="FILE",
        type=Path,
        help="write the metrics to FILE every few seconds, for node_exporter's textfile collector. "
        "Example: --metrics-textfile /var/lib/node_exporter/logscrub.prom",
    )
    watch.set_defaults(run=run)


def run(args: argparse.Namespace, taxonomy: Taxonomy) -> int:
    try:
        folders = resolve_folders(
            args.inbox,
            args.out,
            reports=args.reports,
            quarantine=args.quarantine,
            processed=args.processed,
            delete_originals=args.delete_originals,
            state_file=args.state,
            ignore=(*DEFAULT_IGNORE, *args.ignore),
        )
        if args.settle <= 0 or args.poll_interval <= 0:
            raise ConfigError("--settle and --poll-interval must be more than 0 seconds")
    except ConfigError as exc:
        print(f"logscrub watch: error: {exc}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    config = WatchConfig(
        folders,
        jobs=args.jobs,
        settle=args.settle,
        polling=args.polling,
        poll_interval=args.poll_interval,
        once=args.once,
        json_logs=args.log_format == "json",
        metrics_port=args.metrics_port,
        metrics_address=args.metrics_address,
        metrics_textfile=args.metrics_textfile,
    )
    settings = scan_settings(args, taxonomy, locate=True, redact=True)
    log = EventLog(sys.stderr, config.json_logs)
    library_logs = LibraryLogHandler(log)
    logging.getLogger().addHandler(library_logs)
    try:
        return Daemon(config, settings, taxonomy, log, args.learning, name_search(settings)).run()
    finally:
        logging.getLogger().removeHandler(library_logs)
