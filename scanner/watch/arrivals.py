"""Files in the inbox that are not taken yet, and when each counts as complete.

A file is complete when its writer is done with it:

* it was renamed into the inbox (alone or in a folder moved in whole): at once;
* or nothing has happened to it for the settle time: no write, no close after writing (a writer that
  appends and closes again and again is not cut into pieces between two of its rounds), and its size,
  modification time and inode have stayed the same (what polling sees, and what a writer whose events
  do not arrive changes);

and, either way, no process holds it open for writing (``holders``: a writer that keeps the file open
and pauses longer than the settle time is waited for). Files found by walking a folder count as
unchanged since their modification time when that time can be trusted (a local file system, not a
network share whose clock may differ from ours): an old file found at start-up is complete at once.
Before a file is handed out it is looked at again, and any change starts its wait over.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass

from logscrub.scanner.watch.config import Folders
from logscrub.scanner.watch.holders import open_for_writing

# Looking through every process's open files costs some milliseconds: one look answers for the files
# due now and for up to HOLDERS_BATCH others that are complete but wait for room in the queue (a burst),
# and counts for HOLDERS_FRESH_SECONDS.
HOLDERS_BATCH = 1024
HOLDERS_FRESH_SECONDS = 1.0

# What a watcher saw; `relative` is the inbox-relative path with / separators.
WRITTEN, CLOSED, RENAMED_IN, GONE, FOLDER, FOLDER_MOVED_IN, INBOX_GONE = (
    "written",
    "closed",
    "renamed-in",
    "gone",
    "folder",
    "folder-moved-in",
    "inbox-gone",
)


@dataclass(frozen=True, slots=True)
class Note:
    kind: str
    relative: str


@dataclass(frozen=True, slots=True)
class Look:
    """What a file looked like: any write changes one of these."""

    size: int
    mtime_ns: int
    inode: int
    mode: int

    @classmethod
    def of(cls, status: os.stat_result) -> Look:
        return cls(status.st_size, status.st_mtime_ns, status.st_ino, status.st_mode)


@dataclass(slots=True)
class _Arrival:
    first_seen: float
    changed: float  # when it last changed, as far as we know (monotonic clock)
    renamed: bool  # the last thing that happened to it was a rename into place
    look: Look
    not_before: float = 0.0
    not_held_at: float = float("-inf")  # when no process last had it open for writing


class Arrivals:
    def __init__(
        self,
        folders: Folders,
        settle: float,
        trust_mtime: bool,
        clock: Callable[[], float] = time.monotonic,
        holders: Callable[[Collection[str]], set[str]] = open_for_writing,
    ) -> None:
        self.folders = folders
        self.settle = settle
        self.trust_mtime = trust_mtime
        self.clock = clock
        self.holders = holders
        self._arrivals: dict[str, _Arrival] = {}  # in order of first sight: oldest are taken first
        self.inbox_gone = False

    def __len__(self) -> int:
        return len(self._arrivals)

    def apply(self, note: Note) -> None:
        if note.kind == INBOX_GONE:
            self.inbox_gone = True
        elif self.folders.ignored(note.relative):
            return
        elif note.kind == GONE:
            self.gone(note.relative)
        elif note.kind in (FOLDER, FOLDER_MOVED_IN):
            self.walk(note.relative, moved_in=note.kind == FOLDER_MOVED_IN)
        else:
            self._touch(note.relative, renamed=note.kind == RENAMED_IN)

    def _touch(self, relative: str, renamed: bool) -> None:
        look = self._look(relative)
        if look is None:
            self.gone(relative)
            return
        if stat.S_ISDIR(look.mode):
            self.walk(relative, moved_in=False)
            return
        now = self.clock()
        arrival = self._arrivals.get(relative)
        if arrival is None:
            self._arrivals[relative] = _Arrival(now, now, renamed, look)
        else:
            arrival.changed, arrival.renamed, arrival.look = now, renamed, look
            arrival.not_held_at = float("-inf")  # written again: whoever wrote may still hold it

    def gone(self, relative: str) -> None:
        """A file, or a folder and everything in it, left the inbox."""
        self._arrivals.pop(relative, None)
        prefix = relative + "/"
        for name in [name for name in self._arrivals if name.startswith(prefix)]:
            del self._arrivals[name]

    def walk(self, relative: str = "", moved_in: bool = False) -> None:
        """Note every file under an inbox folder ("" for all of it). A folder moved in whole brings
        complete files; otherwise files already noted keep what is known of them."""
        top = self.folders.inbox / relative if relative else self.folders.inbox
        for folder, subfolders, files in os.walk(top):
            here = os.path.relpath(folder, self.folders.inbox).replace(os.sep, "/")
            here = "" if here == "." else here + "/"
            keep = []
            for name in subfolders:
                if self.folders.ignored(here + name):
                    continue
                if os.path.islink(os.path.join(folder, name)):
                    files.append(name)  # a link to a folder is never followed; it is taken as it is
                else:
                    keep.append(name)
            subfolders[:] = keep
            for name in files:
                path = here + name
                if self.folders.ignored(path):
                    continue
                if moved_in:
                    self._touch(path, renamed=True)
                elif path not in self._arrivals:
                    self._found(path)

    def _found(self, relative: str) -> None:
        look = self._look(relative)
        if look is None:
            return
        now = self.clock()
        changed = now
        if self.trust_mtime:
            age = time.time() - look.mtime_ns / 1e9
            changed = now - min(self.settle, max(0.0, age))
        self._arrivals[relative] = _Arrival(now, changed, False, look)

    def due(self, limit: int) -> list[tuple[str, Look]]:
        """Up to `limit` complete files, oldest first. They stay noted until taken() or gone()."""
        now = self.clock()
        ready: list[tuple[str, Look]] = []
        for relative, arrival in list(self._arrivals.items()):
            if len(ready) >= limit:
                break
            if now < arrival.not_before or not (arrival.renamed or self._quiet(arrival, now)):
                continue
            look = self._look(relative)
            if look is None:
                self.gone(relative)
            elif stat.S_ISDIR(look.mode):
                self.gone(relative)
                self.walk(relative)
            elif look != arrival.look:
                self._changed(arrival, now, look)  # written meanwhile: wait again
            else:
                ready.append((relative, look))
        return self._not_held(ready, now)

    def _quiet(self, arrival: _Arrival, now: float) -> bool:
        return now - arrival.changed >= self.settle

    def _changed(self, arrival: _Arrival, now: float, look: Look) -> None:
        arrival.changed, arrival.renamed, arrival.look = now, False, look
        arrival.not_held_at = float("-inf")

    def _not_held(self, ready: list[tuple[str, Look]], now: float) -> list[tuple[str, Look]]:
        """`ready` less the files a process still has open for writing: those wait again."""
        fresh = now - HOLDERS_FRESH_SECONDS
        if all(self._arrivals[relative].not_held_at >= fresh for relative, _ in ready):
            return ready
        inbox = os.fspath(self.folders.inbox)
        complete = [relative for relative, arrival in self._arrivals.items() if self._quiet(arrival, now)]
        asked = [relative for relative, _ in ready] + complete[:HOLDERS_BATCH]
        held = self.holders({os.path.join(inbox, relative) for relative in asked})
        for relative in asked:
            if os.path.join(inbox, relative) not in held:
                self._arrivals[relative].not_held_at = now
        kept = []
        for relative, look in ready:
            if os.path.join(inbox, relative) in held:
                self._changed(self._arrivals[relative], now, look)
            else:
                kept.append((relative, look))
        return kept

    def taken(self, relative: str) -> None:
        self._arrivals.pop(relative, None)

    def postpone(self, relative: str, seconds: float) -> None:
        arrival = self._arrivals.get(relative)
        if arrival is not None:
            arrival.not_before = self.clock() + seconds

    def stale(self, older_than: float) -> list[str]:
        """Forget files first seen more than `older_than` seconds ago that are still being written."""
        now = self.clock()
        old = [
            relative
            for relative, arrival in self._arrivals.items()
            if now - arrival.first_seen > older_than and not self._quiet(arrival, now)
        ]
        for relative in old:
            del self._arrivals[relative]
        return old

    def _look(self, relative: str) -> Look | None:
        try:
            return Look.of(os.lstat(self.folders.inbox / relative))
        except (FileNotFoundError, NotADirectoryError):
            return None
