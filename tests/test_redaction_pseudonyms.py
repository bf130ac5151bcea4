"""Pseudonyms through the real command line and pipeline: one numbering for all files of a run, whatever
the number of workers or the chunking; with a key, the same pseudonyms in every run."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from logscrub.scanner.classification import load_taxonomy
from logscrub.scanner.cli.main import main
from logscrub.scanner.pipeline import Pipeline
from logscrub.scanner.records.redaction import RedactionSettings
from logscrub.scanner.records.scan_settings import ScanSettings
from logscrub.scanner.redaction.pseudonyms import PSEUDONYM_KEY_ENV
from logscrub.scanner.sources.paths import expand_paths

FIRST = (
    "call +46 70 174 06 12 from anna.svensson@example.se\n"
    'From: "Anna Svensson" <sip:anna.svensson@example.se>;tag=1\n'
)
SECOND = (
    "ring 070-174 06 13, then 070-174 06 12 (Anna.Svensson@Example.se)\n"
    'From: "Anna Svensson" <sip:bo.ek@example.se>;tag=2\n'
)


@pytest.fixture(autouse=True)
def _no_pseudonym_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PSEUDONYM_KEY_ENV, raising=False)


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    folder = tmp_path / "bundle"
    folder.mkdir()
    (folder / "a.log").write_text(FIRST, encoding="utf-8")
    (folder / "b.log").write_text(SECOND, encoding="utf-8")
    return folder


TEAM_KEY, OTHER_KEY = "3f9a1c2b7d4e6f80a1b2c3d4e5f60718", "9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a49"


def _redact(*arguments: str | Path) -> None:
    assert main(["redact", *map(str, arguments)]) == 0


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_one_numbering_for_all_files_of_a_run(bundle: Path, tmp_path: Path, jobs: str) -> None:
    out = tmp_path / "out"
    _redact(bundle, "--out", out, "--style", "pseudonym", "-j", jobs)
    assert (out / "a.log").read_text(encoding="utf-8") == (
        'call <PHONE_NUMBER_1> from <EMAIL_ADDRESS_1>\nFrom: "<PERSON_1>" <<SIP_ADDRESS_1>>;tag=1\n'
    )
    assert (out / "b.log").read_text(encoding="utf-8") == (
        "ring <PHONE_NUMBER_2>, then <PHONE_NUMBER_1> (<EMAIL_ADDRESS_1>)\n"
        'From: "<PERSON_1>" <<SIP_ADDRESS_2>>;tag=2\n'
    )


def _copy(bundle: Path, out: Path, *names: str, options: tuple[str, ...] = ()) -> str:
    """Redact `names` of the bundle in one run; the copy of the last of them."""
    _redact(*(bundle / name for name in names), "--out", out, "--style", "pseudonym", *options)
    return (out / names[-1]).read_text(encoding="utf-8")


def test_without_a_key_pseudonyms_differ_between_runs(bundle: Path, tmp_path: Path) -> None:
    together = _copy(bundle, tmp_path / "1", "a.log", "b.log")
    alone = _copy(bundle, tmp_path / "2", "b.log")
    assert together != alone
    assert "<PHONE_NUMBER_1>, then <PHONE_NUMBER_2>" in alone  # numbered afresh in the second run


def test_with_a_key_pseudonyms_are_stable_across_runs(
    bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = ("--key", TEAM_KEY)
    together = _copy(bundle, tmp_path / "1", "a.log", "b.log", options=key)
    alone = _copy(bundle, tmp_path / "2", "b.log", options=key)
    assert together == alone
    first = (tmp_path / "1" / "a.log").read_text(encoding="utf-8")
    phone = first.split()[1]
    assert phone.startswith("<PHONE_NUMBER_") and len(phone) == len("<PHONE_NUMBER_>") + 8
    # +46 70 174 06 12 in a.log and 070-174 06 12 in b.log are one number.
    assert f"then {phone}" in alone
    monkeypatch.setenv(PSEUDONYM_KEY_ENV, TEAM_KEY)
    assert _copy(bundle, tmp_path / "3", "b.log") == alone
    assert _copy(bundle, tmp_path / "4", "b.log", options=("--key", OTHER_KEY)) != alone


def _trace(lines: int) -> str:
    rng = random.Random(11)
    templates = (
        "INVITE sip:+46701740{n:03d}@pbx.example.se;user=phone SIP/2.0\n",
        'From: "Åsa Öberg" <sip:asa{n}@example.se>;tag={n}\n',
        "customer rang 070-174 06 {m:02d} then +46 70 174 06 {m:02d}, e-mail kund{n}@example.com\n",
        "nothing here but a version 7.0.2046.{n}\n",
    )
    return "".join(rng.choice(templates).format(n=n % 40, m=5 + n % 30) for n in range(lines))


def test_numbering_is_the_same_for_any_chunking_and_workers(tmp_path: Path) -> None:
    path = tmp_path / "trace.log"
    path.write_text(_trace(400), encoding="utf-8")
    settings = ScanSettings(
        taxonomy=load_taxonomy(), hash_key=b"k", redact=True, redaction=RedactionSettings("pseudonym")
    )
    copies = set()
    for chunk, overlap, jobs in [(1 << 22, 2048, 1), (97, 300, 1), (1000, 300, 2), (333, 1024, 2)]:
        out = tmp_path / f"out-{chunk}-{jobs}"
        pipeline = Pipeline(
            settings, jobs=jobs, out_dir=out, chunk_characters=chunk, overlap_characters=overlap
        )
        (outcome,) = list(pipeline.run(expand_paths([str(path)])))
        assert outcome.status == "scanned", outcome.reason
        copies.add((out / path.name).read_text(encoding="utf-8"))
    (copy,) = copies
    assert "<PHONE_NUMBER_30>" in copy and "<PHONE_NUMBER_31>" not in copy  # 30 numbers, each one name
