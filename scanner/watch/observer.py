"""Watching the inbox with watchdog: inotify on Linux (with close-after-write and rename events), or
polling for network shares, turned into notes for the arrivals (through a queue: they come from
watchdog's thread)."""

from __future__ import annotations

import logging
import os
import queue
import sys
from pathlib import Path

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

from logscrub.scanner.watch.arrivals import (
    CLOSED,
    FOLDER,
    FOLDER_MOVED_IN,
    GONE,
    INBOX_GONE,
    RENAMED_IN,
    WRITTEN,
    Note,
)


class InboxObserver(FileSystemEventHandler):
    def __init__(self, inbox: Path, polling: bool, poll_interval: float) -> None:
        self.inbox = os.fspath(inbox)
        self.notes: queue.SimpleQueue[Note] = queue.SimpleQueue()
        self._observer: BaseObserver
        if polling:
            self._observer = PollingObserver(timeout=poll_interval)
        elif sys.platform.startswith("linux"):
            from watchdog.observers.inotify import InotifyObserver

            # Full events: a rename from outside is a move (complete), not a creation.
            self._observer = InotifyObserver(generate_full_events=True)
        else:
            self._observer = Observer()

    def start(self) -> None:
        self._observer.schedule(self, self.inbox, recursive=True)
        self._observer.start()

    def stop(self) -> None:
        # watchdog logs an error when its reader wakes up after the stop: that is the stop, not a fault.
        watchdog_log = logging.getLogger("watchdog")
        level = watchdog_log.level
        watchdog_log.setLevel(logging.CRITICAL)
        try:
            self._observer.stop()
            self._observer.join(timeout=10)
        finally:
            watchdog_log.setLevel(level)

    def _relative(self, path: bytes | str) -> str | None:
        text = os.fsdecode(path)
        if text == self.inbox:
            return ""
        if not text.startswith(self.inbox + os.sep):
            return None
        return text[len(self.inbox) + 1 :].replace(os.sep, "/")

    def _note(self, kind: str, path: bytes | str) -> None:
        relative = self._relative(path)
        if relative is not None:
            self.notes.put(Note(kind, relative))

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_synthetic:
            return  # the contents of a folder that appeared: the arrivals walk it themselves
        if isinstance(event, FileModifiedEvent | FileCreatedEvent):
            self._note(WRITTEN, event.src_path)
        elif isinstance(event, FileClosedEvent):
            self._note(CLOSED, event.src_path)
        elif isinstance(event, FileMovedEvent | DirMovedEvent):
            if event.src_path:
                self._note(GONE, event.src_path)
            if event.dest_path:
                self._note(FOLDER_MOVED_IN if event.is_directory else RENAMED_IN, event.dest_path)
        elif isinstance(event, FileDeletedEvent | DirDeletedEvent):
            if self._relative(event.src_path) == "":
                self.notes.put(Note(INBOX_GONE, ""))
            else:
                self._note(GONE, event.src_path)
        elif isinstance(event, DirCreatedEvent):
            self._note(FOLDER, event.src_path)
