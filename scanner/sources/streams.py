"""Byte streams between a file and its text: a head read ahead, limits checked as bytes come, spooling.

Errors of decompressors and archive readers come out as one exception, ArchiveError, whose message
says what is wrong in our words: their own messages may quote bytes of the input.
"""

from __future__ import annotations

import io
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, BinaryIO, Protocol

from logscrub.scanner.sources.reading import SkippedDocument
from logscrub.scanner.sources.settings import SourceSettings, describe_size

HEAD_BYTES = 1 << 16


class ByteStream(Protocol):
    """What the readers here need of the stream below them (a file, a decompressor, another reader)."""

    def read(self, size: int = -1, /) -> bytes: ...

    def close(self) -> None: ...


def buffered(raw: io.RawIOBase) -> BinaryIO:
    return io.BufferedReader(raw)


class ArchiveError(OSError):
    """An archive or compressed stream that cannot be read (any further); the message is the reason."""


class ArchiveLimitError(ArchiveError):
    """An archive or compressed stream that expands beyond a limit (a zip bomb, or just too big)."""


@dataclass
class Breakage:
    """The first failure of a container's stream: once it is broken, nothing after it can be trusted."""

    reason: str | None = None

    def record(self, reason: str) -> None:
        if self.reason is None:
            self.reason = reason

    def check(self) -> None:
        if self.reason is not None:
            raise ArchiveError(self.reason)


class Budget:
    """Bytes expanded out of archives and compressed data for one input, at all nesting levels: at most
    --archive-max-size, and (past the ratio floor) at most --archive-max-ratio times the input's own
    size. The second bound is what stops many members that are each too small to be judged, or that
    all expand one shared stream, from adding up to hours of scanning."""

    def __init__(self, settings: SourceSettings) -> None:
        self.limit = settings.archive_max_size
        self._ratio = settings.archive_max_ratio
        self._floor = settings.ratio_floor
        self._input_size: Callable[[], int] | None = None
        self.used = 0

    def measure_against(self, input_size: Callable[[], int]) -> None:
        """The input's size as stored so far: a file's is known at once, standard input's grows as it
        is read."""
        self._input_size = input_size

    def spend(self, n: int) -> None:
        self.used += n
        self.check()

    def check(self, more: int = 0) -> None:
        """Raises ArchiveLimitError if what was spent, plus `more`, is over a bound."""
        total = self.used + more
        if total > self.limit:
            raise ArchiveLimitError(
                f"expands to more than {describe_size(self.limit)} (--archive-max-size): possible zip bomb"
            )
        if self._input_size is None or total <= self._floor:
            return
        if total > self._ratio * max(self._input_size(), 1):
            raise ArchiveLimitError(
                f"expands to more than {self._ratio:g} times its own size in all (--archive-max-ratio): "
                "possible zip bomb"
            )


class _Reader(io.RawIOBase):
    """A readable raw stream over `inner` that closes it when closed."""

    def __init__(self, inner: ByteStream) -> None:
        self._inner = inner

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        if not self.closed:
            self._inner.close()
        super().close()


class _Replay(_Reader):
    """`head` (already read from `rest`) followed by the rest of `rest`."""

    def __init__(self, head: bytes, rest: ByteStream) -> None:
        super().__init__(rest)
        self._head = memoryview(head)

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._inner.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def read_head(stream: ByteStream, size: int = HEAD_BYTES) -> tuple[bytes, BinaryIO]:
    """The first `size` bytes of `stream` (fewer if it is shorter), and a stream that reads all of it."""
    parts: list[bytes] = []
    got = 0
    while got < size:
        block = stream.read(size - got)
        if not block:
            break
        parts.append(block)
        got += len(block)
    head = b"".join(parts)
    return head, io.BufferedReader(_Replay(head, stream), buffer_size=size)


class CountingReader(_Reader):
    """Counts the bytes read through it (the compressed side of a decompressor)."""

    def __init__(self, inner: ByteStream) -> None:
        super().__init__(inner)
        self.count = 0

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self._inner.read(len(buffer))
        buffer[: len(data)] = data
        self.count += len(data)
        return len(data)


class Guarded(_Reader):
    """Bytes out of a decompressor or archive reader: failures become ArchiveError (and, for a container,
    are recorded in its `breakage`); expanded bytes are charged to `budget`; with `compressed`, the
    expansion ratio is checked as the data comes."""

    def __init__(
        self,
        inner: ByteStream,
        what: str,
        *,
        settings: SourceSettings,
        budget: Budget | None = None,
        breakage: Breakage | None = None,
        compressed: CountingReader | None = None,
    ) -> None:
        super().__init__(inner)
        self._what = what
        self._settings = settings
        self._budget = budget
        self._breakage = breakage
        self._compressed = compressed
        self._produced = 0

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        try:
            data = self._inner.read(len(buffer))
            if self._budget is not None:
                self._budget.spend(len(data))
            self._produced += len(data)
            self._check_ratio()
        except ArchiveError as exc:
            self._broken(str(exc))
            raise
        except SkippedDocument:
            raise
        except Exception as exc:
            if isinstance(exc, OSError) and exc.errno is not None:
                raise  # the disk or the file system failed, not the data
            reason = (
                f"{self._what} data ends early (truncated)"
                if isinstance(exc, EOFError) or "unexpected end" in str(exc)
                else f"corrupt {self._what} data"
            )
            self._broken(reason)
            raise ArchiveError(reason) from None
        buffer[: len(data)] = data
        return len(data)

    def _check_ratio(self) -> None:
        if self._compressed is None or self._produced <= self._settings.ratio_floor:
            return
        limit = self._settings.archive_max_ratio
        if self._produced > limit * max(self._compressed.count, 1):
            message = f"{self._what} data expands more than {limit:g} times (--archive-max-ratio)"
            raise ArchiveLimitError(message + ": possible zip bomb")

    def _broken(self, reason: str) -> None:
        if self._breakage is not None:
            self._breakage.record(reason)


class SizeLimit(_Reader):
    """Stops reading content larger than --max-size (its size was not known before reading)."""

    def __init__(self, inner: ByteStream, limit: int) -> None:
        super().__init__(inner)
        self._limit = limit
        self._read = 0

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self._inner.read(len(buffer))
        self._read += len(data)
        if self._read > self._limit:
            raise SkippedDocument(too_large(self._limit))
        buffer[: len(data)] = data
        return len(data)


def too_large(limit: int) -> str:
    return f"too large (over --max-size {describe_size(limit)})"


def spool(stream: ByteStream) -> IO[bytes]:
    """`stream` copied into an anonymous temporary file (created 0600, never named), for readers that
    must seek, such as zip's. It holds raw data, so it lives only as long as it is open."""
    spooled = tempfile.TemporaryFile()  # noqa: SIM115 - the caller owns and closes it
    try:
        shutil.copyfileobj(stream, spooled, 1 << 20)
        spooled.seek(0)
    except BaseException:
        spooled.close()
        raise
    return spooled
