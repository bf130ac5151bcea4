"""Which paths are left out: `--exclude` patterns and `.logscrubignore` files, both in gitignore syntax.

`--exclude` patterns apply to every path met in a walked folder or inside an archive, relative to the
folder given on the command line (or to the archive's root), and cannot be re-included. A
`.logscrubignore` file applies to the folder it is in and everything below, as `.gitignore` does: the
last matching pattern of the deepest file that has one decides, and `!pattern` re-includes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pathspec

IGNORE_FILE = ".logscrubignore"


@dataclass(frozen=True)
class _Patterns:
    spec: pathspec.GitIgnoreSpec
    base: PurePosixPath  # the folder the patterns are relative to
    origin: str  # how a reason names where they come from

    def check(self, relative: PurePosixPath, is_dir: bool) -> tuple[bool, str] | None:
        """(left out?, the deciding pattern), or None when no pattern matches."""
        path = relative.relative_to(self.base).as_posix() + ("/" if is_dir else "")
        result = self.spec.check_file(path)
        if result.include is None or result.index is None:
            return None
        return result.include, str(self.spec.patterns[result.index].pattern).rstrip()


@dataclass(frozen=True)
class Exclusions:
    """The patterns in force in one folder of a walk (or inside one archive)."""

    command_line: _Patterns | None = None
    ignore_files: tuple[_Patterns, ...] = ()

    @classmethod
    def from_patterns(cls, patterns: Sequence[str]) -> Exclusions:
        if not patterns:
            return cls()
        spec = pathspec.GitIgnoreSpec.from_lines(patterns)
        return cls(_Patterns(spec, PurePosixPath(), "--exclude"))

    def entering(self, folder: Path, relative: PurePosixPath) -> Exclusions:
        """The patterns in force inside `folder` (at `relative` from the walk's root): these, plus its
        own .logscrubignore if it has one. Raises OSError when that file cannot be read."""
        try:
            text = (folder / IGNORE_FILE).read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return self
        return self.with_ignore_file(text, relative)

    def with_ignore_file(self, text: str, relative: PurePosixPath) -> Exclusions:
        """These patterns, plus those of the .logscrubignore file `text` of the folder at `relative`."""
        spec = pathspec.GitIgnoreSpec.from_lines(text.splitlines())
        origin = (relative / IGNORE_FILE).as_posix()
        return Exclusions(self.command_line, (*self.ignore_files, _Patterns(spec, relative, origin)))

    def reason(self, relative: PurePosixPath, is_dir: bool) -> str | None:
        """Why the path at `relative` (from the walk's root) is left out, or None when it is not."""
        if self.command_line is not None:
            decided = self.command_line.check(relative, is_dir)
            if decided is not None and decided[0]:
                return f"excluded by --exclude {decided[1]}"
        for patterns in reversed(self.ignore_files):
            decided = patterns.check(relative, is_dir)
            if decided is not None:
                return f"ignored by {patterns.origin} ({decided[1]})" if decided[0] else None
        return None
