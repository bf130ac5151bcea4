"""Outputs written to fsspec URLs (redacted copies, reports): each is made whole in a private local
folder first, as a local output is (so only what passed the verify pass is ever sent), then put under
a temporary key beside its target and copied there in the store: readers of the store see it whole or
not at all.
"""

from __future__ import annotations

import contextlib
import secrets
import shutil
import tempfile
from pathlib import Path, PurePosixPath
from typing import Any

from logscrub.scanner.atomic import PARTIAL_MARK, PARTIAL_SUFFIX, AtomicFile
from logscrub.scanner.sources.remote import FILE_SCHEME, filesystem, is_remote, local_path


def local_target(target: str) -> Path:
    """A local output as a path (a file:// URL's too)."""
    return Path(local_path(target)) if target.startswith(FILE_SCHEME) else Path(target)


def output_file(target: str) -> AtomicFile:
    """A report's file: local, or made locally and published to the URL `target` on commit."""
    return PublishedFile(target) if is_remote(target) else AtomicFile(local_target(target))


def publish_whole(fs: Any, local: Path, target: str) -> None:
    """`local` put at `target` in `fs` whole: under a temporary key first, then copied in the store (a
    server-side copy, which no store shows half done) and the temporary key removed.

    Copy and remove rather than fsspec's mv: that is what mv does on S3 and Azure anyway, and gcsfs'
    mv first tries GCS's newer moveTo call, which emulators answer 501 and gcsfs retries for ~30 s."""
    parent, name = target.rsplit("/", 1) if "/" in target else ("", target)
    temporary = f"{parent}/.{name}{PARTIAL_MARK}{secrets.token_hex(4)}{PARTIAL_SUFFIX}"
    try:
        fs.put_file(str(local), temporary)
        fs.copy(temporary, target)
        fs.rm(temporary)
    except BaseException:
        # Never written, or the store is gone: the error that matters is the one being raised.
        with contextlib.suppress(Exception):
            fs.rm(temporary)
        raise


class PublishedFile(AtomicFile):
    """A file for the URL `url`, written in a private local folder and published on commit()."""

    def __init__(self, url: str, encoding: str = "utf-8") -> None:
        self._fs, self._target = filesystem(url)
        self._staging = Path(tempfile.mkdtemp(prefix="logscrub-out-"))
        super().__init__(self._staging / (PurePosixPath(self._target).name or "output"), encoding)

    def commit(self) -> None:
        try:
            super().commit()
            publish_whole(self._fs, self.path, self._target)
        finally:
            shutil.rmtree(self._staging, ignore_errors=True)

    def discard(self) -> None:
        super().discard()
        shutil.rmtree(self._staging, ignore_errors=True)


class PublishedCopies:
    """Redacted copies made under a private local folder, each published to the same place under the
    URL `url` once complete (and removed locally)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._fs, self._root = filesystem(url)
        self._root = self._root.rstrip("/")
        self.staging = Path(tempfile.mkdtemp(prefix="logscrub-out-"))

    def publish(self, copy: Path) -> None:
        relative = copy.relative_to(self.staging).as_posix()
        try:
            publish_whole(self._fs, copy, f"{self._root}/{relative}")
        finally:
            copy.unlink(missing_ok=True)

    def close(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)
