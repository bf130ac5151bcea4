"""Data built from shipped files once per installation, not at every start.

Building the name gazetteer and the common-word spellings takes about a seventh of a second, and every
run pays it before its first line (a one-line file, a pre-commit hook, each watch worker). What they build
is kept in the user's cache folder (``$XDG_CACHE_HOME/logscrub``, else ``~/.cache/logscrub``), named by a
digest of everything that built it: the files read, the code that read them and of the extensions whose
objects are kept (pyahocorasick's automaton), and the version of Python. A change to any of them names
another file, so a stale build is never read; the one it replaces is removed.

The files hold public reference lists only, no personal data; still they are loaded with pickle, so one
is read only from a folder and file that are this user's own and writable by nobody else (made 0700 and
0600 here). Where the folder cannot be made or written (a read-only home, a sandboxed service), the data
are built in memory as before: the cache only saves time.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TypeVar, cast

Built = TypeVar("Built")
_FORMAT = 1  # of the cache files themselves


def cache_folder() -> Path:
    """Where built data are kept (the folder may not exist yet)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "logscrub"


def built_once(
    kind: str, inputs: Iterable[Traversable | Path], build: Callable[[], Built], of: type
) -> Built:
    """What `build()` returns, from the cache when this user's cache has it for the same `inputs` (the
    data files read, the modules whose code reads them, the extension modules whose objects it holds),
    else built and kept there. A kept object that is no instance of `of` is built anew."""
    folder = cache_folder()
    path = folder / f"{kind}-{_digest(inputs)}.pickle"
    kept = _read_own(path)
    if isinstance(kept, of):
        return cast(Built, kept)  # what this kind's build returned when it was kept
    built = build()
    with contextlib.suppress(OSError):
        _keep(folder, path, kind, built)
    return built


def _digest(inputs: Iterable[Traversable | Path]) -> str:
    digest = hashlib.sha256(f"{_FORMAT} {sys.version}".encode())
    for source in inputs:
        digest.update(source.read_bytes())
    return digest.hexdigest()[:32]


def _read_own(path: Path) -> object | None:
    """The object kept at `path`, if the file and its folder are this user's and nobody else may write
    them; None if there is none or it cannot be read."""
    try:
        with path.open("rb") as kept:
            if not (_private(os.fstat(kept.fileno())) and _private(os.stat(path.parent))):
                return None
            loaded: object = pickle.load(kept)  # a file of this user's own, made by this module
            return loaded
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
        return None  # absent, unreadable, cut short, or of code that has since changed


def _private(status: os.stat_result) -> bool:
    return status.st_uid == os.getuid() and not status.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _keep(folder: Path, path: Path, kind: str, built: object) -> None:
    """`built` at `path`, written whole (a temporary file renamed), earlier builds of `kind` removed."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not _private(os.stat(folder)):
        return  # a folder others may write to is not one to read code from later
    descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{kind}-", suffix=".partial")  # 0600
    try:
        with os.fdopen(descriptor, "wb") as out:
            pickle.dump(built, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    for stale in folder.glob(f"{kind}-*.pickle"):
        if stale != path:
            with contextlib.suppress(OSError):
                stale.unlink()
