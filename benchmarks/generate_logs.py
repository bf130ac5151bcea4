"""Deterministic synthetic logs for the benchmarks: a dense telephony log and a sparse SIP proxy debug log.

Everything is synthetic and reproducible: one fixed seed per log, no clock, no network.

* Phone numbers only from the ranges reserved for fiction: Swedish +46 70 174 06 05…99 (PTS) and
  German 030 23125 000…999 (Bundesnetzagentur).
* Personnummer only from Skatteverket's published test numbers (shipped with logscrub).
* Domains only example.se / example.com / example.org / example.de; names from a small invented list.

Usage::

    python benchmarks/generate_logs.py --size-mb 40            # both logs, 40 MB each
    python benchmarks/generate_logs.py --kind dense --size-mb 10

A log is written to ``benchmarks/data/{kind}-{size}MB.log`` only when it is missing or differs from what
these parameters would produce (its size and a small ``.json`` side file are checked), so repeated
benchmark runs reuse it. 1 MB is 1,000,000 bytes here and in the benchmark.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from logscrub.recognizers.helpers.swedish_identity import test_numbers

# Bump when the generated content changes, so that stale files are regenerated.
GENERATOR_VERSION = 1
MB = 1_000_000
DATA_DIR = Path(__file__).resolve().parent / "data"
KINDS = ("dense", "sparse")
SEEDS = {"dense": 20240312, "sparse": 20240313}
SPARSE_PERSONAL_EVERY = 20  # one line in twenty carries personal data

# 2024-03-12 10:00:00 UTC: the first timestamp; later ones advance by random steps (no clock is read).
START = datetime(2024, 3, 12, 10, 0, 0, tzinfo=timezone.utc)
START_EPOCH = 1710237600

FIRST_NAMES = (
    "Anna",
    "Erik",
    "Maja",
    "Lars",
    "Ingrid",
    "Johan",
    "Sofia",
    "Klaus",
    "Greta",
    "Nils",
    "Ebba",
    "Henrik",
    "Liv",
    "Oskar",
)
LAST_NAMES = (
    "Svensson",
    "Lindqvist",
    "Bergström",
    "Ekdahl",
    "Holmberg",
    "Sjöberg",
    "Nyström",
    "Müller",
    "Brandtner",
    "Wallmark",
    "Frostell",
    "Kranz",
)
DOMAINS = ("example.se", "example.com", "example.org", "example.de")
_ASCII = str.maketrans({"å": "a", "ä": "a", "ö": "o", "ü": "u", "é": "e"})

SE_SUBSCRIBER = range(5, 100)  # +46 70 174 06 05 … 99
DE_SUBSCRIBER = range(0, 1000)  # 030 23125 000 … 999
LEVELS = ("INFO", "INFO", "INFO", "DEBUG", "DEBUG", "NOTICE", "WARN", "ERROR")
METHODS = ("INVITE", "REGISTER", "BYE", "OPTIONS", "ACK", "CANCEL", "NOTIFY", "SUBSCRIBE")


def _personnummer_pool() -> tuple[list[str], list[str]]:
    """Skatteverket's test personnummer (not samordningsnummer): all, and those whose 10-digit forms
    have an unambiguous century (born 1930-2005, so no `+` separator is needed)."""
    numbers = sorted(n for n in test_numbers() if 1 <= int(n[6:8]) <= 31)
    short = [n for n in numbers if 1930 <= int(n[:4]) <= 2005]
    return numbers, short


class _Parts:
    """The random parts of a line: PII in its varied written forms, and log noise."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.pnr_all, self.pnr_short = _personnummer_pool()
        self.ms = 0

    # --- personal data -------------------------------------------------------------------------------
    def name(self) -> str:
        return f"{self.r.choice(FIRST_NAMES)} {self.r.choice(LAST_NAMES)}"

    def user(self, name: str | None = None) -> str:
        first, last = (name or self.name()).lower().translate(_ASCII).split(" ")
        form = self.r.randrange(4)
        if form == 0:
            return f"{first}.{last}"
        if form == 1:
            return f"{first[0]}{last}"
        if form == 2:
            return f"{first}_{last}{self.r.randrange(1, 99)}"
        return first

    def domain(self) -> str:
        return self.r.choice(DOMAINS)

    def email(self, name: str | None = None) -> str:
        return f"{self.user(name)}@{self.domain()}"

    def se_e164(self) -> str:
        return f"+467017406{self.r.choice(SE_SUBSCRIBER):02d}"

    def de_e164(self) -> str:
        return f"+493023125{self.r.choice(DE_SUBSCRIBER):03d}"

    def se_phone(self) -> str:
        nn = f"{self.r.choice(SE_SUBSCRIBER):02d}"
        return self.r.choice(
            (
                f"070-174 06 {nn}",
                f"070 174 06 {nn}",
                f"070-17406{nn}",
                f"+467017406{nn}",
                f"+46 70 174 06 {nn}",
                f"+46 (0)70-174 06 {nn}",
                f"00467017406{nn}",
                f"0046 70 174 06 {nn}",
            )
        )

    def de_phone(self) -> str:
        ddd = f"{self.r.choice(DE_SUBSCRIBER):03d}"
        return self.r.choice(
            (
                f"030 23125 {ddd}",
                f"030 23125{ddd}",
                f"030/23125-{ddd}",
                f"+49 30 23125 {ddd}",
                f"+493023125{ddd}",
                f"0049 30 23125{ddd}",
            )
        )

    def phone(self) -> str:
        return self.se_phone() if self.r.random() < 0.6 else self.de_phone()

    def personnummer(self) -> str:
        form = self.r.randrange(5)
        if form < 2:
            n = self.r.choice(self.pnr_all)
            return f"{n[:8]}-{n[8:]}" if form == 0 else n
        n = self.r.choice(self.pnr_short)[2:]
        return (f"{n[:6]}-{n[6:]}", n, f"{n[:6]}-{n[6:]}")[form - 2]

    def sip_uri(self) -> str:
        """A SIP URI with a user part: a name, a number in E.164 or national form, at a domain or IP."""
        kind = self.r.randrange(4)
        if kind == 0:
            return f"sip:{self.user()}@{self.domain()}"
        if kind == 1:
            return f"sip:{self.se_e164()}@pbx.{self.domain()};user=phone"
        if kind == 2:
            number = "0" + self.de_e164()[3:] if self.r.random() < 0.5 else "00" + self.se_e164()[1:]
            return f"sip:{number}@{self.private_ip()}:{self.port()}"
        return f"sips:{self.user()}@sbc.{self.domain()}:5061;transport=tls"

    def name_addr(self) -> str:
        """`"Display Name" <sip:...>` as in From/To/P-Asserted-Identity headers."""
        name = self.name()
        if self.r.random() < 0.5:
            return f'"{name}" <sip:{self.se_e164()}@pbx.{self.domain()};user=phone>'
        return f'"{name}" <sip:{self.user(name)}@{self.domain()}>'

    # --- noise ---------------------------------------------------------------------------------------
    def advance(self) -> None:
        self.ms += self.r.randrange(1, 40)

    def iso_ts(self) -> str:
        t = START + timedelta(milliseconds=self.ms)
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{self.ms % 1000:03d}Z"

    def syslog_ts(self) -> str:
        return (START + timedelta(milliseconds=self.ms)).strftime("%b %d %H:%M:%S")

    def uniqueid(self) -> str:
        return f"{START_EPOCH + self.ms // 1000}.{self.r.randrange(1, 900)}"

    def thread(self) -> str:
        return self.r.choice(
            (
                f"pjsip-{self.r.randrange(0, 16)}",
                f"T-0x7f{self.r.getrandbits(32):08x}",
                f"worker-{self.r.randrange(1, 64):02d}",
            )
        )

    def private_ip(self) -> str:
        net = self.r.randrange(3)
        if net == 0:
            return f"10.{self.r.randrange(256)}.{self.r.randrange(256)}.{self.r.randrange(1, 255)}"
        if net == 1:
            return f"172.{self.r.randrange(16, 32)}.{self.r.randrange(256)}.{self.r.randrange(1, 255)}"
        return f"192.168.{self.r.randrange(256)}.{self.r.randrange(1, 255)}"

    def port(self) -> int:
        return self.r.choice((5060, 5060, 5061, 5080, self.r.randrange(10000, 60000)))

    def hexid(self, digits: int = 16) -> str:
        return f"{self.r.getrandbits(4 * digits):0{digits}x}"

    def call_id(self) -> str:
        if self.r.random() < 0.5:
            return f"{self.hexid(8)}-{self.hexid(4)}-{self.hexid(4)}-{self.hexid(4)}-{self.hexid(12)}"
        return f"{self.r.getrandbits(62)}@{self.private_ip()}"

    def branch(self) -> str:
        return f"z9hG4bK{self.hexid(10)}"


