"""Values written percent-encoded (RFC 3986) in URLs, query strings and form bodies
(``application/x-www-form-urlencoded``): ``erik.lind%40example.se``, ``tel=%2B46701740699``,
``namn=Anna+Svensson&mail=anna%40example.se``.

Each run of URL characters that holds a ``%XX`` escape is decoded (an escape of an escape, ``%2540``,
too), the detector runs over the decoded run with the text before it on its line as context, and each
finding of the decoded text is mapped back to the encoded text it came from: the whole encoded value is
reported and replaced, nothing around it. In a run with ``=`` (a query string or form body) ``+`` is a
space. Text without ``%`` costs the detector one ``in`` test.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from logscrub.scanner.engine.context import PREFIX_WORDS
from logscrub.scanner.records.findings import Finding

ATTRIBUTE = "percent_encoded"
# Characters of a URL, a query string or a form body (RFC 3986 unreserved, sub-delims, ":@/?" and "%").
_URL_CHARACTERS = r"[\w.~!$&'()*+,;=:@/?%\-]"
_RUN_AFTER = re.compile(f"{_URL_CHARACTERS}*")
_RUN_BEFORE_REVERSED = re.compile(f"{_URL_CHARACTERS}*")
_RUN_REACH = 4096  # a run is looked for this far before its first escape
_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_CONTEXT_REACH = 60  # characters before a run, on its line: a key or context word for the decoded value
_MOST_LEVELS = 3  # escapes of escapes decoded, at most
# After each decoded run: a line of neutral words, so that no context word reaches the next run.
_BREAK = "\n" + " ".join("x" * PREFIX_WORDS) + "\n"

Detect = Callable[[str], list[Finding]]


@dataclass(frozen=True, slots=True)
class _Run:
    start: int  # where the encoded run is in the text
    decoded: str
    positions: list[int]  # where each decoded character (and the end) starts in the encoded run
    base: int  # where the decoded run is in the text the detector reads


def percent_encoded_findings(text: str, detect: Detect) -> list[Finding]:
    """The findings `detect` makes in the decoded form of the percent-encoded runs of `text` (all in
    one call), at the encoded text they stand for; those the encoded text shows as they are are left to
    `text`'s own detection."""
    runs: list[_Run] = []
    pieces: list[str] = []
    length = 0
    for start, end in _encoded_runs(text):
        decoded, positions = _decoded(text[start:end])
        line_start = text.rfind("\n", 0, start) + 1
        context = text[max(line_start, start - _CONTEXT_REACH) : start]
        runs.append(_Run(start, decoded, positions, length + len(context)))
        pieces += (context, decoded, _BREAK)
        length += len(context) + len(decoded) + len(_BREAK)
    if not runs:
        return []
    bases = [run.base for run in runs]
    found: list[Finding] = []
    for finding in detect("".join(pieces)):
        index = bisect_right(bases, finding.start) - 1
        if index < 0:
            continue
        run = runs[index]
        start, end = finding.start - run.base, finding.end - run.base
        if end > len(run.decoded):
            continue  # in the context of the next run: the text's own
        encoded_start, encoded_end = run.start + run.positions[start], run.start + run.positions[end]
        if text[encoded_start:encoded_end] == run.decoded[start:end]:
            continue  # written as it is: found in the text itself
        attributes = {**(finding.attributes or {}), ATTRIBUTE: True}
        found.append(replace(finding, start=encoded_start, end=encoded_end, attributes=attributes))
    return found


def _encoded_runs(text: str) -> Iterator[tuple[int, int]]:
    """Where the runs of URL characters holding an escape are: found from each escape (a regex for
    whole runs would try every URL character as a start)."""
    end = 0
    for escape in _ESCAPE.finditer(text):
        if escape.start() < end:
            continue  # in the run before
        floor = max(end, escape.start() - _RUN_REACH)
        before = _RUN_BEFORE_REVERSED.match(text[floor : escape.start()][::-1])
        start = escape.start() - (before.end() if before else 0)
        after = _RUN_AFTER.match(text, escape.end())
        end = after.end() if after else escape.end()
        yield start, end


def _decoded(run: str) -> tuple[str, list[int]]:
    """`run` decoded, and where each decoded character (and the end) starts in `run`."""
    form = "=" in run
    text, positions = _decoded_once(run, form)
    for _ in range(_MOST_LEVELS - 1):
        if not _ESCAPE.search(text):
            break
        text, inner = _decoded_once(text, False)
        positions = [positions[p] for p in inner]
    return text, positions


def _decoded_once(run: str, form: bool) -> tuple[str, list[int]]:
    pieces: list[str] = []
    positions: list[int] = []
    at = 0
    for escapes in _ESCAPES.finditer(run):
        _plain(run[at : escapes.start()], at, form, pieces, positions)
        starts = range(escapes.start(), escapes.end(), 3)
        data = bytes(int(run[s + 1 : s + 3], 16) for s in starts)
        for text, byte in _characters(data):
            pieces.append(text)
            positions.append(starts[byte])
        at = escapes.end()
    _plain(run[at:], at, form, pieces, positions)
    positions.append(len(run))
    return "".join(pieces), positions


def _plain(text: str, at: int, form: bool, pieces: list[str], positions: list[int]) -> None:
    pieces.append(text.replace("+", " ") if form else text)
    positions.extend(range(at, at + len(text)))


def _characters(data: bytes) -> Iterator[tuple[str, int]]:
    """The characters `data` encodes, each with the index of its first byte: UTF-8, else Latin-1 (as
    forms of Swedish and German sites in 8-bit charsets send them)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        yield from ((chr(byte), index) for index, byte in enumerate(data))
        return
    index = 0
    for character in text:
        yield character, index
        index += len(character.encode("utf-8"))
