"""Redaction settings: the `redaction:` section in YAML, --redaction FILE, and the options on top of it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from logscrub.scanner.cli.main import main
from logscrub.scanner.records.redaction import KeepOptions, RedactionSettings
from logscrub.scanner.redaction.pseudonyms import PSEUDONYM_KEY_ENV
from logscrub.scanner.redaction.settings import (
    RedactionSettingsError,
    load_redaction_file,
    with_command_line,
)

TEXT = "ring 070-174 06 12, mail anna@example.se, from 10.20.0.14\n"


@pytest.fixture(autouse=True)
def _no_pseudonym_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PSEUDONYM_KEY_ENV, raising=False)


KNOWN = ("IP_ADDRESS", "PERSON", "PHONE_NUMBER")


def _load(tmp_path: Path, text: str) -> RedactionSettings:
    path = tmp_path / "r.yaml"
    path.write_text(text, encoding="utf-8")
    return load_redaction_file(path, KNOWN)


def test_a_section_with_every_setting(tmp_path: Path) -> None:
    settings = _load(
        tmp_path,
        "redaction:\n  default: pseudonym\n  entities:\n    PHONE_NUMBER: mask\n    IP_ADDRESS: token\n"
        "  keep_domain: true\n  keep_ip_scope: true\n",
    )
    assert settings == RedactionSettings(
        "pseudonym",
        {"PHONE_NUMBER": "mask", "IP_ADDRESS": "token"},
        KeepOptions(domain=True, country_code=False, ip_scope=True),
    )
    assert _load(tmp_path, "redaction: {}\n") == RedactionSettings()


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ("default: blur", "r.yaml:2: default: 'blur' is not a style (hash, mask, pseudonym, token)"),
        ("entities: {PHONE_NUMBER: blur}", "r.yaml:2: PHONE_NUMBER: 'blur' is not a style"),
        # A misspelt entity would leave its values in the default style without a word.
        (
            "entities: {PHONE_NUMBR: mask}",
            "r.yaml:2: unknown entity 'PHONE_NUMBR' (known: IP_ADDRESS, PERSON,",
        ),
        ("entities: [PHONE_NUMBER]", "r.yaml:2: entities: expected a mapping"),
        ("keep_domain: yes please", "r.yaml:2: keep_domain: expected true or false"),
        (
            "keep_domains: true",
            "r.yaml:2: unknown setting 'keep_domains' (known: default, entities, keep_domain",
        ),
        ("key: secret", "r.yaml:2: unknown setting 'key'"),  # keys never come from files
        ("- token", "r.yaml:2: redaction: expected a mapping of settings"),
    ],
)
def test_a_bad_section_names_the_file_line_and_what_is_wrong(
    tmp_path: Path, section: str, message: str
) -> None:
    with pytest.raises(RedactionSettingsError, match=re.escape(message)):
        _load(tmp_path, f"redaction:\n  {section}\n")


def test_options_apply_on_top(monkeypatch: pytest.MonkeyPatch) -> None:
    base = RedactionSettings("pseudonym", {"PHONE_NUMBER": "mask"}, KeepOptions(domain=True))
    settings = with_command_line(
        base, style="hash", keep_domain=False, keep_country_code=True, keep_ip_scope=False, key=None
    )
    assert settings == RedactionSettings(
        "hash", {"PHONE_NUMBER": "mask"}, KeepOptions(domain=True, country_code=True), None
    )
    monkeypatch.setenv(PSEUDONYM_KEY_ENV, "from-env-7f3a9c2b41d05e86")
    options = {"style": None, "keep_domain": False, "keep_country_code": False, "keep_ip_scope": False}
    assert with_command_line(base, key=None, **options).pseudonym_key == b"from-env-7f3a9c2b41d05e86"
    assert (
        with_command_line(base, key="given-0c9e2f7a5b3d1864", **options).pseudonym_key
        == b"given-0c9e2f7a5b3d1864"
    )
    with pytest.raises(RedactionSettingsError, match="the pseudonym key is empty"):
        with_command_line(base, key="", **options)
    with pytest.raises(RedactionSettingsError, match=r"^--key: the pseudonym key is too weak \(48 bits\)"):
        with_command_line(base, key="secret12", **options)
    monkeypatch.setenv(PSEUDONYM_KEY_ENV, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
    with pytest.raises(RedactionSettingsError, match=f"^{PSEUDONYM_KEY_ENV}: the pseudonym key is too weak"):
        with_command_line(base, key=None, **options)


def test_styles_per_entity_from_a_file(tmp_path: Path) -> None:
    source = tmp_path / "in.log"
    source.write_text(TEXT, encoding="utf-8")
    settings = tmp_path / "redaction.yaml"
    settings.write_text(
        "redaction:\n  default: pseudonym\n  entities:\n    PHONE_NUMBER: mask\n  keep_domain: true\n",
        encoding="utf-8",
    )
    assert main(["redact", str(source), "--out", str(tmp_path / "o1"), "--redaction", str(settings)]) == 0
    assert (tmp_path / "o1" / "in.log").read_text(encoding="utf-8") == (
        "ring 070-XXX XX XX, mail <EMAIL_ADDRESS_1>@example.se, from <IP_ADDRESS_1>\n"
    )
    # --style replaces the default; the entity's own style and the file's keep options stay.
    arguments = ["--redaction", str(settings), "--style", "token", "--keep-ip-scope"]
    assert main(["redact", str(source), "--out", str(tmp_path / "o2"), *arguments]) == 0
    assert (tmp_path / "o2" / "in.log").read_text(encoding="utf-8") == (
        "ring 070-XXX XX XX, mail <EMAIL_ADDRESS>@example.se, from <IP_ADDRESS private>\n"
    )


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "no such file or directory"),
        ("redaction: [unclosed\n", "2: not valid YAML"),
        ("rules: []\n", "1: no `redaction:` section"),
        ("redaction:\n  default: blur\n", "2: default: 'blur' is not a style"),
    ],
)
def test_a_bad_redaction_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, reason: str
) -> None:
    source = tmp_path / "in.log"
    source.write_text(TEXT, encoding="utf-8")
    settings = tmp_path / "redaction.yaml"
    if content is not None:
        settings.write_text(content, encoding="utf-8")
    assert main(["redact", str(source), "--out", str(tmp_path / "out"), "--redaction", str(settings)]) == 2
    separator = ": " if content is None else ":"
    assert f"logscrub redact: error: --redaction {settings}{separator}{reason}" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_help_explains_the_redaction_options(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "1000")  # no option name broken at its hyphen
    with pytest.raises(SystemExit) as exited:
        main(["redact", "--help"])
    assert exited.value.code == 0
    help_text = " ".join(capsys.readouterr().out.split())
    for option in (
        "--style",
        "--keep-domain",
        "--keep-country-code",
        "--keep-ip-scope",
        "--key",
        "--redaction",
    ):
        assert f"Example: {option}" in help_text
    for style in ("token", "pseudonym", "mask", "hash"):
        assert f"{style}:" in help_text
    assert PSEUDONYM_KEY_ENV in help_text