# --- the dense log: personal data on every line --------------------------------------------------------


def _dense_line(f: _Parts) -> str:
    f.advance()
    r = f.r
    head = f"{f.iso_ts()} {r.choice(LEVELS):<6} [{f.thread()}]"
    kind = r.randrange(8)
    if kind == 0:
        return (
            f"{head} {r.choice(METHODS)} {f.sip_uri()} SIP/2.0 From: {f.name_addr()};tag={f.hexid(8)} "
            f"src={f.private_ip()}:{f.port()}"
        )
    if kind == 1:
        return (
            f"{head} uniqueid={f.uniqueid()} callback requested by {f.email()} to {f.phone()} "
            f"(customer pnr {f.personnummer()})"
        )
    if kind == 2:
        return (
            f"{head} CDR uniqueid={f.uniqueid()} src={f.se_e164()} dst={f.de_phone()} "
            f"dur={r.randrange(0, 3600)}s channel=PJSIP/trunk-{f.hexid(8)} peer={f.private_ip()}"
        )
    if kind == 3:
        name = f.name()
        return (
            f"{head} ticket #{r.randrange(10000, 99999)}: caller {name} <{f.email(name)}> "
            f"tel {f.phone()} personnummer {f.personnummer()}"
        )
    if kind == 4:
        return (
            f"{head} P-Asserted-Identity: {f.name_addr()} Contact: <{f.sip_uri()}> "
            f"cseq={f.r.randrange(1, 99)}"
        )
    if kind == 5:
        return (
            f"{head} auth failed for {f.sip_uri()} from {f.private_ip()}:{f.port()} "
            f"Call-ID: {f.call_id()} attempts={r.randrange(1, 6)}"
        )
    if kind == 6:
        return (
            f"{head} queue=support-{r.randrange(1, 9)} agent {f.email()} answered {f.phone()} "
            f"after {r.randrange(1, 600)}s uniqueid={f.uniqueid()}"
        )
    return (
        f"{head} CRM lookup pnr={f.personnummer()} -> customer {f.name()} mobil {f.se_phone()} "
        f"mail {f.email()} ({r.randrange(1, 90)} ms)"
    )


