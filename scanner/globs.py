"""Gitignore-style path globs (`*` within a folder, `**` across folders), as `.logscrubignore` reads them."""

from __future__ import annotations

from functools import lru_cache

import pathspec


@lru_cache(maxsize=1024)
def _spec(pattern: str) -> pathspec.GitIgnoreSpec:
    return pathspec.GitIgnoreSpec.from_lines([pattern])


def glob_matches(pattern: str, path: str) -> bool:
    """Whether the relative path (with `/`) is named by `pattern`: a pattern without `/` matches a name
    in any folder; a pattern naming a folder matches everything below it too."""
    return _spec(pattern).match_file(path)
