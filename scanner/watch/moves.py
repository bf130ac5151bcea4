"""Moving files so that each appears whole and once, private folders, and free names."""

from __future__ import annotations

import errno
import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path, PurePosixPath

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
# Bytes a file name the daemon makes from an inbox name may have: NAME_MAX (255 on Linux file systems)
# less what it adds: ".report.json" or ".reason.json", a number ("-12"), and a hidden temporary's
# ".NAME.<job>.partial" while a move crosses file systems.
NAME_BYTES = 200
SUFFIX_BYTES = 40  # of a long name's suffixes kept when it is shortened (".tar.gz": the engine reads them)


def private_folder(root: Path, relative: PurePosixPath | str = "") -> Path:
    """`root / relative` as a folder; each level made here, `root` included, is 0700 (raw data goes in)."""
    root.parent.mkdir(parents=True, exist_ok=True)
    _private_mkdir(root)
    folder = root
    for part in PurePosixPath(relative).parts:
        folder = folder / part
        _private_mkdir(folder)
    return folder


def _private_mkdir(folder: Path) -> None:
    try:
        folder.mkdir(mode=PRIVATE_FOLDER)
    except FileExistsError:
        return
    os.chmod(folder, PRIVATE_FOLDER)  # mkdir's mode is subject to the umask


def write_private(path: Path, text: str) -> None:
    """Write a small file whole or not at all, readable by its owner only."""
    temporary = path.with_name(f".{path.name}.partial")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    with os.fdopen(fd, "w", encoding="utf-8") as stream:
        stream.write(text)
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, path)


def free_name(relative: str, taken: Callable[[str], bool]) -> str:
    """`relative` (its file name shortened to fit, see `short_name`), or if taken, the first of
    `a-2.log`, `a-3.log`, ... (the number before the first dot)."""
    folder, _, name = relative.rpartition("/")
    name = short_name(name)
    relative = f"{folder}/" * bool(folder) + name
    if not taken(relative):
        return relative
    stem, dot, rest = name.partition(".")
    n = 2
    while True:
        candidate = f"{folder}/" * bool(folder) + f"{stem}-{n}{dot}{rest}"
        if not taken(candidate):
            return candidate
        n += 1


def short_name(name: str, limit: int = NAME_BYTES) -> str:
    """`name` if it has at most `limit` bytes; else its beginning and its suffixes (what follows the
    first dot, up to SUFFIX_BYTES of it), joined by "~", in `limit` bytes. Cut between characters, so
    that a UTF-8 name stays UTF-8."""
    if _bytes(name) <= limit:
        return name
    stem, dot, rest = name.partition(".")
    suffixes = _tail(dot + rest, SUFFIX_BYTES)
    if not stem or not suffixes:
        return _head(name, limit)
    return _head(stem, limit - 1 - _bytes(suffixes)) + "~" + suffixes


def _bytes(text: str) -> int:
    return len(os.fsencode(text))


def _head(text: str, limit: int) -> str:
    """The longest beginning of `text` with at most `limit` bytes."""
    size = 0
    for index, character in enumerate(text):
        size += _bytes(character)
        if size > limit:
            return text[:index]
    return text


def _tail(text: str, limit: int) -> str:
    """The longest end of `text` with at most `limit` bytes."""
    return _head(text[::-1], limit)[::-1]


def describe(exc: OSError) -> str:
    """An OSError as a reason for a log line or reason file: its kind, never a path or contents."""
    return (exc.strerror or type(exc).__name__).lower()


def exists(path: Path) -> bool:
    """Whether anything (a symbolic link too, even a dangling one) is at `path`."""
    return os.path.lexists(path)


def move_once(source: Path, target: Path, tag: str) -> bool:
    """Move `source` to `target` so that `target` appears whole, and once, even when a crash interrupts
    the move: calling again with the same arguments finishes it. Returns whether anything was moved.

    Within a file system this is one rename. Across file systems the file is copied to a hidden
    temporary beside the target (named after `tag`, so that a second call finds it), the source is
    renamed to a `.sent` marker, the temporary renamed to the target, and the marker deleted: each step
    shows from the file system whether it happened.
    """
    sent = source.with_name(source.name + ".sent")
    temporary = target.with_name(f".{target.name}.{tag}.partial")
    if exists(source):
        try:
            os.rename(source, target)
            return True
        except OSError as exc:
            if exc.errno != errno.EXDEV:
                raise
        _copy_durably(source, temporary)
        os.rename(source, sent)
    if not exists(sent):
        return False
    if exists(temporary):
        os.rename(temporary, target)
    os.unlink(sent)
    return True


def _copy_durably(source: Path, temporary: Path) -> None:
    status = os.lstat(source)
    temporary.unlink(missing_ok=True)
    if stat.S_ISLNK(status.st_mode):
        os.symlink(os.readlink(source), temporary)
        return
    if not stat.S_ISREG(status.st_mode):
        return  # a pipe or device has no content to carry over; the marker still records the move
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    with os.fdopen(fd, "wb") as out, open(source, "rb") as data:
        shutil.copyfileobj(data, out, 1 << 20)
        out.flush()
        os.fsync(out.fileno())
    os.chmod(temporary, stat.S_IMODE(status.st_mode))


def make_private(path: Path) -> None:
    """Best effort 0600 for a file holding raw data (its folder, 0700, is what protects it)."""
    try:
        if not path.is_symlink():
            os.chmod(path, PRIVATE_FILE)
    except OSError:
        pass  # not ours to change (another user's file); the 0700 folder still keeps others out
