"""What propagation learns: values, each under every spelling logs use for it (learnt by
scanner/propagation/, found again by its matcher in the workers)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class KnownValue:
    entity: str  # what a recurrence is reported as
    learnt_as: str  # the entity of the finding it was learnt from
    canonical: str  # one name for all its spellings: the pseudonyms' canonical form of the value learnt
    origin: str  # where it was learnt: "path:line", or the known-values file

    def __reduce__(self) -> tuple[type[KnownValue], tuple[str, str, str, str]]:
        # Sent between processes by the thousand (each chunk's lessons); a dataclass with slots is
        # otherwise unpickled through dataclasses.fields() per object, three times slower.
        return (KnownValue, (self.entity, self.learnt_as, self.canonical, self.origin))


@dataclass(frozen=True)
class KnownValueSet:
    """A run's known values as its scanning settings carry them to the workers: data only. Each worker
    builds its matcher from them once (propagation/matcher.py: matcher_of), by `token`."""

    spellings: tuple[tuple[str, KnownValue], ...]
    token: str = field(default_factory=lambda: secrets.token_hex(16))
