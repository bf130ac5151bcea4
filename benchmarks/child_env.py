"""The environment the benchmarks run logscrub in, as a child process."""

from __future__ import annotations

import os

BENCHMARK_HASH_KEY = "ad6de6d1f668790e44dfae2d78164854"  # fixed, so runs compare; not a secret


def logscrub_env() -> dict[str, str]:
    """This process's environment, as an installed logscrub runs in it: with its bytecode compiled (pip
    compiles it; a run that compiled every module again would time the compiler, 0.1 s of each start,
    not logscrub) and with a hash key (else the first run would create ~/.config/logscrub/hash.key)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("LOGSCRUB_HASH_KEY", BENCHMARK_HASH_KEY)
    return env
