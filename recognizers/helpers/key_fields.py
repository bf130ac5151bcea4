"""Fields found by their key: ``key=value``, ``key: value``, ``"key": "value"``, ``<key>value</key>``,
FreeSWITCH's ``Key: [value]``, Asterisk's ``SET VARIABLE KEY "value"``; and lines found by their start.

Python's regex engine tries an alternation of keys at every position of a text: one case-insensitive
pattern for twenty keys took 280 ms on a 5 MB telephony log, a fifth of the time of the whole scan. A
pattern that starts with one literal is different: the engine skips to each occurrence at memory-scan
speed (2 ms). So ``anchored_matches`` scans for
a literal every key contains ("name", "user") and tries the pattern only at the start of the key around
each hit, and ``line_start_matches`` runs a ``(?m)^…`` pattern as ``\\n…``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# A key's words as a log writes them: displayName, display_name, Display-Name, CALLERID(name), "Full Name".
_KEY_WORD_JOINER = r"[_\-.( ]?"
# Namespaces and prefixes before a compound key: agi_calleridname, variable_effective_caller_id_name,
# Caller-Caller-ID-Name, set(effective_caller_id_name=…).
KEY_PREFIX_REGEX = r"(?:[a-z0-9]+[_\-.(])*"
# A key starts at the start of a token: not after a letter, digit, "_", "-", "." or "(".
KEY_START_REGEX = r"(?<![\w\-.(])"
# What stands between a key and its value; `xml` marks <key>value</key>.
SEPARATOR_REGEX = (
    r"""(?:\)?\\?["']?[ \t]*[:=][ \t]*"""  # key=value, key: value, "key": "value", CALLERID(name)=value
    r"""|(?P<xml>>)"""  # <key>value</key>
    r"""|[ \t]+(?=\\?["']))"""  # SET VARIABLE KEY "value"
)
_KEY_CHARACTERS = re.compile(r"[\w\-.(]")
_KEY_REACH = 48
_KEY_MAX_WORDS = 3  # "caller id name"


def key_alternation(keys: Iterable[str]) -> str:
    """A regex alternation of `keys`, each written as its words ("caller id name"); longest first."""
    return "|".join(
        _KEY_WORD_JOINER.join(re.escape(word) for word in key.split())
        for key in sorted(keys, key=len, reverse=True)
    )


def phrase_alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of `phrases` (words separated by blanks), grouped by first letter: at a line
    start, the engine then tries only the phrases that begin with its letter. Use with ``(?i:…)``."""
    by_letter: dict[str, list[str]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        by_letter.setdefault(phrase[0].lower(), []).append(phrase[1:])
    blank = r"[ \t]+"
    return "|".join(
        re.escape(letter) + "(?:" + "|".join(blank.join(map(re.escape, r.split(" "))) for r in rests) + ")"
        for letter, rests in by_letter.items()
    )


def first_letters(words: Iterable[str]) -> str:
    """A look-ahead for the first letters of `words` in either case: put before an alternation at the
    start of a line, it turns most lines away with one character test."""
    letters = sorted({ch for word in words for ch in (word[0].lower(), word[0].upper())})
    return f"(?=[{''.join(letters)}])"


def value_regex(bare: str) -> str:
    """A field's value: in double quotes (also JSON-escaped \\"…\\"), single quotes or brackets, or
    unquoted as the regex `bare` allows."""
    return (
        r"""(?:\\?"(?P<dq>[^"\\\r\n]{1,100})\\?\""""
        r"""|'(?P<sq>[^'\r\n]{1,100})'"""
        r"""|\[(?P<br>[^\]\r\n]{1,100})\]"""
        rf"""|(?P<bare>{bare}))"""
    )


def field_value(match: re.Match[str]) -> tuple[int, int, bool]:
    """The span of a field's value (see `value_regex`), and whether it was quoted or bracketed."""
    for group in ("dq", "sq", "br"):
        if match[group] is not None:
            start, end = match.span(group)
            return start, end, True
    start, end = match.span("bare")
    return start, end, False


def is_misplaced_xml(text: str, match: re.Match[str]) -> bool:
    """A ``key>`` that does not close an opening ``<key>`` tag (``user->name``) is no field."""
    return match["xml"] is not None and not text.startswith("<", match.start() - 1)


def anchor_scanners(anchors: Iterable[str], excluded: str = "") -> tuple[re.Pattern[str], ...]:
    """Literal scans for `anchors` as keys are written: lower case, Capitalised and UPPER case. A hit
    the regex `excluded` (formatted with the anchor, then appended) rules out is skipped by the scan
    itself, so that a frequent non-key costs nothing."""
    variants = dict.fromkeys(v for a in anchors for v in (a.lower(), a.capitalize(), a.upper()))
    return tuple(re.compile(re.escape(v) + excluded.format(anchor=re.escape(v))) for v in variants)


def _token_start(text: str, position: int, characters: re.Pattern[str] = _KEY_CHARACTERS) -> int:
    """The start of the token that holds `position` (letters, digits and ``_-.(``), within reach."""
    start = position
    reach = max(0, position - _KEY_REACH)
    while start > reach and characters.match(text, start - 1):
        start -= 1
    return start


def key_starts(text: str, position: int, characters: re.Pattern[str] = _KEY_CHARACTERS) -> list[int]:
    """Where a key that holds `position` may start, earliest first: the start of its token, or of one
    or two tokens before it that single spaces join to it ("Full Name", "Caller ID Name"); a token is
    made of `characters`."""
    starts = [_token_start(text, position, characters)]
    for _ in range(_KEY_MAX_WORDS - 1):
        start = starts[0]
        if start < 2 or text[start - 1] != " " or not characters.match(text, start - 2):
            break
        starts.insert(0, _token_start(text, start - 1, characters))
    return starts


def anchored_matches(
    compiled: re.Pattern[str], text: str, scanners: tuple[re.Pattern[str], ...]
) -> Iterator[re.Match[str]]:
    """The matches of `compiled` in `text`, for a pattern that starts at a key start and whose keys all
    contain an anchor that one of `scanners` finds (see `anchor_scanners`); in text order, not
    overlapping, as ``finditer`` finds them (for keys in lower, Capitalised or UPPER case: "nAmE" is
    not scanned for)."""
    hits = {hit.start() for scanner in scanners for hit in scanner.finditer(text)}
    searched_up_to = 0
    tried: set[int] = set()
    for hit in sorted(hits):
        if hit < searched_up_to:
            continue
        for start in key_starts(text, hit):
            if start < searched_up_to or start in tried:
                continue
            tried.add(start)
            match = compiled.match(text, start)
            if match:
                searched_up_to = match.end()
                yield match
                break


def line_start_twin(line_start_regex: str, flags: int = 0) -> re.Pattern[str]:
    """For a pattern written ``(?m)^…``, the same pattern starting with a newline (a literal the regex
    engine scans for fast)."""
    if not line_start_regex.startswith("(?m)^"):
        raise ValueError("a line-start pattern starts with (?m)^")
    return re.compile("(?m)\n" + line_start_regex.removeprefix("(?m)^"), flags)


def line_start_matches(
    compiled: re.Pattern[str], twin: re.Pattern[str], text: str
) -> Iterator[re.Match[str]]:
    """The matches of the ``(?m)^…`` pattern `compiled`: the one at the start of `text`, then those its
    `twin` finds after each newline (their groups are the same; only group 0 takes the newline in)."""
    first = compiled.match(text)
    position = 0
    if first:
        position = first.end()
        yield first
    yield from twin.finditer(text, position)
