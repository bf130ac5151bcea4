"""E-mail (`.eml`): headers, text and HTML parts and text attachments, parsed with the email package.

Fields: each header of the message and of its parts (the header's name the context; addresses as
``"Display Name" <address>``; not those that only describe the MIME structure), the preamble and
epilogue of multiparts, and each text part decoded from base64 or quoted-printable and its charset.
Findings are located in a rendering of the message: each part in turn, its headers decoded one a line,
a blank line, then its decoded text.

A header is rendered whole, encoded words decoded (comments too: what is written back is scanned); an
address list as its addresses, MIME parameters decoded. The copy is the same message with the same
parts: a changed header is written anew, as a valid header of its kind where the redacted value still is
one, else as unstructured text (folded, RFC 2047 encoded, never an error); a redacted address stays an
address (``"<PERSON>" <EMAIL_ADDRESS@redacted.invalid>``), a message id an id
(``<20261201.4711.USERNAME@mail.example.se>``); a changed part is encoded as it was
(charset and transfer encoding), the rest is written as it was read, with the original newlines. Parts
that are not text (images, PDFs) cannot be scanned: the copy keeps their headers and drops their
content. Tokens in HTML are written as character references (``&lt;PERSON&gt;``), so they show.
"""

from __future__ import annotations

import base64
import io
import quopri
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email import policy
from email.generator import BytesGenerator
from email.headerregistry import Address, AddressHeader, BaseHeader, HeaderRegistry, ParameterizedMIMEHeader
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import formataddr

from logscrub.recognizers.helpers.mail_identifiers import MESSAGE_ID_HEADERS
from logscrub.scanner.records.chunks import ValueFinding
from logscrub.scanner.records.entities import entity_facts
from logscrub.scanner.sources.encodings import TextEncoding, detect_encoding
from logscrub.scanner.sources.structured.fields import Field, StructureError, redact_value

REDACTED_DOMAIN = "redacted.invalid"
# Headers that only describe the MIME structure: their words are fixed, and a multipart's boundary is
# random digits (a card number, now and then, to the recognizers).
_STRUCTURE_HEADERS = frozenset(("mime-version", "content-transfer-encoding"))
# Attached documents in these types are text too, as far as scanning goes.
_TEXT_APPLICATION_TYPES = frozenset(("application/json", "application/xml", "application/x-ndjson"))
_NOT_IN_ADDRESS = re.compile(r"[^\w.!#$%&'*+/=?^`{|}~-]")
# Every header read as unstructured text: what any value can be written as. (Message id headers are
# read so too: the email package's parser of them fails on odd ids, with an IndexError in Python 3.11.)
_UNSTRUCTURED = HeaderRegistry(use_default_map=False)
# Defects of address headers that lose nothing of the addresses: encoded words written too closely.
_HARMLESS_DEFECTS = ("encoded word inside quoted string", "missing trailing whitespace after encoded-word")
_LINE_BREAKS = re.compile(r"[\r\n]+")
# Trace headers whose syntax is built of angle-bracketed addresses and ids, as message id headers are.
_PATH_HEADERS = frozenset(("return-path", "received", "delivered-to", "x-original-to", "envelope-to"))


@dataclass
class _Slot:
    """Where a field's redacted value goes back into the message."""

    field: Field
    apply: Callable[[str, tuple[ValueFinding, ...]], None]


