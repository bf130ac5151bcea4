"""USERNAME: the user of a mail address on a host without a public suffix, in mail logs and headers
(``for <jdoe@localhost>``, ``from=<anna@pbx.local>``, ``Return-Path: <bo.ek@mail.corp>``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from presidio_analyzer import Pattern

from logscrub.recognizers.base import Detection, LogscrubRecognizer, RePattern
from logscrub.recognizers.generic.email_address_recognizer import has_public_suffix
from logscrub.recognizers.helpers.mail_identifiers import at_sign_matches, header_name, is_message_id
from logscrub.recognizers.helpers.service_accounts import service_accounts
from logscrub.recognizers.helpers.user_names import looks_like_user_name

_LOCAL = r"[\w.%+\-']"
_LABEL = r"[A-Za-z0-9](?:[\w\-]{0,61}[A-Za-z0-9])?"
LOCAL_MAILBOX_REGEX = (
    rf"(?<!{_LOCAL})(?P<local>{_LOCAL}{{1,64}})@(?P<host>{_LABEL}(?:\.{_LABEL})*)(?![\w\-]|\.[A-Za-z0-9])"
)
_LOCAL_RUN_REVERSED = re.compile(rf"{_LOCAL}{{0,64}}")
_LOCAL_WORDS = re.compile(r"[._+]")
_MASKED = re.compile(r"[xX]+")  # a name masked out already ("F=XXXXXX@XXXXXXXXXXXX")
# What makes an address a mailbox without angle brackets: a key of Postfix, Sendmail, Exim or Dovecot
# lines (from=, to=, orig_to=, ctladdr=, Exim's F= and R=, user=), an Exim delivery arrow, or the
# session of a Dovecot process ("lmtp(jdoe@localhost.localdomain)<…>").
_KEY_BEFORE = re.compile(
    r"(?:\b(?:from|to|orig_to|ctladdr|arg1|user|sender|recipient)|(?<![\w-])[FR])=\Z|(?:<=|=>|->|\*\*|==) \Z"
    r"|\b(?:lmtp|lda|imap|pop3|submission|managesieve)\(\Z"
)
_KEY_REACH = 16
# Headers whose values are mailboxes.
_ADDRESS_HEADERS = frozenset(
    (
        "from", "to", "cc", "bcc", "reply-to", "sender", "return-path", "delivered-to", "x-original-to",
        "envelope-to", "x-envelope-to", "x-envelope-from", "resent-from", "resent-to", "resent-sender",
        "disposition-notification-to", "errors-to",
    )
)  # fmt: skip
# Hosts whose names are reserved never to resolve (RFC 6761): no mailbox is there. Redacted copies
# write their addresses there ("<EMAIL_ADDRESS@redacted.invalid>").
_NOWHERE = ".invalid"

SCORE = 0.8


class LocalMailboxRecognizer(LogscrubRecognizer):
    """An address whose host has no public suffix (``localhost``, ``pbx.local``, ``mail.lan``,
    ``srv.internal``, ``dc1.corp``, ``nas.home.arpa``, a bare host name) is no address
    ``EmailAddressRecognizer`` reports, but where the text makes it a mailbox (in angle brackets, after a
    mail log's ``from=``/``to=``/``orig_to=``, in a ``From:``/``To:``/``Return-Path:`` header, …) its
    local part is a user's account: a USERNAME. Service accounts (``root``, ``postmaster``,
    ``MAILER-DAEMON``, ``support``: ``rules/service_accounts.yaml``), numbers and message ids are not."""

    ENTITY = "USERNAME"
    PATTERNS: ClassVar[list[Pattern]] = [RePattern("Mailbox on a local host", LOCAL_MAILBOX_REGEX, SCORE)]
    PREFILTERS: ClassVar[tuple[str, ...]] = ("@",)

    def matches(self, text: str, index: int) -> Iterator[re.Match[str]]:
        return at_sign_matches(text, self._compiled[index], _LOCAL_RUN_REVERSED, 64)

    def detections(self, text: str, match: re.Match[str], pattern: Pattern) -> Iterator[Detection]:
        host = match["host"].lower()
        if host.rpartition(".")[2].isdigit() or host.endswith(_NOWHERE) or has_public_suffix(host):
            return  # an IP address's last number, nowhere, or an e-mail address
        local, start = match["local"], match.start("local")
        if _is_personal(local) and _is_mailbox(text, start, match.end()):
            yield Detection(start, match.end("local"), SCORE)


def _is_personal(local: str) -> bool:
    """Whether a local part is a person's account: a user name, no role's (``MAILER-DAEMON``,
    ``support``, ``noc.alerts``: the role words of ``rules/service_accounts.yaml`` too), not masked."""
    accounts = service_accounts()
    if not looks_like_user_name(local) or _MASKED.fullmatch(local):
        return False
    return not any(accounts.is_role_word(word) for word in _LOCAL_WORDS.split(local))


def _is_mailbox(text: str, start: int, end: int) -> bool:
    """Whether the address at `start`..`end` is a mailbox by its place in a mail log or header."""
    if text[start - 1 : start] == "<" and text[end : end + 1] == ">":
        return not is_message_id(text, start)
    if _KEY_BEFORE.search(text, max(0, start - _KEY_REACH), start):
        return True
    return header_name(text, start) in _ADDRESS_HEADERS
