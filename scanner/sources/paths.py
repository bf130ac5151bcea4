"""Expanding command-line PATH arguments into the documents to scan: files, folders walked recursively,
and standard input. Archive members become documents later, when their archive is read."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path, PurePath, PurePosixPath

from logscrub.scanner.records.documents import Document
from logscrub.scanner.sources.ignore import IGNORE_FILE, Exclusions

STDIN = "-"
NOT_FOLLOWED = "symbolic link, not followed (see --follow-symlinks)"
LINK_LOOP = "symbolic link loop"
BROKEN_LINK = "broken symbolic link"
NOT_REGULAR = "not a regular file"


def expand_paths(
    arguments: Sequence[str],
    exclude: Sequence[Path] = (),
    *,
    patterns: Sequence[str] = (),
    follow_symlinks: bool = False,
) -> Iterator[Document]:
    """The documents named by `arguments`: files, folders (recursively, in name order) or "-".

    A file argument lands at the top of an output tree; a folder's files land relative to it
    (``a/`` holding ``b.log`` gives ``b.log``; ``.`` gives ``a/b.log``). A file named as an argument is
    always read; inside folders, paths matching `patterns` (--exclude) or a .logscrubignore file are
    reported as skipped, and so are symbolic links unless `follow_symlinks` (a link back to a folder
    being walked is reported as a loop). Anything under an `exclude` folder (such as the output of
    `redact`) is left out silently.
    """
    walk = _Walk({p.resolve() for p in exclude}, follow_symlinks)
    rules = Exclusions.from_patterns(patterns)
    for argument in arguments:
        if argument == STDIN:
            yield Document(None, STDIN, PurePath("stdin"))
            continue
        path = Path(argument)
        try:
            found = path.stat()
        except OSError as exc:
            yield Document(path, argument, PurePath(path.name), problem=_unreadable(path, exc))
            continue
        if stat.S_ISDIR(found.st_mode):
            yield from walk.folder(path, PurePosixPath(), rules, frozenset({(found.st_dev, found.st_ino)}))
        else:
            yield Document(path, argument, PurePath(path.name))


class _Walk:
    def __init__(self, skip_folders: set[Path], follow_symlinks: bool) -> None:
        self.skip_folders = skip_folders
        self.follow_symlinks = follow_symlinks

    def folder(
        self, folder: Path, relative: PurePosixPath, rules: Exclusions, ancestors: frozenset[tuple[int, int]]
    ) -> Iterator[Document]:
        """The documents in `folder`; `ancestors` are the folders walked into to get here (device,
        inode), so that a followed link back to one of them is seen as the loop it is."""
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as exc:
            problem = f"cannot list the folder: {_reason(exc)}"
            yield Document(folder, os.path.normpath(folder), relative, problem=problem)
            return
        try:
            rules = rules.entering(folder, relative)
        except OSError as exc:
            ignore_file = folder / IGNORE_FILE
            problem = f"cannot read the ignore file: {_reason(exc)}"
            yield Document(
                ignore_file, os.path.normpath(ignore_file), relative / IGNORE_FILE, problem=problem
            )
        for entry in entries:
            yield from self._entry(entry, relative / entry.name, rules, ancestors)

    def _entry(
        self,
        entry: os.DirEntry[str],
        relative: PurePosixPath,
        rules: Exclusions,
        ancestors: frozenset[tuple[int, int]],
    ) -> Iterator[Document]:
        path, display = Path(entry.path), os.path.normpath(entry.path)

        def skipped(reason: str) -> Document:
            return Document(path, display, relative, skipped=reason)

        link = entry.is_symlink()
        if link and not self.follow_symlinks:
            yield skipped(rules.reason(relative, is_dir=False) or NOT_FOLLOWED)
            return
        try:
            found = entry.stat(follow_symlinks=True)
        except OSError as exc:
            if link:
                yield skipped(LINK_LOOP if exc.errno == errno.ELOOP else BROKEN_LINK)
            else:
                yield Document(path, display, relative, problem=_reason(exc))
            return
        is_dir = stat.S_ISDIR(found.st_mode)
        reason = rules.reason(relative, is_dir)
        if reason is not None:
            yield skipped(reason)
        elif not is_dir:
            yield Document(path, display, relative) if stat.S_ISREG(found.st_mode) else skipped(NOT_REGULAR)
        elif (found.st_dev, found.st_ino) in ancestors:
            yield skipped(LINK_LOOP)
        elif path.resolve() not in self.skip_folders:
            inside = ancestors | {(found.st_dev, found.st_ino)}
            yield from self.folder(path, relative, rules, inside)


def _unreadable(path: Path, exc: OSError) -> str:
    """Why a PATH argument cannot be read."""
    if exc.errno == errno.ELOOP:
        return LINK_LOOP
    if exc.errno == errno.ENOENT and path.is_symlink():
        return BROKEN_LINK
    return _reason(exc)


def _reason(exc: OSError) -> str:
    return exc.strerror.lower() if exc.strerror else str(exc)