class EmailDocument:
    """A parsed message, its rendering as text and its fields, in the order of the rendering."""

    def __init__(self, data: bytes) -> None:
        self.message: EmailMessage = BytesParser(policy=policy.default).parsebytes(data)
        head = data.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
        self.linesep = "\r\n" if b"\r\n" in head else "\n"
        self._slots: list[_Slot] = []
        self._lines: list[str] = []
        self._length = 0
        self._header_edits: dict[int, dict[int, str]] = {}  # id(part) -> header index -> new value
        self._parts: dict[int, Message] = {}
        for part in self.message.walk():
            self._parts[id(part)] = part
            self._render_part(part)
        self.text = "".join(self._lines)

    @property
    def fields(self) -> list[Field]:
        return [slot.field for slot in self._slots]

    def redacted(self, findings: Sequence[tuple[ValueFinding, ...]]) -> bytes:
        """The message with each field's findings (in field order) replaced, as bytes."""
        for slot, found in zip(self._slots, findings, strict=True):
            if found:
                slot.apply(slot.field.value, found)
        for key, edits in self._header_edits.items():
            _rewrite_headers(self._parts[key], edits)
        for part in self.message.walk():
            if not part.is_multipart() and not _is_text(part):
                part.set_payload("")
        out = io.BytesIO()
        # Headers as they were read stay as they were folded.
        generator_policy = policy.default.clone(linesep=self.linesep, refold_source="none")
        BytesGenerator(out, mangle_from_=False, policy=generator_policy).flatten(self.message)
        return out.getvalue()

    # Rendering

    def _add(self, text: str) -> None:
        self._lines.append(text)
        self._length += len(text)

    def _add_field(
        self,
        context: str,
        value: str,
        apply: Callable[[str, tuple[ValueFinding, ...]], None],
        html: bool = False,
    ) -> None:
        if value:
            field = Field(context, value, self._length, self._length + len(value), html=html)
            self._slots.append(_Slot(field, apply))
        self._add(value)

    def _render_part(self, part: Message) -> None:
        for index, (name, raw) in enumerate(part.raw_items()):
            self._add(f"{name}: ")
            lowered = name.lower()
            if lowered in _STRUCTURE_HEADERS or (lowered == "content-type" and part.is_multipart()):
                self._add(str(part.policy.header_fetch_parse(name, raw)))
            else:
                self._render_header(part, index, name, raw)
            self._add("\n")
        self._add("\n")
        if part.is_multipart():
            for attribute in ("preamble", "epilogue"):
                text = getattr(part, attribute)
                if text:
                    self._add_field("", text, _set_attribute(part, attribute))
                    self._add("\n")
        elif _is_text(part):
            text, encoding = _decoded_payload(part)
            html = part.get_content_type() == "text/html"
            self._add_field("", text, _set_payload(part, encoding), html=html)
            self._add("\n" if text.endswith("\n") else "\n\n")

    def _render_header(self, part: Message, index: int, name: str, raw: str) -> None:
        edits = self._header_edits.setdefault(id(part), {})
        lowered = name.lower()
        # All of the header's text, encoded words decoded: what its parsed value leaves out (comments,
        # as in "Date: … (ring 070-…)") is written back, so it is scanned too.
        text = str(_UNSTRUCTURED(name, "".join(_LINE_BREAKS.split(raw))))
        header = None if lowered in MESSAGE_ID_HEADERS else part.policy.header_fetch_parse(name, raw)
        if not isinstance(header, AddressHeader) or not _whole_addresses(header, raw):
            # Parameters are shown decoded (RFC 2231); findings in angle-bracket syntax are written
            # so that it stays that: <20261201.4711.USERNAME@…>, for <EMAIL_ADDRESS@redacted.invalid>.
            decoded = isinstance(header, ParameterizedMIMEHeader) and not header.defects
            value = str(header) if decoded else text
            in_brackets = header is None or isinstance(header, AddressHeader) or lowered in _PATH_HEADERS
            self._add_field(name, value, _set_header(edits, index, in_brackets))
            return
        addresses = header.addresses
        rewritten = list(addresses)
        for number, address in enumerate(addresses):
            if number:
                self._add(", ")
            if address.display_name:
                self._add('"')
                # the display name of an address is a name by its place: its key says so
                self._add_field(
                    f"{name} display-name",
                    address.display_name,
                    _set_display_name(rewritten, number, edits, index),
                )
                self._add('" <')
                self._add_field(name, address.addr_spec, _set_addr_spec(rewritten, number, edits, index))
                self._add(">")
            else:
                self._add_field(name, address.addr_spec, _set_addr_spec(rewritten, number, edits, index))


def _whole_addresses(header: AddressHeader, raw: str) -> bool:
    """Whether `header`'s addresses are all it holds: no comments, groups or parts it could not read."""
    found_defects: list[str] = [str(d) for d in header.defects] if isinstance(header, BaseHeader) else []
    named_group = any(group.display_name for group in header.groups)
    defects = [d for d in found_defects if d not in _HARMLESS_DEFECTS]
    return bool(header.addresses) and not defects and not named_group and "(" not in raw


def _set_header(
    edits: dict[int, str], index: int, in_brackets: bool
) -> Callable[[str, tuple[ValueFinding, ...]], None]:
    def apply(value: str, found: tuple[ValueFinding, ...]) -> None:
        if in_brackets:
            found = tuple(f._replace(replacement=_bracket_text(f)) for f in found)
        edits[index] = redact_value(value, found)

    return apply


def _bracket_text(finding: ValueFinding) -> str:
    """A replacement as it can stand in an address or id: id text (no "<", ">", ":"); an address
    stays one (EMAIL_ADDRESS@redacted.invalid)."""
    text = _id_text(finding.replacement)
    return f"{text}@{REDACTED_DOMAIN}" if entity_facts(finding.entity).mail_address else text


def _id_text(replacement: str) -> str:
    return _NOT_IN_ADDRESS.sub("-", replacement.replace("<", "").replace(">", ""))


def _address_list(addresses: list[Address]) -> str:
    return ", ".join(
        formataddr((a.display_name, a.addr_spec)) if a.display_name else a.addr_spec for a in addresses
    )


