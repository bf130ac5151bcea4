"""Gitignore-style path globs: `*` and `?` within a folder, `**` across folders."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1024)
def glob_regex(pattern: str) -> re.Pattern[str]:
    """A regex matching the relative paths (with `/`) that `pattern` names.

    A pattern without `/` matches a name in any folder; a pattern naming a folder matches everything
    below it too.
    """
    anchored = "/" in pattern.rstrip("/")
    pattern = pattern.strip("/")
    pieces: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            pieces.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            pieces.append(".*")
            i += 2
        elif pattern[i] == "*":
            pieces.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            pieces.append("[^/]")
            i += 1
        else:
            pieces.append(re.escape(pattern[i]))
            i += 1
    body = "".join(pieces)
    return re.compile(("" if anchored else "(?:.*/)?") + body + "(?:/.*)?")
