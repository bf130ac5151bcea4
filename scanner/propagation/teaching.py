"""What a chunk's lessons teach, in every spelling: worked out in the worker process that scanned the
chunk, so that the main process only merges what each chunk taught."""

from __future__ import annotations

from collections.abc import Iterable

from logscrub.scanner.propagation.guards import Guards
from logscrub.scanner.propagation.known_values import KnownValues
from logscrub.scanner.propagation.known_values_file import learn_known_value
from logscrub.scanner.propagation.lessons import HASHED_KNOWN_VALUE, Lesson
from logscrub.scanner.records.known_values import KnownValue


def spellings_taught(
    lessons: Iterable[Lesson], guards: Guards, regions: tuple[str, ...], where: str
) -> dict[str, KnownValue]:
    """Each spelling `lessons` teach and its known value; `where` names the document they come from."""
    known = KnownValues(guards, regions)
    for lesson in lessons:
        origin = f"{where}:{lesson.line}"
        if lesson.entity == HASHED_KNOWN_VALUE:
            learn_known_value(known, lesson.value, f"{origin} (hashed known value)")
        else:
            known.learn(lesson.entity, lesson.value, lesson.attributes, origin)
    return known.by_spelling