def _set_display_name(
    addresses: list[Address], number: int, edits: dict[int, str], index: int
) -> Callable[[str, tuple[ValueFinding, ...]], None]:
    def apply(value: str, found: tuple[ValueFinding, ...]) -> None:
        old = addresses[number]
        addresses[number] = Address(display_name=redact_value(value, found), addr_spec=old.addr_spec)
        edits[index] = _address_list(addresses)

    return apply


def _set_addr_spec(
    addresses: list[Address], number: int, edits: dict[int, str], index: int
) -> Callable[[str, tuple[ValueFinding, ...]], None]:
    def apply(value: str, found: tuple[ValueFinding, ...]) -> None:
        # A replacement is no address: what an address cannot hold (a token's angle brackets, a hash's
        # colon) goes, and a domain that went with it is made up.
        local, at, domain = redact_value(value, found).replace("<", "").replace(">", "").rpartition("@")
        if not at:
            local, domain = domain, REDACTED_DOMAIN
        spec = f"{_id_text(local)}@{domain}"
        old = addresses[number]
        addresses[number] = Address(display_name=old.display_name, addr_spec=spec)
        edits[index] = _address_list(addresses)

    return apply


def _set_attribute(part: Message, attribute: str) -> Callable[[str, tuple[ValueFinding, ...]], None]:
    def apply(value: str, found: tuple[ValueFinding, ...]) -> None:
        setattr(part, attribute, redact_value(value, found))

    return apply


def _set_payload(part: Message, encoding: TextEncoding) -> Callable[[str, tuple[ValueFinding, ...]], None]:
    def apply(value: str, found: tuple[ValueFinding, ...]) -> None:
        html = part.get_content_type() == "text/html"
        data = ("\ufeff" if encoding.bom else "").encode(encoding.codec) + redact_value(
            value, found, html
        ).encode(encoding.codec)
        transfer = str(part.get("Content-Transfer-Encoding", "7bit")).strip().lower()
        if transfer == "base64":
            payload = base64.encodebytes(data).decode("ascii")
        elif transfer == "quoted-printable":
            payload = quopri.encodestring(data).decode("ascii")
        else:  # 7bit, 8bit, binary: the bytes as they are (the generator writes them back unchanged)
            payload = data.decode("ascii", "surrogateescape")
        part.set_payload(payload)

    return apply


def _rewrite_headers(part: Message, edits: dict[int, str]) -> None:
    """`part` with the headers at the edited places replaced, all others kept as they were read."""
    if not edits:
        return
    items = list(part.raw_items())
    for name in {name.lower() for name, _ in items}:
        del part[name]
    for index, (name, raw) in enumerate(items):
        if index in edits:
            part.set_raw(name, _stored_header(part, name, edits[index]))
        else:
            part.set_raw(name, raw)


def _stored_header(part: Message, name: str, value: str) -> BaseHeader:
    """`value` as header `name` of `part` is written: parsed as its kind where that keeps all of it,
    else as unstructured text; either way folded and encoded (RFC 2047) when written, and valid.

    A redacted value need not be what its kind allows (``Date: <PHONE_NUMBER>``, a token in a
    parameter): the email package's parsers then drop what they cannot read, or fail outright."""
    value = " ".join(_LINE_BREAKS.split(value))  # a decoded header may hold line breaks: never write them
    if name.lower() not in MESSAGE_ID_HEADERS:
        try:
            header = part.policy.header_store_parse(name, value)[1]
        except Exception:  # the parsers' own failures on odd values (IndexError, ...)
            header = None
        kept = isinstance(header, AddressHeader) or str(header) == value
        if isinstance(header, BaseHeader) and not header.defects and kept:
            return header
    unstructured: BaseHeader = _UNSTRUCTURED(name, value)
    return unstructured


def _is_text(part: Message) -> bool:
    return part.get_content_maintype() == "text" or part.get_content_type() in _TEXT_APPLICATION_TYPES


def _decoded_payload(part: Message) -> tuple[str, TextEncoding]:
    """A text part's content, decoded from its transfer encoding and charset (detected when the
    declared one is missing or does not fit)."""
    data = part.get_payload(decode=True)
    assert isinstance(data, bytes)
    declared = part.get_content_charset()
    if declared:
        try:
            encoding = TextEncoding.plain(declared)
            return data.decode(encoding.name), encoding
        except (LookupError, UnicodeDecodeError):
            pass
    detected = detect_encoding(data)
    if detected is None:
        raise StructureError(f"a {part.get_content_type()} part is not text")
    try:
        return data.decode(detected.name), detected
    except UnicodeDecodeError as exc:
        raise StructureError(f"cannot decode a {part.get_content_type()} part: {exc.reason}") from None
