"""Expanding command-line PATH arguments into the documents to scan."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath

STDIN = "-"


@dataclass(frozen=True, slots=True)
class Document:
    """One input: a file (or standard input), as reports name it and as `redact --out` places it."""

    path: Path | None  # None: standard input
    display: str
    relative: PurePath
    problem: str | None = None  # why it cannot be read at all, if known before opening


def expand_paths(arguments: Sequence[str], exclude: Sequence[Path] = ()) -> Iterator[Document]:
    """The documents named by `arguments`: files, directories (recursively, in name order) or "-".

    A file argument lands at the top of an output tree; a directory's files land relative to it
    (``a/`` holding ``b.log`` gives ``b.log``; ``.`` gives ``a/b.log``). Symbolic links inside
    directories are not followed; anything under an `exclude` folder (such as the output) is left out.
    """
    excluded = [p.resolve() for p in exclude]
    for argument in arguments:
        if argument == STDIN:
            yield Document(None, STDIN, PurePath("stdin"))
            continue
        path = Path(argument)
        if path.is_dir():
            yield from _walk(path, excluded)
        elif path.exists():
            yield Document(path, argument, PurePath(path.name))
        else:
            problem = "no such file or directory"
            yield Document(path, argument, PurePath(path.name), problem)


def _walk(root: Path, excluded: list[Path]) -> Iterator[Document]:
    for folder, subfolders, files in os.walk(root, followlinks=False):
        here = Path(folder)
        subfolders[:] = sorted(d for d in subfolders if (here / d).resolve() not in excluded)
        for name in sorted(files):
            path = here / name
            if path.is_symlink():
                continue
            relative = path.relative_to(root)
            yield Document(path, os.path.normpath(path), PurePath(relative))
