"""Inputs named by fsspec URLs (s3://bucket/prefix/, gs://, az://): a prefix is walked as a folder is,
in name order, with --exclude and .logscrubignore files alike; each object is a document read through
fsspec, so archives, compression and the size limits apply as to a local file (an object's size is
the one its listing gives). `file://` URLs are local paths.

Credentials come from each store's own environment and configuration (AWS_* variables and
~/.aws, GOOGLE_APPLICATION_CREDENTIALS, AZURE_STORAGE_*), never from the command line: a URL that
carries them is refused, and is never shown with them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

from logscrub.scanner.records.documents import Document
from logscrub.scanner.sources.ignore import IGNORE_FILE, Exclusions
from logscrub.scanner.sources.paths import NOT_REGULAR

_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
FILE_SCHEME = "file://"
CREDENTIALS_IN_URL = "credentials in a URL are refused: give them in the store's environment or configuration"
# The extra that brings each store's fsspec implementation.
EXTRAS = {"s3": "s3", "s3a": "s3", "gs": "gs", "gcs": "gs", "az": "az", "abfs": "az", "abfss": "az"}


class StoreError(Exception):
    """A URL that cannot be used: its store's package is missing, or it names credentials."""


def is_url(argument: str) -> bool:
    """Whether a PATH argument is a URL (scheme://...) rather than a local path."""
    return _URL.match(argument) is not None


def is_remote(argument: str) -> bool:
    """Whether a PATH argument or output names a store other than the local file system."""
    return is_url(argument) and not argument.startswith(FILE_SCHEME)


def local_path(url: str) -> str:
    """The local path a file:// URL names."""
    return unquote(urlsplit(url).path)


def safe_display(url: str) -> str:
    """`url` as it may be shown: any user information (user:secret@) left out."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return parts._replace(netloc="***@" + parts.netloc.rsplit("@", 1)[1]).geturl()


def filesystem(url: str) -> tuple[Any, str]:
    """The fsspec file system of `url` and the path in it (StoreError when it cannot be had)."""
    if "@" in urlsplit(url).netloc:
        raise StoreError(CREDENTIALS_IN_URL)
    scheme = url.split("://", 1)[0].lower()
    try:
        import fsspec  # only runs that name URLs need it

        fs, path = fsspec.core.url_to_fs(url)
    except ImportError:  # fsspec itself, or the package of this store
        extra = EXTRAS.get(scheme)
        need = f"the extra logscrub[{extra}]" if extra else f"fsspec and its package for {scheme}://"
        raise StoreError(f"{scheme}:// needs {need}, which is not installed") from None
    except ValueError as exc:  # a protocol fsspec does not know
        raise StoreError(str(exc)) from None
    return fs, str(path)


def url_documents(url: str, rules: Exclusions, exclude: Sequence[str] = ()) -> Iterator[Document]:
    """The documents `url` names: one object, or every object under a prefix (a folder). Objects under
    an `exclude` URL (the output of `redact`) are left out silently."""
    display = safe_display(url)
    name = PurePosixPath(urlsplit(url).path.rstrip("/")).name or "object"
    try:
        fs, root = filesystem(url)
        found = fs.info(root)
    except StoreError as exc:
        yield Document(None, display, PurePosixPath(name), problem=str(exc))
        return
    except FileNotFoundError:
        yield Document(None, display, PurePosixPath(name), problem="no such file or directory")
        return
    except Exception as exc:  # each store raises its own errors: denied, no such bucket, unreachable
        yield Document(None, display, PurePosixPath(name), problem=store_reason(exc))
        return
    skip = {fs._strip_protocol(e).rstrip("/") for e in exclude if is_url(e)}
    walk = _StoreWalk(fs, url.split("://", 1)[0], skip)
    if found["type"] == "directory":
        yield from walk.folder(root.rstrip("/"), PurePosixPath(), rules)
    else:
        yield walk.document(found, display, PurePosixPath(name))


class _StoreWalk:
    def __init__(self, fs: Any, scheme: str, skip: set[str]) -> None:
        self.fs, self.scheme, self.skip = fs, scheme, skip

    def folder(self, path: str, relative: PurePosixPath, rules: Exclusions) -> Iterator[Document]:
        try:
            entries = sorted(self.fs.ls(path, detail=True), key=lambda e: str(e["name"]))
        except Exception as exc:
            yield Document(None, self._url(path), relative, problem=f"cannot list: {store_reason(exc)}")
            return
        named = [(PurePosixPath(str(e["name"])).name, e) for e in entries]
        if any(name == IGNORE_FILE and e["type"] == "file" for name, e in named):
            ignore_file = f"{path}/{IGNORE_FILE}"
            try:
                text = self.fs.cat_file(ignore_file).decode("utf-8", errors="replace")
                rules = rules.with_ignore_file(text, relative)
            except Exception as exc:
                problem = f"cannot read the ignore file: {store_reason(exc)}"
                yield Document(None, self._url(ignore_file), relative / IGNORE_FILE, problem=problem)
        for name, entry in named:
            entry_path = str(entry["name"]).rstrip("/")
            if entry_path == path or not name:  # some stores list the prefix itself
                continue
            yield from self._entry(entry, entry_path, relative / name, rules)

    def _entry(
        self, entry: dict[str, Any], path: str, relative: PurePosixPath, rules: Exclusions
    ) -> Iterator[Document]:
        is_dir = entry["type"] == "directory"
        reason = rules.reason(relative, is_dir)
        if reason is not None:
            yield Document(None, self._url(path), relative, skipped=reason)
        elif is_dir:
            if path not in self.skip:
                yield from self.folder(path, relative, rules)
        else:
            yield self.document(entry, self._url(path), relative)

    def document(self, entry: dict[str, Any], display: str, relative: PurePosixPath) -> Document:
        if entry["type"] != "file":
            return Document(None, display, relative, skipped=NOT_REGULAR)
        opener = functools.partial(self.fs.open, entry["name"], "rb")
        return Document(None, display, relative, opener=opener, size=entry.get("size"))

    def _url(self, path: str) -> str:
        # the scheme the user named: fsspec's own is the store's first (abfs:// for az://)
        return f"{self.scheme}://{path}"


def store_reason(exc: BaseException) -> str:
    """An error of a store in a few words: its first line, without a traceback."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__
