"""What `logscrub watch` is told: its folders (checked so that they cannot overlap), timings and modes."""

from __future__ import annotations

from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path

SPOOL_FOLDER = ".logscrub"  # inside the inbox: taking a file must be a rename within one file system
# Names writers give files that are not finished yet (they rename them when they are): never taken.
DEFAULT_IGNORE = ("*.tmp", "*.part", "*.partial", "*.swp", "*~")


class ConfigError(ValueError):
    """Options that cannot work together; the message is one line for the user."""


@dataclass(frozen=True)
class Folders:
    inbox: Path
    outbox: Path
    reports: Path  # where each copy's report goes (the outbox unless told otherwise)
    quarantine: Path
    processed: Path | None  # None: originals are deleted once their copy is out
    state_file: Path
    ignore: tuple[str, ...] = DEFAULT_IGNORE
    _excluded: tuple[str, ...] = field(default=(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        inside = [
            folder.relative_to(self.inbox).as_posix()
            for folder in (self.quarantine, self.processed, self.state_file.parent)
            if folder is not None and folder != self.inbox and _within(folder, self.inbox)
        ]
        object.__setattr__(self, "_excluded", tuple(inside))

    @property
    def spool(self) -> Path:
        return self.inbox / SPOOL_FOLDER

    @property
    def work(self) -> Path:
        """Originals taken from the inbox and not yet done with, one folder per job."""
        return self.spool / "work"

    @property
    def staging(self) -> Path:
        """Redacted copies and reports being made, before they are renamed into the outbox."""
        return self.spool / "staging"

    @property
    def lock_file(self) -> Path:
        return self.spool / "lock"

    def ignored(self, relative: str) -> bool:
        """Whether an inbox path (relative, / separators) is never taken: hidden names, names of
        unfinished files, and the daemon's own folders."""
        parts = relative.split("/")
        if any(part.startswith(".") for part in parts):
            return True
        if any(fnmatchcase(parts[-1], pattern) for pattern in self.ignore):
            return True
        return any(relative == folder or relative.startswith(folder + "/") for folder in self._excluded)


@dataclass(frozen=True)
class WatchConfig:
    folders: Folders
    jobs: int = 1
    settle: float = 5.0  # seconds a file's size and time must stay the same when no close is seen
    polling: bool = False
    poll_interval: float = 2.0
    once: bool = False
    json_logs: bool = False
    metrics_port: int | None = None
    metrics_address: str = "127.0.0.1"
    metrics_textfile: Path | None = None


def resolve_folders(
    inbox: Path,
    outbox: Path,
    *,
    reports: Path | None = None,
    quarantine: Path | None = None,
    processed: Path | None = None,
    delete_originals: bool = False,
    state_file: Path | None = None,
    ignore: tuple[str, ...] = DEFAULT_IGNORE,
) -> Folders:
    """The folders with defaults filled in and paths made absolute; raises ConfigError."""
    if not inbox.is_dir():
        raise ConfigError(f"{inbox}: no such folder (the inbox must exist)")
    inbox = inbox.resolve()
    spool = inbox / SPOOL_FOLDER
    outbox = outbox.resolve()
    reports = reports.resolve() if reports is not None else outbox
    quarantine = quarantine.resolve() if quarantine is not None else spool / "quarantine"
    if delete_originals and processed is not None:
        raise ConfigError("--processed and --delete-originals exclude each other")
    kept = None if delete_originals else (processed.resolve() if processed else spool / "processed")
    state_file = state_file.resolve() if state_file is not None else spool / "state.sqlite"
    for name, public in (("--out", outbox), ("--reports", reports)):
        if public.exists() and not public.is_dir():
            raise ConfigError(f"{name} {public}: not a folder")
        if _within(public, inbox) or _within(inbox, public):
            raise ConfigError(f"{name} {public} and the inbox {inbox} must not contain each other")
    for name, private in (("--quarantine", quarantine), ("--processed", kept), ("--state", state_file)):
        if private is None:
            continue
        if private == inbox:
            raise ConfigError(f"{name} {private}: must not be the inbox itself")
        for public in (outbox, reports):
            if _within(private, public):
                raise ConfigError(f"{name} {private}: must not be inside {public} (it holds raw data)")
    return Folders(inbox, outbox, reports, quarantine, kept, state_file, ignore)


def _within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents
