"""Which files some process holds open for writing, from ``/proc`` (Linux).

Each ``/proc/PID/fd/N`` is a link to what the descriptor is open on, and ``/proc/PID/fdinfo/N`` gives its
open flags. One pass over every process's descriptors answers for a whole batch of files, so it is made
only when files are about to be taken, not per event. What it cannot see: processes of other users
(unless the daemon runs as root), processes in another PID namespace (another container) or on another
machine (a network share). For those the settle time, and the check after scanning that the file did
not change, are what is left.
"""

from __future__ import annotations

import os
from collections.abc import Collection

PROC = "/proc"
_ACCESS_MODE = 0o3  # O_ACCMODE: the flags' low bits say read, write or both


def open_for_writing(paths: Collection[str], proc: str = PROC) -> set[str]:
    """Those of `paths` (absolute, as the kernel shows them) that a process has open for writing;
    nothing where there is no ``/proc``."""
    if not paths or not os.path.isdir(os.path.join(proc, "self", "fd")):
        return set()
    wanted = set(paths)
    held: set[str] = set()
    for pid in _process_ids(proc):
        held.update(_held_by(os.path.join(proc, pid), wanted - held))
        if held == wanted:
            break
    return held


def _process_ids(proc: str) -> list[str]:
    return [name for name in os.listdir(proc) if name.isdigit()]


def _held_by(process: str, wanted: set[str]) -> set[str]:
    """Those of `wanted` that one process has open for writing (none if it is gone or not ours)."""
    held: set[str] = set()
    try:
        descriptors = os.listdir(os.path.join(process, "fd"))
    except OSError:
        return held
    for fd in descriptors:
        try:
            target = os.readlink(os.path.join(process, "fd", fd))
        except OSError:
            continue  # closed meanwhile
        if target in wanted and _writable(os.path.join(process, "fdinfo", fd)):
            held.add(target)
    return held


def _writable(fdinfo: str) -> bool:
    try:
        with open(fdinfo, encoding="ascii") as info:
            for line in info:
                if line.startswith("flags:"):
                    return int(line.split()[1], 8) & _ACCESS_MODE != os.O_RDONLY
    except (OSError, ValueError, IndexError):
        pass  # closed meanwhile: not held
    return False