# --- the sparse log: a Kamailio/OpenSIPS-style proxy debug log -----------------------------------------


def _sparse_debug(f: _Parts) -> str:
    """A routing/timer/transaction debug line without personal data."""
    r = f.r
    kind = r.randrange(16)
    if kind == 0:
        return "DEBUG: <core> [core/parser/msg_parser.c:610]: parse_msg(): SIP Request:"
    if kind == 1:
        return f"DEBUG: <core> [core/parser/msg_parser.c:612]: parse_msg():  method:  <{r.choice(METHODS)}>"
    if kind == 2:
        return (
            f"DEBUG: <core> [core/parser/msg_parser.c:614]: parse_msg():  uri:     "
            f"<sip:{f.private_ip()}:{f.port()};transport=udp>"
        )
    if kind == 3:
        return (
            f"DEBUG: <core> [core/parser/parse_via.c:2639]: parse_via_param(): found param type 232, "
            f"<branch> = <{f.branch()}>; state=16"
        )
    if kind == 4:
        return (
            f"DEBUG: <core> [core/receive.c:235]: receive_msg(): --- received sip message - request - "
            f"call-id: [{f.call_id()}] - cseq: [{r.randrange(1, 999)} {r.choice(METHODS)}]"
        )
    if kind == 5:
        return (
            f"DEBUG: tm [t_lookup.c:1421]: t_lookup_request(): start searching: "
            f"hash={r.randrange(65536)}, isACK={r.randrange(2)}"
        )
    if kind == 6:
        return "DEBUG: tm [t_lookup.c:1487]: t_lookup_request(): no transaction found"
    if kind == 7:
        return (
            f"DEBUG: tm [t_hooks.c:384]: run_trans_callbacks_internal(): DBG: trans=0x7f{f.hexid(10)}, "
            f"callback type {r.choice((1, 2, 4, 1024, 2048))}, id {r.randrange(4)} entered"
        )
    if kind == 8:
        return (
            f"DEBUG: <core> [core/timer.c:{r.randrange(400, 1200)}]: timer_handler(): "
            f"ticks={r.randrange(10**6, 10**8)} slow_idx={r.randrange(512)} expired={r.randrange(8)}"
        )
    if kind == 9:
        return (
            f"DEBUG: dispatcher [dispatch.c:2241]: ds_manage_routes(): set destination uri "
            f"<sip:{f.private_ip()}:{f.port()}> (alg {r.randrange(12)}, grp {r.randrange(1, 5)})"
        )
    if kind == 10:
        return (
            f"DEBUG: rtpengine [rtpengine.c:2650]: rtpp_function_call(): proxy reply: media port "
            f"{r.randrange(30000, 40000)} on {f.private_ip()} (node udp:{f.private_ip()}:2223)"
        )
    if kind == 11:
        return (
            f"DEBUG: <core> [core/usr_avp.c:{r.randrange(600, 700)}]: destroy_avp_list(): "
            f"destroying list 0x7f{f.hexid(10)}"
        )
    if kind == 12:
        return (
            f"DEBUG: sl [sl_funcs.c:{r.randrange(300, 420)}]: sl_reply_helper(): reply sent: "
            f"{r.choice(('100 Trying', '200 OK', '401 Unauthorized', '404 Not Found', '486 Busy Here'))}"
        )
    if kind == 13:
        return (
            f"DEBUG: <core> [core/tcp_main.c:{r.randrange(1000, 4000)}]: tcpconn_add(): "
            f"hashes: {r.randrange(1024)}:{r.randrange(1024)}:0, {r.randrange(1, 64)}"
        )
    if kind == 14:
        return f"DEBUG: maxfwd [mf_funcs.c:85]: is_maxfwd_present(): value = {r.randrange(60, 71)}"
    return (
        f"DEBUG: <core> [core/mem/q_malloc.c:{r.randrange(400, 500)}]: qm_free(): freeing frag. "
        f"0x7f{f.hexid(10)} alloc'ed from tm: h_table.c: build_cell({r.randrange(300, 400)})"
    )


