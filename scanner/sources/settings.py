"""Limits on what is read: file sizes, and how far archives and compressed files are opened."""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1 << 20
GIB = 1 << 30


@dataclass(frozen=True)
class SourceSettings:
    """How documents are read; every limit is a command-line option (see `logscrub scan --help`)."""

    max_size: int | None = None  # --max-size: bytes of content per file or member; None: no limit
    archive_depth: int = 3  # --archive-depth: archive and compression levels opened, one inside another
    archive_max_ratio: float = 200.0  # --archive-max-ratio: expanded / compressed bytes
    archive_max_size: int = 16 * GIB  # --archive-max-size: bytes expanded out of one input, all levels
    exclude: tuple[str, ...] = ()  # --exclude patterns, also applied to archive member paths
    # Below this many expanded bytes the ratio is not judged: tiny members compress absurdly well.
    ratio_floor: int = 4 * MIB


def describe_size(size: int) -> str:
    """`size` bytes for a message: 1536 -> '1.5 KiB'."""
    units = ("bytes", "KiB", "MiB", "GiB", "TiB")
    value, index = float(size), 0
    while value >= 1024 and index < len(units) - 1:
        value /= 1024
        index += 1
    return f"{size} bytes" if index == 0 else f"{value:.4g} {units[index]}"