def _sparse_personal(f: _Parts) -> str:
    """A proxy log line that names someone."""
    r = f.r
    kind = r.randrange(6)
    if kind == 0:
        return (
            f"DEBUG: <core> [core/parser/parse_to.c:{r.randrange(300, 400)}]: parse_to_param(): "
            f"end of header reached, state=10 To: {f.name_addr()}"
        )
    if kind == 1:
        user, domain = f.user(), f.domain()
        return (
            f"INFO: <script>: REGISTER from sip:{user}@{domain} contact "
            f"<sip:{user}@{f.private_ip()}:{f.port()};transport=tcp> expires=3600"
        )
    if kind == 2:
        return (
            f"DEBUG: usrloc [urecord.c:{r.randrange(200, 300)}]: insert_ucontact(): inserting contact "
            f"for aor [{f.email()}] q=-1 ruid=uloc-{f.hexid(8)}-{r.randrange(100, 999)}"
        )
    if kind == 3:
        return f"NOTICE: <script>: call from {f.name_addr()} to {f.sip_uri()} via {f.private_ip()}"
    if kind == 4:
        return (
            f"WARNING: <script>: auth failed for {f.email()} from {f.private_ip()}:{f.port()} "
            f"(callback {f.phone()})"
        )
    return (
        f"INFO: acc [acc.c:{r.randrange(280, 320)}]: ACC: call ended: method=BYE; "
        f"src_user={f.se_e164()}; dst_user={f.de_e164()}; callid={f.call_id()}; code=200"
    )


def _sparse_line_factory() -> Callable[[_Parts], str]:
    counter = 0

    def line(f: _Parts) -> str:
        nonlocal counter
        counter += 1
        f.advance()
        body = _sparse_personal(f) if counter % SPARSE_PERSONAL_EVERY == 0 else _sparse_debug(f)
        return f"{f.syslog_ts()} sip-proxy1 /usr/sbin/kamailio[{2210 + counter % 8}]: {body}"

    return line


# --- checking a redacted copy --------------------------------------------------------------------------

# The personal data these generators write, in every form they write it. Names are not listed: a display
# name or "caller Anna Svensson" is only found by NER, which logscrub does not do.
_RESIDUAL = {
    "PHONE_NUMBER": re.compile(
        r"(?<![\d+])(?:\+46 ?(?:\(0\))?|0046 ?|0)70[ -]?174 ?06 ?\d\d(?!\d)"
        r"|(?<![\d+])(?:\+49 ?|0049 ?|0)30[ /]?23125[ -]?\d{3}(?!\d)"
    ),
    "EMAIL_OR_SIP_USER": re.compile(r"[\w.+\-]+@(?:[\w\-]+\.)?example\.(?:se|com|org|de)\b"),
}
_IDENTITY_CANDIDATE = re.compile(r"(?<![\d+\-])(\d{6}|\d{8})-?(\d{4})(?![\d\-])")


# Fields of the generated noise (ids, counters, timers, pointers): a replacement token right after one of
# these labels, or inside the hex id that follows one, means that noise was taken for personal data.
_NOISE_TOKEN = re.compile(
    r"(?P<label>uniqueid=|Call-ID: |call-id: \[|callid=|ticks=|hash=|tag=|trunk-|<branch> = <|ruid=uloc-"
    r"|trans=|dur=|ticket #|cseq: \[|cseq=|kamailio\[|value = |destroying list |freeing frag\. )"
    r"(?:z9hG4bK|0x7f|[0-9a-f]+(?:-[0-9a-f]*)*)?<(?P<entity>[A-Z][A-Z_]+)>"
)


@dataclass
class RedactionCheck:
    """What a redacted copy of a generated log still holds, and which noise it took for personal data."""

    residual: Counter[str] = field(default_factory=Counter)  # lines with personal data left, by kind
    residual_examples: list[str] = field(default_factory=list)
    noise: Counter[str] = field(default_factory=Counter)  # "label -> ENTITY": tokens replacing noise
    noise_examples: list[str] = field(default_factory=list)


def check_redacted(path: Path, examples: int = 3) -> RedactionCheck:
    """Look through a redacted copy of a generated log for left-over personal data and redacted noise."""
    numbers = test_numbers()
    check = RedactionCheck()
    with path.open(encoding="utf-8") as f:
        for line in f:
            kinds = [kind for kind, pattern in _RESIDUAL.items() if pattern.search(line)]
            for m in _IDENTITY_CANDIDATE.finditer(line):
                digits = m[1] + m[2]
                if digits in numbers or any(c + digits in numbers for c in ("18", "19", "20")):
                    kinds.append("SE_PERSONNUMMER")
                    break
            check.residual.update(kinds)
            if kinds and len(check.residual_examples) < examples:
                check.residual_examples.append(line.rstrip("\n"))
            if "<" in line:
                noise = [f"{m['label'].strip()} -> {m['entity']}" for m in _NOISE_TOKEN.finditer(line)]
                check.noise.update(noise)
                if noise and len(check.noise_examples) < examples:
                    check.noise_examples.append(line.rstrip("\n"))
    return check


# --- writing -------------------------------------------------------------------------------------------


def generate(kind: str, target_bytes: int, path: Path) -> int:
    """Write `kind`'s log of at least `target_bytes` bytes (whole lines) to `path`; its size."""
    parts = _Parts(SEEDS[kind])
    make_line = _dense_line if kind == "dense" else _sparse_line_factory()
    written = 0
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="\n") as out:
        batch: list[str] = []
        while written < target_bytes:
            line = make_line(parts) + "\n"
            written += len(line.encode("utf-8"))
            batch.append(line)
            if len(batch) >= 4096:
                out.write("".join(batch))
                batch.clear()
        out.write("".join(batch))
    tmp.replace(path)
    return written


def _size_label(size_mb: float) -> str:
    return f"{size_mb:g}MB"


def ensure_log(kind: str, size_mb: float, data_dir: Path = DATA_DIR) -> Path:
    """The path of `kind`'s log of `size_mb` MB, generated only if missing or not what it should be."""
    if kind not in KINDS:
        raise ValueError(f"unknown log kind {kind!r}; one of {', '.join(KINDS)}")
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / f"{kind}-{_size_label(size_mb)}.log"
    meta_path = path.with_suffix(".json")
    target = int(size_mb * MB)
    wanted = {"kind": kind, "target_bytes": target, "seed": SEEDS[kind], "version": GENERATOR_VERSION}
    if path.exists() and meta_path.exists():
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except ValueError:
            meta = {}
        if {k: meta.get(k) for k in wanted} == wanted and meta.get("bytes") == path.stat().st_size:
            return path
    size = generate(kind, target, path)
    meta_path.write_text(json.dumps({**wanted, "bytes": size}, indent=2) + "\n", encoding="utf-8")
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size-mb", type=float, default=40.0, help="size of each log in MB (10^6 bytes)")
    parser.add_argument("--kind", choices=(*KINDS, "all"), default="all")
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    args = parser.parse_args(argv)
    for kind in KINDS if args.kind == "all" else (args.kind,):
        path = ensure_log(kind, args.size_mb, args.data_dir)
        print(f"{path}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
